import { SwitchboardError } from '../../../src/errors.js';
import type { Edge, Page, PageKey, PageRequest } from '../../../src/providers/paging.js';

/**
 * Opaque cursors and pages over lists held in full. A cursor is base64url JSON `[list, key, id]`: the list
 * it belongs to (`t` timeline, `r` replies, `c` channels, `u` users, `i` inbox) and the position of the item
 * it points at (time or name, then id), so that it stays valid when that item leaves the list. A cursor of
 * another list or one we did not make is a VALIDATION_ERROR, exactly as the built-in and Slack providers
 * answer.
 */

export type LinearPage = Exclude<PageRequest, { direction: 'around' }>;
type Position = [number | string, string];

/** How a list is ordered: its cursor kind, each item's position, and the order of positions. */
export interface ListOrder<T> {
  kind: 't' | 'r' | 'c' | 'u' | 'i';
  position(item: T): Position;
  /** Negative when position `a` comes before `b` in the list's natural order. */
  compare(a: Position, b: Position): number;
}

const ascending = (a: Position, b: Position): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);

/** Messages oldest first (reply lists). */
export const OLDEST_FIRST: ListOrder<{ id: string; createdAt: Date }> = {
  kind: 'r',
  position: (item) => [item.createdAt.getTime(), item.id],
  compare: ascending,
};
/** Messages newest first (timelines). */
export const NEWEST_FIRST: ListOrder<{ id: string; createdAt: Date }> = { ...OLDEST_FIRST, kind: 't', compare: (a, b) => ascending(b, a) };
/** The inbox: newest first, with cursors of its own. */
export const INBOX_ORDER: ListOrder<{ id: string; createdAt: Date }> = { ...NEWEST_FIRST, kind: 'i' };
/** Channels by name, then id. */
export const CHANNELS_BY_NAME: ListOrder<{ id: string; name: string }> = { kind: 'c', position: (item) => [item.name, item.id], compare: ascending };
/** Users by display name, then id. */
export const USERS_BY_NAME: ListOrder<{ id: string; name: string }> = { ...CHANNELS_BY_NAME, kind: 'u' };

/** Sorts items into the list's natural order. */
export function sortBy<T extends B, B>(items: Iterable<T>, order: ListOrder<B>): T[] {
  return [...items].sort((a, b) => order.compare(order.position(a), order.position(b)));
}

function encodeCursor<B>(order: ListOrder<B>, item: B): string {
  return Buffer.from(JSON.stringify([order.kind, ...order.position(item)]), 'utf8').toString('base64url');
}

/** The position a cursor of the list points at; VALIDATION_ERROR naming the cursor otherwise. */
function decodeCursor<B>(cursor: string, order: ListOrder<B>): Position {
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    // not JSON: answered by the check below
  }
  const parts: unknown[] = Array.isArray(parsed) ? parsed : [];
  const [kind, key, id] = parts;
  if (parts.length !== 3 || kind !== order.kind || (typeof key !== 'number' && typeof key !== 'string') || typeof id !== 'string') {
    throw new SwitchboardError('VALIDATION_ERROR', `Cursor ${JSON.stringify(cursor)} is not a valid cursor.`);
  }
  return [key, id];
}

export function linearOnly(page: PageRequest, list: string): LinearPage {
  if (page.direction === 'around') {
    throw new SwitchboardError('VALIDATION_ERROR', `around is only supported on channel messages, not on ${list}.`);
  }
  return page;
}

/**
 * One page of `items` (already in the list's natural order). Forward pages start after the cursor's
 * position, backward pages end just before it and keep the natural order; a page that has a cursor has a
 * neighbour on that side (the built-in workspace's rule).
 */
export function pageOf<T extends B, B>(items: readonly T[], page: LinearPage, order: ListOrder<B>): Page<T> {
  const edge = (item: T): Edge<T> => ({ cursor: encodeCursor(order, item), node: item });
  const cursor = page.cursor === null ? null : decodeCursor(page.cursor, order);
  if (page.direction === 'forward') {
    const start = cursor === null ? 0 : firstIndex(items, (item) => order.compare(order.position(item), cursor) > 0);
    return {
      edges: items.slice(start, start + page.limit).map(edge),
      hasNextPage: start + page.limit < items.length,
      hasPreviousPage: cursor !== null,
    };
  }
  const end = cursor === null ? items.length : firstIndex(items, (item) => order.compare(order.position(item), cursor) >= 0);
  const start = Math.max(0, end - page.limit);
  return { edges: items.slice(start, end).map(edge), hasNextPage: cursor !== null, hasPreviousPage: start > 0 };
}

/**
 * The page centred on the item at index `at`: up to (limit - 1) / 2 newer items before it, the item, and
 * the rest of the limit older ones after it (the built-in workspace's split).
 */
export function pageAround<T extends B, B>(items: readonly T[], at: number, limit: number, order: ListOrder<B>): Page<T> {
  const newer = Math.floor((limit - 1) / 2);
  const start = Math.max(0, at - newer);
  const end = Math.min(items.length, at + 1 + (limit - newer - 1));
  return {
    edges: items.slice(start, end).map((item) => ({ cursor: encodeCursor(order, item), node: item })),
    hasPreviousPage: start > 0,
    hasNextPage: end < items.length,
  };
}

function firstIndex<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  const index = items.findIndex(predicate);
  return index < 0 ? items.length : index;
}

/** Answers every key of a paged batch read, failing only the keys whose page throws (dataloader's contract). */
export function eachKey<T>(keys: readonly PageKey[], read: (key: PageKey) => Page<T>): Array<Page<T> | Error> {
  return keys.map((key) => {
    try {
      return read(key);
    } catch (error) {
      return error as Error;
    }
  });
}

export function emptyPage<T>(): Page<T> {
  return { edges: [], hasNextPage: false, hasPreviousPage: false };
}
