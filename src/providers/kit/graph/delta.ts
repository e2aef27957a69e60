import type { GraphApi, GraphCall } from './client.js';
import type { Principal } from './tokens.js';

/**
 * Delta queries, the polling fallback for a connection without a public URL (and the catch-up after a
 * `missed` lifecycle event). A round follows `@odata.nextLink` until Graph answers an `@odata.deltaLink`;
 * the next round starts from that link. The link is stored by the caller as connection metadata (it is an
 * opaque state token, no content). Every page goes through GraphApi, so polling spends the same rate
 * budget as reads; a budget or throttling failure ends the round early without losing the position (the
 * caller keeps the old link and tries again later).
 */

export interface DeltaRound<T> {
  /** What changed since the previous round, oldest change first as Graph returns it. */
  items: T[];
  /** Where the next round starts. */
  deltaLink: string;
  /** False when the round was cut short (`maxPages`): `deltaLink` is then the nextLink to continue it from. */
  complete: boolean;
}

/**
 * One round of a delta query: from `deltaLink` when there is one, else from `start` (the resource's
 * `/delta` path). `maxPages` bounds the work of one round; a round cut short answers the nextLink to
 * continue from as its `deltaLink` (Graph's nextLinks continue the same round).
 */
export async function readDelta<T>(
  api: GraphApi,
  principal: Principal,
  input: { start: Omit<GraphCall, 'method'>; deltaLink: string | null; maxPages?: number },
): Promise<DeltaRound<T>> {
  const items: T[] = [];
  let link = input.deltaLink ?? input.start.path;
  const maxPages = input.maxPages ?? 20;
  for (let page = 0; page < maxPages; page += 1) {
    const answer: { value?: T[]; '@odata.nextLink'?: string; '@odata.deltaLink'?: string } = await api.call(principal, { ...input.start, method: 'GET', path: link });
    items.push(...(answer.value ?? []));
    if (answer['@odata.deltaLink']) return { items, deltaLink: answer['@odata.deltaLink'], complete: true };
    if (!answer['@odata.nextLink']) return { items, deltaLink: link, complete: true };
    link = answer['@odata.nextLink'];
  }
  return { items, deltaLink: link, complete: false };
}
