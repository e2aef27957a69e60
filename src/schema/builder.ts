import SchemaBuilder from '@pothos/core';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin from '@pothos/plugin-relay';
import { DateTimeResolver, EmailAddressResolver, URLResolver } from 'graphql-scalars';
import type { RequestContext } from '../context.js';
import { decodeGlobalId, encodeGlobalId, parseScopedId, scopedId } from '../providers/ids.js';

/** The Pothos builder: plugins and scalars only. Types live in one file each beside this one. */
export const builder = new SchemaBuilder<{
  Context: RequestContext;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: {
    ID: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date };
    URL: { Input: URL; Output: URL | string };
    EmailAddress: { Input: string; Output: string };
    File: { Input: File; Output: never };
  };
}>({
  defaultFieldNullability: false,
  // Federation after the plugins that wrap resolvers (its README); Directives carries @key into the subgraph SDL.
  plugins: [RelayPlugin, DirectivesPlugin, FederationPlugin],
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // Ids resolve to "provider:workspace:native" (see scopedId); the global id adds the typename.
    encodeGlobalID: (typename, id) => encodeGlobalId({ typename, ...parseScopedId(String(id)) }),
    decodeGlobalID: (globalID) => {
      const decoded = decodeGlobalId(globalID);
      return { typename: decoded.typename, id: scopedId(decoded.provider, decoded.workspaceId, decoded.nativeId) };
    },
    nodeQueryOptions: {
      description: 'Any object by its global id; null when it does not exist or is not visible to you.',
      nullable: true,
      args: { id: { description: 'A global id, as any `id` field returns it.' } },
    },
    nodesQueryOptions: {
      description: 'Objects by global id, in the same order; null where one does not exist or is not visible.',
      args: { ids: { description: 'Global ids, as `id` fields return them.' } },
    },
    nodeTypeOptions: { description: 'An object with an opaque global id (it encodes provider, workspace and native id).' },
    idFieldOptions: {
      description: 'The global id: opaque, stable, and accepted wherever an id is asked for (node(id), inputs, filters).',
    },
    // @shareable in the subgraph SDL: other Relay-style subgraphs define the same PageInfo, and Federation
    // composes a type two subgraphs share only when both mark it so.
    pageInfoTypeOptions: { description: 'Where a page sits in its list; cursors are opaque.', shareable: true },
    hasNextPageFieldOptions: { description: 'Whether more items follow this page: ask again with first and after: endCursor.' },
    hasPreviousPageFieldOptions: { description: 'Whether items come before this page: ask again with last and before: startCursor.' },
    startCursorFieldOptions: { description: 'The cursor of the first item of the page; null for an empty page.' },
    endCursorFieldOptions: { description: 'The cursor of the last item of the page; null for an empty page.' },
    // Every list is a Relay connection with the same arguments; lists that read in one direction only
    // say so in their own description.
    firstArgOptions: { description: 'Page size reading forward: 1 to 100 items (default 20). Not together with last or before.' },
    afterArgOptions: { description: 'Read on after this cursor (pageInfo.endCursor or an edge cursor of the previous page).' },
    lastArgOptions: {
      description: 'Page size reading backward: 1 to 100 items. Lists that read forward only answer UNSUPPORTED.',
    },
    beforeArgOptions: { description: 'Read back from this cursor (pageInfo.startCursor of the page after).' },
    defaultConnectionTypeOptions: {
      description: 'One page of a list: its items (nodes, or edges with cursors) and where it sits (pageInfo).',
    },
    defaultEdgeTypeOptions: { description: 'One item of a page and its cursor.' },
    edgesFieldOptions: { nullable: false, description: 'The items of this page, each with its cursor.' },
    nodesOnConnection: { description: 'The items of this page (the same as edges { node }, without cursors).' },
    pageInfoFieldOptions: { description: 'Where this page sits in the list, and the cursors to read on.' },
    cursorFieldOptions: { description: 'Opaque position of this item; pass it as after (or before) to read on from here.' },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
  },
});

builder.addScalarType('DateTime', DateTimeResolver);
builder.addScalarType('URL', URLResolver);
builder.addScalarType('EmailAddress', EmailAddressResolver);
builder.scalarType('File', {
  description:
    'A file sent with a multipart request (the GraphQL multipart request spec: an `operations` part, a `map` part ' +
    'naming the variable, and the file part). Input only.',
  serialize: () => {
    throw new TypeError('File is an input-only scalar.');
  },
  // yoga puts a WHATWG File in the variables; anything else (a string, an inline literal) is a client error.
  parseValue: (value) => {
    const file = value as Partial<File> | null;
    if (typeof file === 'object' && file !== null && typeof file.arrayBuffer === 'function' && typeof file.name === 'string') {
      return value as File;
    }
    throw new TypeError('File must be a file part of a multipart request (GraphQL multipart request spec).');
  },
  parseLiteral: () => {
    throw new TypeError('File cannot be written inline; send it as a file part of a multipart request.');
  },
});

builder.queryType({ description: 'Reads. Every field answers only with what the viewer may see.' });
builder.mutationType({ description: 'Writes. Each takes one input and returns a payload with userErrors.' });
builder.subscriptionType({ description: 'Live events over graphql-ws (WebSocket) or server-sent events.' });
