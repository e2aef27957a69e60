import type { ChannelAccess, ChannelRecord } from './model.js';

/**
 * Lists are pages with opaque cursors made by the provider (the platform's next-page token, a SQL
 * keyset). A provider that cannot page backwards throws UNSUPPORTED.
 *
 * Reads of many things are batch functions that keep dataloader's contract: the result has the keys'
 * length and order, and an Error in a slot fails only that key. Some platforms have no multi-get, others
 * batch a few dozen requests in one, SQL has `IN`: each adapter batches as well as its API allows.
 */

/**
 * A page request, already validated by the resolver layer.
 * - `forward`: `limit` items after `cursor` (or from the start) in the list's natural order.
 * - `backward`: the `limit` items just before `cursor` (or the end), still returned in natural order.
 * - `around`: the page centred on one item (scroll-to-message); `anchorId` is a native id.
 */
export type PageRequest =
  | { direction: 'forward'; limit: number; cursor: string | null }
  | { direction: 'backward'; limit: number; cursor: string | null }
  | { direction: 'around'; limit: number; anchorId: string };

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Page<T> {
  edges: Edge<T>[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /**
   * The acting user's access to the channels of this page (the channels listed, or those of the messages),
   * when the provider decided it in the same read. The request's loaders keep it, so the access check every
   * object passes (src/schema/visibility.ts) costs no read of its own. Optional: without it, the check reads
   * `loadChannelAccess`; and a channel the page names without its access is checked like any other.
   */
  access?: readonly ChannelAccess[];
  /**
   * The channels of the page's messages, when the provider read them in the same read (the built-in inbox
   * joins them into its page statement). The request's loaders keep them, so `Message.channel` reads nothing.
   */
  channels?: readonly ChannelRecord[];
}

/** A page request for one parent object, the key type of the paged batch reads. */
export interface PageKey {
  parentId: string;
  page: PageRequest;
}


/**
 * A reply tree read in one go, for a query that nests `children` in `children`: `pages[0]` of the children of
 * `parentId`, then `pages[1]` of the children of each reply on that page, and so on. Only the first level may
 * have a cursor (it continues that level; the levels below start at their beginning).
 */
export interface ChildTreeKey {
  parentId: string;
  pages: PageRequest[];
}

/** The pages of a ChildTreeKey, level by level: at level k, each parent's children page by the parent's id. */
export type ChildTree<T> = Array<Map<string, Page<T>>>;

export type BatchResult<T> = Promise<Array<T | Error>>;
