import { PROVIDER_FILE_PREFIX } from '../../../files/provider-files.js';
import type { AttachmentRecord } from '../../model.js';

/**
 * Inline images of mail (`<img src="cid:…">`, RFC 2392: the cid names a part of the same message by its
 * Content-ID) shown as Switchboard's signed download links of that part, for every mail provider. Two steps,
 * because a signed link is made per request and expires, while records are mapped once (and may be cached):
 *
 * 1. Mapping (the provider, at read time): `inlineImageResolver` is the sanitizer's `resolveCid`; a cid that
 *    names one of the message's attachments becomes that attachment's provider-file path
 *    (`/provider-files/<id>`, as its AttachmentRecord.url says), a cid naming none is dropped with its alt
 *    text (./sanitize.ts). Nothing else the sanitizer lets through can carry that path: it refuses relative
 *    image sources and links.
 * 2. The schema (per request): `signInlineImages` swaps each such path in the sanitized html for the
 *    attachment's signed link, made as `Attachment.url` makes it (src/resolvers/files.ts); a path naming no
 *    attachment of the same message is dropped, so a record can only ever show its own files.
 */

/** A part of a message a `cid:` may name: its Content-ID (angle brackets or not) and its attachment's id. */
export interface InlinePart {
  contentId: string | null;
  attachmentId: string;
}

/** The path an inline image carries between mapping and the schema. */
function placeholder(attachmentId: string): string {
  return `${PROVIDER_FILE_PREFIX}${encodeURIComponent(attachmentId)}`;
}

const bare = (contentId: string) => contentId.trim().replace(/^<|>$/g, '');

/**
 * The sanitizer's `resolveCid` for one message: the Content-ID as written first, then ignoring case (mailers
 * are not consistent about the case of the domain half of a Content-ID).
 */
export function inlineImageResolver(parts: readonly InlinePart[]): (contentId: string) => string | null {
  const exact = new Map<string, string>();
  const folded = new Map<string, string>();
  for (const part of parts) {
    if (!part.contentId || !bare(part.contentId)) continue;
    const id = bare(part.contentId);
    // The first part with a Content-ID owns it, as a mail client resolves it.
    if (!exact.has(id)) exact.set(id, part.attachmentId);
    if (!folded.has(id.toLowerCase())) folded.set(id.toLowerCase(), part.attachmentId);
  }
  return (contentId) => {
    const attachmentId = exact.get(bare(contentId)) ?? folded.get(bare(contentId).toLowerCase());
    return attachmentId === undefined ? null : placeholder(attachmentId);
  };
}

/**
 * Inline images in the sanitizer's output always start `<img src="…"` (its image transform writes `src`
 * first, quoted with `"`, and escapes `"` and `<` inside values), so this finds exactly the images.
 */
const INLINE_IMAGE = new RegExp(`<img src="${PROVIDER_FILE_PREFIX.replace(/\//g, '\\/')}([^"]*)"([^>]*)>`, 'g');

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The sanitized html of a message with its inline images' paths replaced by `sign(attachment)`, for the
 * message's own provider-served attachments only; an image naming anything else keeps only its alt text.
 */
export function signInlineImages(html: string, attachments: readonly AttachmentRecord[], sign: (attachment: AttachmentRecord) => string): string {
  if (!html.includes(`<img src="${PROVIDER_FILE_PREFIX}`)) return html;
  const served = new Map(attachments.filter((attachment) => attachment.url.startsWith(PROVIDER_FILE_PREFIX)).map((attachment) => [attachment.id, attachment]));
  return html.replace(INLINE_IMAGE, (_image, encoded: string, rest: string) => {
    let id: string | null;
    try {
      id = decodeURIComponent(encoded);
    } catch {
      id = null;
    }
    const attachment = id === null ? undefined : served.get(id);
    if (attachment) return `<img src="${escapeAttribute(sign(attachment))}"${rest}>`;
    // Already escaped by the sanitizer: the alt text goes back into the html as it stands.
    const alt = /\salt="([^"]*)"/.exec(rest)?.[1]?.trim();
    return alt ? `<span>[${alt}]</span>` : '';
  });
}
