import { SwitchboardError } from '../../../errors.js';
import type { Actor, MessageRecord } from '../../model.js';
import type { SlackResponse } from '../client.js';
import type { Acting, SlackConnection } from '../connection.js';
import { isAbsent } from '../errors.js';
import { compareTs, isChannelId } from '../ids.js';
import { isTombstone } from '../map.js';
import type { ReadSession } from '../session.js';
import type { HistoryResponse, SlackConversation, SlackMessage } from '../wire.js';
import type { ThreadStore } from '../../kit/read-positions/thread-store.js';

/**
 * A user's position in each Slack channel, as conversations.info answers it (`last_read`,
 * `unread_count_display`) with the user's own token, read once per request; and conversations.mark, which
 * moves it. The channel read state (read-state.ts) and the unread inbox (unread-inbox.ts) are built on it.
 */

/** Pages of history read to count unreads when Slack answers `last_read` without a count (200 each). */
const COUNT_PAGES = 5;
const HISTORY_PAGE = 200;

/** What conversations.info tells about the user's position in a conversation. */
export interface ChannelPosition {
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
export async function ownReader(connection: SlackConnection, actor: Actor): Promise<Acting> {
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
export function positionOf(deps: ReadStateDeps, acting: Acting, channel: string): Promise<ChannelPosition | null> {
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
export function countsFor(message: SlackMessage, userId: string): boolean {
  return !isTombstone(message) && message.user !== userId;
}

export function isTimeline(record: MessageRecord): boolean {
  return record.parentId === null || record.alsoSentToChannel;
}

/** conversations.mark: the user's position in the channel moves to `ts`; the request's cached position is dropped. */
export async function mark(deps: ReadStateDeps, acting: Acting, channel: string, ts: string): Promise<void> {
  await deps.connection.api.call<SlackResponse>('conversations.mark', { channel, ts }, acting.token, { write: true });
  forgetPosition(deps, acting, channel);
}
