import { decodeCharset, decodeEncodedWords } from './addresses.js';

/**
 * Structured header values of the MIME layer (`Content-Type`, `Content-Disposition`): the value and its
 * parameters, RFC 2231 included. Charsets and RFC 2047 encoded words are the kit's addresses.ts.
 */

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
