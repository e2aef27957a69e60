import type { Actor, MessageRecord } from '../../model.js';
import type { InboxFilter } from '../../provider.js';
import type { Page } from '../../paging.js';
import { compareTs, parseMessageId, tsToDate } from '../ids.js';
import { emptyPage } from '../pages.js';
import { isTimeline, ownReader, positionOf, type ChannelPosition, type ReadStateDeps } from './read-positions.js';
import { threadKey } from '../../kit/read-positions/thread-store.js';

/** Inbox pages one unread-inbox page may read before answering with what it found. */
const MAX_INBOX_ROUNDS = 10;

/**
 * The inbox of unread messages (InboxFilter.unreadOnly): the ordinary inbox (inbox.ts, `listInbox`) over
 * the channels that can hold unread messages (a channel position with a count, or a thread position), from
 * the oldest of those positions on, keeping the messages that are unread. Positions cost 1 + C calls
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
  const kept: Array<{ cursor: string; node: MessageRecord }> = [];
  let cursor = page.cursor;
  let more = true;
  for (let round = 0; round < MAX_INBOX_ROUNDS && more && kept.length <= page.limit; round += 1) {
    const window = await listInbox(narrowed, { limit: page.limit + 1, cursor });
    kept.push(...window.edges.filter((edge) => isUnread(edge.node)));
    more = window.hasNextPage && window.edges.length > 0;
    if (window.edges.length > 0) cursor = window.edges[window.edges.length - 1].cursor;
  }
  return { edges: kept.slice(0, page.limit), hasNextPage: kept.length > page.limit || more, hasPreviousPage: page.cursor !== null };
}
