import { notFound, SwitchboardError } from '../../errors.js';
import type { MessageRecord } from '../model.js';
import type { Page, PageKey } from '../paging.js';
import { isAbsent } from '../kit/graph/errors.js';
import { MAX_MESSAGES_PAGE, teamsCalls } from './client.js';
import type { Acting, TeamsConnection } from './connection.js';
import { containerPath, messageNativeId, parseContainerId, parseMessageId, type MessageAddress, type MessageContainer } from './ids.js';
import { toMessage } from './map.js';
import { byTimeThenId, decodeCursor, emptyPage, encodeCursor, forwardOnly, linearOnly, pageOf, type ForwardPage, type LinearPage } from './pages.js';
import type { ReadMessage, ReadSession } from './session.js';
import type { GraphChatMessage, GraphList } from './wire.js';

/**
 * Message reads. Channel threads are one level deep (FLAT): a root's children and descendants are its
 * replies, a reply has none, chats have no threads. Timelines are Graph's own paging (newest first,
 * forward only): channel pages carry their roots' replies (`$expand=replies`), so summaries and reply lists
 * of what a page showed cost nothing more.
 */

/** Records of messages as read, with their authors' apps remembered for loadUsers. */
export function toRecords(connection: TeamsConnection, reads: ReadMessage[]): MessageRecord[] {
  return reads.map(({ address, message, thread }) => {
    if (message.from?.application?.id) connection.users.rememberApp(message.from.application.id, message.from.application.displayName);
    return toMessage(message, address.container, { workspaceId: connection.workspaceId, rootId: address.rootId, thread });
  });
}

/** Messages by id; null for malformed ids and messages that do not exist or are not visible. */
export async function loadMessages(connection: TeamsConnection, session: ReadSession, acting: Acting, ids: readonly string[]): Promise<Array<MessageRecord | null | Error>> {
  const addresses = ids.map(parseMessageId);
  const read = await session.read(acting.principal, addresses.filter((address): address is MessageAddress => address !== null));
  return ids.map((id, index) => {
    if (!addresses[index]) return null;
    const entry = read.get(id);
    if (entry instanceof Error) return entry;
    return entry ? toRecords(connection, [entry])[0] : null;
  });
}

/** One message as read, or NOT_FOUND. */
export async function requireMessage(session: ReadSession, acting: Acting, id: string): Promise<ReadMessage> {
  const address = parseMessageId(id);
  if (!address) throw notFound('Message', id);
  const entry = (await session.read(acting.principal, [address])).get(id);
  if (entry instanceof Error) throw entry;
  if (!entry) throw notFound('Message', id);
  return entry;
}

// ---- timelines --------------------------------------------------------------------------------------

/**
 * Timelines of several containers: the first Graph page of every channel among them goes out in one `$batch`
 * (the thread tree and the inbox read many channels at once); further pages, and chats, one by one.
 */
export async function listChannelMessages(connection: TeamsConnection, session: ReadSession, acting: Acting, keys: readonly PageKey[]): Promise<Array<Page<MessageRecord> | Error>> {
  type Plan = { kind: 'empty' } | { kind: 'chat'; container: MessageContainer; page: ForwardPage } | { kind: 'channel'; container: MessageContainer; page: ForwardPage; start: ChannelStart } | { kind: 'error'; error: Error };
  const plans: Plan[] = keys.map((key) => {
    try {
      const container = parseContainerId(key.parentId);
      if (!container || container.kind === 'team') {
        const linear = linearOnly(key.page, 'a team or an unknown channel');
        if (linear.cursor !== null) decodeCursor(linear.cursor, 'l', 2);
        return { kind: 'empty' };
      }
      const page = forwardOnly(key.page, 'channel messages');
      return container.kind === 'chat' ? { kind: 'chat', container, page } : { kind: 'channel', container, page, start: channelStart(connection, container, page) };
    } catch (error) {
      return { kind: 'error', error: error as Error };
    }
  });
  const channels = plans.filter((plan): plan is Extract<Plan, { kind: 'channel' }> => plan.kind === 'channel');
  const firsts = channels.length > 1 ? await connection.batch(acting.principal, channels.map((plan) => teamsCalls.messagesLink(plan.container, plan.start.link))) : null;
  const prefetched = new Map(channels.map((plan, index) => [plan, firsts ? { answer: firsts[index] } : undefined]));
  return Promise.all(
    plans.map(async (plan) => {
      try {
        if (plan.kind === 'error') throw plan.error;
        if (plan.kind === 'empty') return emptyPage<MessageRecord>();
        if (plan.kind === 'chat') return await chatPage(connection, session, acting, plan.container, plan.page);
        return await channelPage(connection, session, acting, plan.container, plan.page, plan.start, prefetched.get(plan));
      } catch (error) {
        if (isAbsent(error)) return emptyPage<MessageRecord>();
        return error as Error;
      }
    }),
  );
}

/** Where a channel page starts: Graph's first page, or the link and position a cursor names. */
interface ChannelStart {
  link: string;
  skip: number;
}

function channelStart(connection: TeamsConnection, container: MessageContainer, page: ForwardPage): ChannelStart {
  if (page.cursor === null) return { link: teamsCalls.messages(container, Math.min(MAX_MESSAGES_PAGE, page.limit)).path, skip: 0 };
  const [cursorLink, cursorSkip] = decodeCursor(page.cursor, 'l', 2);
  const link = String(cursorLink);
  const skip = Number(cursorSkip);
  // A cursor's link is followed with our token: it must be this channel's message list on this Graph.
  if (!connection.api.checkedPath(link).startsWith(`${containerPath(container)}/messages?`) || !Number.isInteger(skip) || skip < 0) {
    throw new SwitchboardError('VALIDATION_ERROR', `Cursor ${JSON.stringify(page.cursor)} is not a valid cursor.`);
  }
  return { link, skip };
}

/**
 * A channel timeline page: Graph's pages followed from the cursor's link, skipping the items of that
 * page before the cursor. An edge's cursor is the link of the page it came from and its position in it.
 * `prefetched`: the first Graph page, already read in a `$batch` with other channels' (or its Error).
 */
async function channelPage(
  connection: TeamsConnection,
  session: ReadSession,
  acting: Acting,
  container: MessageContainer,
  page: ForwardPage,
  start: ChannelStart,
  prefetched?: { answer: unknown },
): Promise<Page<MessageRecord>> {
  let { link, skip } = start;
  const collected: Array<{ message: GraphChatMessage; cursor: string }> = [];
  let hasNextPage = false;
  for (let guard = 0; guard < 20; guard += 1) {
    if (guard === 0 && prefetched?.answer instanceof Error) throw prefetched.answer;
    const answer = guard === 0 && prefetched ? (prefetched.answer as GraphList<GraphChatMessage>) : await connection.call<GraphList<GraphChatMessage>>(acting.principal, teamsCalls.messagesLink(container, link));
    const value = answer.value ?? [];
    const next = answer['@odata.nextLink'] ?? null;
    session.rememberRoots(acting.principal, container, value);
    let index = skip;
    for (; index < value.length && collected.length < page.limit; index += 1) {
      const atEnd = index + 1 === value.length && next !== null;
      collected.push({ message: value[index], cursor: atEnd ? encodeCursor('l', next, 0) : encodeCursor('l', link, index + 1) });
    }
    if (collected.length === page.limit) {
      hasNextPage = index < value.length || next !== null;
      break;
    }
    if (!next) break;
    link = next;
    skip = 0;
  }
  const records = toRecords(
    connection,
    collected.map(({ message }) => ({ address: { container, messageId: message.id, rootId: null }, message, thread: { root: message, replies: message.replies ?? [] } })),
  );
  return { edges: records.map((node, index) => ({ node, cursor: collected[index].cursor })), hasNextPage, hasPreviousPage: page.cursor !== null };
}

/** A chat timeline page: newest first by creation time, the cursor being the last message's time and id. */
async function chatPage(connection: TeamsConnection, session: ReadSession, acting: Acting, container: MessageContainer, page: ForwardPage): Promise<Page<MessageRecord>> {
  const before = page.cursor === null ? null : String(decodeCursor(page.cursor, 'd', 2)[0]);
  if (before !== null && !Number.isFinite(Date.parse(before))) throw new SwitchboardError('VALIDATION_ERROR', `Cursor ${JSON.stringify(page.cursor)} is not a valid cursor.`);
  const top = Math.min(MAX_MESSAGES_PAGE, page.limit + 1);
  const answer = await connection.call<GraphList<GraphChatMessage>>(acting.principal, teamsCalls.messages(container, top, before && new Date(before).toISOString()));
  const value = answer.value ?? [];
  session.rememberRoots(acting.principal, container, value);
  const shown = value.slice(0, page.limit);
  const records = toRecords(connection, shown.map((message) => ({ address: { container, messageId: message.id, rootId: null }, message, thread: null })));
  return {
    edges: records.map((node, index) => ({ node, cursor: encodeCursor('d', shown[index].createdDateTime, shown[index].id) })),
    hasNextPage: value.length > page.limit || (value.length === page.limit && Boolean(answer['@odata.nextLink'])),
    hasPreviousPage: page.cursor !== null,
  };
}

// ---- replies ----------------------------------------------------------------------------------------

/** Replies of each message, oldest first (children and descendants alike: threads are flat). */
export async function listReplies(connection: TeamsConnection, session: ReadSession, acting: Acting, keys: readonly PageKey[]): Promise<Array<Page<MessageRecord> | Error>> {
  const results: Array<Page<MessageRecord> | Error> = keys.map(() => emptyPage());
  const roots: Array<{ index: number; address: MessageAddress }> = [];
  keys.forEach((key, index) => {
    try {
      const page = linearOnly(key.page, 'replies');
      if (page.cursor !== null) decodeCursor(page.cursor, 'r', 2);
    } catch (error) {
      results[index] = error as Error;
      return;
    }
    const address = parseMessageId(key.parentId);
    // Only a channel root has replies; a reply, a chat message or an unknown id has an empty list for free.
    if (address && address.container.kind === 'channel' && address.rootId === null) roots.push({ index, address });
  });
  if (roots.length === 0) return results;
  const read = await session.read(acting.principal, roots.map((root) => root.address));
  for (const { index, address } of roots) {
    const entry = read.get(messageNativeId(address.container, address.messageId));
    if (entry instanceof Error) {
      results[index] = entry;
      continue;
    }
    const replies = entry?.thread?.replies ?? [];
    const records = toRecords(connection, replies.map((reply) => ({ address: { container: address.container, messageId: reply.id, rootId: address.messageId }, message: reply, thread: null })));
    records.sort(byTimeThenId);
    results[index] = pageOf(records, keys[index].page as LinearPage, 'r', 2, (record) => [record.createdAt.toISOString(), record.id], (record, cursor) =>
      byTimeThenId(record, { createdAt: new Date(String(cursor[0])), id: String(cursor[1]) }),
    );
  }
  return results;
}
