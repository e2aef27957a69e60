import { notFound, SwitchboardError } from '../../errors.js';
import type { Actor, ChannelRecord, MessageRecord } from '../model.js';
import type { BatchResult, Page, PageKey } from '../paging.js';
import type { ReadState, UnreadChannelRecord, UnreadMark } from '../features/read-state.js';
import { threadKey } from '../kit/read-positions/thread-store.js';
import { isAbsent } from '../kit/graph/errors.js';
import { everything, loadChannelAccess } from './channels.js';
import { teamsCalls } from './client.js';
import type { Acting } from './connection.js';
import { containerId, parseContainerId, parseMessageId, rootNativeId, type MessageContainer } from './ids.js';
import { byNameThenId, decodeCursor, emptyPage, encodeCursor, linearOnly, nameCursorCompare, pageOf } from './pages.js';
import {
  countsFor,
  isAfter,
  justBefore,
  newestMessage,
  numericId,
  positionsOf,
  requireOwn,
  unreadTimeline,
  type Position,
  type ReadStateScope,
} from './read-positions.js';
import { loadMessages, requireMessage, toRecords } from './reads.js';

/**
 * Read state on Teams (capabilities.readState EMULATED). Chats: NATIVE, Graph's own position
 * (`viewpoint.lastMessageReadDateTime`, moved by `markChatReadForUser` / `markChatUnreadForUser`), which
 * needs the person's own delegated grant. Channels: Graph has no read state, so the position is Switchboard's
 * (ids only, ../kit/read-positions/): a channel the person never marked read through Switchboard is unread
 * from its start. A reply's unread flag and a mark-unread of a reply use the thread positions of
 * thread-subscriptions.ts. Unread messages are read from the timeline itself (newest first, up to 5 Graph
 * pages of 50 back to the position), so counts stop at what those pages hold.
 */

// ---- reads ------------------------------------------------------------------------------------------

/** Containers of these ids the actor can read (a team or an unknown id: none), with their positions. */
async function readable(scope: ReadStateScope, acting: Acting, ids: readonly string[]): Promise<Map<string, { container: MessageContainer; position: Position | null } | Error>> {
  const containers = new Map<string, MessageContainer>();
  for (const id of ids) {
    const address = parseContainerId(id);
    if (address && address.kind !== 'team') containers.set(id, address);
  }
  // Chats are checked by reading them with the actor's grant (positionsOf); channels by access.
  const channelIds = [...containers].filter(([, container]) => container.kind === 'channel').map(([id]) => id);
  const [access, positions] = await Promise.all([
    loadChannelAccess(scope.connection, scope.session, acting, channelIds),
    positionsOf(scope, acting, [...containers.values()]),
  ]);
  const canRead = new Map(channelIds.map((id, index) => [id, access[index]]));
  const result = new Map<string, { container: MessageContainer; position: Position | null } | Error>();
  for (const [id, container] of containers) {
    const position = positions.get(id) ?? null;
    if (position instanceof Error) {
      result.set(id, position);
      continue;
    }
    if (container.kind === 'channel') {
      const entry = canRead.get(id);
      if (entry instanceof Error) result.set(id, entry);
      else if (entry?.canRead) result.set(id, { container, position });
      continue;
    }
    // A chat the actor cannot read has no position (Graph answered 403/404).
    if (position) result.set(id, { container, position });
  }
  return result;
}

export async function loadChannelUnreadCounts(scope: ReadStateScope, actor: Actor, channelIds: readonly string[]): Promise<Array<number | Error>> {
  const acting = await scope.connection.acting(actor);
  const found = await readable(scope, acting, channelIds);
  return Promise.all(
    channelIds.map(async (id) => {
      const entry = found.get(id);
      if (entry instanceof Error) return entry;
      if (!entry?.position) return 0;
      try {
        return (await unreadTimeline(scope, acting, entry.container, entry.position)).records.length;
      } catch (error) {
        return isAbsent(error) ? 0 : (error as Error);
      }
    }),
  );
}

export async function loadUnreadFlags(scope: ReadStateScope, actor: Actor, messageIds: readonly string[]): Promise<Array<boolean | Error>> {
  const acting = await scope.connection.acting(actor);
  const records = await loadMessages(scope.connection, scope.session, acting, messageIds);
  const live = records.filter((record): record is MessageRecord => record !== null && !(record instanceof Error) && countsFor(record, actor.userId));
  const timeline = live.filter((record) => record.parentId === null);
  const replies = live.filter((record) => record.parentId !== null);
  const [positions, rows] = await Promise.all([
    timeline.length ? readable(scope, acting, [...new Set(timeline.map((record) => record.channelId))]) : Promise.resolve(new Map()),
    scope.threads.rows(
      actor.userId,
      replies.map((reply) => ({ channelId: reply.channelId, rootId: parseMessageId(reply.threadRootId!)!.messageId })),
    ),
  ]);
  return records.map((record) => {
    if (record === null) return false;
    if (record instanceof Error) return record;
    if (!countsFor(record, actor.userId)) return false;
    if (record.parentId === null) {
      const entry = positions.get(record.channelId);
      if (entry instanceof Error) return entry;
      return entry?.position ? isAfter(record, entry.position) : false;
    }
    const row = rows.get(threadKey({ channelId: record.channelId, rootId: parseMessageId(record.threadRootId!)!.messageId }));
    // A thread never followed nor marked read has no position: nothing in it is unread.
    return row !== undefined && numericId(record.id)! > BigInt(row.readPosition);
  });
}

/** Containers with unread messages for the actor, by name: everything it sees, then each one's timeline. */
export async function listUnreadChannels(scope: ReadStateScope, actor: Actor, page: { limit: number; cursor: string | null }): Promise<Page<UnreadChannelRecord>> {
  const acting = await scope.connection.acting(actor);
  // Chats' positions are the person's own: an actor without a grant has channel positions only.
  const channels = (await everything(scope.connection, acting)).filter((channel) => {
    const kind = parseContainerId(channel.id)?.kind;
    return kind === 'channel' || (kind === 'chat' && acting.own);
  });
  const counts = await loadChannelUnreadCounts(scope, actor, channels.map((channel) => channel.id));
  const unread = new Map<string, number>();
  channels.forEach((channel, index) => {
    const count = counts[index];
    if (count instanceof Error) throw count;
    if (count > 0) unread.set(channel.id, count);
  });
  const sorted = channels.filter((channel) => unread.has(channel.id)).sort(byNameThenId);
  const result = pageOf<ChannelRecord>(sorted, { direction: 'forward', ...page }, 'uc', 2, (channel) => [channel.name, channel.id], nameCursorCompare);
  return { ...result, edges: result.edges.map((edge) => ({ cursor: edge.cursor, node: { channel: edge.node, unreadCount: unread.get(edge.node.id) ?? 0 } })) };
}

/** Each container's unread timeline messages, oldest first; the cursor is the last message's id. */
export async function listUnreadMessages(scope: ReadStateScope, actor: Actor, keys: readonly PageKey[]): Promise<Array<Page<MessageRecord> | Error>> {
  const acting = await scope.connection.acting(actor);
  const found = await readable(scope, acting, keys.map((key) => key.parentId));
  return Promise.all(
    keys.map(async (key) => {
      try {
        const page = linearOnly(key.page, 'unread messages');
        if (page.direction !== 'forward') throw new SwitchboardError('UNSUPPORTED', 'Unread messages can only be read forward (first/after).');
        const after = page.cursor === null ? null : BigInt(String(decodeCursor(page.cursor, 'un', 1)[0]));
        const entry = found.get(key.parentId);
        if (entry instanceof Error) throw entry;
        if (!entry?.position) return emptyPage<MessageRecord>();
        const { records, complete } = await unreadTimeline(scope, acting, entry.container, entry.position);
        const oldestFirst = records.reverse().filter((record) => after === null || numericId(record.id)! > after);
        const shown = oldestFirst.slice(0, page.limit);
        return {
          edges: shown.map((node) => ({ node, cursor: encodeCursor('un', numericId(node.id)!.toString()) })),
          // The newest messages were read first: an incomplete read lacks the oldest ones, not later pages.
          hasNextPage: oldestFirst.length > page.limit,
          hasPreviousPage: after !== null || !complete,
        };
      } catch (error) {
        if (isAbsent(error)) return emptyPage<MessageRecord>();
        return error as Error;
      }
    }),
  );
}

// ---- writes -----------------------------------------------------------------------------------------

/** The chat's member as Graph's mark calls name them. */
const chatUser = (scope: ReadStateScope, acting: Acting) => ({ id: acting.userId!, tenantId: scope.connection.options.tenantId });

/**
 * Moves the actor's position to the message (a timeline message of that channel or chat), or to the newest
 * one. Channels: Switchboard's position (the actor must be able to read the channel). Chats: Graph's
 * markChatReadForUser (to the newest) or markChatUnreadForUser (to the message's instant), with the actor's grant.
 */
export async function markChannelRead(scope: ReadStateScope, actor: Actor, channelId: string, messageId: string | null): Promise<void> {
  const container = parseContainerId(channelId);
  if (!container || container.kind === 'team') throw notFound('Channel', channelId);
  let message: MessageRecord | null = null;
  if (messageId !== null) {
    const address = parseMessageId(messageId);
    if (!address || containerId(address.container) !== channelId || address.rootId !== null) {
      throw new SwitchboardError('VALIDATION_ERROR', `lastReadMessageId: message ${JSON.stringify(messageId)} is not in this channel's timeline.`, {
        field: ['input', 'lastReadMessageId'],
      });
    }
  }
  if (container.kind === 'chat') {
    const acting = await scope.connection.writer(actor);
    if (messageId === null) {
      await scope.connection.call(acting.principal, teamsCalls.markChatRead(container.chatId, chatUser(scope, acting)));
      return;
    }
    message = toRecords(scope.connection, [await requireMessage(scope.session, acting, messageId)])[0];
    await scope.connection.call(acting.principal, teamsCalls.markChatUnread(container.chatId, chatUser(scope, acting), message.createdAt.toISOString()));
    return;
  }
  const acting = await scope.connection.acting(actor);
  const [access] = await loadChannelAccess(scope.connection, scope.session, acting, [channelId]);
  if (access instanceof Error) throw access;
  if (!access.canRead) throw notFound('Channel', channelId);
  if (messageId !== null) await requireMessage(scope.session, acting, messageId);
  else message = await newestMessage(scope, acting, container);
  const position = messageId !== null ? parseMessageId(messageId)!.messageId : message ? parseMessageId(message.id)!.messageId : null;
  // An empty channel has nothing to read.
  if (position !== null) await scope.positions.setPosition(actor.userId, channelId, position);
}

/**
 * Puts a position just before the message: the channel's (Switchboard's) or the chat's (Graph's, one
 * millisecond before the message was sent) for a timeline message, the thread's for a channel reply.
 */
export async function markUnread(scope: ReadStateScope, actor: Actor, messageId: string): Promise<UnreadMark> {
  const address = parseMessageId(messageId);
  if (!address) throw notFound('Message', messageId);
  const channelId = containerId(address.container);
  if (address.container.kind === 'chat') {
    const acting = await scope.connection.writer(actor);
    requireOwn(acting);
    const record = toRecords(scope.connection, [await requireMessage(scope.session, acting, messageId)])[0];
    const before = new Date(record.createdAt.getTime() - 1).toISOString();
    await scope.connection.call(acting.principal, teamsCalls.markChatUnread(address.container.chatId, chatUser(scope, acting), before));
    return { kind: 'channel', channelId };
  }
  const acting = await scope.connection.acting(actor);
  await requireMessage(scope.session, acting, messageId);
  if (address.rootId === null) {
    await scope.positions.setPosition(actor.userId, channelId, justBefore(address.messageId));
    return { kind: 'channel', channelId };
  }
  await scope.threads.setReadPosition(actor.userId, { channelId, rootId: address.rootId }, justBefore(address.messageId));
  return { kind: 'thread', channelId, rootId: rootNativeId(address) };
}

/** Read state on Teams, the `readState` part of TeamsProvider (present with a database; see capabilities.ts). */
export class TeamsReadState implements ReadState {
  constructor(private readonly scope: () => ReadStateScope) {}

  loadChannelUnreadCounts(actor: Actor, channelIds: readonly string[]): BatchResult<number> {
    return loadChannelUnreadCounts(this.scope(), actor, channelIds);
  }

  loadUnreadFlags(actor: Actor, messageIds: readonly string[]): BatchResult<boolean> {
    return loadUnreadFlags(this.scope(), actor, messageIds);
  }

  listUnreadChannels(actor: Actor, page: { limit: number; cursor: string | null }): Promise<Page<UnreadChannelRecord>> {
    return listUnreadChannels(this.scope(), actor, page);
  }

  listUnreadMessages(actor: Actor, keys: readonly PageKey[]): BatchResult<Page<MessageRecord>> {
    return listUnreadMessages(this.scope(), actor, keys);
  }

  markChannelRead(actor: Actor, channelId: string, messageId: string | null): Promise<void> {
    return markChannelRead(this.scope(), actor, channelId, messageId);
  }

  markUnread(actor: Actor, messageId: string): Promise<UnreadMark> {
    return markUnread(this.scope(), actor, messageId);
  }
}
