import type { MessageRecord } from '../model.js';
import type { BatchResult, Page, PageKey } from '../paging.js';
import type { InboxFilter } from '../provider.js';
import type { Principal } from '../kit/graph/tokens.js';
import type { OutlookConnection } from './connection.js';
import { messageRecord } from './map.js';
import { afterNewestFirst, emptyPage, forwardOnly, oldestFirstPage, timeCursor, timeEdge, type ForwardPage } from './pages.js';
import type { Conversation, ReadSession } from './session.js';
import type { GraphList, GraphMessage } from './wire.js';

/**
 * Reads of mail: messages by id, folder pages, children and descendants from the conversation's tree, and
 * the mailbox's inbox. A page costs one Graph call for its messages and one `$batch` for the conversations
 * on it (their trees); everything below them is then read from the request's session. Attachment bytes are
 * attachments.ts.
 */

/**
 * Records of messages with their trees; a message its conversation dropped (deleted, no replies) is null.
 * `alsoFolders`: folders to read in the conversations' `$batch` (see `ReadSession.loadConversations`).
 */
export async function recordsOf(connection: OutlookConnection, session: ReadSession, principal: Principal, messages: GraphMessage[], alsoFolders: readonly string[] = []): Promise<Array<MessageRecord | null>> {
  session.remember(messages);
  const conversations = await session.loadConversations(principal, messages.map((message) => message.conversationId), alsoFolders);
  return messages.map((message) => {
    const conversation = conversations.get(message.conversationId)!;
    const current = conversation.message(message.id);
    return current ? messageRecord(connection, current, conversation) : null;
  });
}

export async function loadMessages(connection: OutlookConnection, session: ReadSession, principal: Principal | null, ids: readonly string[]): BatchResult<MessageRecord | null> {
  if (!principal) return ids.map(() => null);
  const found = await session.loadMessages(principal, ids);
  const present = [...found.values()].filter((message): message is GraphMessage => message !== null && !message.isDraft);
  const records = await recordsOf(connection, session, principal, present);
  const byId = new Map(present.map((message, index) => [message.id, records[index]]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** A folder's messages newest first; the folders of all keys in one `$batch`, then their conversations. */
export async function listFolderMessages(connection: OutlookConnection, session: ReadSession, principal: Principal | null, keys: readonly PageKey[]): BatchResult<Page<MessageRecord>> {
  if (!principal) return keys.map(() => emptyPage());
  // A bad page request (an invalid cursor, a backward page) fails its own key only, before any Graph call.
  type Request = { key: PageKey; page: ForwardPage; cursor: ReturnType<typeof timeCursor> };
  const requests = keys.map((key): Request | Error => {
    try {
      const page = forwardOnly(key.page, 'folder messages');
      return { key, page, cursor: timeCursor(page) };
    } catch (error) {
      return error as Error;
    }
  });
  const valid = requests.filter((request): request is Request => !(request instanceof Error));
  // One extra message says whether there is a next page; a few more cover mail sharing the cursor's instant.
  const answers = await connection.batchWithWellKnown(principal, valid.map(({ key, page, cursor }) => connection.calls.folderMessages(key.parentId, Math.min(1000, page.limit + 5), cursor?.at ?? null)));
  const pages = requests.map((request) => {
    if (request instanceof Error) return request;
    const answer = answers[valid.indexOf(request)];
    if (answer instanceof Error) return answer;
    const list = ((answer as GraphList<GraphMessage>).value ?? []).filter((message) => !message.isDraft && afterNewestFirst(message, request.cursor));
    return { request, list, slice: list.slice(0, request.page.limit), nextLink: !!(answer as GraphList<GraphMessage>)['@odata.nextLink'] };
  });
  // The conversations of every page in one `$batch`, not one per page. Each page then reads its own from the
  // session, so a conversation that failed fails its page only (as before any page shared a `$batch`).
  const all = pages.flatMap((page) => (page instanceof Error ? [] : page.slice));
  session.remember(all);
  await session.loadConversations(principal, all.map((message) => message.conversationId)).catch(() => undefined);
  return Promise.all(
    pages.map(async (page) => {
      if (page instanceof Error) return page;
      const { request, list, slice, nextLink } = page;
      const records = (await recordsOf(connection, session, principal, slice)).filter((record): record is MessageRecord => record !== null);
      return { edges: records.map(timeEdge), hasNextPage: list.length > request.page.limit || nextLink, hasPreviousPage: request.cursor !== null };
    }),
  );
}

/** Children (or the whole subtree) of messages, oldest first, from their conversations' trees. */
export async function listBelow(connection: OutlookConnection, session: ReadSession, principal: Principal | null, keys: readonly PageKey[], depth: 'children' | 'descendants'): BatchResult<Page<MessageRecord>> {
  if (!principal) return keys.map(() => emptyPage());
  const found = await session.loadMessages(principal, keys.map((key) => key.parentId));
  const present = [...found.values()].filter((message): message is GraphMessage => message !== null);
  const conversations = await session.loadConversations(principal, present.map((message) => message.conversationId));
  return keys.map((key) => {
    const parent = found.get(key.parentId);
    const conversation: Conversation | undefined = parent ? conversations.get(parent.conversationId) : undefined;
    if (!parent || !conversation || !conversation.has(parent.id)) return emptyPage<MessageRecord>();
    const below = depth === 'children' ? conversation.children(parent.id) : conversation.descendants(parent.id);
    return oldestFirstPage(below.map((message) => messageRecord(connection, message, conversation)), key.page, depth);
  });
}

/** The mailbox's mail newest first (drafts and Deleted Items left out), narrowed by what `$filter` can say. */
export async function listInbox(connection: OutlookConnection, session: ReadSession, principal: Principal, filter: InboxFilter, page: { limit: number; cursor: string | null }): Promise<Page<MessageRecord>> {
  const forward = forwardOnly({ direction: 'forward', ...page }, 'the inbox');
  const cursor = timeCursor(forward);
  const before = [cursor?.at ?? null, filter.createdBefore?.toISOString() ?? null].filter((value): value is string => value !== null).sort()[0] ?? null;
  const clauses = [
    ...(filter.createdAfter ? [`receivedDateTime gt ${filter.createdAfter.toISOString()}`] : []),
    'isDraft eq false',
    ...(filter.unreadOnly ? ['isRead eq false'] : []),
    ...(filter.authorIds?.length === 1 ? [`from/emailAddress/address eq '${filter.authorIds[0].replace(/'/g, "''")}'`] : []),
  ];
  // In a `$batch` with the well-known folders while the connection does not know them: still one request.
  const [listed] = await connection.batchWithWellKnown(principal, [connection.calls.mailboxMessages(Math.min(1000, forward.limit + 10), before, clauses)]);
  if (listed instanceof Error) throw listed;
  const answer = listed as GraphList<GraphMessage>;
  const deletedFolderId = await connection.deletedItemsId(principal);
  const list = (answer.value ?? []).filter(
    (message) =>
      message.parentFolderId !== deletedFolderId &&
      afterNewestFirst(message, cursor) &&
      (filter.createdBefore === null || new Date(message.receivedDateTime) < filter.createdBefore) &&
      (filter.channelIds === null || filter.channelIds.includes(message.parentFolderId)) &&
      (filter.authorIds === null || filter.authorIds.includes((message.from?.emailAddress.address ?? '').toLowerCase())),
  );
  if (filter.mentioningUserId !== null) return emptyPage(); // mail has no mentions
  const slice = list.slice(0, forward.limit);
  // The page's folders ride in the conversations' `$batch`: an inbox shows where each mail is.
  const folderIds = slice.map((message) => message.parentFolderId);
  const records = (await recordsOf(connection, session, principal, slice, folderIds)).filter((record): record is MessageRecord => record !== null && record.deletedAt === null);
  return { edges: records.map(timeEdge), hasNextPage: list.length > forward.limit || !!answer['@odata.nextLink'], hasPreviousPage: cursor !== null };
}
