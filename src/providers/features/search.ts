import type { MessageRecord } from '../model.js';

// ── Search, pins and link previews ────────────────────────────────────────────────────────────────
//
// Search: full-text search over the messages the actor can read, ranked by relevance, then newest first.
// The built-in workspace uses PostgreSQL full-text search; Slack has `search.messages` (a user token
// only, `page`/`count` paging that an adapter derives from offset/limit, highlights between U+E000 and
// U+E001, `previous`/`next` context inline); Graph has `/search/query`; Gmail `q=`.
//
// Pins: at most `capabilities.maxPinsPerChannel` per channel. Slack: `pins.add`/`pins.remove`/`pins.list`,
// whose `already_pinned` maps to CONFLICT, `too_many_pins` to VALIDATION_ERROR and `no_pin` to NOT_FOUND;
// Slack posts its own "pinned a message" system message, which an adapter returns as `announcement`.
//
// Link previews: a message's first link. A link to a message or channel of the same workspace is an
// internal preview that carries ids only (the reader's access decides what it shows); any other link is
// unfurled: a provider that unfurls by itself (Slack) reports the result in the message record, the
// built-in workspace leaves the preview `pending` and Switchboard's unfurler (src/unfurl/) fetches the
// page and hands the metadata to `completeLinkPreview` (Slack's `chat.unfurl` is the same hand-over).
//
// Rules every provider keeps:
// - Search answers only messages of channels the actor can read, never tombstones, never system messages.
// - Pin and unpin are open to anyone who can write in the channel (the resolvers check that); already
//   pinned is CONFLICT, a full channel VALIDATION_ERROR, unpinning a message that is not pinned NOT_FOUND.
// - Removing a preview is for the author (the resolvers check that); a removed preview stays removed while
//   the message links to the same URL, also across edits.

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
}

/** Start and end of a highlighted term inside `SearchHitRecord.highlights` (Slack's own markers). */
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
}

/** A pinned message, and the system message that announces it when the provider posts one. */
export interface PinResult {
  message: MessageRecord;
  announcement: MessageRecord | null;
}
