import { SwitchboardError } from '../../errors.js';
import type { Edge, Page, PageRequest } from '../paging.js';

/**
 * Opaque cursors and pages. A cursor is base64url JSON `[kind, ...parts]`: `t` a channel timeline position
 * (ts), `r` a reply (ts), `c` a channel (name, id), `u` a user (name, id), `i` an inbox position
 * (ts, channel). A cursor of another kind, or one we did not make, is a VALIDATION_ERROR.
 */

export type LinearPage = Exclude<PageRequest, { direction: 'around' }>;

export function encodeCursor(kind: string, ...parts: string[]): string {
  return Buffer.from(JSON.stringify([kind, ...parts]), 'utf8').toString('base64url');
}

/** The parts of a cursor of `kind` with `arity` parts; VALIDATION_ERROR naming the cursor otherwise. */
export function decodeCursor(cursor: string, kind: string, arity: number): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (
    !Array.isArray(parsed) ||
    parsed[0] !== kind ||
    parsed.length !== arity + 1 ||
    !parsed.every((part) => typeof part === 'string')
  ) {
    throw new SwitchboardError('VALIDATION_ERROR', `Cursor ${JSON.stringify(cursor)} is not a valid cursor.`);
  }
  return parsed.slice(1) as string[];
}

export function linearOnly(page: PageRequest, list: string): LinearPage {
  if (page.direction === 'around') {
    throw new SwitchboardError('VALIDATION_ERROR', `around is only supported on channel messages, not on ${list}.`);
  }
  return page;
}

export function emptyPage<T>(): Page<T> {
  return { edges: [], hasNextPage: false, hasPreviousPage: false };
}

/**
 * One page of a list held in full, in its natural order. `compare(item, cursorParts)` orders an item
 * against a cursor position (negative: the item comes before it). Forward pages start after the cursor,
 * backward pages end before it; flags follow the built-in workspace (a page with a cursor has a
 * neighbour on that side).
 */
export function pageOf<T>(
  items: T[],
  page: LinearPage,
  kind: string,
  arity: number,
  cursorOf: (item: T) => string[],
  compare: (item: T, cursor: string[]) => number,
): Page<T> {
  const cursor = page.cursor === null ? null : decodeCursor(page.cursor, kind, arity);
  const edge = (item: T): Edge<T> => ({ cursor: encodeCursor(kind, ...cursorOf(item)), node: item });
  if (page.direction === 'forward') {
    const start = cursor === null ? 0 : firstIndex(items, (item) => compare(item, cursor) > 0);
    const slice = items.slice(start, start + page.limit);
    return { edges: slice.map(edge), hasNextPage: start + page.limit < items.length, hasPreviousPage: cursor !== null };
  }
  const end = cursor === null ? items.length : firstIndex(items, (item) => compare(item, cursor) >= 0);
  const start = Math.max(0, end - page.limit);
  return { edges: items.slice(start, end).map(edge), hasNextPage: cursor !== null, hasPreviousPage: start > 0 };
}

function firstIndex<T>(items: T[], predicate: (item: T) => boolean): number {
  const index = items.findIndex(predicate);
  return index < 0 ? items.length : index;
}

/** Orders by a display name (case-insensitive), then id: the order of channel, user and member lists. */
export function byNameThenId(a: { name: string; id: string }, b: { name: string; id: string }): number {
  return compareStrings(a.name.toLowerCase(), b.name.toLowerCase()) || compareStrings(a.id, b.id);
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Name-then-id as a cursor comparison, for `pageOf` over lists sorted with `byNameThenId`. */
export function nameCursorCompare(item: { name: string; id: string }, cursor: string[]): number {
  return byNameThenId(item, { name: cursor[0], id: cursor[1] });
}
