import { notFound, SwitchboardError } from '../../../errors.js';
import { logUnexpected } from '../../../log.js';
import type { Actor, MessageRecord } from '../../model.js';
import type { SendMessageRequest } from '../../provider.js';
import type { ThreadFilter, ThreadPage, ThreadStateRecord, ThreadSubscriptions, ThreadSubscriptionStatus } from '../../features/read-state.js';
import type { Acting, SlackConnection } from '../connection.js';
import { compareTs, messageId, parseMessageId, tsToDate } from '../ids.js';
import { isReply, isTombstone } from '../map.js';
import { compareStrings, pageOf } from '../pages.js';
import { rawMessage } from '../reads.js';
import type { ReadSession } from '../session.js';
import { threadKey, type ThreadKey, type ThreadRow, type ThreadStore } from '../../kit/read-positions/thread-store.js';
import type { BatchResult } from '../../paging.js';
import type { SlackMessage } from '../wire.js';
import type { FeatureScope } from './scope.js';

/**
 * Thread subscriptions and per-thread read state on Slack, which Slack's public API does not offer:
 * Switchboard keeps them itself (../../kit/read-positions/thread-store.ts: ids and timestamps, never content), so Workspace.threads,
 * markThreadRead and viewerThreadSubscription work on Slack too (capabilities.threadSubscriptions
 * EMULATED). What a thread holds (its replies, who wrote them, when) is read from Slack as any thread is:
 * one conversations.replies per thread and request (session.ts), with the actor's token.
 *
 * A reply sent through Switchboard follows the thread for its author and for the root's author (unless
 * that user unsubscribed), as the built-in workspace and Slack do. Replies posted in Slack's own clients
 * reach Switchboard only as events, so they do not subscribe anyone here.
 *
 * Listing followed threads reads every followed thread (one conversations.replies each, Tier 3): the
 * order is by latest reply, which only the threads themselves tell.
 */

export interface ThreadDeps {
  connection: SlackConnection;
  session: ReadSession;
  store: ThreadStore;
}

function keyOf(rootId: string): ThreadKey | null {
  const address = parseMessageId(rootId);
  return address ? { channelId: address.channel, rootId: address.ts } : null;
}

/** The whole thread of a root as the actor's token sees it; NOT_FOUND when there is none. */
async function requireThread(deps: ThreadDeps, acting: Acting, rootId: string): Promise<{ key: ThreadKey; thread: SlackMessage[] }> {
  const key = keyOf(rootId);
  const found = key ? await rawMessage(deps.session, acting, rootId) : null;
  if (!key || !found || isReply(found.message)) throw notFound('Message', rootId);
  return { key, thread: found.thread };
}

export async function loadThreadSubscriptions(deps: ThreadDeps, actor: Actor, rootIds: readonly string[]): Promise<ThreadSubscriptionStatus[]> {
  const keys = rootIds.map(keyOf);
  const rows = await deps.store.rows(actor.userId, keys.filter((key): key is ThreadKey => key !== null));
  return keys.map((key) => (key && rows.get(threadKey(key))?.subscription === 'SUBSCRIBED' ? 'SUBSCRIBED' : 'UNSUBSCRIBED'));
}

export async function loadThreadStates(deps: ThreadDeps, actor: Actor, rootIds: readonly string[]): Promise<Array<ThreadStateRecord | Error>> {
  const acting = await deps.connection.acting(actor);
  const keys = rootIds.map(keyOf);
  const rows = await deps.store.rows(actor.userId, keys.filter((key): key is ThreadKey => key !== null));
  return Promise.all(
    rootIds.map(async (rootId) => {
      try {
        const { key, thread } = await requireThread(deps, acting, rootId);
        return stateOf(rootId, thread, rows.get(threadKey(key)) ?? null, actor.userId);
      } catch (error) {
        return error as Error;
      }
    }),
  );
}

/** Followed threads in channels the actor is in, latest activity first, with the count of unread ones. */
export async function listFollowedThreads(
  deps: ThreadDeps,
  actor: Actor,
  page: { limit: number; cursor: string | null },
  filter: ThreadFilter = {},
): Promise<ThreadPage> {
  const acting = await deps.connection.acting(actor);
  const [rows, memberships] = await Promise.all([deps.store.followed(actor.userId), deps.session.memberships(acting)]);
  const readable = rows.filter((row) => memberships.has(row.channelId));
  const found = await Promise.all(
    readable.map(async (row) => {
      const rootId = messageId(row.channelId, row.rootId);
      const read = await rawMessage(deps.session, acting, rootId);
      // A root deleted without replies is gone in Slack: its thread is not followed any more.
      if (!read || isReply(read.message)) return null;
      return { state: stateOf(rootId, read.thread, row, actor.userId), latestTs: latestOf(read.thread).ts };
    }),
  );
  // Ordered by the latest message's ts (microseconds), not by lastActivityAt (milliseconds): no ties.
  const threads = found
    .filter((entry): entry is { state: ThreadStateRecord; latestTs: string } => entry !== null)
    .sort((a, b) => compareTs(b.latestTs, a.latestTs) || compareStrings(b.state.rootId, a.state.rootId));
  const result = pageOf(
    filter.unreadOnly ? threads.filter((entry) => entry.state.unreadReplyCount > 0) : threads,
    { direction: 'forward', ...page },
    'th',
    2,
    (entry) => [entry.latestTs, entry.state.rootId],
    (entry, cursor) => compareTs(cursor[0], entry.latestTs) || compareStrings(cursor[1], entry.state.rootId),
  );
  return {
    ...result,
    edges: result.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.state })),
    unreadThreadCount: threads.filter((entry) => entry.state.unreadReplyCount > 0).length,
  };
}

/** Moves the actor's position in the thread to the reply, or to the thread's latest message. */
export async function markThreadRead(deps: ThreadDeps, actor: Actor, rootId: string, replyId: string | null): Promise<void> {
  const { key, thread } = await requireThread(deps, await deps.connection.acting(actor), rootId);
  let readTs = thread[thread.length - 1].ts;
  if (replyId !== null) {
    const reply = parseMessageId(replyId);
    const found = reply && reply.channel === key.channelId ? thread.slice(1).find((message) => message.ts === reply.ts) : undefined;
    if (!found) {
      throw new SwitchboardError('VALIDATION_ERROR', `lastReadReplyId: message ${JSON.stringify(replyId)} is not a reply in this thread.`, {
        field: ['input', 'lastReadReplyId'],
      });
    }
    readTs = found.ts;
  }
  await deps.store.setReadPosition(actor.userId, key, readTs);
}

/** Follows or unfollows; a thread never read starts read up to its latest message. */
export async function setThreadSubscription(deps: ThreadDeps, actor: Actor, rootId: string, status: ThreadSubscriptionStatus): Promise<void> {
  const { key, thread } = await requireThread(deps, await deps.connection.acting(actor), rootId);
  await deps.store.setSubscription(actor.userId, key, status, thread[thread.length - 1].ts);
}

/** Puts the actor's position in a reply's thread just before the reply (mark unread of a thread-only reply). */
export async function markReplyUnread(deps: ThreadDeps, actor: Actor, reply: MessageRecord): Promise<void> {
  const root = parseMessageId(reply.threadRootId!)!;
  const [, ts] = reply.id.split(':');
  await deps.store.setReadPosition(actor.userId, { channelId: root.channel, rootId: root.ts }, tsBefore(ts));
}

/**
 * Before a reply is sent: who wrote the thread's root, read through the session the send itself uses (so
 * the send's own read of the parent is answered from it, at no extra call). Null for a new thread.
 */
export async function rootBeforeReply(
  connection: SlackConnection,
  session: ReadSession,
  actor: Actor,
  request: SendMessageRequest,
): Promise<{ channel: string; rootTs: string; authorId: string | null } | null> {
  if (request.parentId === null) return null;
  const acting = await connection.acting(actor);
  if (!acting.own) return null;
  const parent = await rawMessage(session, acting, request.parentId);
  if (!parent) return null;
  const root = parent.thread[0];
  return { channel: parent.address.channel, rootTs: root.ts, authorId: isTombstone(root) ? null : (root.user ?? null) };
}

/** After a reply was sent: its author and the root's author follow the thread (../../kit/read-positions/thread-store.ts). */
export async function followOnReply(
  store: ThreadStore,
  actor: Actor,
  reply: MessageRecord,
  root: { channel: string; rootTs: string; authorId: string | null } | null,
): Promise<void> {
  if (!root || reply.threadRootId === null) return;
  try {
    await store.followOnReply({ authorId: actor.userId, id: reply.id.split(':')[1] }, { channelId: root.channel, rootId: root.rootTs, authorId: root.authorId });
  } catch (error) {
    // The reply is posted; failing to follow its thread must not make the send look failed (and retried).
    logUnexpected(error);
  }
}

/** The thread's latest reply that is not deleted; the root when there is none. */
function latestOf(thread: SlackMessage[]): SlackMessage {
  const replies = thread.slice(1).filter((message) => !isTombstone(message));
  return replies[replies.length - 1] ?? thread[0];
}

function stateOf(rootId: string, thread: SlackMessage[], row: ThreadRow | null, userId: string): ThreadStateRecord {
  const replies = thread.slice(1).filter((message) => !isTombstone(message));
  const latest = latestOf(thread);
  // A thread the user never followed nor marked read has no position: nothing in it is unread.
  const unread = row
    ? replies.filter((reply) => reply.user !== userId && compareTs(reply.ts, row.readPosition) > 0).length
    : 0;
  return {
    rootId,
    subscription: row?.subscription === 'SUBSCRIBED' ? 'SUBSCRIBED' : 'UNSUBSCRIBED',
    unreadReplyCount: unread,
    lastActivityAt: tsToDate(latest.ts),
  };
}

/** The ts just before `ts` (one microsecond earlier): a position there leaves the message unread. */
export function tsBefore(ts: string): string {
  const [seconds, fraction = '0'] = ts.split('.');
  const micros = Number(seconds) * 1_000_000 + Number(fraction.padEnd(6, '0').slice(0, 6)) - 1;
  return `${Math.floor(micros / 1_000_000)}.${String(micros % 1_000_000).padStart(6, '0')}`;
}

/**
 * Thread subscriptions on Slack, the `threadSubscriptions` part of SlackProvider: present only on a
 * connection with a database for Switchboard's thread table (capabilities.threadSubscriptions EMULATED).
 */
export class SlackThreadSubscriptions implements ThreadSubscriptions {
  constructor(
    private readonly scope: () => FeatureScope,
    private readonly store: ThreadStore,
  ) {}

  private deps(): ThreadDeps {
    const { connection, session } = this.scope();
    return { connection, session, store: this.store };
  }

  loadThreadSubscriptions(actor: Actor, rootIds: readonly string[]): BatchResult<ThreadSubscriptionStatus> {
    return loadThreadSubscriptions(this.deps(), actor, rootIds);
  }

  loadThreadStates(actor: Actor, rootIds: readonly string[]): BatchResult<ThreadStateRecord> {
    return loadThreadStates(this.deps(), actor, rootIds);
  }

  listFollowedThreads(actor: Actor, page: { limit: number; cursor: string | null }, filter?: ThreadFilter): Promise<ThreadPage> {
    return listFollowedThreads(this.deps(), actor, page, filter);
  }

  markThreadRead(actor: Actor, rootId: string, replyId: string | null): Promise<void> {
    return markThreadRead(this.deps(), actor, rootId, replyId);
  }

  setThreadSubscription(actor: Actor, rootId: string, status: ThreadSubscriptionStatus): Promise<void> {
    return setThreadSubscription(this.deps(), actor, rootId, status);
  }
}
