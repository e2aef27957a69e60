import type { gmail_v1 } from '@googleapis/gmail';
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

/** One `messages.list` answer for a page: its items from the cursor's position, and Gmail's next token. */
interface ListedIds {
  /** Gmail's page as answered (ids and thread ids only). */
  all: Array<{ id?: string | null; threadId?: string | null }>;
  nextPageToken: string | null;
  /** The cursor's page token and position in that page. */
  t: string | null;
  s: number;
}

/**
 * What `messages.list` is asked: labels (all of them, AND) and Gmail's `q`. `timeDependent`: the answer
 * may change with time alone (a client's search can say `newer_than:1d`), so no cache may answer it.
 */
export interface ListQuery {
  labelIds?: string[];
  q?: string;
  timeDependent?: boolean;
}

/** The `messages.list` call of a page (5 units), through the mailbox's read cache unless time-dependent. */
async function listIds(connection: GmailConnection, query: ListQuery, page: { limit: number; cursor: string | null }): Promise<ListedIds> {
  const { t, s } = decodeCursor(page.cursor);
  const request = { userId: 'me', labelIds: query.labelIds, q: query.q, maxResults: Math.min(500, s + page.limit), pageToken: t ?? undefined };
  const run = (gmail: gmail_v1.Gmail) => gmail.users.messages.list(request);
  const data = query.timeDependent ? await connection.api.call('messages.list', run) : await connection.api.cachedCall('messages.list', request, run);
  return { all: data.messages ?? [], nextPageToken: data.nextPageToken ?? null, t, s };
}

/**
 * The listed messages as records, through their threads (read through the session: every thread asked for
 * in the same tick goes out in one batch).
 */
async function pageOf(session: ReadSession, listed: ListedIds, keep: (record: GmailMessageRecord) => boolean): Promise<Page<GmailMessageRecord>> {
  const { all, nextPageToken, t, s } = listed;
  const items = all.slice(s);
  const threads = await Promise.all([...new Set(items.map((item) => item.threadId ?? ''))].map(async (threadId) => [threadId, await session.thread(threadId)] as const));
  const byThread = new Map(threads);
  const edges: Page<GmailMessageRecord>['edges'] = [];
  items.forEach((item, i) => {
    const record = byThread.get(item.threadId ?? '')?.find((message) => message.id.endsWith(`:${item.id}`));
    // After the last item of Gmail's page, the next page starts at Gmail's next token.
    const last = s + i + 1 === all.length && nextPageToken;
    if (record && record.deletedAt === null && keep(record)) edges.push({ node: record, cursor: encodeCursor(last ? { t: nextPageToken, s: 0 } : { t, s: s + i + 1 }) });
  });
  return { edges, hasNextPage: !!nextPageToken, hasPreviousPage: s > 0 || t !== null };
}

/**
 * One page of `messages.list` for a query, mapped through the messages' threads: 1 messages.list + 1 batch
 * of the page's threads.get.
 */
export async function listedPage(
  connection: GmailConnection,
  session: ReadSession,
  query: ListQuery,
  page: { limit: number; cursor: string | null },
  keep: (record: GmailMessageRecord) => boolean = () => true,
): Promise<Page<GmailMessageRecord>> {
  return pageOf(session, await listIds(connection, query, page), keep);
}

/**
 * Pages of several labels (a level of a query: every channel's messages). Every label's messages.list
 * first, then every page's threads at once: the threads of all the pages go out in one batch, not one batch
 * per label page as each answer arrives (the thread-tree query: 7 requests, not 8, bench/calls/gmail.ts).
 */
export async function listChannelMessages(connection: GmailConnection, session: ReadSession, keys: readonly PageKey[]): BatchResult<Page<MessageRecord>> {
  const lists = await Promise.all(
    keys.map((key) =>
      Promise.resolve()
        .then(() => listIds(connection, { labelIds: [key.parentId] }, forwardOnly(key.page)))
        .catch((error: unknown) => error as Error),
    ),
  );
  return Promise.all(lists.map((listed) => (listed instanceof Error ? listed : pageOf(session, listed, () => true).catch((error: unknown) => error as Error))));
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
