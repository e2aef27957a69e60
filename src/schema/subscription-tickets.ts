import { createHash } from 'node:crypto';
import { getOperationAST, GraphQLError, parse, print, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { SwitchboardError } from '../errors.js';
import { issueSubscriptionTicket, SUBSCRIPTION_TICKET_TTL_SECONDS, type IssuedTicket } from '../store/subscription-tickets.js';
import { builder } from './builder.js';
import { attempt, USER_ERRORS, UserError, type UserErrorShape } from './errors.js';

/**
 * createSubscriptionTicket: the way in for the browser's native EventSource, which cannot send an
 * Authorization header. The app asks for a ticket with its API key (in a header, as always), then opens
 * `new EventSource('/graphql/stream?ticket=…&query=…&variables=…')`; the ticket works once, for a minute,
 * for that subscription document only (src/store/subscription-tickets.ts, src/http/sse.ts).
 */

/**
 * What a ticket is bound to: the operation name and the document as printed from its syntax tree, so that
 * whitespace and comments do not matter but any change of selection does. Variables are not bound: a
 * client resumes with a new `after` cursor using a new ticket for the same document.
 */
export function subscriptionDocumentHash(document: DocumentNode, operationName: string | null | undefined): string {
  return createHash('sha256')
    .update(`${operationName ?? ''}\u0000${print(document)}`, 'utf8')
    .digest('hex');
}

/** Parses and validates a document meant for a ticket: one subscription operation, valid against the schema. */
export function subscriptionDocument(schema: GraphQLSchema, query: string, operationName: string | null | undefined): DocumentNode {
  const field = ['input', 'query'];
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: 5_000 });
  } catch (error) {
    throw new SwitchboardError('VALIDATION_ERROR', `query: ${(error as GraphQLError).message}`, { field });
  }
  const errors = validate(schema, document);
  if (errors.length > 0) throw new SwitchboardError('VALIDATION_ERROR', `query: ${errors[0].message}`, { field });
  const operation = getOperationAST(document, operationName ?? undefined);
  if (!operation) {
    throw new SwitchboardError('VALIDATION_ERROR', 'query: name the operation to run with operationName (the document has several).', {
      field: ['input', 'operationName'],
    });
  }
  if (operation.operation !== 'subscription') {
    throw new SwitchboardError('VALIDATION_ERROR', `query: tickets are for subscriptions; this operation is a ${operation.operation}.`, { field });
  }
  return document;
}

const CreateSubscriptionTicketInput = builder.inputType('CreateSubscriptionTicketInput', {
  description: 'The subscription the ticket will open: the ticket works for this document only.',
  fields: (t) => ({
    query: t.string({
      required: true,
      description:
        'The subscription document, exactly as you will pass it in the stream URL (whitespace and comments may differ).',
    }),
    operationName: t.string({ description: 'Which operation of the document, when it has several.' }),
  }),
});

type TicketResult = { result: IssuedTicket | null; userErrors: UserErrorShape[] };

const CreateSubscriptionTicketPayload = builder.objectRef<TicketResult>('CreateSubscriptionTicketPayload').implement({
  description: 'A single-use ticket for one EventSource connection, or why none was issued.',
  fields: (t) => ({
    ticket: t.string({
      nullable: true,
      description:
        'Pass it as the `ticket` query parameter of GET /graphql/stream, with `query` (and `variables`, ' +
        '`operationName`): `new EventSource("/graphql/stream?ticket=…&query=…")`. Works once, for this document ' +
        'only, and acts with the scopes of the API key that asked for it. Keep it out of logs all the same.',
      resolve: (payload) => payload.result?.ticket ?? null,
    }),
    expiresAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: `When the ticket stops working if unused (${SUBSCRIPTION_TICKET_TTL_SECONDS} seconds after it was issued).`,
      resolve: (payload) => payload.result?.expiresAt ?? null,
    }),
    userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (payload) => payload.userErrors }),
  }),
});

builder.mutationField('createSubscriptionTicket', (t) =>
  t.field({
    type: CreateSubscriptionTicketPayload,
    description:
      "A ticket that lets the browser's native EventSource (which cannot send an Authorization header) open one " +
      'subscription over server-sent events without an API key in the URL. Single use, valid for ' +
      `${SUBSCRIPTION_TICKET_TTL_SECONDS} seconds, bound to your account and to this subscription document. When ` +
      'the stream drops, ask for a new ticket and reconnect with `after` set to the last Event.cursor you received. ' +
      'Clients that can send headers (fetch, graphql-sse, graphql-ws) do not need one. VALIDATION_ERROR when the ' +
      'document is not a valid subscription.',
    args: { input: t.arg({ type: CreateSubscriptionTicketInput, required: true, description: 'The subscription to open.' }) },
    resolve: (_root, { input }, ctx, info) =>
      attempt(() => {
        const document = subscriptionDocument(info.schema, input.query, input.operationName);
        return issueSubscriptionTicket(ctx.services.database.db, ctx.viewer, subscriptionDocumentHash(document, input.operationName));
      }),
  }),
);
