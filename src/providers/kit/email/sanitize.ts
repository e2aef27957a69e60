import sanitizeHtml from 'sanitize-html';

/**
 * Mail HTML made safe for any client to render, with sanitize-html (a parser and an allow-list, not
 * pattern stripping): mail comes from anyone, and a client that shows `Message.html` must not run what a
 * stranger wrote into it. What survives: text formatting, headings, lists, quotes, tables, links (http,
 * https, mailto, tel), images from `cid:` parts (mapped to Switchboard's attachment URLs) and, by option,
 * remote images. What never survives: scripts, event handlers, forms, frames, objects, embeds, SVG and
 * MathML, `<base>`, `<meta>`, `<link>`, `<style>` blocks, `javascript:`/`data:`/`vbscript:` URLs, and CSS
 * that can fetch or compute (`url(`, `expression(`, `image-set(`, `var(`, escapes) or move things over the
 * page (`position`). Ids, names and classes go too: they let mail clobber the client's own DOM and styles.
 */

/** How remote (http, https) images are served to clients; see SanitizeOptions.remoteImages. */
export type RemoteImages = 'link' | 'block';

export interface SanitizeOptions {
  /**
   * Remote images load from the sender's server when shown, telling it the mail was read. `link` (the
   * default) replaces each by a link to the image, labelled with its alt text, so the reader chooses;
   * `block` keeps only the alt text.
   */
  remoteImages?: RemoteImages;
  /**
   * Maps the Content-ID of an inline image (`cid:logo@x` → `logo@x`, angle brackets removed) to the URL a
   * client loads it from (mail providers: `inlineImageResolver` of ./inline-images.ts, the attachment's path
   * that the schema turns into its signed link); null for an unknown part. Absent: every
   * `cid:` image is dropped, its alt text kept. Only an http(s) URL or a path of this server (`/…`) is
   * accepted from the callback.
   */
  resolveCid?: (contentId: string) => string | null;
}

const TAGS = [
  'a', 'abbr', 'address', 'b', 'bdi', 'bdo', 'big', 'blockquote', 'br', 'caption', 'center', 'cite', 'code', 'col',
  'colgroup', 'dd', 'del', 'dfn', 'div', 'dl', 'dt', 'em', 'font', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img',
  'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'tt', 'u', 'ul', 'var', 'wbr',
];

/** Presentational attributes mail relies on (table layouts); none takes a URL or script. */
const LAYOUT = ['align', 'valign', 'width', 'height', 'bgcolor', 'border', 'cellpadding', 'cellspacing', 'colspan', 'rowspan', 'dir', 'lang', 'style'];

const ATTRIBUTES: sanitizeHtml.IOptions['allowedAttributes'] = {
  '*': LAYOUT,
  a: [...LAYOUT, 'href', 'title', 'rel', 'target'],
  img: [...LAYOUT, 'src', 'alt', 'title'],
  font: [...LAYOUT, 'color', 'face', 'size'],
  ol: [...LAYOUT, 'start', 'type'],
  ul: [...LAYOUT, 'type'],
  q: [...LAYOUT],
  blockquote: [...LAYOUT],
  time: [...LAYOUT, 'datetime'],
};

/**
 * A CSS value without anything that fetches, computes or escapes: parentheses only as colour functions
 * (`rgb(…)`, `hsla(…)`), no backslash (CSS escapes could spell `url`), no `<`, `>`, `{`, `}` or `;`.
 */
const SAFE_CSS_VALUE = /^(?:[^\\<>{};()]|\b(?:rgba?|hsla?)\([^()\\<>{};]*\))*$/i;

const STYLE_PROPERTIES = [
  'color', 'background-color', 'font-family', 'font-size', 'font-style', 'font-weight', 'font-variant', 'line-height',
  'letter-spacing', 'text-align', 'text-decoration', 'text-indent', 'text-transform', 'vertical-align', 'white-space',
  'direction', 'width', 'max-width', 'min-width', 'height', 'margin', 'margin-top', 'margin-right', 'margin-bottom',
  'margin-left', 'padding', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'border', 'border-top',
  'border-right', 'border-bottom', 'border-left', 'border-color', 'border-style', 'border-width', 'border-collapse',
  'border-spacing', 'border-radius', 'list-style-type', 'display',
];

const STYLES: sanitizeHtml.IOptions['allowedStyles'] = {
  '*': Object.fromEntries(STYLE_PROPERTIES.map((property) => [property, [SAFE_CSS_VALUE]])),
};

/** An image source a client may load: http(s) or a path of this server; never protocol-relative. */
function loadableUrl(value: string | null): string | null {
  if (!value) return null;
  if (value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\')) return value;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/**
 * A link's target: an absolute http, https, mailto or tel URL, else none (a relative link would resolve
 * against the client's own origin; anything else is a script or data URL in disguise).
 */
function linkTarget(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return ['http:', 'https:', 'mailto:', 'tel:'].includes(url.protocol) ? url.toString() : null;
  } catch {
    return null;
  }
}

/** The Content-ID a `cid:` URL names: percent-decoded (RFC 2392), angle brackets removed. */
function contentIdOf(src: string): string {
  let id = src.slice(4).trim();
  try {
    id = decodeURIComponent(id);
  } catch {
    // A stray % is part of the id as written.
  }
  return id.replace(/^<|>$/g, '');
}

/** An image's replacement: a link to it, or its alt text alone. */
function imageAs(kind: 'link' | 'text', alt: string, href?: string): sanitizeHtml.Tag {
  const label = alt.trim() || 'image';
  return kind === 'link' && href
    ? { tagName: 'a', attribs: { href, rel: 'noopener noreferrer nofollow', target: '_blank' }, text: `[${label}]` }
    : { tagName: 'span', attribs: {}, text: alt.trim() ? `[${alt.trim()}]` : '' };
}

function imageTransform(options: SanitizeOptions): sanitizeHtml.Transformer {
  return (_tag, attribs) => {
    const src = (attribs.src ?? '').trim();
    const alt = attribs.alt ?? '';
    const keep = (url: string): sanitizeHtml.Tag => {
      const kept: Record<string, string> = { src: url, alt };
      for (const name of ['width', 'height', 'title', 'style', 'align']) if (attribs[name] !== undefined) kept[name] = attribs[name];
      return { tagName: 'img', attribs: kept };
    };
    if (/^cid:/i.test(src)) {
      const url = loadableUrl(options.resolveCid?.(contentIdOf(src)) ?? null);
      return url ? keep(url) : imageAs('text', alt);
    }
    const remote = loadableUrl(src);
    if (remote && !remote.startsWith('/')) return (options.remoteImages ?? 'link') === 'link' ? imageAs('link', alt, remote) : imageAs('text', alt);
    // data:, javascript:, relative paths of the sender's site and anything else: nothing to load.
    return imageAs('text', alt);
  };
}

/**
 * Sanitized mail HTML: a fragment (no `<html>`, `<head>` or `<body>`) that any client can insert as is.
 * Links open in a new context without a referrer. Text stays; what is dropped is dropped with its content
 * when it is code or a frame (script, style, iframe, object, svg…), else unwrapped (form, font faces…).
 */
export function sanitizeMailHtml(html: string, options: SanitizeOptions = {}): string {
  return sanitizeHtml(html, {
    allowedTags: TAGS,
    allowedAttributes: ATTRIBUTES,
    allowedStyles: STYLES,
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowedSchemesByTag: { img: ['http', 'https'] },
    allowedSchemesAppliedToAttributes: ['href', 'src', 'cite', 'action', 'formaction', 'background', 'poster'],
    allowProtocolRelative: false,
    allowVulnerableTags: false,
    disallowedTagsMode: 'discard',
    // Code, frames and foreign content go with everything inside them, not only their tags.
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'noembed', 'noframes', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'template', 'svg', 'math', 'xmp', 'plaintext', 'title', 'head', 'select', 'canvas', 'audio', 'video'],
    transformTags: {
      img: imageTransform(options),
      a: (_tag, { href, ...attribs }) => {
        const target = linkTarget(href);
        // href first, always: the output is then stable under sanitizing again.
        return { tagName: 'a', attribs: { ...(target ? { href: target } : {}), ...attribs, rel: 'noopener noreferrer nofollow', target: '_blank' } };
      },
    },
    parser: { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true },
  }).trim();
}
