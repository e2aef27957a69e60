import type { Actor, MessageRecord } from '../../model.js';
import type { InboxFilter } from '../../provider.js';
import type { Page } from '../../paging.js';
import { compareTs, parseMessageId, tsToDate } from '../ids.js';
import { emptyPage } from '../pages.js';
import { isTimeline, ownReader, positionOf, type ChannelPosition, type ReadStateDeps } from './read-positions.js';
import { threadKey } from '../../kit/read-positions/thread-store.js';
import { keptFromInbox } from '../../kit/inbox-windows.js';

/**
 * The inbox of unread messages (InboxFilter.unreadOnly): the ordinary inbox (inbox.ts, `listInbox`) over
 * the channels that can hold unread messages (a channel position with a count, or a thread position), from
 * the oldest of those positions on, keeping the messages that are unread (../../kit/inbox-windows.ts). Positions cost 1 + C calls
 * (users.conversations, conversations.info), then the inbox its own reads. The cursors are the inbox's.
 */
export async function listUnreadInbox(
  deps: ReadStateDeps,
  actor: Actor,
  filter: InboxFilter,
  page: { limit: number; cursor: string | null },
  listInbox: (filter: InboxFilter, page: { limit: number; cursor: string | null }) => Promise<Page<MessageRecord>>,
): Promise<Page<MessageRecord>> {
  const acting = await ownReader(deps.connection, actor);
  const members = [...(await deps.session.memberships(acting)).keys()].filter((id) => filter.channelIds === null || filter.channelIds.includes(id));
  const [channelPositions, threadRows] = await Promise.all([
    Promise.all(members.map((channel) => positionOf(deps, acting, channel))),
    deps.threads ? deps.threads.followed(actor.userId, false) : Promise.resolve([]),
  ]);
  const positionById = new Map(
    channelPositions.filter((position): position is ChannelPosition => position !== null && position.isMember).map((position) => [position.conversation.id, position]),
  );
  const rows = threadRows.filter((row) => positionById.has(row.channelId));
  const rowByThread = new Map(rows.map((row) => [threadKey(row), row]));
  const candidates = new Set([...positionById.values()].filter((position) => position.unread > 0).map((position) => position.conversation.id));
  for (const row of rows) candidates.add(row.channelId);
  if (candidates.size === 0) return emptyPage();
  const bounds = [
    ...[...positionById.values()].filter((position) => position.unread > 0 && position.lastRead).map((position) => position.lastRead!),
    ...rows.map((row) => row.readPosition),
  ].sort(compareTs);
  // Nothing older than the oldest position can be unread: the inbox need not read further back.
  const floor = bounds.length && bounds[0] !== '0000000000.000000' ? new Date(tsToDate(bounds[0]).getTime() - 1) : null;
  const narrowed: InboxFilter = {
    ...filter,
    channelIds: [...candidates],
    createdAfter: filter.createdAfter && floor ? new Date(Math.max(filter.createdAfter.getTime(), floor.getTime())) : (filter.createdAfter ?? floor),
    unreadOnly: false,
  };
  const isUnread = (record: MessageRecord): boolean => {
    if (record.deletedAt || record.authorId === actor.userId) return false;
    const ts = record.id.split(':')[1];
    if (isTimeline(record)) {
      const position = positionById.get(record.channelId);
      return position !== undefined && (position.lastRead === null || compareTs(ts, position.lastRead) > 0);
    }
    const root = parseMessageId(record.threadRootId!)!;
    const row = rowByThread.get(threadKey({ channelId: root.channel, rootId: root.ts }));
    return row !== undefined && compareTs(ts, row.readPosition) > 0;
  };
  return keptFromInbox(page, (window) => listInbox(narrowed, window), (records) => records.map(isUnread));
}
