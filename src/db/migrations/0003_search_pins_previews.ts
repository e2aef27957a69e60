import { sql, type Kysely } from 'kysely';

/**
 * Full-text search, pins and link previews of the built-in workspace. One set of statements for PGlite and
 * PostgreSQL.
 *
 * Search uses the 'english' text-search configuration: stemming lets "deploying" find "deployed" and stop
 * words ("the", "and") are left out of both documents and queries, which is what people expect of a chat
 * search in an English-speaking workspace. The 'simple' configuration would match only exact words. The
 * configuration is named in the generated column and in every query (src/providers/builtin/features/search.ts);
 * both must change together.
 */
const statements = [
  // ── Search ────────────────────────────────────────────────────────────────────────────────────
  // A generated column is re-computed by PostgreSQL on every insert and update, so edits re-index and a
  // tombstone (content '') indexes nothing, whoever writes the row. Angle brackets are swapped for two
  // private-use characters first: messages are not HTML, but the text-search parser would take "<b>" or
  // "a <b and c>" for tags and drop the words inside them. The search SQL (src/providers/builtin/features/search.ts)
  // makes the same swap before ts_headline.
  `alter table messages add column search_vector tsvector
     generated always as (to_tsvector('english', translate(content, '<>', '\ue003\ue004'))) stored`,
  // Only rows search may return: live user messages. Queries repeat this predicate so the index applies.
  // Without fastupdate, each write updates the index at once instead of queueing in a pending list that
  // every search would then scan (up to 4 MB by default): searches stay fast between vacuums.
  `create index messages_search on messages using gin (search_vector) with (fastupdate = off)
     where deleted_at is null and type = 'USER'`,
  // Every message read computes its thread summary through messages_ancestors (0001_core). With GIN's
  // default fastupdate, new rows queue in a pending list that each lookup scans in full until a vacuum
  // merges it (PGlite never autovacuums): reading 100 search hits after 10,000 new messages took 3 s on
  // PGlite. Written straight into the index instead, lookups stay index lookups; the queue is merged now.
  `alter index messages_ancestors set (fastupdate = off)`,
  `select gin_clean_pending_list('messages_ancestors'::regclass)`,
  // The context of a search hit that is a reply: its neighbours in the thread, by time.
  `create index messages_thread on messages (thread_root_id, created_at, id) where thread_root_id is not null`,

  // ── Pins ──────────────────────────────────────────────────────────────────────────────────────
  // Millisecond precision like created_at: the pins list's cursor carries pinned_at and must name a row exactly.
  `alter table messages alter column pinned_at type timestamptz(3)`,
  // Channel.pins (most recently pinned first) and the per-channel pin count behind the 50-pin limit.
  `create index messages_pins on messages (channel_id, pinned_at desc, id desc) where pinned_at is not null`,

  // ── Link previews ─────────────────────────────────────────────────────────────────────────────
  // One preview per message: the first link of its text. PENDING waits for the unfurler, READY is shown,
  // FAILED had no usable metadata, REMOVED was removed by the author and stays removed while the message
  // links to the same URL. Internal previews (links to a message or channel of the workspace) store ids
  // only, never the linked text: what a reader sees of them is decided when it reads.
  `create table link_previews (
     message_id uuid primary key references messages(id) on delete cascade,
     url text not null,
     state text not null check (state in ('PENDING', 'READY', 'FAILED', 'REMOVED')),
     title text,
     description text,
     image_url text,
     site_name text,
     linked_message_id uuid references messages(id) on delete set null,
     linked_channel_id uuid references channels(id) on delete set null,
     updated_at timestamptz not null default now()
   )`,
  `create index link_previews_linked_message on link_previews (linked_message_id) where linked_message_id is not null`,
  `create index link_previews_linked_channel on link_previews (linked_channel_id) where linked_channel_id is not null`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
