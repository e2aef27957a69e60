/**
 * RFC 5322 address lists and RFC 2047 encoded words, as both mail providers read and write them in headers
 * (From, To, Cc, Bcc, Reply-To, Subject) and as the send mutation takes them from clients.
 *
 * Reading is forgiving, because real mail is not always well formed: an entry that is not an address is
 * skipped instead of failing the whole header. Writing is strict: only valid addresses are formatted, and
 * names that need it are quoted or encoded.
 */

/** One mailbox: the address and, when the header gave one, the display name (encoded words decoded). */
export interface MailAddress {
  name: string | null;
  address: string;
}

/** One entry of an address list: a mailbox, or a named group of mailboxes (`Team: a@x, b@y;`). */
export type AddressListEntry = MailAddress | { group: string; members: MailAddress[] };

// ── Validation ────────────────────────────────────────────────────────────────────────────────────────

// atext of RFC 5322, plus any letter or digit beyond ASCII (RFC 6531 internationalised addresses).
const ATOM = String.raw`[A-Za-z0-9!#$%&'*+/=?^_\x60{|}~\p{L}\p{N}-]+`;
const LOCAL_PART = new RegExp(String.raw`^(?:${ATOM}(?:\.${ATOM})*|"(?:[^"\\\r\n]|\\.)*")$`, 'u');
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?`;
const DOMAIN = new RegExp(String.raw`^(?:${LABEL}\.)+${LABEL}$|^\[[^\[\]\\\s]+\]$`, 'u');

/**
 * Whether `address` is a deliverable-looking addr-spec: a dot-atom or quoted local part of at most 64
 * characters, `@`, and a domain of at least two labels (or a bracketed literal), 254 characters in all.
 * A bare host (`root@localhost`) is refused: no mail provider accepts it from a client.
 */
export function isValidAddress(address: string): boolean {
  if (address.length > 254) return false;
  const at = address.lastIndexOf('@');
  if (at <= 0 || at === address.length - 1) return false;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local.length > 64 || !LOCAL_PART.test(local) || !DOMAIN.test(domain)) return false;
  // A top-level domain is never all digits (that would be an IPv4 address without brackets).
  return domain.startsWith('[') || !/^\d+$/.test(domain.slice(domain.lastIndexOf('.') + 1));
}

/**
 * The comparable form of an address: the domain lower-cased (domains are case-insensitive) and the local
 * part too — strictly a local part may be case-sensitive, but no provider this project talks to treats it
 * so, and people type addresses in any case.
 */
export function normalizeAddress(address: string): string {
  return address.trim().toLowerCase();
}

// ── Parsing ───────────────────────────────────────────────────────────────────────────────────────────

/**
 * Splits a header value at its top level: commas between entries, `Name:` … `;` around a group. Quoted
 * strings, comments (nested), angle brackets and domain literals are opaque to the split.
 */
function splitEntries(header: string): Array<{ group: string | null; text: string; groupEnd: boolean }> {
  const entries: Array<{ group: string | null; text: string; groupEnd: boolean }> = [];
  let group: string | null = null;
  let buffer = '';
  let quoted = false;
  let comment = 0;
  let angle = false;
  let literal = false;
  const flush = (groupEnd = false) => {
    entries.push({ group, text: buffer, groupEnd });
    buffer = '';
  };
  for (let i = 0; i < header.length; i++) {
    const c = header[i];
    if ((quoted || comment > 0) && c === '\\' && i + 1 < header.length) {
      buffer += c + header[++i];
      continue;
    }
    if (quoted) {
      if (c === '"') quoted = false;
      buffer += c;
      continue;
    }
    if (comment > 0) {
      if (c === '(') comment++;
      else if (c === ')') comment--;
      buffer += c;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === '(') comment = 1;
    else if (c === '<') angle = true;
    else if (c === '>') angle = false;
    else if (c === '[') literal = true;
    else if (c === ']') literal = false;
    else if (!angle && !literal) {
      if (c === ',') {
        flush();
        continue;
      }
      if (c === ':' && group === null) {
        group = decodePhrase(buffer);
        buffer = '';
        continue;
      }
      if (c === ';' && group !== null) {
        flush(true);
        group = null;
        continue;
      }
    }
    buffer += c;
  }
  flush();
  return entries;
}

/** Comments removed, and the text of the first one (old-style `a@b (Jane Doe)` names). */
function stripComments(text: string): { text: string; comment: string | null } {
  let out = '';
  let first: string | null = null;
  let current = '';
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if ((quoted || depth > 0) && c === '\\' && i + 1 < text.length) {
      if (depth > 0) current += text[++i];
      else out += c + text[++i];
      continue;
    }
    if (depth > 0) {
      if (c === '(') depth++;
      if (c === ')') depth--;
      if (depth === 0) {
        first ??= current.trim();
        current = '';
      } else current += c;
      continue;
    }
    if (c === '"') quoted = !quoted;
    if (c === '(' && !quoted) {
      depth = 1;
      continue;
    }
    out += c;
  }
  return { text: out, comment: first || null };
}

/** A display name as written: quoted strings unquoted, encoded words decoded, whitespace collapsed. */
function decodePhrase(raw: string): string {
  const { text } = stripComments(raw);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '"') {
      out += c;
      continue;
    }
    // A quoted string: its content, backslash escapes undone.
    for (i++; i < text.length && text[i] !== '"'; i++) out += text[i] === '\\' && i + 1 < text.length ? text[++i] : text[i];
  }
  // Mailers put encoded words inside quotes too (against RFC 2047, but common): decode them anywhere.
  return decodeEncodedWords(out.replace(/\s+/g, ' ').trim());
}

/** One mailbox from an entry's text, or null when it holds no valid address. */
function parseMailbox(text: string): MailAddress | null {
  const open = topLevelIndex(text, '<');
  if (open >= 0) {
    const close = text.indexOf('>', open);
    let address = text.slice(open + 1, close < 0 ? undefined : close).trim();
    // The obsolete source route (`<@relay:user@host>`): only the final address counts.
    if (address.startsWith('@') && address.includes(':')) address = address.slice(address.indexOf(':') + 1);
    if (!isValidAddress(address)) return null;
    const name = decodePhrase(text.slice(0, open));
    return { name: name || null, address };
  }
  const { text: bare, comment } = stripComments(text);
  const address = bare.trim();
  if (!isValidAddress(address)) return null;
  return { name: comment ? decodeEncodedWords(comment) : null, address };
}

/** The index of `char` outside quoted strings and comments, or -1. */
function topLevelIndex(text: string, char: string): number {
  let quoted = false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if ((quoted || depth > 0) && c === '\\') {
      i++;
      continue;
    }
    if (quoted) quoted = c !== '"';
    else if (depth > 0) depth += c === '(' ? 1 : c === ')' ? -1 : 0;
    else if (c === '"') quoted = true;
    else if (c === '(') depth = 1;
    else if (c === char) return i;
  }
  return -1;
}

/**
 * An address list header (`From`, `To`, `Cc`, `Bcc`, `Reply-To`) with its groups kept. Entries that hold
 * no valid address are skipped; an empty group (`undisclosed-recipients:;`) stays, with no members.
 */
export function parseAddressListEntries(header: string | null | undefined): AddressListEntry[] {
  if (!header) return [];
  const entries: AddressListEntry[] = [];
  let open: { group: string; members: MailAddress[] } | null = null;
  for (const { group, text, groupEnd } of splitEntries(header)) {
    if (group !== null && (open === null || open.group !== group)) {
      open = { group, members: [] };
      entries.push(open);
    }
    const mailbox = text.trim() ? parseMailbox(text) : null;
    if (mailbox) (group !== null ? open!.members : entries).push(mailbox);
    if (groupEnd || group === null) open = null;
  }
  return entries;
}

/** Every mailbox of an address list header, groups flattened, in order; invalid entries skipped. */
export function parseAddressList(header: string | null | undefined): MailAddress[] {
  return parseAddressListEntries(header).flatMap((entry) => ('group' in entry ? entry.members : [entry]));
}

/**
 * Exactly one mailbox, as a client gives a recipient: `jane@example.com` or `"Jane Doe" <jane@example.com>`.
 * Null when the value is not one valid address (a list, a group, a typo).
 */
export function parseAddress(value: string): MailAddress | null {
  const entries = parseAddressListEntries(value);
  const nonEmpty = splitEntries(value).filter((entry) => entry.text.trim() !== '' || entry.group !== null);
  if (entries.length !== 1 || nonEmpty.length !== 1 || 'group' in entries[0]) return null;
  return entries[0];
}

// ── Formatting ────────────────────────────────────────────────────────────────────────────────────────

const PHRASE_SAFE = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]+$/;

/**
 * One mailbox for a header: `jane@example.com`, `Jane Doe <jane@example.com>`, `"Doe, Jane"
 * <jane@example.com>` when the name has specials, or an encoded word when it is not ASCII.
 */
export function formatAddress(mailbox: MailAddress): string {
  const name = mailbox.name?.replace(/[\r\n]+/g, ' ').trim();
  if (!name) return mailbox.address;
  if (PHRASE_SAFE.test(name) && !name.includes('=?')) return `${name} <${mailbox.address}>`;
  if (/^[\x20-\x7e]*$/.test(name) && !name.includes('=?')) return `"${name.replace(/(["\\])/g, '\\$1')}" <${mailbox.address}>`;
  return `${encodeHeaderText(name)} <${mailbox.address}>`;
}

/** An address list for a header, entries separated by `, ` (folding long lines is the MIME writer's job). */
export function formatAddressList(mailboxes: readonly MailAddress[]): string {
  return mailboxes.map(formatAddress).join(', ');
}

// ── RFC 2047 encoded words ────────────────────────────────────────────────────────────────────────────

const ENCODED_WORD = /=\?([^?\s*]+)(?:\*[^?\s]*)?\?([bBqQ])\?([^?\s]*)\?=/g;

function wordBytes(encoding: string, payload: string): Uint8Array {
  if (encoding.toUpperCase() === 'B') return Buffer.from(payload, 'base64');
  const bytes: number[] = [];
  for (let i = 0; i < payload.length; i++) {
    const c = payload[i];
    if (c === '_') bytes.push(0x20);
    else if (c === '=' && /^[0-9a-fA-F]{2}$/.test(payload.slice(i + 1, i + 3))) {
      bytes.push(parseInt(payload.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(c.charCodeAt(0) & 0xff);
  }
  return Uint8Array.from(bytes);
}

/** Windows-1252's characters for 0x80–0x9F (undefined positions stay as the C1 control). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Bytes in a named charset as text (a MIME part's `charset`, an encoded word's); an unknown or missing
 * charset reads as UTF-8 (replacement characters at worst), quotes around the label are ignored. Labels
 * resolve as WHATWG Encoding says, so Latin-1 and ASCII labels mean Windows-1252, as mailers mean them;
 * Windows-1252 is decoded here because Node 20's TextDecoder reads it as ISO-8859-1, which turns mail's
 * curly quotes and euro signs (0x80–0x9F) into control characters.
 */
export function decodeCharset(bytes: Uint8Array, charset: string | null | undefined): string {
  const label = (charset ?? '').trim().replace(/^"|"$/g, '').trim().toLowerCase() || 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  if (decoder.encoding !== 'windows-1252') return decoder.decode(bytes);
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

/**
 * Header text with its RFC 2047 encoded words (`=?utf-8?B?…?=`, `=?iso-8859-1?Q?…?=`) decoded. Whitespace
 * between two adjacent encoded words is dropped, as the RFC says, and adjacent words of one charset are
 * decoded together, so a character split across two words (as some mailers write them) stays whole.
 */
export function decodeEncodedWords(text: string): string {
  if (!text.includes('=?')) return text;
  let out = '';
  let last = 0;
  // The run of adjacent encoded words being collected: their charset and bytes.
  let runCharset: string | null = null;
  let runBytes: Uint8Array[] = [];
  const flushRun = () => {
    if (runCharset !== null) out += decodeCharset(Buffer.concat(runBytes), runCharset);
    runCharset = null;
    runBytes = [];
  };
  for (const match of text.matchAll(ENCODED_WORD)) {
    const between = text.slice(last, match.index);
    const charset = match[1].toLowerCase();
    if (runCharset === null || !/^\s*$/.test(between)) {
      flushRun();
      out += between;
    } else if (runCharset !== charset) flushRun();
    runCharset = charset;
    runBytes.push(wordBytes(match[2], match[3]));
    last = match.index + match[0].length;
  }
  flushRun();
  return out + text.slice(last);
}

/**
 * Header text safe to write: unchanged when it is printable ASCII, else UTF-8 `B` encoded words of at
 * most 75 characters each, split between characters (never inside one), separated by spaces.
 */
export function encodeHeaderText(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text) && !text.includes('=?')) return text;
  const words: string[] = [];
  let chunk = '';
  for (const char of text) {
    // 45 bytes make 60 base64 characters: with `=?UTF-8?B?` and `?=`, 72 of the 75 allowed.
    if (Buffer.byteLength(chunk + char) > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  if (chunk) words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${Buffer.from(word, 'utf8').toString('base64')}?=`).join(' ');
}
