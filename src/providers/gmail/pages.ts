import { SwitchboardError } from '../../errors.js';
import type { Page, PageRequest } from '../paging.js';

/**
 * Cursors over Gmail's lists. Gmail pages with opaque `pageToken`s only forward; an edge's cursor is the
 * token of the page it came from and its position in it, so a next page starts right after any edge
 * (`{t, s}`: list from token `t`, skip `s`). Lists Switchboard builds itself (a thread's replies) use offsets.
 */

interface GmailCursor {
  t: string | null;
  s: number;
}

export function encodeCursor(cursor: GmailCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

export function decodeCursor(cursor: string | null): GmailCursor {
  if (!cursor) return { t: null, s: 0 };
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as GmailCursor;
    if ((value.t === null || typeof value.t === 'string') && Number.isInteger(value.s) && value.s >= 0) return value;
  } catch {
    // falls through
  }
  throw new SwitchboardError('VALIDATION_ERROR', `Cursor ${JSON.stringify(cursor)} is not a valid cursor.`, { field: ['after'] });
}

export function forwardOnly(page: PageRequest): { limit: number; cursor: string | null } {
  if (page.direction !== 'forward') throw new SwitchboardError('UNSUPPORTED', `Gmail pages its lists forward only (first/after); ${page.direction} pages are not supported (Gmail has no backward page tokens).`);
  return { limit: page.limit, cursor: page.cursor };
}

/** A page of a list held whole (a thread's messages), by offset. */
export function offsetPage<T>(items: readonly T[], page: PageRequest): Page<T> {
  const { limit, cursor } = forwardOnly(page);
  const start = cursor ? decodeCursor(cursor).s : 0;
  const slice = items.slice(start, start + limit);
  return { edges: slice.map((node, i) => ({ node, cursor: encodeCursor({ t: null, s: start + i + 1 }) })), hasNextPage: start + limit < items.length, hasPreviousPage: start > 0 };
}

export const emptyPage = <T>(): Page<T> => ({ edges: [], hasNextPage: false, hasPreviousPage: false });
