import type { MessageRecord } from '../model.js';
import type { Page } from '../paging.js';
import type { InboxFilter } from '../provider.js';
import { isAbsent } from '../kit/graph/errors.js';
import { accessTo, everything } from './channels.js';
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
 * The page carries its channels and the actor's access to them (from the listing), so the rest of the
 * request reads neither again. A container read only part of the way (enough for the page, or its page limit) bounds the page: nothing
 * older than its oldest root read is shown, since its unread messages may be newer than that. A page left
 * empty by the filter reads those containers further instead of promising a next page it has no cursor for.
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
  const listed = (await everything(connection, acting)).filter((record) => filter.channelIds === null || filter.channelIds.includes(record.id));
  const containers = listed.map((record) => parseContainerId(record.id)).filter((address): address is MessageContainer => address !== null && address.kind !== 'team');
  const beforeIso = before ? new Date(before.at + 1).toISOString() : null;
  // Chats filter by time on Graph's side, so a page just over the limit is enough; channel pages cannot be
  // filtered and are read in Graph's largest pages to reach the position in as few calls as possible.
  const chatTop = Math.min(MAX_MESSAGES_PAGE, page.limit + 1);
  const firsts = await connection.batch(
    acting.principal,
    containers.map((container) => (container.kind === 'chat' ? teamsCalls.messages(container, chatTop, beforeIso) : teamsCalls.messages(container, MAX_MESSAGES_PAGE))),
  );
  // Each container's walk: the link to its next page (null once read to its end or past the window) and the
  // time of the oldest root read, below which its unread messages may lie.
  const walks = containers.map((container, index) => ({ container, answer: firsts[index] as GraphList<GraphChatMessage> | Error | null, next: null as string | null, oldestAt: Infinity }));
  const reads: ReadMessage[] = [];
  const readRound = () =>
    Promise.all(
      walks.map(async (walk) => {
        const { container } = walk;
        let answer = walk.answer;
        walk.answer = null;
        for (let pages = 1; answer !== null; pages += 1) {
          if (answer instanceof Error) {
            if (isAbsent(answer)) return;
            throw answer;
          }
          const value = answer.value ?? [];
          session.rememberRoots(acting.principal, container, value);
          for (const message of value) {
            reads.push({ address: { container, messageId: message.id, rootId: null }, message, thread: container.kind === 'channel' ? { root: message, replies: message.replies ?? [] } : null });
            for (const reply of message.replies ?? []) reads.push({ address: { container, messageId: reply.id, rootId: message.id }, message: reply, thread: null });
          }
          const next = answer['@odata.nextLink'];
          const oldest = value.at(-1);
          if (oldest) walk.oldestAt = Math.min(walk.oldestAt, Date.parse(oldest.createdDateTime));
          // Chats are filtered by time on Graph's side; channel pages must be walked past the position.
          const olderThanPosition = value.filter((message) => !before || Date.parse(message.createdDateTime) < before.at).length;
          // Past the window's start, later pages hold only older messages: nothing more to find here.
          const pastWindow = Boolean(oldest && filter.createdAfter && Date.parse(oldest.createdDateTime) < filter.createdAfter.getTime());
          walk.next = next && !pastWindow ? next : null;
          if (!walk.next || container.kind === 'chat' || olderThanPosition > page.limit || pages >= MAX_PAGES_PER_CONTAINER) return;
          answer = await connection.call<GraphList<GraphChatMessage>>(acting.principal, teamsCalls.messagesLink(container, next!)).catch((error: Error) => error);
        }
      }),
    );
  const matching = () =>
    toRecords(connection, reads)
      .filter((record) => record.deletedAt === null)
      .filter((record) => !before || record.createdAt.getTime() < before.at || (record.createdAt.getTime() === before.at && record.id < before.id))
      .filter((record) => filter.authorIds === null || (record.authorId !== null && filter.authorIds.includes(record.authorId)))
      .filter((record) => filter.mentioningUserId === null || record.mentionIds.includes(filter.mentioningUserId))
      .filter((record) => !filter.createdAfter || record.createdAt.getTime() > filter.createdAfter.getTime())
      .filter((record) => !filter.createdBefore || record.createdAt.getTime() < filter.createdBefore.getTime());
  let candidates: MessageRecord[];
  let more: boolean;
  for (;;) {
    await readRound();
    const unfinished = walks.filter((walk) => walk.next !== null);
    // A container read only part of the way may hold unread messages newer than what others gave: the page
    // stops above the newest such frontier, or a cursor after it would skip them.
    const frontier = Math.max(-Infinity, ...unfinished.map((walk) => walk.oldestAt));
    candidates = matching()
      .filter((record) => record.createdAt.getTime() > frontier)
      .sort(newer);
    more = unfinished.length > 0;
    // An empty page cannot say where the next one starts (cursors are its messages'): rather than promise a
    // next page it cannot point to, read the unfinished containers further until a message shows or none is left.
    if (candidates.length > 0 || !more) break;
    await Promise.all(
      unfinished.map(async (walk) => {
        walk.answer = await connection.call<GraphList<GraphChatMessage>>(acting.principal, teamsCalls.messagesLink(walk.container, walk.next!)).catch((error: Error) => error);
        walk.next = null;
      }),
    );
  }
  const shown = candidates.slice(0, page.limit);
  // The page's channels and the actor's access to them come with the listing: `Message.channel` and the
  // visibility checks of the page read nothing more.
  const shownIds = new Set(shown.map((record) => record.channelId));
  const channels = listed.filter((record) => shownIds.has(record.id));
  return {
    edges: shown.map((node) => ({ node, cursor: encodeCursor('i', node.createdAt.toISOString(), node.id) })),
    hasNextPage: candidates.length > page.limit || more,
    hasPreviousPage: false,
    channels,
    access: channels.map(accessTo),
  };
}
