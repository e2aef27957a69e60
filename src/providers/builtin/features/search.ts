import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../db/tables.js';
import type { Actor, MessageRecord } from '../../model.js';
import type { Search, SearchHitRecord, SearchRequest, SearchResultPage } from '../../features/search.js';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../features/search.js';
import { uuids } from '../client.js';
import { messageAccessColumns, messageColumnsOf, threadSummaryOf } from '../message-columns.js';
import { EVERY_PART, type MessageParts } from '../../message-parts.js';
import { isNativeId } from '../ids.js';
import { toMessage, type MessageRow } from '../map.js';
import { accessOfMessageRows, type MessageAccessRow } from '../audience.js';

/**
 * Full-text search of the built-in workspace, on PostgreSQL's text search (PGlite runs the same SQL).
 *
 * Indexes (migration 0003_search_pins_previews):
 *   messages_search  gin (search_vector) with (fastupdate = off) where deleted_at is null and type = 'USER'
 *   messages_thread  btree (thread_root_id, created_at, id) where thread_root_id is not null
 * and, from 0001_core, messages_recent (workspace_id, created_at desc, id desc) where deleted_at is null, and
 * messages_channel_timeline for the context of thread roots.
 *
 * Cost model, for a workspace of a million messages. Relevance order has no index (PostgreSQL cannot walk
 * a GIN index by ts_rank), so every candidate is ranked; the candidates are therefore the newest
 * MAX_RANKED_MATCHES matches, which bounds the work whatever the query. For a rare word the planner takes
 * the matches from the GIN index and keeps the newest; for a word in most messages it walks
 * messages_recent newest first and stops after MAX_RANKED_MATCHES matches. Visibility (the actor's
 * channels) and the filters are part of the match. The count is a window aggregate over the candidates;
 * the full record and ts_headline are computed for the page's rows only. Context is one more statement
 * for the whole page.
 */

/**
 * The newest matches that are ranked, and counted: the deepest page a client can ask for (offset 10,000
 * + first 100) and no more. A query matching more messages ranks the newest ones and reports this many.
 */
export const MAX_RANKED_MATCHES = 10_100;

/** The text-search configuration; it must match the generated column `search_vector` of the migration. */
const CONFIG = 'english';

/**
 * ts_rank_cd normalization: 1 divides by 1 + log(document length), so a short message that is about the
 * term outranks a long one that mentions it in passing; 32 maps the rank into [0, 1).
 */
const RANK_NORMALIZATION = 1 | 32;

/** Fragments are joined with this character; matches sit between HIGHLIGHT_START and HIGHLIGHT_END. */
const FRAGMENT_DELIMITER = '\ue002';
const HEADLINE_OPTIONS =
  `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxFragments=3, MaxWords=24, MinWords=8, ` +
  `FragmentDelimiter=${FRAGMENT_DELIMITER}`;
/**
 * The text is prepared for ts_headline as for the index (see the migration): angle brackets become two
 * private-use characters, so that the parser does not take them for HTML tags and drop what is inside,
 * and are put back afterwards; characters that are our markers are removed, so a message cannot fake a
 * highlight.
 */
const LT = '\ue003';
const GT = '\ue004';
const TRANSLATE_FROM = `<>${HIGHLIGHT_START}${HIGHLIGHT_END}${FRAGMENT_DELIMITER}`;
const TRANSLATE_TO = `${LT}${GT}`;
/** Markdown's emphasis and code marks are left out of fragments of markdown messages: they read as noise. */
const MARKDOWN_MARKS = '[*`~]+';

type Db = Kysely<Database>;

// With the actor's access to the hit's channel, read with it (SearchResultPage.access).
type HitRow = MessageRow &
  MessageAccessRow & {
    score: number;
    /** Null when the request reads no highlights. */
    headline: string | null;
    total_count: number;
  };
type ContextRow = MessageRow & { hit_id: string };

export class BuiltinSearch implements Search {
  constructor(
    private readonly db: Db,
    private readonly workspaceId: string,
    /** The parts of message records its hits and context carry (src/providers/message-parts.ts). */
    private readonly parts: MessageParts = EVERY_PART,
  ) {}

  async searchMessages(actor: Actor, request: SearchRequest): Promise<SearchResultPage> {
    // A malformed channel or author id names nothing here, so nothing matches.
    const malformed = [request.channelId, request.authorId].some((id) => id !== null && !isNativeId(id));
    if (malformed) return { hits: [], totalCount: 0, hasMore: false };
    const hits = await this.selectHits(actor, request);
    // A page past the end has no row to carry the count: count on its own then (rare: a client paging on).
    const totalCount = hits.length > 0 ? hits[0].total_count : request.offset > 0 ? await this.count(actor, request) : 0;
    const context = request.contextSize > 0 && hits.length > 0 ? await this.selectContext(hits, request.contextSize) : [];
    const contextByHit = new Map<string, MessageRecord[]>();
    for (const row of context) {
      const list = contextByHit.get(row.hit_id) ?? [];
      list.push(toMessage(row));
      contextByHit.set(row.hit_id, list);
    }
    return {
      hits: hits.map(
        (row): SearchHitRecord => ({
          message: toMessage(row),
          score: row.score,
          highlights: (row.headline ?? '')
            .split(FRAGMENT_DELIMITER)
            .map((fragment) => fragment.replaceAll(LT, '<').replaceAll(GT, '>').trim())
            .filter(Boolean),
          context: contextByHit.get(row.id) ?? [],
        }),
      ),
      totalCount,
      hasMore: request.offset + hits.length < totalCount,
      access: [
        ...accessOfMessageRows(hits),
      ],
    };
  }

  /** The conditions every match meets; `q.query` is the parsed query. */
  private matches(actor: Actor, request: SearchRequest) {
    return sql`
      m.search_vector @@ q.query
      and m.deleted_at is null and m.type = 'USER'
      and m.workspace_id = ${this.workspaceId}
      -- An array, not a semi-join: the planner then estimates how many rows match from the word's
      -- statistics alone, and walks messages_recent for a common word instead of sorting all its matches.
      and m.channel_id = any(array(select cm.channel_id from channel_members cm where cm.user_id = ${actor.userId}::uuid))
      ${request.channelId ? sql`and m.channel_id = ${request.channelId}::uuid` : sql``}
      ${request.authorId ? sql`and m.author_id = ${request.authorId}::uuid` : sql``}
      ${request.createdAfter ? sql`and m.created_at > ${request.createdAfter}` : sql``}
      ${request.createdBefore ? sql`and m.created_at < ${request.createdBefore}` : sql``}`;
  }

  private query(request: SearchRequest) {
    return sql`(select websearch_to_tsquery(${CONFIG}::regconfig, ${request.query}) as query) q`;
  }

  /** The newest matches, at most MAX_RANKED_MATCHES of them. */
  private candidates(actor: Actor, request: SearchRequest) {
    return sql`
      select m.id, m.created_at, m.search_vector from messages m, ${this.query(request)}
       where ${this.matches(actor, request)}
       order by m.created_at desc, m.id desc
       limit ${MAX_RANKED_MATCHES}`;
  }

  /**
   * One page of hits, best first, with the total. The inner queries pick, rank and count the candidates
   * and keep the page; the outer one builds records and headlines for the page's rows only.
   */
  private async selectHits(actor: Actor, request: SearchRequest): Promise<HitRow[]> {
    const result = await sql<HitRow>`
      with candidates as (${this.candidates(actor, request)}),
      ranked as (
        select c.id, ts_rank_cd(c.search_vector, q.query, ${RANK_NORMALIZATION}) as score, c.created_at,
               count(*) over () as total_count
          from candidates c, ${this.query(request)}
         order by score desc, c.created_at desc, c.id desc
         limit ${request.limit} offset ${request.offset}
      )
      select ${messageColumnsOf(this.parts)}, r.score::float8 as score, r.total_count::int as total_count,
             ${messageAccessColumns(actor.userId)},
             ${request.highlights === false ? sql`null::text` : this.headline()} as headline
        from ranked r join messages m on m.id = r.id ${threadSummaryOf(this.parts)}, ${this.query(request)}
       order by r.score desc, r.created_at desc, r.id desc`.execute(this.db);
    return result.rows;
  }

  /** The page row's fragments around the matches of `q.query` (the costliest column: only when read). */
  private headline() {
    return sql`ts_headline(${CONFIG}::regconfig,
                           translate(case when m.content_format = 'markdown' then regexp_replace(m.content, ${MARKDOWN_MARKS}, '', 'g')
                                          else m.content end, ${TRANSLATE_FROM}, ${TRANSLATE_TO}),
                           q.query, ${HEADLINE_OPTIONS})`;
  }

  private async count(actor: Actor, request: SearchRequest): Promise<number> {
    const result = await sql<{ n: number }>`
      select count(*)::int as n from (${this.candidates(actor, request)}) c`.execute(this.db);
    return result.rows[0]?.n ?? 0;
  }

  /**
   * The neighbours of every hit, in one statement: for a thread root, the live messages just before and
   * after it in the channel timeline; for a reply, the ones just before and after it in its thread (the
   * root counts as the thread's first message). Each side walks an index and stops after `size` rows.
   */
  private async selectContext(hits: HitRow[], size: number): Promise<ContextRow[]> {
    const inTimeline = sql`n.channel_id = h.channel_id and (n.parent_id is null or n.also_sent_to_channel)`;
    const inThread = sql`(n.thread_root_id = h.thread_root_id or n.id = h.thread_root_id)`;
    const side = (where: ReturnType<typeof sql>, before: boolean) => sql`
      (select n.id from messages n
        where ${where} and n.deleted_at is null
          and (n.created_at, n.id) ${sql.raw(before ? '<' : '>')} (h.created_at, h.id)
        order by n.created_at ${sql.raw(before ? 'desc' : 'asc')}, n.id ${sql.raw(before ? 'desc' : 'asc')}
        limit ${size})`;
    const result = await sql<ContextRow>`
      select ${messageColumnsOf(this.parts)}, h.id as hit_id
        from messages h
        cross join lateral (
          select picked.id from (
            ${side(sql`h.thread_root_id is null and ${inTimeline}`, true)}
            union all ${side(sql`h.thread_root_id is null and ${inTimeline}`, false)}
            union all ${side(sql`h.thread_root_id is not null and ${inThread}`, true)}
            union all ${side(sql`h.thread_root_id is not null and ${inThread}`, false)}
          ) picked
        ) neighbour
        join messages m on m.id = neighbour.id ${threadSummaryOf(this.parts)}
       where h.id = any(${uuids(hits.map((hit) => hit.id))})
       order by h.id, m.created_at, m.id`.execute(this.db);
    return result.rows;
  }
}
