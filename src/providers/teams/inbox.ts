import type { MessageRecord } from '../model.js';
import type { Page } from '../paging.js';
import type { InboxFilter } from '../provider.js';
import { isAbsent } from '../kit/graph/errors.js';
import { everything } from './channels.js';
import { MAX_MESSAGES_PAGE, teamsCalls } from './client.js';
import type { Acting, TeamsConnection } from './connection.js';
import { parseContainerId, type MessageContainer } from './ids.js';
import { decodeCursor, encodeCursor } from './pages.js';
import { toRecords } from './reads.js';
import type { ReadMessage, ReadSession } from './session.js';
import type { GraphChatMessage, GraphList } from './wire.js';

/**
 * The actor's inbox: every message of their channels and chats (roots and replies, not tombstones), newest
 * first, with one cursor (time, id). Graph has no inbox of its own (limits.md: 1 + C calls): the containers
 * come from joinedTeams, their channels and the chat list; the first page of every container is read in one
 * `$batch` (channel pages with their replies), and a channel is read further only while its pages are newer
 * than the position asked for. A reply whose root is older than what was read is missed, as on Slack.
 */

/** How many pages one channel may cost per inbox page (channel pages cannot be filtered by time). */
const MAX_PAGES_PER_CONTAINER = 10;

const newer = (a: MessageRecord, b: MessageRecord) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

export async function listInbox(
  connection: TeamsConnection,
  session: ReadSession,
  acting: Acting,
  filter: InboxFilter,
  page: { limit: number; cursor: string | null },
): Promise<Page<MessageRecord>> {
  const position = page.cursor === null ? null : decodeCursor(page.cursor, 'i', 2);
  const before = position ? { at: Date.parse(String(position[0])), id: String(position[1]) } : null;
  const containers = (await everything(connection, acting))
    .filter((record) => filter.channelIds === null || filter.channelIds.includes(record.id))
    .map((record) => parseContainerId(record.id))
    .filter((address): address is MessageContainer => address !== null && address.kind !== 'team');
  const beforeIso = before ? new Date(before.at + 1).toISOString() : null;
  // Chats filter by time on Graph's side, so a page just over the limit is enough; channel pages cannot be
  // filtered and are read in Graph's largest pages to reach the position in as few calls as possible.
  const chatTop = Math.min(MAX_MESSAGES_PAGE, page.limit + 1);
  const firsts = await connection.batch(
    acting.principal,
    containers.map((container) => (container.kind === 'chat' ? teamsCalls.messages(container, chatTop, beforeIso) : teamsCalls.messages(container, MAX_MESSAGES_PAGE))),
  );
  let more = false;
  const reads: ReadMessage[] = [];
  await Promise.all(
    containers.map(async (container, index) => {
      let answer = firsts[index];
      for (let pages = 1; ; pages += 1) {
        if (answer instanceof Error) {
          if (isAbsent(answer)) return;
          throw answer;
        }
        const list = answer as GraphList<GraphChatMessage>;
        const value = list.value ?? [];
        session.rememberRoots(acting.principal, container, value);
        for (const message of value) {
          reads.push({ address: { container, messageId: message.id, rootId: null }, message, thread: container.kind === 'channel' ? { root: message, replies: message.replies ?? [] } : null });
          for (const reply of message.replies ?? []) reads.push({ address: { container, messageId: reply.id, rootId: message.id }, message: reply, thread: null });
        }
        const next = list['@odata.nextLink'];
        const oldest = value.at(-1);
        // Chats are filtered by time on Graph's side; channel pages must be walked past the position.
        const olderThanPosition = value.filter((message) => !before || Date.parse(message.createdDateTime) < before.at).length;
        // Past the window's start, later pages hold only older messages: nothing more to find here.
        const pastWindow = Boolean(oldest && filter.createdAfter && Date.parse(oldest.createdDateTime) < filter.createdAfter.getTime());
        if (!next || pastWindow) return;
        if (container.kind === 'chat' || olderThanPosition > page.limit) {
          more = true;
          return;
        }
        if (pages >= MAX_PAGES_PER_CONTAINER) {
          more = true;
          return;
        }
        answer = await connection.api.call<GraphList<GraphChatMessage>>(acting.principal, teamsCalls.messagesLink(container, next)).catch((error: Error) => error);
      }
    }),
  );
  const candidates = toRecords(connection, reads)
    .filter((record) => record.deletedAt === null)
    .filter((record) => !before || record.createdAt.getTime() < before.at || (record.createdAt.getTime() === before.at && record.id < before.id))
    .filter((record) => filter.authorIds === null || (record.authorId !== null && filter.authorIds.includes(record.authorId)))
    .filter((record) => filter.mentioningUserId === null || record.mentionIds.includes(filter.mentioningUserId))
    .filter((record) => !filter.createdAfter || record.createdAt.getTime() > filter.createdAfter.getTime())
    .filter((record) => !filter.createdBefore || record.createdAt.getTime() < filter.createdBefore.getTime())
    .sort(newer);
  const shown = candidates.slice(0, page.limit);
  return {
    edges: shown.map((node) => ({ node, cursor: encodeCursor('i', node.createdAt.toISOString(), node.id) })),
    hasNextPage: candidates.length > page.limit || more,
    hasPreviousPage: false,
  };
}
