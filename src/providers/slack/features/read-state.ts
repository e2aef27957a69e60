import { notFound, SwitchboardError } from '../../../errors.js';
import type { Actor, ChannelRecord, MessageRecord } from '../../model.js';
import type { BatchResult, Page, PageKey } from '../../paging.js';
import type { ReadState, UnreadChannelRecord, UnreadMark } from '../../features/read-state.js';
import { channelRecords } from '../channels.js';
import type { Acting } from '../connection.js';
import { isAbsent } from '../errors.js';
import { compareTs, isChannelId, parseMessageId } from '../ids.js';
import { byNameThenId, decodeCursor, emptyPage, encodeCursor, linearOnly, nameCursorCompare, pageOf } from '../pages.js';
import { loadMessages, requireMessage } from '../reads.js';
import type { HistoryResponse, SlackMessage } from '../wire.js';
import { countsFor, isTimeline, mark, ownReader, positionOf, type ChannelPosition, type ReadStateDeps } from './read-positions.js';
import type { FeatureScope } from './scope.js';
import { markReplyUnread, tsBefore, type ThreadDeps } from './thread-subscriptions.js';
import { threadKey, type ThreadStore } from '../../kit/read-positions/thread-store.js';

/**
 * Channel read state on Slack, which is native: conversations.mark moves the user's position (`last_read`),
 * conversations.info answers it with `unread_count_display` for the token's own user. Both need the actor's
 * own user token: reads without one answer UNSUPPORTED (Slack would answer for someone else), writes
 * PERMISSION_DENIED like every Slack write. A thread-only reply's unread flag and a mark-unread on it use the
 * thread positions Switchboard keeps (thread-subscriptions.ts); positions are read by read-positions.ts.
 *
 * Calls: one conversations.info per channel and request (Tier 3) for counts and flags; "All unreads" reads
 * the user's conversations (users.conversations) and then every one's info, 1 + C; a channel's unread
 * messages add conversations.history from the position; markChannelRead is one conversations.mark (plus
 * one conversations.history to find the newest message when none is named).
 */

/** History reads one page of unread messages may take (own messages are skipped, so a page may need more). */
const MAX_ROUNDS = 5;

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
          return { channelId: root.channel, rootId: root.ts };
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
        const row = threadRows.get(threadKey({ channelId: root.channel, rootId: root.ts }));
        return row !== undefined && compareTs(ts, row.readPosition) > 0;
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

/** Channel read state on Slack, the `readState` part of SlackProvider (capabilities.readState NATIVE). */
export class SlackReadState implements ReadState {
  constructor(
    private readonly scope: () => FeatureScope,
    /** Thread positions; null without a database (then thread-only replies never read as unread). */
    private readonly threads: ThreadStore | null,
  ) {}

  private deps(): ReadStateDeps {
    const { connection, session } = this.scope();
    return { connection, session, threads: this.threads };
  }

  loadChannelUnreadCounts(actor: Actor, channelIds: readonly string[]): BatchResult<number> {
    return loadChannelUnreadCounts(this.deps(), actor, channelIds);
  }

  loadUnreadFlags(actor: Actor, messageIds: readonly string[]): BatchResult<boolean> {
    return loadUnreadFlags(this.deps(), actor, messageIds);
  }

  listUnreadChannels(actor: Actor, page: { limit: number; cursor: string | null }): Promise<Page<UnreadChannelRecord>> {
    return listUnreadChannels(this.deps(), actor, page);
  }

  listUnreadMessages(actor: Actor, keys: readonly PageKey[]): BatchResult<Page<MessageRecord>> {
    return listUnreadMessages(this.deps(), actor, keys);
  }

  markChannelRead(actor: Actor, channelId: string, messageId: string | null): Promise<void> {
    return markChannelRead(this.deps(), actor, channelId, messageId);
  }

  markUnread(actor: Actor, messageId: string): Promise<UnreadMark> {
    return markUnread(this.deps(), actor, messageId);
  }
}
