import { decodeCharset, decodeEncodedWords } from './addresses.js';
import { parseHeaderValue } from './mime-headers.js';

/**
 * MIME messages (RFC 2045–2047, 2183, 2231, 2822) as a tree of parts, and what a mail shows from that tree:
 * its text and HTML bodies and its attachments. Provider-neutral: a raw message (Gmail `format=raw`, an
 * Outlook MIME export) goes through `parseMime`; a provider that hands out its own part tree (Gmail's
 * `payload`) builds MimeParts itself and uses `mailContent` alike, so both read mail by the same rules.
 *
 * Own code rather than a parser package: the packages (postal-mime, mailparser) answer a flat result from
 * raw bytes only, and Gmail's thread reads return part trees, not raw bytes; one set of rules for both.
 */

export interface MimeHeader {
  name: string;
  value: string;
}

export interface MimePart {
  /** The part's own headers in order (the message's headers for the root), unfolded, not decoded. */
  headers: MimeHeader[];
  /** `type/subtype`, lower case; `text/plain` when absent (RFC 2045), `message/rfc822` parts stay opaque. */
  mimeType: string;
  /** Content-Type parameters (charset, boundary, name), lower-case names. */
  params: Record<string, string>;
  disposition: 'inline' | 'attachment' | null;
  /** The file name (Content-Disposition filename, else Content-Type name), decoded; null when none. */
  filename: string | null;
  /** Content-ID without angle brackets; null when none. */
  contentId: string | null;
  /** The body with its transfer encoding removed (charset untouched); null when the provider left it out. */
  body: Uint8Array | null;
  /** The provider's handle on a body left out (Gmail's attachmentId); null when the body is here. */
  bodyRef: string | null;
  /** The body's size in bytes (of the decoded body). */
  size: number;
  /** The provider's id of the part (Gmail's partId); null when none. */
  partId: string | null;
  parts: MimePart[];
}

/** One header's value (the first of that name, case-insensitive), or null. */
export function headerOf(headers: readonly MimeHeader[], name: string): string | null {
  const lower = name.toLowerCase();
  return headers.find((header) => header.name.toLowerCase() === lower)?.value ?? null;
}

/** A header's value with its encoded words decoded (Subject, display names), or null. */
export function decodedHeader(headers: readonly MimeHeader[], name: string): string | null {
  const value = headerOf(headers, name);
  return value === null ? null : decodeEncodedWords(value);
}

/** Splits a header block into unfolded headers (RFC 5322 2.2.3). */
export function parseHeaderBlock(block: string): MimeHeader[] {
  const headers: MimeHeader[] = [];
  for (const line of block.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && headers.length > 0) {
      headers[headers.length - 1].value += ' ' + line.trim();
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    headers.push({ name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() });
  }
  return headers;
}

/** Quoted-printable (RFC 2045 6.7) to bytes; soft line breaks joined, bad escapes kept as they are. */
export function decodeQuotedPrintable(text: string): Uint8Array {
  const out: number[] = [];
  const input = text.replace(/[ \t]+(?=\r?\n)/g, '');
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (c === '=') {
      if (input[i + 1] === '\r' && input[i + 2] === '\n') {
        i += 2;
        continue;
      }
      if (input[i + 1] === '\n') {
        i += 1;
        continue;
      }
      const hex = input.slice(i + 1, i + 3);
      if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
        out.push(parseInt(hex, 16));
        i += 2;
        continue;
      }
    }
    out.push(c.charCodeAt(0) & 0xff);
  }
  return Uint8Array.from(out);
}

/** Base64 or base64url, padded or not, with any whitespace, to bytes. */
export function decodeBase64Any(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text.replace(/[^A-Za-z0-9+/\-_=]/g, '').replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
}

/** Builds a part's descriptive fields from its headers (shared by raw parsing and provider part trees). */
export function describePart(headers: MimeHeader[], fallbackType = 'text/plain'): Pick<MimePart, 'mimeType' | 'params' | 'disposition' | 'filename' | 'contentId'> {
  const type = parseHeaderValue(headerOf(headers, 'content-type'));
  const disposition = parseHeaderValue(headerOf(headers, 'content-disposition'));
  const mimeType = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(type.value) ? type.value : fallbackType;
  const contentId = headerOf(headers, 'content-id');
  const filename = disposition.params.filename ?? type.params.name ?? null;
  return {
    mimeType,
    params: type.params,
    disposition: disposition.value === 'attachment' ? 'attachment' : disposition.value === 'inline' ? 'inline' : null,
    filename: filename ? filename.replace(/[\\/]/g, '_') : null,
    contentId: contentId ? contentId.replace(/^\s*<|>\s*$/g, '') : null,
  };
}

/** Everything up to the first empty line is the header block. */
function splitHeadAndBody(raw: string): { head: string; body: string } {
  const match = /\r?\n\r?\n/.exec(raw);
  if (!match) return { head: raw, body: '' };
  // A part that starts with the empty line has no headers.
  if (match.index === 0) return { head: '', body: raw.slice(match[0].length) };
  return { head: raw.slice(0, match.index), body: raw.slice(match.index + match[0].length) };
}

function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const lines = body.split(/\r?\n/);
  const parts: string[] = [];
  let current: string[] | null = null;
  for (const line of lines) {
    const trimmed = line.trimEnd();
    if (trimmed === `${delimiter}--`) {
      if (current) parts.push(current.join('\r\n'));
      return parts;
    }
    if (trimmed === delimiter) {
      if (current) parts.push(current.join('\r\n'));
      current = [];
      continue;
    }
    current?.push(line);
  }
  // A missing close delimiter (truncated mail): keep what came.
  if (current) parts.push(current.join('\r\n'));
  return parts;
}

/** Nesting deeper than this is not mail but an attack on the parser: deeper parts are left opaque. */
const MAX_DEPTH = 20;

function parseEntity(raw: string, fallbackType: string, depth: number, partId: string): MimePart {
  const { head, body } = splitHeadAndBody(raw);
  const headers = parseHeaderBlock(head);
  const described = describePart(headers, fallbackType);
  const part: MimePart = { headers, ...described, body: null, bodyRef: null, size: 0, partId, parts: [] };
  if (described.mimeType.startsWith('multipart/') && described.params.boundary && depth < MAX_DEPTH) {
    const childFallback = described.mimeType === 'multipart/digest' ? 'message/rfc822' : 'text/plain';
    part.parts = splitMultipart(body, described.params.boundary).map((child, i) => parseEntity(child, childFallback, depth + 1, partId === '' ? String(i) : `${partId}.${i}`));
    return part;
  }
  const encoding = (headerOf(headers, 'content-transfer-encoding') ?? '7bit').trim().toLowerCase();
  const bytes = encoding === 'base64' ? decodeBase64Any(body) : encoding === 'quoted-printable' ? decodeQuotedPrintable(body) : Buffer.from(body, 'latin1');
  part.body = new Uint8Array(bytes);
  part.size = bytes.byteLength;
  return part;
}

/**
 * A raw RFC 2822 message as a part tree. Bytes are read as latin1 (one char per byte) so 8bit bodies keep
 * their bytes until their charset is applied. Part ids follow Gmail's numbering ("", "0", "0.1", …).
 */
export function parseMime(raw: Uint8Array | string): MimePart {
  const text = typeof raw === 'string' ? Buffer.from(raw, 'utf8').toString('latin1') : Buffer.from(raw).toString('latin1');
  return parseEntity(text, 'text/plain', 0, '');
}

/** A part's body as text in its charset (8bit headers of the root default to UTF-8). */
export function partText(part: MimePart): string {
  return part.body ? decodeCharset(part.body, part.params.charset) : '';
}

export interface MailAttachment {
  /** The part's id in its message (the provider's partId, else the tree position). */
  partId: string;
  filename: string;
  contentType: string;
  size: number;
  contentId: string | null;
  inline: boolean;
  /** The provider's handle on the body (Gmail attachmentId), or null when the body came with the message. */
  bodyRef: string | null;
}

export interface MailContent {
  text: string | null;
  html: string | null;
  attachments: MailAttachment[];
}

function isAttachment(part: MimePart): boolean {
  if (part.disposition === 'attachment') return true;
  if (part.filename && !part.mimeType.startsWith('text/')) return true;
  return part.filename !== null && part.disposition !== 'inline';
}

/**
 * What a mail shows: the best text and HTML bodies and every attachment, by RFC 2046's rules:
 * - multipart/alternative: the last alternative a reader understands wins (text/plain for text,
 *   text/html for HTML; a nested multipart alternative counts for what it holds);
 * - multipart/related: the root (the `start` Content-ID, else the first part) is the body; the other
 *   parts are its inline resources (kept as inline attachments with their Content-ID);
 * - multipart/mixed (and unknown multiparts): inline text parts in order make the body, the rest are
 *   attachments; message/rfc822 parts are attachments (a forwarded mail), not bodies.
 */
export function mailContent(root: MimePart): MailContent {
  const texts: string[] = [];
  const htmls: string[] = [];
  const attachments: MailAttachment[] = [];
  const attach = (part: MimePart, inline: boolean) => {
    attachments.push({
      partId: part.partId ?? '',
      filename: part.filename ?? (part.mimeType === 'message/rfc822' ? 'message.eml' : 'attachment'),
      contentType: part.mimeType,
      size: part.size,
      contentId: part.contentId,
      inline,
      bodyRef: part.bodyRef,
    });
  };
  const walk = (part: MimePart, target: { text: string[]; html: string[] }) => {
    if (part.mimeType === 'multipart/alternative') {
      let text: string[] | null = null;
      let html: string[] | null = null;
      for (const child of part.parts) {
        const found = { text: [] as string[], html: [] as string[] };
        walk(child, found);
        if (found.text.length) text = found.text;
        if (found.html.length) html = found.html;
      }
      if (text) target.text.push(...text);
      if (html) target.html.push(...html);
      return;
    }
    if (part.mimeType === 'multipart/related') {
      const start = part.params.start?.replace(/^<|>$/g, '');
      const rootIndex = Math.max(0, start ? part.parts.findIndex((child) => child.contentId === start) : 0);
      part.parts.forEach((child, i) => (i === rootIndex ? walk(child, target) : attach(child, true)));
      return;
    }
    if (part.mimeType.startsWith('multipart/')) {
      for (const child of part.parts) walk(child, target);
      return;
    }
    if (isAttachment(part) || part.mimeType === 'message/rfc822') {
      attach(part, part.disposition === 'inline' && part.contentId !== null);
      return;
    }
    if (part.mimeType === 'text/plain') target.text.push(partText(part));
    else if (part.mimeType === 'text/html') target.html.push(partText(part));
    else attach(part, false);
  };
  const found = { text: texts, html: htmls };
  walk(root, found);
  return { text: texts.length ? texts.join('\n') : null, html: htmls.length ? htmls.join('\n') : null, attachments };
}

/** The message ids of a header (Message-ID, In-Reply-To, References) in order, angle brackets kept. */
export function messageIdsOf(value: string | null): string[] {
  return value ? [...value.matchAll(/<[^<>\s]+>/g)].map((match) => match[0]) : [];
}
