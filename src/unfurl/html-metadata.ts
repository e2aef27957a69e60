import type { LinkMetadata } from '../providers/model.js';

/**
 * Reads a page's preview metadata from its HTML: Open Graph tags first (og:title, og:description,
 * og:image, og:site_name), then Twitter cards, `<meta name="description">` and `<title>`. Only the head
 * matters; the HTML is not rendered or executed, just scanned for those tags.
 */

const LIMITS = { title: 300, description: 1000, siteName: 200, imageUrl: 2048 };

/** Metadata of a page, or null when it has neither a title nor a description worth showing. */
export function parseLinkMetadata(html: string, pageUrl: string): LinkMetadata | null {
  const headEnd = html.search(/<\/head\s*>|<body[\s>]/i);
  const head = headEnd === -1 ? html : html.slice(0, headEnd);
  const meta = new Map<string, string>();
  for (const tag of head.matchAll(/<meta\b[^>]*>/gi)) {
    const attributes = parseAttributes(tag[0]);
    const key = (attributes.get('property') ?? attributes.get('name'))?.toLowerCase();
    const content = attributes.get('content');
    // The first occurrence wins, as Open Graph consumers do.
    if (key && content !== undefined && !meta.has(key)) meta.set(key, content);
  }
  const titleTag = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(head)?.[1];
  const first = (...values: Array<string | undefined>) => values.map((value) => value && clean(value)).find(Boolean) ?? null;

  const title = truncate(first(meta.get('og:title'), meta.get('twitter:title'), titleTag), LIMITS.title);
  const description = truncate(
    first(meta.get('og:description'), meta.get('twitter:description'), meta.get('description')),
    LIMITS.description,
  );
  if (!title && !description) return null;
  const image = first(meta.get('og:image:secure_url'), meta.get('og:image'), meta.get('og:image:url'), meta.get('twitter:image'));
  return {
    title,
    description,
    imageUrl: image ? absoluteHttpUrl(image, pageUrl) : null,
    siteName: truncate(first(meta.get('og:site_name')), LIMITS.siteName) ?? new URL(pageUrl).hostname,
  };
}

function parseAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(/([a-zA-Z_:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    const name = match[1].toLowerCase();
    if (!attributes.has(name)) attributes.set(name, match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/** Decodes entities and collapses whitespace; tags inside a title are dropped. */
function clean(value: string): string {
  return decodeEntities(value.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

function truncate(value: string | null, max: number): string | null {
  if (!value) return null;
  const chars = [...value];
  return chars.length <= max ? value : `${chars.slice(0, max - 1).join('')}…`;
}

/** The image's absolute URL when it is http(s), relative ones resolved against the page. */
function absoluteHttpUrl(value: string, base: string): string | null {
  try {
    const url = new URL(value, base);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.href.length <= LIMITS.imageUrl) return url.href;
  } catch {
    // not a URL
  }
  return null;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…', mdash: '—', ndash: '–' };

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED[body.toLowerCase()] ?? entity;
  });
}
