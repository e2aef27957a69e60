import { SwitchboardError } from '../../errors.js';
import type { Actor, MessageRecord } from '../model.js';
import { HIGHLIGHT_END, HIGHLIGHT_START, type Search, type SearchHitRecord, type SearchRequest, type SearchResultPage } from '../features/search.js';
import { teamsCalls } from './client.js';
import type { Acting, TeamsConnection } from './connection.js';
import { messageNativeId, type MessageContainer } from './ids.js';
import { listReplies, loadMessages } from './reads.js';
import type { ReadSession } from './session.js';

/**
 * Search on Teams through Microsoft Search (capabilities.search NATIVE): `POST /search/query` with
 * entityTypes chatMessage and the viewer's own delegated grant (Graph searches the signed-in person's
 * messages only and refuses application permissions), so a viewer without one gets UNSUPPORTED.
 *
 * Graph's hits carry ids, not content (no body, no replyToId): each hit names its chat, or its team and
 * channel (`channelIdentity`) and, for a reply, its root in the `parentMessageId` of its webUrl. The
 * messages are then read as any message is (one `$batch`), with the viewer's grant, so what a hit shows
 * is what the viewer may read; tombstones and system messages are dropped. Graph ranks messages newest
 * first (it does not sort them by relevance), so `score` is 1/rank. Highlights are Graph's `summary`
 * with its `<c0>` marks. Context: a reply's neighbours in its thread (the thread came with the read);
 * timeline messages get none (that would cost a timeline read per hit).
 *
 * Paging: without filters, Graph's own (`from` = offset, `size` = limit); Graph's `total` is the count of
 * the page only, so `totalCount` is what is known: the hits before and on this page, plus one while Graph
 * says more are available. With a channel, author or time filter, one request of up to 500 hits is
 * filtered here and paged from it.
 */

const FILTERED_READ = 500;

interface GraphSearchHit {
  hitId?: string;
  rank?: number;
  summary?: string;
  resource?: {
    id?: string;
    chatId?: string | null;
    webUrl?: string | null;
    channelIdentity?: { teamId?: string; channelId?: string } | null;
  };
}

interface GraphSearchAnswer {
  value?: Array<{ hitsContainers?: Array<{ hits?: GraphSearchHit[]; total?: number; moreResultsAvailable?: boolean }> }>;
}

/** The native id a hit names, or null when Graph's hit does not say enough. */
function hitMessageId(hit: GraphSearchHit): string | null {
  const resource = hit.resource;
  if (!resource?.id) return null;
  const channel = resource.channelIdentity;
  if (channel?.teamId && channel.channelId) {
    const container: MessageContainer = { kind: 'channel', teamId: channel.teamId, channelId: channel.channelId };
    const parent = resource.webUrl ? new URL(resource.webUrl).searchParams.get('parentMessageId') : null;
    return parent && parent !== resource.id ? messageNativeId(container, resource.id, parent) : messageNativeId(container, resource.id);
  }
  return resource.chatId ? messageNativeId({ kind: 'chat', chatId: resource.chatId }, resource.id) : null;
}

/** Graph's summary as plain text with the matched terms between the highlight markers. */
function highlightsOf(summary: string | undefined): string[] {
  if (!summary) return [];
  const marked = summary
    .replace(/<c0>/g, HIGHLIGHT_START)
    .replace(/<\/c0>/g, HIGHLIGHT_END)
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .trim();
  return marked ? [marked] : [];
}

function matchesFilters(record: MessageRecord, request: SearchRequest): boolean {
  if (request.channelId !== null && record.channelId !== request.channelId) return false;
  if (request.authorId !== null && record.authorId !== request.authorId) return false;
  if (request.createdAfter && record.createdAt.getTime() <= request.createdAfter.getTime()) return false;
  if (request.createdBefore && record.createdAt.getTime() >= request.createdBefore.getTime()) return false;
  return true;
}

/** A reply's neighbours in its thread (root first, then replies oldest first), `size` on each side. */
async function contextOf(connection: TeamsConnection, session: ReadSession, acting: Acting, record: MessageRecord, size: number): Promise<MessageRecord[]> {
  if (size === 0 || record.threadRootId === null || record.parentId === null) return [];
  const [root] = await loadMessages(connection, session, acting, [record.threadRootId]);
  if (!root || root instanceof Error) return [];
  const [replies] = await listReplies(connection, session, acting, [{ parentId: record.threadRootId, page: { direction: 'forward', limit: 1000, cursor: null } }]);
  if (replies instanceof Error) return [];
  const thread = [root, ...replies.edges.map((edge) => edge.node)].filter((message) => message.deletedAt === null || message.id === record.id);
  const index = thread.findIndex((message) => message.id === record.id);
  if (index < 0) return [];
  return [...thread.slice(Math.max(0, index - size), index), ...thread.slice(index + 1, index + 1 + size)].filter((message) => message.deletedAt === null);
}

export async function searchMessages(connection: TeamsConnection, session: ReadSession, actor: Actor, request: SearchRequest): Promise<SearchResultPage> {
  const acting = await connection.acting(actor);
  if (!acting.own || acting.userId === null) {
    throw new SwitchboardError('UNSUPPORTED', 'Microsoft Search answers for the signed-in person only: link your Microsoft account with a delegated grant to search Teams.');
  }
  const filtered = request.channelId !== null || request.authorId !== null || request.createdAfter !== null || request.createdBefore !== null;
  const from = filtered ? 0 : request.offset;
  const size = filtered ? FILTERED_READ : request.limit;
  const answer = await connection.call<GraphSearchAnswer>(acting.principal, teamsCalls.searchMessages(request.query, from, size, acting.userId));
  const container = answer.value?.[0]?.hitsContainers?.[0];
  const hits = (container?.hits ?? []).map((hit) => ({ hit, id: hitMessageId(hit) })).filter((entry): entry is { hit: GraphSearchHit; id: string } => entry.id !== null);
  const records = await loadMessages(connection, session, acting, hits.map((entry) => entry.id));
  const found: Array<{ hit: GraphSearchHit; record: MessageRecord }> = [];
  hits.forEach((entry, index) => {
    const record = records[index];
    // Graph's index may still hold what is deleted or no longer readable: the read decides.
    if (record === null || record instanceof Error || record.deletedAt !== null || record.type === 'SYSTEM') return;
    if (matchesFilters(record, request)) found.push({ hit: entry.hit, record });
  });
  const shown = filtered ? found.slice(request.offset, request.offset + request.limit) : found;
  const more = filtered ? found.length > request.offset + request.limit || Boolean(container?.moreResultsAvailable) : Boolean(container?.moreResultsAvailable);
  const result: SearchHitRecord[] = await Promise.all(
    shown.map(async ({ hit, record }, index) => ({
      message: record,
      score: 1 / (hit.rank ?? index + 1),
      highlights: highlightsOf(hit.summary),
      context: await contextOf(connection, session, acting, record, request.contextSize),
    })),
  );
  return {
    hits: result,
    totalCount: (filtered ? found.length : request.offset + found.length) + (more && !filtered ? 1 : 0),
    hasMore: more,
  };
}

/** Search on Teams, the `search` part of TeamsProvider (capabilities.search NATIVE). */
export class TeamsSearch implements Search {
  constructor(
    private readonly connection: TeamsConnection,
    private readonly session: () => ReadSession,
  ) {}

  searchMessages(actor: Actor, request: SearchRequest): Promise<SearchResultPage> {
    return searchMessages(this.connection, this.session(), actor, request);
  }
}
