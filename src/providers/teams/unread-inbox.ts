import type { MessageRecord } from '../model.js';
import type { BatchResult, Page } from '../paging.js';
import type { InboxFilter } from '../provider.js';
import { keptFromInbox } from '../kit/inbox-windows.js';

/**
 * The inbox of unread messages (InboxFilter.unreadOnly): windows of the ordinary inbox (inbox.ts), each
 * message kept when the read state part says it is unread (`loadUnreadFlags`: the same answer as
 * `Message.isUnread`, so the two always agree); paging as ../kit/inbox-windows.ts says.
 */
export function listUnreadInbox(
  filter: InboxFilter,
  page: { limit: number; cursor: string | null },
  listInbox: (filter: InboxFilter, page: { limit: number; cursor: string | null }) => Promise<Page<MessageRecord>>,
  unreadFlags: (messageIds: readonly string[]) => BatchResult<boolean>,
): Promise<Page<MessageRecord>> {
  const ordinary: InboxFilter = { ...filter, unreadOnly: false };
  return keptFromInbox(
    page,
    (window) => listInbox(ordinary, window),
    async (records) =>
      (await unreadFlags(records.map((record) => record.id))).map((flag) => {
        if (flag instanceof Error) throw flag;
        return flag;
      }),
  );
}
