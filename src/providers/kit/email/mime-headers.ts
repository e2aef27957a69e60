/**
 * Header helpers the MIME layer needs (charsets, RFC 2047 encoded words, header parameters). The encoded
 * words and charsets are the kit's addresses.ts's job once it lands on main; until then these local copies
 * keep the same names and behaviour so that switching is an import change (README, "Not yet").
 */

/** Bytes in a named charset as text; an unknown charset reads as UTF-8 (replacement characters at worst). */
export function decodeCharset(bytes: Uint8Array, charset: string | null | undefined): string {
  const label = (charset ?? 'utf-8').trim().replace(/^"|"$/g, '').toLowerCase() || 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  // WHATWG maps iso-8859-1 and us-ascii to windows-1252, a superset: what mailers mean by them in practice.
  // Node 20's decoder reads windows-1252 as latin-1 (0x80–0x9F become C1 controls), so that one is ours.
  return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
}

// windows-1252 0x80–0x9F; 0 marks the five undefined bytes, which read as their latin-1 code points.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += String.fromCharCode(byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] || byte : byte);
  return out;
}

const ENCODED_WORD = /=\?([^?\s*]+)(?:\*[^?\s]*)?\?([bBqQ])\?([^?\s]*)\?=/g;

function wordBytes(encoding: string, payload: string): Uint8Array {
  if (encoding.toUpperCase() === 'B') return Buffer.from(payload, 'base64');
  const bytes: number[] = [];
  for (let i = 0; i < payload.length; i++) {
    const c = payload[i];
    if (c === '_') bytes.push(0x20);
    else if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(payload.slice(i + 1, i + 3))) {
      bytes.push(parseInt(payload.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(c.charCodeAt(0) & 0xff);
  }
  return Uint8Array.from(bytes);
}

/**
 * Header text with its RFC 2047 encoded words decoded. Whitespace between adjacent encoded words is
 * dropped (the RFC says so), and adjacent words of one charset are decoded together so that a character
 * split across two words stays whole.
 */
export function decodeEncodedWords(text: string): string {
  if (!text.includes('=?')) return text;
  let out = '';
  let last = 0;
  let runCharset: string | null = null;
  let runBytes: Uint8Array[] = [];
  const flush = () => {
    if (runCharset !== null) out += decodeCharset(Buffer.concat(runBytes), runCharset);
    runCharset = null;
    runBytes = [];
  };
  for (const match of text.matchAll(ENCODED_WORD)) {
    const between = text.slice(last, match.index);
    const charset = match[1].toLowerCase();
    if (runCharset === null || !/^\s*$/.test(between)) {
      flush();
      out += between;
    } else if (runCharset !== charset) flush();
    runCharset = charset;
    runBytes.push(wordBytes(match[2], match[3]));
    last = match.index + match[0].length;
  }
  flush();
  return out + text.slice(last);
}

/** Header text safe to write: unchanged when printable ASCII, else UTF-8 `B` encoded words (≤ 75 characters each). */
export function encodeHeaderText(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text) && !text.includes('=?')) return text;
  const words: string[] = [];
  let chunk = '';
  for (const char of text) {
    if (Buffer.byteLength(chunk + char) > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  if (chunk) words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${Buffer.from(word, 'utf8').toString('base64')}?=`).join(' ');
}

/** A structured header value (`text/plain; charset="utf-8"`): its lower-cased value and parameters (RFC 2231 too). */
export interface HeaderValue {
  value: string;
  params: Record<string, string>;
}

/** Splits on `;` outside quotes. */
function splitParams(header: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < header.length; i++) {
    const c = header[i];
    if (c === '\\' && quoted) {
      current += c + (header[i + 1] ?? '');
      i++;
    } else if (c === '"') {
      quoted = !quoted;
      current += c;
    } else if (c === ';' && !quoted) {
      out.push(current);
      current = '';
    } else current += c;
  }
  out.push(current);
  return out;
}

function unquote(value: string): string {
  const trimmed = value.trim();
  if (trimmed.startsWith('"') && trimmed.endsWith('"') && trimmed.length >= 2) return trimmed.slice(1, -1).replace(/\\(.)/g, '$1');
  return trimmed;
}

/**
 * Parses `Content-Type` / `Content-Disposition`. RFC 2231 parameters (`filename*=utf-8''na%C3%AFve.txt`,
 * continuations `name*0*=`, `name*1*=`) are joined and decoded; RFC 2047 words in plain parameters too
 * (what most mailers really send for non-ASCII filenames).
 */
export function parseHeaderValue(header: string | null | undefined): HeaderValue {
  const [head, ...rest] = splitParams(header ?? '');
  const params: Record<string, string> = {};
  const extended = new Map<string, Array<{ index: number; encoded: boolean; text: string }>>();
  for (const piece of rest) {
    const eq = piece.indexOf('=');
    if (eq < 0) continue;
    const rawName = piece.slice(0, eq).trim().toLowerCase();
    const rawValue = unquote(piece.slice(eq + 1));
    const ext = /^([^*]+)\*(?:(\d+)\*?|)$/.exec(rawName);
    if (ext && rawName.includes('*')) {
      const encoded = rawName.endsWith('*');
      const list = extended.get(ext[1]) ?? [];
      list.push({ index: ext[2] === undefined ? 0 : Number(ext[2]), encoded, text: rawValue });
      extended.set(ext[1], list);
    } else params[rawName] = decodeEncodedWords(rawValue);
  }
  for (const [name, pieces] of extended) {
    pieces.sort((a, b) => a.index - b.index);
    let charset = 'utf-8';
    const bytes: number[] = [];
    pieces.forEach((piece, i) => {
      let text = piece.text;
      if (piece.encoded && i === 0) {
        const match = /^([^']*)'[^']*'(.*)$/.exec(text);
        if (match) {
          charset = match[1] || 'utf-8';
          text = match[2];
        }
      }
      if (piece.encoded) {
        for (let j = 0; j < text.length; j++) {
          if (text[j] === '%' && /^[0-9A-Fa-f]{2}$/.test(text.slice(j + 1, j + 3))) {
            bytes.push(parseInt(text.slice(j + 1, j + 3), 16));
            j += 2;
          } else bytes.push(...Buffer.from(text[j], 'utf8'));
        }
      } else bytes.push(...Buffer.from(text, 'utf8'));
    });
    params[name] = decodeCharset(Uint8Array.from(bytes), charset);
  }
  return { value: (head ?? '').trim().toLowerCase(), params };
}

/** One mailbox of an address header: the address and the display name, if any (encoded words decoded). */
export interface HeaderMailbox {
  name: string | null;
  address: string;
}

/**
 * The mailboxes of an address-list header (From, To, Cc, Bcc, Reply-To): `a@x`, `Name <a@x>`,
 * `"Last, First" <a@x>`, groups `Team: a@x, b@y;`. Forgiving: an entry without an address is skipped.
 * (Interim: the kit's addresses.ts `parseAddressList` replaces this once it lands.)
 */
export function parseMailboxList(header: string | null | undefined): HeaderMailbox[] {
  if (!header) return [];
  const entries: string[] = [];
  let current = '';
  let quoted = false;
  let angle = 0;
  for (let i = 0; i < header.length; i++) {
    const c = header[i];
    if (c === '\\' && quoted) {
      current += c + (header[++i] ?? '');
      continue;
    }
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '<') angle++;
    else if (!quoted && c === '>') angle = Math.max(0, angle - 1);
    if (!quoted && angle === 0 && (c === ',' || c === ';')) {
      entries.push(current);
      current = '';
      continue;
    }
    if (!quoted && angle === 0 && c === ':' && !current.includes('@')) {
      current = ''; // a group's name
      continue;
    }
    current += c;
  }
  entries.push(current);
  const out: HeaderMailbox[] = [];
  for (const entry of entries) {
    const text = entry.replace(/\([^()]*\)/g, ' ').trim();
    if (!text) continue;
    const angled = /^(.*)<\s*([^<>\s]+@[^<>\s]+)\s*>\s*$/.exec(text);
    if (angled) {
      const name = decodeEncodedWords(angled[1].trim().replace(/^"(.*)"$/, '$1').replace(/\\(.)/g, '$1')).trim();
      out.push({ name: name || null, address: angled[2] });
    } else if (/^[^\s@<>]+@[^\s@<>]+$/.test(text)) out.push({ name: null, address: text });
  }
  return out;
}
