import type { MessageRecord } from '../model.js';
import type { Page } from '../paging.js';

/** Inbox windows one narrowed page may read before answering with what it found. */
const MAX_INBOX_ROUNDS = 10;

/**
 * A page of the inbox narrowed by what the inbox filter cannot say (unread messages): windows of the
 * ordinary inbox (`window`), each message kept when `keep` says so, until a page is full, the inbox ends or
 * MAX_INBOX_ROUNDS windows were read. The cursors are the ordinary inbox's: a page ends at its last kept
 * message and the next one resumes after it. Slack and Teams narrow their unread inboxes with it.
 */
export async function keptFromInbox(
  page: { limit: number; cursor: string | null },
  window: (page: { limit: number; cursor: string | null }) => Promise<Page<MessageRecord>>,
  keep: (records: readonly MessageRecord[]) => Promise<readonly boolean[]> | readonly boolean[],
): Promise<Page<MessageRecord>> {
  const kept: Array<{ cursor: string; node: MessageRecord }> = [];
  let cursor = page.cursor;
  let more = true;
  for (let round = 0; round < MAX_INBOX_ROUNDS && more && kept.length <= page.limit; round += 1) {
    const read = await window({ limit: page.limit + 1, cursor });
    const keeps = await keep(read.edges.map((edge) => edge.node));
    kept.push(...read.edges.filter((_, index) => keeps[index]));
    more = read.hasNextPage && read.edges.length > 0;
    if (read.edges.length > 0) cursor = read.edges[read.edges.length - 1].cursor;
  }
  return { edges: kept.slice(0, page.limit), hasNextPage: kept.length > page.limit || more, hasPreviousPage: page.cursor !== null };
}
