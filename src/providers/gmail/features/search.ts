import { HIGHLIGHT_END, HIGHLIGHT_START, type Search, type SearchRequest, type SearchResultPage } from '../../features/search.js';
import type { Actor } from '../../model.js';
import { ownerActs } from '../channels.js';
import type { GmailConnection } from '../connection.js';
import { listedPage } from '../reads.js';
import type { ReadSession } from '../session.js';
import { encodeCursor } from '../pages.js';

/**
 * Search NATIVE through Gmail's `q`: the words as the client gave them (Gmail's syntax is close to the
 * websearch syntax the schema documents: "phrases", -exclude, OR), narrowed by label, sender and dates with
 * Gmail terms. Gmail ranks by date, not relevance, so hits come newest first with descending scores;
 * `offset` pages are read through Gmail's page tokens; the total is Gmail's `resultSizeEstimate` (an
 * estimate, as Gmail says). Context: the hit's neighbours in its thread (free: the thread is read anyway).
 * The list is never answered from the read cache (a `q` may say `newer_than:`); the hits' threads may be.
 */
export class GmailSearch implements Search {
  constructor(
    private readonly connection: GmailConnection,
    private readonly session: () => ReadSession,
  ) {}

  async searchMessages(actor: Actor, request: SearchRequest): Promise<SearchResultPage> {
    if (!(await ownerActs(this.connection, actor))) return { hits: [], totalCount: 0, hasMore: false };
    const terms = [request.query];
    if (request.authorId) terms.push(`from:${request.authorId}`);
    if (request.createdAfter) terms.push(`after:${Math.floor(request.createdAfter.getTime() / 1000)}`);
    if (request.createdBefore) terms.push(`before:${Math.ceil(request.createdBefore.getTime() / 1000)}`);
    const q = terms.join(' ');
    const labelIds = request.channelId ? [request.channelId] : undefined;
    const page = await listedPage(this.connection, this.session(), { labelIds, q, timeDependent: true }, { limit: request.limit, cursor: request.offset ? encodeCursor({ t: null, s: request.offset }) : null }, (record) =>
      (!request.createdAfter || record.createdAt > request.createdAfter) && (!request.createdBefore || record.createdAt < request.createdBefore),
    );
    const words = request.query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const hits = await Promise.all(
      page.edges.map(async ({ node }, i) => {
        const thread = (await this.session().thread(node.id.split(':')[0])) ?? [];
        const at = thread.findIndex((message) => message.id === node.id);
        const context = request.contextSize > 0 ? [...thread.slice(Math.max(0, at - request.contextSize), at), ...thread.slice(at + 1, at + 1 + request.contextSize)].filter((message) => message.deletedAt === null) : [];
        return { message: node, score: page.edges.length - i, highlights: highlight(`${node.subject ?? ''} ${node.text}`, words), context };
      }),
    );
    return { hits, totalCount: request.offset + hits.length + (page.hasNextPage ? 1 : 0), hasMore: page.hasNextPage };
  }
}

function highlight(text: string, words: readonly string[]): string[] {
  if (!words.length) return [];
  const pattern = new RegExp(`(${words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'giu');
  const index = text.search(pattern);
  if (index < 0) return [];
  const fragment = text.slice(Math.max(0, index - 40), index + 120);
  return [fragment.replace(pattern, `${HIGHLIGHT_START}$1${HIGHLIGHT_END}`)];
}
