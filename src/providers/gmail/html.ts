/**
 * Interim HTML handling for mail until the email kit's sanitize.ts and html-text.ts are on main (README,
 * "Not yet"): an allow-list sanitizer (tags and attributes kept only when listed; script, style, iframe,
 * object, embed, form and head dropped with their content; event handlers dropped; URLs only http(s),
 * mailto and cid), and HTML → plain text. Both are deliberately strict rather than pretty.
 */

const DROP_WITH_CONTENT = new Set(['script', 'style', 'iframe', 'object', 'embed', 'form', 'head', 'title', 'template', 'noscript', 'svg', 'math', 'textarea', 'select', 'button']);
const ALLOWED_TAGS = new Set(['a', 'b', 'strong', 'i', 'em', 'u', 's', 'strike', 'p', 'br', 'hr', 'div', 'span', 'blockquote', 'pre', 'code', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'img', 'font', 'small', 'sub', 'sup', 'center']);
const ALLOWED_ATTRIBUTES: Record<string, Set<string>> = {
  a: new Set(['href', 'title']),
  img: new Set(['src', 'alt', 'width', 'height']),
  td: new Set(['colspan', 'rowspan', 'align']),
  th: new Set(['colspan', 'rowspan', 'align']),
  '*': new Set(['dir', 'lang']),
};
const SAFE_URL = /^(https?:|mailto:|cid:)/i;

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1].toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return named[entity.toLowerCase()] ?? whole;
  });
}

/** Mail HTML reduced to the allow-list; the result is a fragment (no html/head/body). */
export function sanitizeMailHtml(html: string): string {
  let out = '';
  let dropping: string | null = null;
  let depth = 0;
  const tokens = html.replace(/<!--[\s\S]*?-->/g, '').split(/(<\/?[a-zA-Z][^>]*>)/);
  for (const token of tokens) {
    const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>$/.exec(token);
    if (!tag) {
      if (!dropping) out += token.replace(/</g, '&lt;').replace(/>/g, '&gt;');
      continue;
    }
    const [, closing, rawName, rest] = tag;
    const name = rawName.toLowerCase();
    if (dropping) {
      if (name === dropping) depth += closing ? -1 : rest.trim().endsWith('/') ? 0 : 1;
      if (depth === 0) dropping = null;
      continue;
    }
    if (DROP_WITH_CONTENT.has(name)) {
      if (!closing && !rest.trim().endsWith('/')) {
        dropping = name;
        depth = 1;
      }
      continue;
    }
    if (!ALLOWED_TAGS.has(name)) continue;
    if (closing) {
      out += `</${name}>`;
      continue;
    }
    const allowed = ALLOWED_ATTRIBUTES[name] ?? new Set<string>();
    const attributes: string[] = [];
    for (const match of rest.matchAll(/([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      const attribute = match[1].toLowerCase();
      if (!allowed.has(attribute) && !ALLOWED_ATTRIBUTES['*'].has(attribute)) continue;
      const value = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '').trim();
      if ((attribute === 'href' || attribute === 'src') && !SAFE_URL.test(value.replace(/\s/g, '').replace(/\p{Cc}/gu, ''))) continue;
      attributes.push(`${attribute}="${escapeAttribute(value)}"`);
    }
    if (name === 'a') attributes.push('rel="noopener noreferrer nofollow"', 'target="_blank"');
    out += `<${name}${attributes.length ? ' ' + attributes.join(' ') : ''}>`;
  }
  return out.trim();
}

/** HTML as plain text: block ends become line breaks, tags go, entities are decoded, blank runs collapse. */
export function htmlToPlainText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style|head|title)[^>]*>[\s\S]*?<\/\1>/gi, '')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|div|li|tr|h[1-6]|blockquote|pre|table)>/gi, '\n')
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
