import type { Actor } from '../model.js';
import { HIGHLIGHT_END, HIGHLIGHT_START, type Search, type SearchRequest, type SearchResultPage } from '../features/search.js';
import type { OutlookConnection } from './connection.js';
import { recordsOf } from './reads.js';
import type { ReadSession } from './session.js';
import type { GraphList, GraphMessage } from './wire.js';

/**
 * Search is Graph's own `$search` (KQL) over the mailbox, newest first (Graph ranks mail by time, so
 * `score` falls with the position). The author becomes a `from:` term; Graph takes no `$filter` with
 * `$search`, so the folder and the time window narrow the page afterwards. Graph gives no total: it is
 * what was seen, plus one when there is more.
 */
export class OutlookSearch implements Search {
  constructor(
    private readonly connection: OutlookConnection,
    private readonly session: () => ReadSession,
  ) {}

  async searchMessages(actor: Actor, request: SearchRequest): Promise<SearchResultPage> {
    const principal = await this.connection.principalOf(actor);
    if (!principal) return { hits: [], totalCount: 0, hasMore: false };
    const kql = [request.query, ...(request.authorId ? [`from:${request.authorId}`] : [])].join(' ');
    const answer = await this.connection.call<GraphList<GraphMessage>>(principal, this.connection.calls.search(kql, request.limit + 1, request.offset));
    const found = (answer.value ?? []).filter(
      (message) =>
        !message.isDraft &&
        (request.channelId === null || message.parentFolderId === request.channelId) &&
        (request.createdAfter === null || new Date(message.receivedDateTime) > request.createdAfter) &&
        (request.createdBefore === null || new Date(message.receivedDateTime) < request.createdBefore),
    );
    const hasMore = found.length > request.limit || (answer.value?.length ?? 0) > request.limit;
    const records = (await recordsOf(this.connection, this.session(), principal, found.slice(0, request.limit))).filter((record) => record !== null && record.deletedAt === null);
    const terms = request.query.toLowerCase().split(/\s+/).filter((term) => term && !term.includes(':') && !term.startsWith('-'));
    return {
      hits: records.map((message, index) => ({ message: message!, score: 1 / (1 + request.offset + index), highlights: highlights(`${message!.subject ?? ''} ${message!.text}`, terms), context: [] })),
      totalCount: request.offset + records.length + (hasMore ? 1 : 0),
      hasMore,
    };
  }
}

function highlights(text: string, terms: string[]): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  for (const term of terms.map((value) => value.replace(/^"|"$/g, ''))) {
    const at = lower.indexOf(term);
    if (at < 0) continue;
    const start = Math.max(0, at - 40);
    out.push(`${text.slice(start, at)}${HIGHLIGHT_START}${text.slice(at, at + term.length)}${HIGHLIGHT_END}${text.slice(at + term.length, at + term.length + 40)}`);
  }
  return out;
}
