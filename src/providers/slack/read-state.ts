import { notFound, SwitchboardError } from '../../errors.js';
import type { Actor, ChannelRecord, MessageRecord } from '../model.js';
import type { InboxFilter } from '../provider.js';
import type { Page, PageKey } from '../paging.js';
import type { UnreadChannelRecord, UnreadMark } from '../features/read-state.js';
import type { SlackResponse } from './client.js';
import { channelRecords } from './channels.js';
import type { Acting, SlackConnection } from './connection.js';
import { isAbsent } from './errors.js';
import { compareTs, isChannelId, parseMessageId, tsToDate } from './ids.js';
import { isTombstone } from './map.js';
import { byNameThenId, decodeCursor, emptyPage, encodeCursor, linearOnly, nameCursorCompare, pageOf } from './pages.js';
import { loadMessages, requireMessage } from './reads.js';
import type { ReadSession } from './session.js';
import { markReplyUnread, tsBefore, type ThreadDeps } from './thread-metadata.js';
import { threadKey, type ThreadStore } from './thread-store.js';
import type { HistoryResponse, SlackConversation, SlackMessage } from './wire.js';

/**
 * Channel read state on Slack, which is native: conversations.mark moves the user's position (`last_read`),
 * conversations.info answers it with `unread_count_display` for the token's own user. Both need the actor's
 * own user token: reads without one answer UNSUPPORTED (Slack would answer for someone else), writes
 * PERMISSION_DENIED like every Slack write. A thread-only reply's unread flag and a mark-unread on it use the
 * thread positions Switchboard keeps (thread-metadata.ts).
 *
 * Calls: one conversations.info per channel and request (Tier 3) for counts and flags; "All unreads" reads
 * the user's conversations (users.conversations) and then every one's info, 1 + C; a channel's unread
 * messages add conversations.history from the position; markChannelRead is one conversations.mark (plus
 * one conversations.history to find the newest message when none is named).
 */

/** Pages of history read to count unreads when Slack answers `last_read` without a count (200 each). */
const COUNT_PAGES = 5;
const HISTORY_PAGE = 200;
/** History reads one page of unread messages may take (own messages are skipped, so a page may need more). */
const MAX_ROUNDS = 5;

/** What conversations.info tells about the user's position in a conversation. */
interface ChannelPosition {
  conversation: SlackConversation;
  isMember: boolean;
  lastRead: string | null;
  unread: number;
}

type InfoWithCounts = SlackConversation & { last_read?: string; unread_count?: number; unread_count_display?: number };

export interface ReadStateDeps {
  connection: SlackConnection;
  session: ReadSession;
  /** Thread positions; null without a database (then thread-only replies never read as unread). */
  threads: ThreadStore | null;
}

/** The actor's own token for reading its read state; UNSUPPORTED without one. */
async function ownReader(connection: SlackConnection, actor: Actor): Promise<Acting> {
  const acting = await connection.acting(actor);
  if (!acting.own) {
    throw new SwitchboardError(
      'UNSUPPORTED',
      'Read state on Slack is read with your own Slack user token (Slack answers it for the token’s user only); ' +
        'link your account with a user token to see unread counts.',
    );
  }
  return acting;
}

// ---- positions ----------------------------------------------------------------------------------------

interface SessionPositions {
  byKey: Map<string, Promise<ChannelPosition | null>>;
  /** Channels whose position this session moved: the session's cached conversations.info is stale for them. */
  moved: Set<string>;
}

const positions = new WeakMap<ReadSession, SessionPositions>();

function positionsOf(session: ReadSession): SessionPositions {
  let entry = positions.get(session);
  if (!entry) {
    entry = { byKey: new Map(), moved: new Set() };
    positions.set(session, entry);
  }
  return entry;
}

/** The user's position in a channel (conversations.info with its own token), once per request. */
function positionOf(deps: ReadStateDeps, acting: Acting, channel: string): Promise<ChannelPosition | null> {
  const { byKey } = positionsOf(deps.session);
  const key = `${acting.token}|${channel}`;
  let pending = byKey.get(key);
  if (!pending) {
    pending = readPosition(deps, acting, channel);
    pending.catch(() => byKey.delete(key));
    byKey.set(key, pending);
  }
  return pending;
}

function forgetPosition(deps: ReadStateDeps, acting: Acting, channel: string): void {
  const entry = positionsOf(deps.session);
  entry.byKey.delete(`${acting.token}|${channel}`);
  entry.moved.add(`${acting.token}|${channel}`);
}

/**
 * conversations.info answers the position along with the channel, so the conversation the session read
 * for the request (to check access, to show the channel) serves when it came from conversations.info; one
 * that came from the member list (which has no positions), or one read before this request moved the
 * position, is asked again.
 */
async function readPosition(deps: ReadStateDeps, acting: Acting, channel: string): Promise<ChannelPosition | null> {
  if (!isChannelId(channel)) return null;
  let info: InfoWithCounts | null = null;
  if (!positionsOf(deps.session).moved.has(`${acting.token}|${channel}`)) {
    const known = (await deps.session.conversations(acting, [channel])).get(channel) ?? null;
    if (known === null) return null;
    if ('last_read' in known || 'unread_count_display' in known || known.is_member === false) info = known as InfoWithCounts;
  }
  if (info === null) {
    try {
      info = (await deps.connection.api.call<SlackResponse & { channel: InfoWithCounts }>('conversations.info', { channel }, acting.token)).channel;
    } catch (error) {
      if (isAbsent(error)) return null;
      throw error;
    }
  }
  const isMember = info.is_member === true || info.is_im === true || info.is_mpim === true || info.last_read !== undefined;
  const lastRead = info.last_read ?? null;
  let unread = info.unread_count_display ?? info.unread_count ?? null;
  // Slack may answer the position without a count: count the messages after it (not the user's own).
  if (unread === null) unread = isMember && lastRead ? await countAfter(deps, acting, channel, lastRead) : 0;
  return { conversation: info, isMember, lastRead, unread: isMember ? unread : 0 };
}

async function countAfter(deps: ReadStateDeps, acting: Acting, channel: string, lastRead: string): Promise<number> {
  let count = 0;
  let oldest = lastRead;
  for (let page = 0; page < COUNT_PAGES; page += 1) {
    const history = await deps.connection.api.call<HistoryResponse>('conversations.history', { channel, oldest, limit: HISTORY_PAGE }, acting.token);
    count += history.messages.filter((message) => countsFor(message, acting.userId!)).length;
    if (!history.has_more || history.messages.length === 0) break;
    oldest = [...history.messages].sort((a, b) => compareTs(b.ts, a.ts))[0].ts;
  }
  return count;
}

/** Messages that can be unread for a user: not deleted, not the user's own. */
function countsFor(message: SlackMessage, userId: string): boolean {
  return !isTombstone(message) && message.user !== userId;
}

function isTimeline(record: MessageRecord): boolean {
  return record.parentId === null || record.alsoSentToChannel;
}

// ---- reads --------------------------------------------------------------------------------------------

export async function loadChannelUnreadCounts(deps: ReadStateDeps, actor: Actor, channelIds: readonly string[]): Promise<Array<number | Error>> {
  const acting = await ownReader(deps.connection, actor);
  return Promise.all(
    channelIds.map(async (channel) => {
      try {
        return (await positionOf(deps, acting, channel))?.unread ?? 0;
      } catch (error) {
        return error as Error;
      }
    }),
  );
}

export async function loadUnreadFlags(deps: ReadStateDeps, actor: Actor, messageIds: readonly string[]): Promise<Array<boolean | Error>> {
  const acting = await ownReader(deps.connection, actor);
  const records = await loadMessages(deps.connection, deps.session, acting, messageIds);
  const replies = records.filter((record): record is MessageRecord => record !== null && !(record instanceof Error) && !isTimeline(record));
  const threadRows = deps.threads
    ? await deps.threads.rows(
        actor.userId,
        replies.map((reply) => {
          const root = parseMessageId(reply.threadRootId!)!;
          return { channel: root.channel, rootTs: root.ts };
        }),
      )
    : new Map();
  return Promise.all(
    records.map(async (record) => {
      if (record === null) return false;
      if (record instanceof Error) return record;
      if (record.deletedAt || record.authorId === actor.userId) return false;
      const ts = record.id.split(':')[1];
      try {
        if (isTimeline(record)) {
          const position = await positionOf(deps, acting, record.channelId);
          return position !== null && position.isMember && (position.lastRead === null || compareTs(ts, position.lastRead) > 0);
        }
        const root = parseMessageId(record.threadRootId!)!;
        const row = threadRows.get(threadKey({ channel: root.channel, rootTs: root.ts }));
        return row !== undefined && compareTs(ts, row.readTs) > 0;
      } catch (error) {
        return error as Error;
      }
    }),
  );
}

/** Channels with unread messages for the actor, by name: its conversations, then each one's position. */
export async function listUnreadChannels(deps: ReadStateDeps, actor: Actor, page: { limit: number; cursor: string | null }): Promise<Page<UnreadChannelRecord>> {
  const acting = await ownReader(deps.connection, actor);
  const members = [...(await deps.session.memberships(acting)).keys()];
  const withUnread = (await Promise.all(members.map((channel) => positionOf(deps, acting, channel)))).filter(
    (position): position is ChannelPosition => position !== null && position.unread > 0,
  );
  const channels = await channelRecords(deps.connection, withUnread.map((position) => position.conversation));
  const unreadById = new Map(withUnread.map((position) => [position.conversation.id, position.unread]));
  const sorted = channels.sort(byNameThenId);
  const result = pageOf<ChannelRecord>(sorted, { direction: 'forward', ...page }, 'uc', 2, (channel) => [channel.name, channel.id], nameCursorCompare);
  return { ...result, edges: result.edges.map((edge) => ({ cursor: edge.cursor, node: { channel: edge.node, unreadCount: unreadById.get(edge.node.id) ?? 0 } })) };
}

/** Each channel's unread messages, oldest first: history from the position (or the cursor) onwards. */
export async function listUnreadMessages(deps: ReadStateDeps, actor: Actor, keys: readonly PageKey[]): Promise<Array<Page<MessageRecord> | Error>> {
  const acting = await ownReader(deps.connection, actor);
  return Promise.all(
    keys.map(async (key) => {
      try {
        const page = linearOnly(key.page, 'unread messages');
        if (page.direction !== 'forward') throw new SwitchboardError('UNSUPPORTED', 'Unread messages can only be read forward (first/after).');
        const position = await positionOf(deps, acting, key.parentId);
        if (!position || !position.isMember) return emptyPage<MessageRecord>();
        const cursorTs = page.cursor === null ? null : decodeCursor(page.cursor, 'un', 1)[0];
        return await unreadPage(deps, acting, key.parentId, cursorTs ?? position.lastRead ?? '0', cursorTs !== null, page.limit);
      } catch (error) {
        if (isAbsent(error)) return emptyPage<MessageRecord>();
        return error as Error;
      }
    }),
  );
}

async function unreadPage(
  deps: ReadStateDeps,
  acting: Acting,
  channel: string,
  after: string,
  hasPrevious: boolean,
  limit: number,
): Promise<Page<MessageRecord>> {
  const found: SlackMessage[] = [];
  let oldest = after;
  let more = true;
  for (let round = 0; round < MAX_ROUNDS && more && found.length <= limit; round += 1) {
    // Only `oldest`: Slack answers the messages right after it (towards newer ones).
    const history = await deps.connection.api.call<HistoryResponse>(
      'conversations.history',
      { channel, oldest, inclusive: false, limit: limit + 1 },
      acting.token,
    );
    deps.session.remember(acting.token, channel, history.messages);
    const ascending = [...history.messages].sort((a, b) => compareTs(a.ts, b.ts));
    found.push(...ascending.filter((message) => countsFor(message, acting.userId!)));
    more = history.has_more === true;
    if (ascending.length === 0) break;
    oldest = ascending[ascending.length - 1].ts;
  }
  const chosen = found.slice(0, limit);
  const records = await deps.connection.records(chosen.map((message) => ({ channel, message })));
  return {
    edges: records.map((record) => ({ cursor: encodeCursor('un', record.id.split(':')[1]), node: record })),
    hasNextPage: found.length > limit || more,
    hasPreviousPage: hasPrevious,
  };
}

// ---- the unread inbox -----------------------------------------------------------------------------------

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
  const rows = threadRows.filter((row) => positionById.has(row.channel));
  const rowByThread = new Map(rows.map((row) => [threadKey(row), row]));
  const candidates = new Set([...positionById.values()].filter((position) => position.unread > 0).map((position) => position.conversation.id));
  for (const row of rows) candidates.add(row.channel);
  if (candidates.size === 0) return emptyPage();
  const bounds = [
    ...[...positionById.values()].filter((position) => position.unread > 0 && position.lastRead).map((position) => position.lastRead!),
    ...rows.map((row) => row.readTs),
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
    const row = rowByThread.get(threadKey({ channel: root.channel, rootTs: root.ts }));
    return row !== undefined && compareTs(ts, row.readTs) > 0;
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

// ---- writes -------------------------------------------------------------------------------------------

/** conversations.mark to the message (which must be in the channel), or to the channel's newest message. */
export async function markChannelRead(deps: ReadStateDeps, actor: Actor, channelId: string, id: string | null): Promise<void> {
  const acting = await deps.connection.writer(actor);
  if (!isChannelId(channelId)) throw notFound('Channel', channelId);
  let ts: string | null;
  if (id !== null) {
    const address = parseMessageId(id);
    if (!address || address.channel !== channelId) {
      throw new SwitchboardError('VALIDATION_ERROR', `lastReadMessageId: message ${JSON.stringify(id)} is not in this channel.`, {
        field: ['input', 'lastReadMessageId'],
      });
    }
    ts = address.ts;
  } else {
    const newest = await deps.connection.api.call<HistoryResponse>('conversations.history', { channel: channelId, limit: 1 }, acting.token);
    ts = newest.messages[0]?.ts ?? null;
  }
  // An empty channel has nothing to read.
  if (ts === null) return;
  await mark(deps, acting, channelId, ts);
}

/**
 * Puts the position just before the message: the channel's (conversations.mark) for a timeline message,
 * the thread's (Switchboard's table) for a reply shown only in its thread.
 */
export async function markUnread(deps: ReadStateDeps, actor: Actor, id: string): Promise<UnreadMark> {
  const acting = await deps.connection.writer(actor);
  const record = await requireMessage(deps.connection, deps.session, acting, id);
  if (isTimeline(record)) {
    await mark(deps, acting, record.channelId, tsBefore(record.id.split(':')[1]));
    return { kind: 'channel', channelId: record.channelId };
  }
  if (!deps.threads) {
    throw new SwitchboardError('UNSUPPORTED', 'Marking a thread reply unread needs thread read positions, which this Slack connection does not keep (capabilities.threadSubscriptions is NONE).');
  }
  const threadDeps: ThreadDeps = { connection: deps.connection, session: deps.session, store: deps.threads };
  await markReplyUnread(threadDeps, actor, record);
  return { kind: 'thread', channelId: record.channelId, rootId: record.threadRootId! };
}

async function mark(deps: ReadStateDeps, acting: Acting, channel: string, ts: string): Promise<void> {
  await deps.connection.api.call<SlackResponse>('conversations.mark', { channel, ts }, acting.token, { write: true });
  forgetPosition(deps, acting, channel);
}
