import { SwitchboardError } from '../../errors.js';
import type { Edge, Page, PageRequest } from '../paging.js';

/**
 * Opaque cursors and pages of the Teams provider. A cursor is base64url JSON `[kind, ...parts]`: `l` a
 * position in a Graph-paged list (the link of the page it came from and how many of that page's items lie
 * before it), `d` a chat position (createdDateTime, message id), `r` a reply (createdDateTime, id), `c` a
 * channel and `u` a user (name, id), `i` an inbox position (createdDateTime, id). A cursor of another kind,
 * or one we did not make, is a VALIDATION_ERROR. Graph pages forward only: backward pages and pages around
 * a message answer UNSUPPORTED, as the contract allows.
 */

export type LinearPage = Exclude<PageRequest, { direction: 'around' }>;
export type ForwardPage = Extract<PageRequest, { direction: 'forward' }>;

export function encodeCursor(kind: string, ...parts: Array<string | number | null>): string {
  return Buffer.from(JSON.stringify([kind, ...parts]), 'utf8').toString('base64url');
}

/** The parts of a cursor of `kind` with `arity` parts; VALIDATION_ERROR naming the cursor otherwise. */
export function decodeCursor(cursor: string, kind: string, arity: number): Array<string | number | null> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (!Array.isArray(parsed) || parsed[0] !== kind || parsed.length !== arity + 1 || !parsed.slice(1).every((part) => part === null || ['string', 'number'].includes(typeof part))) {
    throw new SwitchboardError('VALIDATION_ERROR', `Cursor ${JSON.stringify(cursor)} is not a valid cursor.`);
  }
  return parsed.slice(1) as Array<string | number | null>;
}

export function forwardOnly(page: PageRequest, list: string): ForwardPage {
  if (page.direction !== 'forward') {
    throw new SwitchboardError('UNSUPPORTED', `Microsoft Graph pages ${list} forward only (first/after); ${page.direction} pages are not supported on Teams.`);
  }
  return page;
}

export function linearOnly(page: PageRequest, list: string): LinearPage {
  if (page.direction === 'around') throw new SwitchboardError('VALIDATION_ERROR', `around is only supported on channel messages, not on ${list}.`);
  return page;
}

export function emptyPage<T>(): Page<T> {
  return { edges: [], hasNextPage: false, hasPreviousPage: false };
}

/**
 * One page of a list held in full, in its natural order. `compare(item, cursorParts)` orders an item
 * against a cursor position (negative: the item comes before it). Forward pages start after the cursor,
 * backward pages end before it.
 */
export function pageOf<T>(
  items: T[],
  page: LinearPage,
  kind: string,
  arity: number,
  cursorOf: (item: T) => Array<string | number | null>,
  compare: (item: T, cursor: Array<string | number | null>) => number,
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

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders by a display name (case-insensitive), then id: the order of channel, user and member lists. */
export function byNameThenId(a: { name: string; id: string }, b: { name: string; id: string }): number {
  return compareStrings(a.name.toLowerCase(), b.name.toLowerCase()) || compareStrings(a.id, b.id);
}

export function nameCursorCompare(item: { name: string; id: string }, cursor: Array<string | number | null>): number {
  return byNameThenId(item, { name: String(cursor[0]), id: String(cursor[1]) });
}

/** Oldest first by creation time, then id (reply lists). */
export function byTimeThenId(a: { createdAt: Date; id: string }, b: { createdAt: Date; id: string }): number {
  return a.createdAt.getTime() - b.createdAt.getTime() || compareStrings(a.id, b.id);
}
