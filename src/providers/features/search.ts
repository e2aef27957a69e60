import type { Actor, ChannelAccess, MessageRecord } from '../model.js';

// ── Search ──────────────────────────────────────────────────────────────────────────────────────────
//
// Full-text search over the messages the actor can read, ranked by relevance, then newest first. The
// built-in workspace uses PostgreSQL full-text search; a platform's own search API serves the others (the
// adapter derives the platform's paging from offset/limit and maps its highlights and context). Present on a provider exactly
// when `capabilities.search` is not NONE.
//
// Rules every provider keeps:
// - Search answers only messages of channels the actor can read, never tombstones, never system messages.

/** A validated search; ids are native ids of the workspace. */
export interface SearchRequest {
  /** The words to find, trimmed and not empty (websearch syntax: "a phrase", -exclude, or). */
  query: string;
  channelId: string | null;
  authorId: string | null;
  /** Only messages created strictly after / before these instants. */
  createdAfter: Date | null;
  createdBefore: Date | null;
  limit: number;
  offset: number;
  /** Messages of context on each side of every hit (0: none). */
  contextSize: number;
  /** Whether hits need `highlights` (absent: yes); a provider may answer none when false. */
  highlights?: boolean;
}

/** Start and end of a highlighted term inside `SearchHitRecord.highlights` (U+E000 and U+E001, the private-use markers some platforms use themselves). */
export const HIGHLIGHT_START = '\ue000';
export const HIGHLIGHT_END = '\ue001';

export interface SearchHitRecord {
  message: MessageRecord;
  /** Relevance, higher is better; comparable within one result only. */
  score: number;
  /** Fragments of the text around the matches, as plain text with terms between HIGHLIGHT_START/END. */
  highlights: string[];
  /** The messages just before and after the hit (in its thread for a reply), oldest first. */
  context: MessageRecord[];
}

export interface SearchResultPage {
  hits: SearchHitRecord[];
  /** Every match, not just this page; a provider may stop counting at a cap (the built-in one at 10,100). */
  totalCount: number;
  hasMore: boolean;
  /** The actor's access to the channels of the hits, when decided in the same read (as Page.access). */
  access?: readonly ChannelAccess[];
}

/** Search, an optional part of a provider (`MessagingProvider.search`). */
export interface Search {
  /** Messages matching `request.query` in channels the actor can read, best first, with their context. */
  searchMessages(actor: Actor, request: SearchRequest): Promise<SearchResultPage>;
}
