import { notFound, SwitchboardError } from '../../errors.js';
import { logUnexpected } from '../../log.js';
import type { Actor, MessageRecord } from '../model.js';
import type { BatchResult } from '../paging.js';
import type { ThreadFilter, ThreadPage, ThreadStateRecord, ThreadSubscriptions, ThreadSubscriptionStatus } from '../features/read-state.js';
import { threadKey, type ThreadKey, type ThreadRow, type ThreadStore } from '../kit/read-positions/thread-store.js';
import { loadChannelAccess } from './channels.js';
import type { Acting, TeamsConnection } from './connection.js';
import { containerId, messageNativeId, parseContainerId, parseMessageId, type MessageAddress } from './ids.js';
import { authorOf } from './map.js';
import { compareStrings, pageOf } from './pages.js';
import type { ReadSession, Thread } from './session.js';
import type { GraphChatMessage } from './wire.js';

/**
 * Thread subscriptions and thread read positions on Teams, which Graph does not offer: Switchboard keeps
 * them (../kit/read-positions/thread-store.ts: ids only, never content; capabilities.threadSubscriptions
 * EMULATED). Threads exist in channels only (one level deep; chats have none). What a thread holds is read
 * from Graph as any thread is: its root and replies (one `$batch` of two items per root, or nothing when the
 * request's channel page held it).
 *
 * A reply sent through Switchboard follows the thread for its author and for the root's author (unless that
 * person unsubscribed). Replies posted in Teams' own clients arrive only as events and subscribe nobody.
 */

export interface ThreadScope {
  connection: TeamsConnection;
  session: ReadSession;
  store: ThreadStore;
}

/** The thread a root id names (a channel root), or null. */
function keyOf(rootId: string): (ThreadKey & { address: MessageAddress }) | null {
  const address = parseMessageId(rootId);
  if (!address || address.container.kind !== 'channel' || address.rootId !== null) return null;
  return { channelId: containerId(address.container), rootId: address.messageId, address };
}

/** The whole thread of a root as the actor sees it; NOT_FOUND when there is none. */
async function requireThread(scope: ThreadScope, acting: Acting, rootId: string): Promise<{ key: ThreadKey; thread: Thread }> {
  const key = keyOf(rootId);
  if (!key) throw notFound('Message', rootId);
  const read = (await scope.session.read(acting.principal, [key.address])).get(rootId);
  if (read instanceof Error) throw read;
  if (!read?.thread) throw notFound('Message', rootId);
  return { key, thread: read.thread };
}

const live = (thread: Thread): GraphChatMessage[] => thread.replies.filter((reply) => !reply.deletedDateTime);

/** The id of the thread's latest message (tombstones included: a position is an id, not content). */
function latestId(thread: Thread): string {
  return [thread.root, ...thread.replies].reduce((latest, message) => (BigInt(message.id) > BigInt(latest.id) ? message : latest)).id;
}

/** When the latest live reply was sent; the root's time when it has none. */
function activityOf(thread: Thread): { at: number; id: string } {
  const latest = live(thread).reduce<GraphChatMessage | null>((best, reply) => (!best || BigInt(reply.id) > BigInt(best.id) ? reply : best), null) ?? thread.root;
  return { at: Date.parse(latest.createdDateTime), id: latest.id };
}

function stateOf(rootId: string, thread: Thread, row: ThreadRow | null, userId: string): ThreadStateRecord {
  // A thread the user never followed nor marked read has no position: nothing in it is unread.
  const unread = row ? live(thread).filter((reply) => authorOf(reply.from) !== userId && BigInt(reply.id) > BigInt(row.readPosition)).length : 0;
  return {
    rootId,
    subscription: row?.subscription === 'SUBSCRIBED' ? 'SUBSCRIBED' : 'UNSUBSCRIBED',
    unreadReplyCount: unread,
    lastActivityAt: new Date(activityOf(thread).at),
  };
}

export async function loadThreadSubscriptions(scope: ThreadScope, actor: Actor, rootIds: readonly string[]): Promise<ThreadSubscriptionStatus[]> {
  const keys = rootIds.map(keyOf);
  const rows = await scope.store.rows(actor.userId, keys.filter((key): key is NonNullable<typeof key> => key !== null));
  return keys.map((key) => (key && rows.get(threadKey(key))?.subscription === 'SUBSCRIBED' ? 'SUBSCRIBED' : 'UNSUBSCRIBED'));
}

export async function loadThreadStates(scope: ThreadScope, actor: Actor, rootIds: readonly string[]): Promise<Array<ThreadStateRecord | Error>> {
  const acting = await scope.connection.acting(actor);
  const keys = rootIds.map(keyOf);
  const [rows] = await Promise.all([
    scope.store.rows(actor.userId, keys.filter((key): key is NonNullable<typeof key> => key !== null)),
    // One `$batch` for every thread the request has not read yet.
    scope.session.read(acting.principal, keys.flatMap((key) => (key ? [key.address] : []))),
  ]);
  return Promise.all(
    rootIds.map(async (rootId) => {
      try {
        const { key, thread } = await requireThread(scope, acting, rootId);
        return stateOf(rootId, thread, rows.get(threadKey(key)) ?? null, actor.userId);
      } catch (error) {
        return error as Error;
      }
    }),
  );
}

/** Followed threads in channels the actor can read, latest activity first, with the count of unread ones. */
export async function listFollowedThreads(scope: ThreadScope, actor: Actor, page: { limit: number; cursor: string | null }, filter: ThreadFilter = {}): Promise<ThreadPage> {
  const acting = await scope.connection.acting(actor);
  const rows = await scope.store.followed(actor.userId);
  const channelIds = [...new Set(rows.map((row) => row.channelId))];
  const access = await loadChannelAccess(scope.connection, scope.session, acting, channelIds);
  const readable = new Set(channelIds.filter((_, index) => { const entry = access[index]; return !(entry instanceof Error) && entry.canRead; }));
  const followed = rows.filter((row) => readable.has(row.channelId) && parseContainerId(row.channelId)?.kind === 'channel');
  const roots = followed.map((row) => ({ row, rootId: `${row.channelId}/${row.rootId}` }));
  const read = await scope.session.read(acting.principal, roots.flatMap(({ rootId }) => keyOf(rootId)?.address ?? []));
  const threads = roots
    .flatMap(({ row, rootId }) => {
      const entry = read.get(rootId);
      // A root that is gone (or unreadable now) drops out of the list.
      if (!entry || entry instanceof Error || !entry.thread) return [];
      return [{ state: stateOf(rootId, entry.thread, row, actor.userId), latest: activityOf(entry.thread) }];
    })
    .sort((a, b) => b.latest.at - a.latest.at || compareStrings(b.state.rootId, a.state.rootId));
  const result = pageOf(
    filter.unreadOnly ? threads.filter((entry) => entry.state.unreadReplyCount > 0) : threads,
    { direction: 'forward', ...page },
    'th',
    2,
    (entry) => [entry.latest.at, entry.state.rootId],
    (entry, cursor) => Number(cursor[0]) - entry.latest.at || compareStrings(String(cursor[1]), entry.state.rootId),
  );
  return {
    ...result,
    edges: result.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.state })),
    unreadThreadCount: threads.filter((entry) => entry.state.unreadReplyCount > 0).length,
  };
}

/** Moves the actor's position in the thread to the reply, or to the thread's latest message. */
export async function markThreadRead(scope: ThreadScope, actor: Actor, rootId: string, replyId: string | null): Promise<void> {
  const { key, thread } = await requireThread(scope, await scope.connection.acting(actor), rootId);
  let position = latestId(thread);
  if (replyId !== null) {
    const reply = parseMessageId(replyId);
    const found = reply && reply.rootId === key.rootId && containerId(reply.container) === key.channelId ? thread.replies.find((message) => message.id === reply.messageId) : undefined;
    if (!found) {
      throw new SwitchboardError('VALIDATION_ERROR', `lastReadReplyId: message ${JSON.stringify(replyId)} is not a reply in this thread.`, { field: ['input', 'lastReadReplyId'] });
    }
    position = found.id;
  }
  await scope.store.setReadPosition(actor.userId, key, position);
}

/** Follows or unfollows; a thread never read starts read up to its latest message. */
export async function setThreadSubscription(scope: ThreadScope, actor: Actor, rootId: string, status: ThreadSubscriptionStatus): Promise<void> {
  const { key, thread } = await requireThread(scope, await scope.connection.acting(actor), rootId);
  await scope.store.setSubscription(actor.userId, key, status, latestId(thread));
}

/**
 * After a reply was sent through Switchboard: its author follows the thread, read up to the reply, and the
 * root's author follows it too unless they unsubscribed. The root is read again with the author's grant
 * (one `$batch`, or nothing when the request already read it). A failure is logged, not thrown: the reply
 * is posted, and the send must not look failed (and be retried).
 */
export async function followOnReply(scope: ThreadScope, actor: Actor, reply: MessageRecord): Promise<void> {
  const address = parseMessageId(reply.id);
  if (!address || address.rootId === null) return;
  try {
    const rootId = messageNativeId(address.container, address.rootId);
    const { key, thread } = await requireThread(scope, await scope.connection.acting(actor), rootId);
    await scope.store.followOnReply({ authorId: actor.userId, id: address.messageId }, { ...key, authorId: thread.root.deletedDateTime ? null : authorOf(thread.root.from) });
  } catch (error) {
    logUnexpected(error);
  }
}

/** Thread subscriptions on Teams, the `threadSubscriptions` part of TeamsProvider (present with a database). */
export class TeamsThreadSubscriptions implements ThreadSubscriptions {
  constructor(private readonly scope: () => ThreadScope) {}

  loadThreadSubscriptions(actor: Actor, rootIds: readonly string[]): BatchResult<ThreadSubscriptionStatus> {
    return loadThreadSubscriptions(this.scope(), actor, rootIds);
  }

  loadThreadStates(actor: Actor, rootIds: readonly string[]): BatchResult<ThreadStateRecord> {
    return loadThreadStates(this.scope(), actor, rootIds);
  }

  listFollowedThreads(actor: Actor, page: { limit: number; cursor: string | null }, filter?: ThreadFilter): Promise<ThreadPage> {
    return listFollowedThreads(this.scope(), actor, page, filter);
  }

  markThreadRead(actor: Actor, rootId: string, replyId: string | null): Promise<void> {
    return markThreadRead(this.scope(), actor, rootId, replyId);
  }

  setThreadSubscription(actor: Actor, rootId: string, status: ThreadSubscriptionStatus): Promise<void> {
    return setThreadSubscription(this.scope(), actor, rootId, status);
  }
}
