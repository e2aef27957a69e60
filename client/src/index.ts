/**
 * @switchboard/client: typed documents for Switchboard frontends.
 *
 * - Every operation of ./operations.graphql as a TypedDocumentNode (ThreadTreeDocument, ChannelPageDocument,
 *   SendMessageDocument, AddReactionDocument, UnreadsDocument, SearchDocument, EventsDocument…) and the
 *   types of its result and variables (ThreadTreeQuery, ThreadTreeQueryVariables…), for Apollo Client, urql,
 *   graphql-request or plain fetch.
 * - Schema facts for caches (possibleTypes, typesWithoutId, connectionFields); ready cache configurations in
 *   `@switchboard/client/apollo` and `@switchboard/client/urql`.
 * - `eventStreamUrl`: the URL the browser's EventSource opens with a subscription ticket.
 */
export * from './generated/graphql.js';
export { connectionFields, possibleTypes, typesWithoutId } from './generated/schema-facts.js';
export { eventStreamUrl, typenameOfId } from './ids.js';
