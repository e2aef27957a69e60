import { linkWith, matchesFilter, pageSize, project } from '../odata.js';
import { containerKey, type Container } from '../tenant.js';
import { badRequest, type GraphChatMessage } from '../wire.js';
import { odataContext, type RouteCall, type RouteResult } from './support.js';

/**
 * Delta queries on channel messages (`…/messages/delta`: root messages, without their replies, as Graph
 * documents) and on one root's replies (`…/messages/{id}/replies/delta`). A round returns every message
 * changed since the round's start token, in its current state (soft-deleted ones with `deletedDateTime`),
 * paged with `@odata.nextLink` (`$skiptoken`), and ends with an `@odata.deltaLink` (`$deltatoken`) to
 * start the next round from. The first round (no token) returns every message, or, with
 * `$filter=lastModifiedDateTime gt {instant}` (Graph supports it on the first round only), those changed since.
 */

const MAX_TOP = 50;

interface DeltaState {
  /** Changes after this tenant change sequence number belong to the round. */
  since: number;
  /** The last change sequence number the round covers (fixed for all its pages). */
  until: number;
  offset: number;
}

const encode = (parts: number[]) => Buffer.from(parts.join(':'), 'utf8').toString('base64url');

function decode(token: string, arity: number): number[] {
  const parts = Buffer.from(token, 'base64url').toString('utf8').split(':').map(Number);
  if (parts.length !== arity || parts.some((part) => !Number.isInteger(part) || part < 0)) throw badRequest('The delta token is invalid or has expired.', 'BadRequest');
  return parts;
}

function stateOf(call: RouteCall, latest: number): DeltaState {
  const skip = call.query.skiptoken;
  if (skip) {
    const [since, until, offset] = decode(skip, 3);
    return { since, until, offset };
  }
  const deltaToken = call.url.searchParams.get('$deltatoken');
  return { since: deltaToken ? decode(deltaToken, 1)[0] : 0, until: latest, offset: 0 };
}

export function deltaPage(call: RouteCall, container: Container, rootId: string | null): RouteResult {
  const { tenant } = call;
  tenant.read(container, call.caller.userId);
  if (rootId !== null) tenant.message(container, rootId, call.caller.userId);
  const state = stateOf(call, tenant.changes.length);
  const key = containerKey(container);
  // The last change of each message in the round, in change order.
  const lastChange = new Map<string, { seq: number; message: GraphChatMessage }>();
  for (const change of tenant.changes.slice(state.since, state.until)) {
    if (containerKey(change.container) !== key || (change.message.replyToId ?? null) !== rootId) continue;
    lastChange.delete(change.message.id);
    lastChange.set(change.message.id, { seq: change.seq, message: change.message });
  }
  // The first round's filter (kept in its nextLinks, dropped from its deltaLink).
  const first = !call.url.searchParams.has('$deltatoken');
  const items = [...lastChange.values()]
    .map((entry) => entry.message)
    .filter((message) => !first || matchesFilter(message as unknown as Record<string, unknown>, call.query.filter, { lastModifiedDateTime: ['gt'] }));
  const size = pageSize(call.query, 20, MAX_TOP);
  const value = items.slice(state.offset, state.offset + size).map((message) => project(message, call.query.select));
  const base = new URL(call.url.toString());
  base.searchParams.delete('$skiptoken');
  base.searchParams.delete('$deltatoken');
  const more = state.offset + size < items.length;
  return {
    body: {
      '@odata.context': odataContext(call, 'Collection(chatMessage)'),
      value,
      ...(more
        ? { '@odata.nextLink': linkWith(base, '$skiptoken', encode([state.since, state.until, state.offset + size])) }
        : { '@odata.deltaLink': linkWith(withoutFilter(base), '$deltatoken', encode([state.until])) }),
    },
  };
}

function withoutFilter(url: URL): URL {
  const copy = new URL(url.toString());
  copy.searchParams.delete('$filter');
  return copy;
}
