import { notFound, SwitchboardError } from '../../errors.js';
import type { MessageRecord } from '../model.js';
import type { Page, PageKey } from '../paging.js';
import type { Acting, SlackConnection } from './connection.js';
import { isAbsent } from './errors.js';
import { compareTs, isChannelId, parseMessageId, type MessageAddress } from './ids.js';
import { isReply } from './map.js';
import { decodeCursor, emptyPage, encodeCursor, linearOnly, pageOf, type LinearPage } from './pages.js';
import type { ReadSession } from './session.js';
import type { HistoryResponse, SlackMessage } from './wire.js';

/**
 * Message reads. Slack threads are one level deep, so a message's children and descendants are the same
 * list: the replies of a thread root (none for a reply). A thread is read whole with conversations.replies
 * and kept in the session, so its root, replies, children and descendants cost one call per request; a
 * message seen in a channel page needs no call at all (and one that page shows without replies has an
 * empty reply list for free).
 */

/** Messages by id; null for malformed ids and messages that do not exist or are not visible. */
export async function loadMessages(
  connection: SlackConnection,
  session: ReadSession,
  acting: Acting,
  ids: readonly string[],
): Promise<Array<MessageRecord | null | Error>> {
  const byChannel = new Map<string, MessageAddress[]>();
  for (const id of ids) {
    const address = parseMessageId(id);
    if (address) byChannel.set(address.channel, [...(byChannel.get(address.channel) ?? []), address]);
  }
  const found = new Map<string, SlackMessage | null | Error>();
  await Promise.all(
    [...byChannel].map(async ([channel, addresses]) => {
      try {
        const threads = await session.threadsOf(acting, channel, addresses.map((address) => address.ts));
        for (const { ts } of addresses) found.set(`${channel}:${ts}`, threads.get(ts)?.find((message) => message.ts === ts) ?? null);
      } catch (error) {
        for (const { ts } of addresses) found.set(`${channel}:${ts}`, error as Error);
      }
    }),
  );
  const present = [...found].filter((entry): entry is [string, SlackMessage] => entry[1] !== null && !(entry[1] instanceof Error));
  const records = await connection.records(present.map(([id, message]) => ({ channel: id.split(':')[0], message })));
  const byId = new Map(records.map((record) => [record.id, record]));
  return ids.map((id) => {
    const slot = found.get(id);
    return slot instanceof Error ? slot : (byId.get(id) ?? null);
  });
}

/** One record by id, or NOT_FOUND. */
export async function requireMessage(connection: SlackConnection, session: ReadSession, acting: Acting, id: string): Promise<MessageRecord> {
  const [record] = await loadMessages(connection, session, acting, [id]);
  if (record instanceof Error) throw record;
  if (!record) throw notFound('Message', id);
  return record;
}

/** The raw Slack message behind an id, as `acting` sees it; null when there is none. */
export async function rawMessage(session: ReadSession, acting: Acting, id: string): Promise<{ address: MessageAddress; message: SlackMessage; thread: SlackMessage[] } | null> {
  const address = parseMessageId(id);
  if (!address) return null;
  const thread = (await session.threadsOf(acting, address.channel, [address.ts])).get(address.ts);
  const message = thread?.find((candidate) => candidate.ts === address.ts);
  return thread && message ? { address, message, thread } : null;
}

// ---- channel timelines --------------------------------------------------------------------------------

export function listChannelMessages(
  connection: SlackConnection,
  session: ReadSession,
  acting: Acting,
  keys: readonly PageKey[],
): Promise<Array<Page<MessageRecord> | Error>> {
  return Promise.all(
    keys.map(async (key) => {
      try {
        if (!isChannelId(key.parentId)) {
          linearOnly(key.page, 'an unknown channel');
          return emptyPage<MessageRecord>();
        }
        if (key.page.direction === 'around') return await around(connection, session, acting, key.parentId, key.page.anchorId, key.page.limit);
        return await timelinePage(connection, session, acting, key.parentId, key.page);
      } catch (error) {
        if (isAbsent(error)) return emptyPage<MessageRecord>();
        return error as Error;
      }
    }),
  );
}

/**
 * One conversations.history call per page. Forward pages (towards older messages) ask for the `limit`
 * messages before the cursor; backward pages (towards newer ones) for the `limit` messages after it, which
 * Slack answers when only `oldest` is given.
 */
async function timelinePage(
  connection: SlackConnection,
  session: ReadSession,
  acting: Acting,
  channel: string,
  page: LinearPage,
): Promise<Page<MessageRecord>> {
  const cursorTs = page.cursor === null ? null : decodeCursor(page.cursor, 't', 1)[0];
  const args =
    page.direction === 'forward'
      ? { channel, limit: page.limit, ...(cursorTs ? { latest: cursorTs, inclusive: false } : {}) }
      : { channel, limit: page.limit, oldest: cursorTs ?? '0', inclusive: false };
  const history = await readHistory(connection, session, acting, args);
  const records = await timelineRecords(connection, channel, history.messages);
  const edges = records.map((record) => ({ cursor: encodeCursor('t', record.id.split(':')[1]), node: record }));
  const more = history.has_more === true;
  return page.direction === 'forward'
    ? { edges, hasNextPage: more, hasPreviousPage: cursorTs !== null }
    : { edges, hasNextPage: cursorTs !== null, hasPreviousPage: more };
}

async function readHistory(
  connection: SlackConnection,
  session: ReadSession,
  acting: Acting,
  args: Record<string, unknown> & { channel: string },
): Promise<HistoryResponse> {
  const history = await connection.api.call<HistoryResponse>('conversations.history', args, acting.token);
  session.remember(acting.token, args.channel, history.messages);
  return history;
}

/** Newest first, whatever order Slack answered in. */
function timelineRecords(connection: SlackConnection, channel: string, messages: SlackMessage[]): Promise<MessageRecord[]> {
  const ordered = [...messages].sort((a, b) => compareTs(b.ts, a.ts));
  return connection.records(ordered.map((message) => ({ channel, message })));
}

/** The page centred on a message: the newer half, the message, the older half (two history calls). */
async function around(
  connection: SlackConnection,
  session: ReadSession,
  acting: Acting,
  channel: string,
  anchorId: string,
  limit: number,
): Promise<Page<MessageRecord>> {
  const anchor = parseMessageId(anchorId);
  if (!anchor || anchor.channel !== channel) throw notFound('Message', anchorId);
  const newerLimit = Math.floor((limit - 1) / 2);
  const [older, newer] = await Promise.all([
    readHistory(connection, session, acting, { channel, latest: anchor.ts, inclusive: true, limit: limit - newerLimit }),
    // Even with no room for newer messages, one tells whether any exist.
    readHistory(connection, session, acting, { channel, oldest: anchor.ts, inclusive: false, limit: Math.max(1, newerLimit) }),
  ]);
  const olderMessages = [...older.messages].sort((a, b) => compareTs(b.ts, a.ts));
  if (olderMessages[0]?.ts !== anchor.ts) {
    const existing = await rawMessage(session, acting, anchorId);
    if (existing && isReply(existing.message)) {
      throw new SwitchboardError('VALIDATION_ERROR', 'around: the message is a thread reply that is not shown in the channel; open its thread instead.');
    }
    throw notFound('Message', anchorId);
  }
  const newerMessages = newerLimit === 0 ? [] : newer.messages;
  const records = await timelineRecords(connection, channel, [...newerMessages, ...olderMessages]);
  return {
    edges: records.map((record) => ({ cursor: encodeCursor('t', record.id.split(':')[1]), node: record })),
    hasPreviousPage: newerLimit === 0 ? newer.messages.length > 0 : newer.has_more === true,
    hasNextPage: older.has_more === true,
  };
}

// ---- replies ------------------------------------------------------------------------------------------

/**
 * Replies of each message, oldest first (children and descendants alike: threads are flat). Keys of one
 * channel share the session's thread reads; a reply, or a message known to have none, costs nothing.
 */
export async function listReplies(
  connection: SlackConnection,
  session: ReadSession,
  acting: Acting,
  keys: readonly PageKey[],
): Promise<Array<Page<MessageRecord> | Error>> {
  const results: Array<Page<MessageRecord> | Error> = keys.map(() => emptyPage());
  const byChannel = new Map<string, number[]>();
  keys.forEach((key, index) => {
    try {
      const page = linearOnly(key.page, 'replies');
      if (page.cursor !== null) decodeCursor(page.cursor, 'r', 1);
    } catch (error) {
      results[index] = error as Error;
      return;
    }
    const address = parseMessageId(key.parentId);
    if (address) byChannel.set(address.channel, [...(byChannel.get(address.channel) ?? []), index]);
  });
  await Promise.all(
    [...byChannel].map(async ([channel, positions]) => {
      try {
        await fillReplies(connection, session, acting, channel, keys, positions, results);
      } catch (error) {
        for (const index of positions) results[index] = error as Error;
      }
    }),
  );
  return results;
}

async function fillReplies(
  connection: SlackConnection,
  session: ReadSession,
  acting: Acting,
  channel: string,
  keys: readonly PageKey[],
  positions: number[],
  results: Array<Page<MessageRecord> | Error>,
): Promise<void> {
  const threads = await session.threadsOf(acting, channel, positions.map((index) => parseMessageId(keys[index].parentId)!.ts));
  const replies = new Map<number, SlackMessage[]>();
  for (const index of positions) {
    const ts = parseMessageId(keys[index].parentId)!.ts;
    const thread = threads.get(ts);
    // Only a root has replies; the list of a reply (or of an unknown message) is empty.
    replies.set(index, thread && thread[0].ts === ts ? thread.slice(1) : []);
  }
  const all = [...new Set([...replies.values()].flat())];
  const records = new Map((await connection.records(all.map((message) => ({ channel, message })))).map((record) => [record.id, record]));
  for (const index of positions) {
    const list = replies.get(index)!.map((message) => records.get(`${channel}:${message.ts}`)!);
    results[index] = pageOf(list, keys[index].page as LinearPage, 'r', 1, (record) => [record.id.split(':')[1]], (record, cursor) =>
      compareTs(record.id.split(':')[1], cursor[0]),
    );
  }
}
