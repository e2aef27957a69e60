import { SwitchboardError } from '../../errors.js';
import type { Edge, Page, PageRequest } from '../paging.js';

/**
 * Cursors of the Outlook provider: base64url JSON `[kind, ...parts]`. `t` is a position in a time-ordered
 * list (received time, message id), `n` in a name-ordered one (name, id), `o` an offset (search). Graph
 * pages mail forward only with `$skip` links; Switchboard pages by time instead (`receivedDateTime le …`),
 * so a cursor stays valid while mail arrives. Backward pages and pages around a message answer UNSUPPORTED.
 */

export type ForwardPage = Extract<PageRequest, { direction: 'forward' }>;

export function encodeCursor(kind: string, ...parts: Array<string | number>): string {
  return Buffer.from(JSON.stringify([kind, ...parts]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, kind: string, arity: number): Array<string | number> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (!Array.isArray(parsed) || parsed[0] !== kind || parsed.length !== arity + 1 || !parsed.slice(1).every((part) => ['string', 'number'].includes(typeof part))) {
    throw new SwitchboardError('VALIDATION_ERROR', `Cursor ${JSON.stringify(cursor)} is not a valid cursor.`);
  }
  return parsed.slice(1) as Array<string | number>;
}

export function forwardOnly(page: PageRequest, list: string): ForwardPage {
  if (page.direction !== 'forward') throw new SwitchboardError('UNSUPPORTED', `Outlook pages ${list} forward only (first/after); ${page.direction} pages are not supported.`);
  return page;
}

/** A time cursor's instant and id, or null for the first page. */
export function timeCursor(page: ForwardPage): { at: string; id: string } | null {
  if (page.cursor === null) return null;
  const [at, id] = decodeCursor(page.cursor, 't', 2);
  return { at: String(at), id: String(id) };
}

export const timeEdge = <T extends { createdAt: Date; id: string }>(node: T): Edge<T> => ({ cursor: encodeCursor('t', node.createdAt.toISOString(), node.id), node });

/** Whether an item (newest-first list) comes after the cursor. */
export function afterNewestFirst(item: { receivedDateTime: string; id: string }, cursor: { at: string; id: string } | null): boolean {
  if (!cursor) return true;
  const at = new Date(item.receivedDateTime).toISOString();
  return at < cursor.at || (at === cursor.at && item.id < cursor.id);
}

/** One forward page of a list held in full, oldest first (children, descendants). */
export function oldestFirstPage<T extends { createdAt: Date; id: string }>(items: T[], page: PageRequest, list: string): Page<T> {
  const forward = forwardOnly(page, list);
  const cursor = timeCursor(forward);
  const start = cursor ? items.findIndex((item) => item.createdAt.toISOString() > cursor.at || (item.createdAt.toISOString() === cursor.at && item.id > cursor.id)) : 0;
  const from = start < 0 ? items.length : start;
  const slice = items.slice(from, from + forward.limit);
  return { edges: slice.map(timeEdge), hasNextPage: from + forward.limit < items.length, hasPreviousPage: cursor !== null };
}

export function emptyPage<T>(): Page<T> {
  return { edges: [], hasNextPage: false, hasPreviousPage: false };
}
