import type { Actor, LinkMetadata, MessageRecord } from '../model.js';

// ── Link previews ───────────────────────────────────────────────────────────────────────────────────
//
// A message's first link. A link to a message or channel of the same workspace is an internal preview
// that carries ids only (the reader's access decides what it shows); any other link is unfurled: a
// provider that unfurls by itself (Slack) reports the result in the message record, the built-in
// workspace leaves the preview `pending` and Switchboard's unfurler (src/unfurl/) fetches the page and
// hands the metadata to `completeLinkPreview` (Slack's `chat.unfurl` is the same hand-over).
//
// Every provider reports previews in its message records; this part is for previews that Switchboard
// keeps itself (removing one, completing a pending one). It is present on a provider exactly when
// `capabilities.linkPreviewRemoval` is true; a provider without it never reports a pending preview.
//
// Rules every provider keeps:
// - Removing a preview is for the author (the resolvers check that); a removed preview stays removed while
//   the message links to the same URL, also across edits.

/** Link previews kept by Switchboard, an optional part of a provider (`MessagingProvider.linkPreviews`). */
export interface LinkPreviews {
  /** Removes a message's link preview (NOT_FOUND when it has none); it stays removed for the same URL. */
  removeLinkPreview(actor: Actor, messageId: string): Promise<MessageRecord>;
  /**
   * Completes the pending preview of `url` on a message with what an unfurler found (null: nothing usable).
   * Returns the message when its visible preview changed, null when nothing changed (the message was
   * edited to another link meanwhile, the preview was removed, or there was no metadata).
   */
  completeLinkPreview(messageId: string, url: string, metadata: LinkMetadata | null): Promise<MessageRecord | null>;
}
