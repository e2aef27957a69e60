import { SwitchboardError } from '../../errors.js';
import type { MessageRecord } from '../model.js';
import type { BatchResult, Page, PageKey } from '../paging.js';
import type { GmailConnection } from './connection.js';
import { parseMessageId } from './ids.js';
import type { GmailMessageRecord } from './map.js';
import { decodeCursor, encodeCursor, forwardOnly, offsetPage } from './pages.js';
import type { ReadSession } from './session.js';

/**
 * Messages by id, label timelines and reply lists. Every read of a message is a read of its thread
 * (the id carries the thread), so a page of N messages from T threads costs 1 messages.list + 1 batch of
 * T threads.get, and its replies, children and parents cost nothing more in the same request.
 */

/** Whether a record is shown: a trashed message without live replies is gone (tombstones WITH_REPLIES). */
export function visible(record: GmailMessageRecord): boolean {
  return record.deletedAt === null || record.replyCount > 0;
}

export async function messageById(session: ReadSession, id: string): Promise<GmailMessageRecord | null> {
  const parsed = parseMessageId(id);
  if (!parsed) return null;
  const thread = await session.thread(parsed.threadId);
  const record = thread?.find((message) => message.id === id) ?? null;
  return record && visible(record) ? record : null;
}

export async function loadMessages(session: ReadSession, ids: readonly string[]): BatchResult<MessageRecord | null> {
  return Promise.all(ids.map((id) => messageById(session, id).catch((error: unknown) => error as Error)));
}

/**
 * One page of `messages.list` for a query, mapped through the messages' threads. `list` gets the page
 * token and how many ids to ask for.
 */
export async function listedPage(
  connection: GmailConnection,
  session: ReadSession,
  params: { labelIds?: string[]; q?: string },
  page: { limit: number; cursor: string | null },
  keep: (record: GmailMessageRecord) => boolean = () => true,
): Promise<Page<GmailMessageRecord>> {
  const { t, s } = decodeCursor(page.cursor);
  const data = await connection.api.call('messages.list', (gmail) =>
    gmail.users.messages.list({ userId: 'me', labelIds: params.labelIds, q: params.q, maxResults: Math.min(500, s + page.limit), pageToken: t ?? undefined }),
  );
  const all = data.messages ?? [];
  const listed = all.slice(s);
  const threads = await Promise.all([...new Set(listed.map((item) => item.threadId ?? ''))].map(async (threadId) => [threadId, await session.thread(threadId)] as const));
  const byThread = new Map(threads);
  const edges: Page<GmailMessageRecord>['edges'] = [];
  listed.forEach((item, i) => {
    const record = byThread.get(item.threadId ?? '')?.find((message) => message.id.endsWith(`:${item.id}`));
    // After the last item of Gmail's page, the next page starts at Gmail's next token.
    const last = s + i + 1 === all.length && data.nextPageToken;
    if (record && record.deletedAt === null && keep(record)) edges.push({ node: record, cursor: encodeCursor(last ? { t: data.nextPageToken!, s: 0 } : { t, s: s + i + 1 }) });
  });
  const trimmed = edges;
  const more = !!data.nextPageToken;
  return { edges: trimmed, hasNextPage: more, hasPreviousPage: s > 0 || t !== null };
}

export async function listChannelMessages(connection: GmailConnection, session: ReadSession, keys: readonly PageKey[]): BatchResult<Page<MessageRecord>> {
  return Promise.all(
    keys.map(async (key) => {
      try {
        const page = forwardOnly(key.page);
        return await listedPage(connection, session, { labelIds: [key.parentId] }, page);
      } catch (error) {
        return error as Error;
      }
    }),
  );
}

/** Immediate replies (`descendants` false) or the whole subtree of each message, oldest first. */
export async function listReplies(session: ReadSession, keys: readonly PageKey[], descendants: boolean): BatchResult<Page<MessageRecord>> {
  return Promise.all(
    keys.map(async (key) => {
      try {
        const parsed = parseMessageId(key.parentId);
        if (!parsed) throw new SwitchboardError('NOT_FOUND', 'No such Gmail message.');
        const thread = (await session.thread(parsed.threadId)) ?? [];
        if (!thread.some((message) => message.id === key.parentId && visible(message))) throw new SwitchboardError('NOT_FOUND', 'No such Gmail message.');
        const below = new Set<string>([key.parentId]);
        const found: GmailMessageRecord[] = [];
        for (const message of thread) {
          if (message.parentId && below.has(message.parentId) && (descendants || message.parentId === key.parentId)) {
            below.add(message.id);
            if (visible(message)) found.push(message);
          }
        }
        return offsetPage(found, key.page);
      } catch (error) {
        return error as Error;
      }
    }),
  );
}
