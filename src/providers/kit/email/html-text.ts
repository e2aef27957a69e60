import { renderBody, type RenderOptions } from '../html/render.js';

/**
 * Mail bodies written in HTML as Switchboard's `text` and `markdown`, through the kit's one HTML renderer
 * (../html/render.ts, which Teams uses too) with the mail options on: source whitespace collapses as a
 * browser shows it, quoted replies keep `> ` in plain text too, plain-text links show their URL, headings,
 * table rows and rules keep their shape. Entities are decoded; scripts, styles and the document head are
 * dropped. The `html` clients get is not this module's: it is ./sanitize.ts's.
 */

export interface MailText {
  /** Plain text: paragraphs separated by a blank line, `> ` before quoted lines, `label (url)` links, `•`/`1.` lists. */
  text: string;
  /** Markdown: `> ` quotes, `[label](url)` links, `-`/`1.` lists, `#` headings, `**bold**`, `*italic*`. */
  markdown: string;
}

const MAIL: RenderOptions = { collapseWhitespace: true, quoteText: true, linkUrlsInText: true, documentStructure: true };

/**
 * The plain text and markdown of an HTML mail body. Images are never embedded: remote ones become links
 * in markdown (`remoteImages: 'link'`, the default, as ./sanitize.ts does with the html) or their alt text
 * alone (`block`); in text, `[alt]`. Inline `cid:` images are their alt text.
 */
export function htmlToText(html: string, options: { remoteImages?: 'link' | 'block' } = {}): MailText {
  const images = (options.remoteImages ?? 'link') === 'link' ? 'link' : 'alt';
  const { text, markdown } = renderBody({ contentType: 'html', content: html }, () => null, { ...MAIL, images });
  return { text, markdown };
}
