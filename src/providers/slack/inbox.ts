import { SwitchboardError } from '../../errors.js';
import type { InboxFilter } from '../provider.js';
import type { MessageRecord } from '../model.js';
import type { Page } from '../paging.js';
import type { Acting, SlackConnection } from './connection.js';
import { isAbsent } from './errors.js';
import { compareTs, dateToTs } from './ids.js';
import { isReply, isTombstone } from './map.js';
import { mentionedUserIds } from './mrkdwn.js';
import { compareStrings, decodeCursor, encodeCursor } from './pages.js';
import type { ReadSession } from './session.js';
import type { HistoryResponse, SlackMessage } from './wire.js';

/**
 * The unified inbox on Slack, which has no inbox API (limits.md): the conversations the user is in
 * (users.conversations), then each one's history (conversations.history, 1 + C calls a page), plus the
 * replies of threads whose latest reply falls in the window read. Messages are merged newest first
 * (ties by channel id) and narrowed here, since history cannot filter by author or mention.
 *
 * Limitation: a reply is found through its root, so a reply whose root is older than everything this
 * page's windows read is missed; only search.messages or the Events API could see it.
 */

/** How many rounds of history reads a page may take before it answers with what it has. */
const MAX_ROUNDS = 20;

interface Candidate {
  channel: string;
  message: SlackMessage;
}

interface ChannelWindow {
  channel: string;
  /** Everything newer than this ts (within the page's bounds) has been read; null: nothing read yet. */
  frontier: string | null;
  exhausted: boolean;
}

export async function listInbox(
  connection: SlackConnection,
  session: ReadSession,
  acting: Acting,
  filter: InboxFilter,
  page: { limit: number; cursor: string | null },
): Promise<Page<MessageRecord>> {
  if (filter.unreadOnly) {
    throw new SwitchboardError('UNSUPPORTED', 'Slack workspaces do not support read state through Switchboard yet (capabilities.readState).');
  }
  const cursor = page.cursor === null ? null : decodeCursor(page.cursor, 'i', 2);
  const members = await session.memberships(acting);
  const channels = [...members.keys()].filter((id) => filter.channelIds === null || filter.channelIds.includes(id));
  const createdBefore = filter.createdBefore ? dateToTs(filter.createdBefore) : null;
  // The newest ts worth reading: the cursor's or the filter's bound, whichever is older.
  const before = [cursor?.[0] ?? null, createdBefore].filter((ts): ts is string => ts !== null).sort(compareTs)[0];
  const after = filter.createdAfter ? dateToTs(filter.createdAfter) : null;
  const windows: ChannelWindow[] = channels.map((channel) => ({ channel, frontier: null, exhausted: false }));
  const candidates = new Map<string, Candidate>();

  const keep = (candidate: Candidate) => {
    const { message } = candidate;
    if (isTombstone(message)) return;
    if (cursor && compareKeys(message.ts, candidate.channel, cursor[0], cursor[1]) >= 0) return;
    if (createdBefore && compareTs(message.ts, createdBefore) >= 0) return;
    if (after && compareTs(message.ts, after) <= 0) return;
    if (filter.authorIds && !filter.authorIds.includes(message.user ?? message.bot_id ?? '')) return;
    if (filter.mentioningUserId && !mentionedUserIds(message.text ?? '').includes(filter.mentioningUserId)) return;
    candidates.set(`${candidate.channel}:${message.ts}`, candidate);
  };

  let final: Candidate[] = [];
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const open = windows.filter((window) => !window.exhausted);
    await Promise.all(open.map((window) => readWindow(connection, session, acting, window, before, after, page.limit, keep)));
    // A candidate is final once every channel still open has been read down to it.
    const floor = windows
      .filter((window) => !window.exhausted && window.frontier !== null)
      .map((window) => window.frontier!)
      .sort((a, b) => compareTs(b, a))[0];
    final = [...candidates.values()]
      .filter((candidate) => floor === undefined || compareTs(candidate.message.ts, floor) >= 0)
      .sort((a, b) => compareKeys(b.message.ts, b.channel, a.message.ts, a.channel));
    if (final.length > page.limit || windows.every((window) => window.exhausted)) break;
  }

  const chosen = final.slice(0, page.limit);
  const records = await connection.records(chosen);
  return {
    edges: records.map((record, index) => ({ cursor: encodeCursor('i', chosen[index].message.ts, chosen[index].channel), node: record })),
    hasNextPage: final.length > page.limit || windows.some((window) => !window.exhausted),
    hasPreviousPage: cursor !== null,
  };
}

/** Reads the next window of one channel's history, and the replies of its threads that fall in the page. */
async function readWindow(
  connection: SlackConnection,
  session: ReadSession,
  acting: Acting,
  window: ChannelWindow,
  before: string | undefined,
  after: string | null,
  limit: number,
  keep: (candidate: Candidate) => void,
): Promise<void> {
  // Always send `latest` with `oldest`: Slack documents latest=now as the default, but a window given only
  // `oldest` has been seen to start from its oldest end, which would skip the newest messages of the page.
  const latest = window.frontier ?? before ?? (after ? nowTs() : undefined);
  const args = {
    channel: window.channel,
    limit: limit + 1,
    ...(latest ? { latest, inclusive: window.frontier === null } : {}),
    ...(after ? { oldest: after } : {}),
  };
  let history: HistoryResponse;
  try {
    history = await connection.api.call<HistoryResponse>('conversations.history', args, acting.token);
  } catch (error) {
    // A conversation that went away since the member list was read has nothing to add.
    if (!isAbsent(error)) throw error;
    window.exhausted = true;
    return;
  }
  session.remember(acting.token, window.channel, history.messages);
  const messages = [...history.messages].sort((a, b) => compareTs(b.ts, a.ts));
  window.exhausted = history.has_more !== true;
  if (messages.length) window.frontier = messages[messages.length - 1].ts;
  for (const message of messages) keep({ channel: window.channel, message });
  const activeRoots = messages.filter((message) => !isReply(message) && (message.reply_count ?? 0) > 0);
  if (activeRoots.length === 0) return;
  const threads = await session.threadsOf(acting, window.channel, activeRoots.map((root) => root.ts));
  for (const thread of threads.values()) {
    // Broadcast replies are already in the history read.
    for (const reply of thread?.slice(1) ?? []) if (reply.subtype !== 'thread_broadcast') keep({ channel: window.channel, message: reply });
  }
}

/** Inbox order: by ts, then channel id. */
function compareKeys(tsA: string, channelA: string, tsB: string, channelB: string): number {
  return compareTs(tsA, tsB) || compareStrings(channelA, channelB);
}

/** The current time as a Slack ts (seconds with six decimals). */
function nowTs(): string {
  return (Date.now() / 1000).toFixed(6);
}
