import { SwitchboardError } from '../../errors.js';
import type { ChildTree, ChildTreeKey, Edge, Page, PageKey, PageRequest } from '../paging.js';
import { decodeKeyset, type Keyset } from './client.js';
import { isNativeId } from './ids.js';

/**
 * Turning ranked rows into pages. A batch of page keys is split into groups that share one page request
 * (same direction, limit and cursor): each group is one SQL statement, so a query asking the same page of
 * 20 channels costs one statement, not 20.
 */

export type LinearPage = Exclude<PageRequest, { direction: 'around' }>;

/** The page as a forward or backward one; `around` is for channel messages only (VALIDATION_ERROR on `list`). */
export function linearOnly(page: PageRequest, list: string): LinearPage {
  if (page.direction === 'around') {
    throw new SwitchboardError('VALIDATION_ERROR', `around is only supported on channel messages, not on ${list}.`);
  }
  return page;
}

/** The keyset behind a page's cursor; a cursor we did not make (or one of another list) is a VALIDATION_ERROR. */
export function decodeCursor(page: LinearPage, key: 'timestamp' | 'name' = 'name'): Keyset | null {
  if (page.cursor === null) return null;
  const keyset = decodeKeyset(page.cursor);
  if (!keyset || !isNativeId(keyset.id) || (key === 'timestamp' && Number.isNaN(Date.parse(keyset.key)))) {
    throw new SwitchboardError('VALIDATION_ERROR', `Cursor ${JSON.stringify(page.cursor)} is not a valid cursor.`);
  }
  return keyset;
}

/**
 * Builds one page from rows ranked within a parent (rank 1 first, `limit + 1` at most). Backward pages
 * were read in reverse order and are flipped back to the list's natural order.
 */
export function toPage<Row, Node>(
  rows: Row[],
  page: LinearPage,
  toEdge: (row: Row) => Edge<Node>,
): Page<Node> {
  const hasMore = rows.length > page.limit;
  const kept = rows.slice(0, page.limit).map(toEdge);
  if (page.direction === 'forward') {
    return { edges: kept, hasNextPage: hasMore, hasPreviousPage: page.cursor !== null };
  }
  return { edges: kept.reverse(), hasNextPage: page.cursor !== null, hasPreviousPage: hasMore };
}

/**
 * Runs `fill` for every group of keys asking the same (`signature`) and lets each slot fail alone, as
 * dataloader expects: a group that throws fails its keys, and `fill`'s answer may be an Error for one key.
 */
async function fillGroups<K, T>(
  keys: readonly K[],
  signature: (key: K) => string,
  fill: (group: K[]) => Promise<(key: K) => T | Error>,
): Promise<Array<T | Error>> {
  const groups = new Map<string, K[]>();
  for (const key of keys) {
    const name = signature(key);
    const group = groups.get(name);
    if (group) group.push(key);
    else groups.set(name, [key]);
  }
  const answers = new Map<K, T | Error>();
  await Promise.all(
    [...groups.values()].map(async (group) => {
      try {
        const answer = await fill(group);
        for (const key of group) answers.set(key, answer(key));
      } catch (error) {
        for (const key of group) answers.set(key, error as Error);
      }
    }),
  );
  return keys.map((key) => answers.get(key)!);
}

/** Page reads: keys asking the same page request are one `fill`, which answers each parent's page. */
export function fillPages<T>(
  keys: readonly PageKey[],
  fill: (parentIds: string[], page: PageRequest) => Promise<Map<string, Page<T> | Error>>,
): Promise<Array<Page<T> | Error>> {
  return fillGroups(keys, (key) => JSON.stringify(key.page), async (group) => {
    const pages = await fill(group.map((key) => key.parentId), group[0].page);
    return (key) => pages.get(key.parentId) ?? emptyPage();
  });
}

/** Reply trees: keys asking the same pages are one `fill`, which answers each parent's tree. */
export function fillTrees<T>(
  keys: readonly ChildTreeKey[],
  fill: (parentIds: string[], pages: PageRequest[]) => Promise<(parentId: string) => ChildTree<T>>,
): Promise<Array<ChildTree<T> | Error>> {
  return fillGroups(keys, (key) => JSON.stringify(key.pages), async (group) => {
    const treeOf = await fill(group.map((key) => key.parentId), group[0].pages);
    return (key) => treeOf(key.parentId);
  });
}

/** A reply tree from its pages: level k holds the page of every reply kept on level k - 1's pages. */
export function treeOf<T extends { id: string }>(
  rootId: string,
  pages: readonly LinearPage[],
  pageOf: (parentId: string, page: LinearPage) => Page<T>,
): ChildTree<T> {
  const tree: ChildTree<T> = [];
  let parents = [rootId];
  for (const page of pages) {
    const level = new Map(parents.map((parent) => [parent, pageOf(parent, page)]));
    tree.push(level);
    parents = [...level.values()].flatMap((built) => built.edges.map((edge) => edge.node.id));
  }
  return tree;
}

export function emptyPage<T>(): Page<T> {
  return { edges: [], hasNextPage: false, hasPreviousPage: false };
}

/** Splits rows by their `parent_key` column, keeping rank order. */
export function byParent<Row extends { parent_key: string }>(rows: Row[]): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const group = groups.get(row.parent_key) ?? [];
    group.push(row);
    groups.set(row.parent_key, group);
  }
  return groups;
}
