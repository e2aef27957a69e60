import type { MessageRecord } from '../model.js';
import type { BatchResult, Page } from '../paging.js';
import type { InboxFilter } from '../provider.js';

/** Inbox windows one unread-inbox page may read before answering with what it found (as Slack's). */
const MAX_INBOX_ROUNDS = 10;

/**
 * The inbox of unread messages (InboxFilter.unreadOnly): windows of the ordinary inbox (inbox.ts), each
 * message kept when the read state part says it is unread (`loadUnreadFlags`: the same answer as
 * `Message.isUnread`, so the two always agree). The cursors are the ordinary inbox's: a page ends at its last
 * kept message and the next one resumes after it.
 */
export async function listUnreadInbox(
  filter: InboxFilter,
  page: { limit: number; cursor: string | null },
  listInbox: (filter: InboxFilter, page: { limit: number; cursor: string | null }) => Promise<Page<MessageRecord>>,
  unreadFlags: (messageIds: readonly string[]) => BatchResult<boolean>,
): Promise<Page<MessageRecord>> {
  const ordinary: InboxFilter = { ...filter, unreadOnly: false };
  const kept: Array<{ cursor: string; node: MessageRecord }> = [];
  let cursor = page.cursor;
  let more = true;
  for (let round = 0; round < MAX_INBOX_ROUNDS && more && kept.length <= page.limit; round += 1) {
    const window = await listInbox(ordinary, { limit: page.limit + 1, cursor });
    const flags = await unreadFlags(window.edges.map((edge) => edge.node.id));
    window.edges.forEach((edge, index) => {
      const flag = flags[index];
      if (flag instanceof Error) throw flag;
      if (flag) kept.push(edge);
    });
    more = window.hasNextPage && window.edges.length > 0;
    if (window.edges.length > 0) cursor = window.edges[window.edges.length - 1].cursor;
  }
  return { edges: kept.slice(0, page.limit), hasNextPage: kept.length > page.limit || more, hasPreviousPage: page.cursor !== null };
}
