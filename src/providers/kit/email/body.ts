import { escapeHtml } from '../html/render.js';
import { htmlToText } from './html-text.js';
import { sanitizeMailHtml, type SanitizeOptions } from './sanitize.js';

/**
 * A mail body as a MessageRecord's `text`, `markdown` and `html`, the same way for every mail provider:
 * from an HTML part (the usual case) or from a text/plain part alone.
 */

export interface MailBody {
  text: string;
  markdown: string;
  /** Safe for any client to insert as is (./sanitize.ts). */
  html: string;
}

/** An HTML body: text and markdown rendered from it (./html-text.ts), html sanitized with `options` (./sanitize.ts). */
export function mailBodyFromHtml(html: string, options: SanitizeOptions = {}): MailBody {
  return { ...htmlToText(html, { remoteImages: options.remoteImages }), html: sanitizeMailHtml(html, options) };
}

/** Characters with a meaning in markdown, escaped so that plain text reads as itself. */
const MARKDOWN_SPECIAL = /([\\`*_~[\]#<>|])/g;

/**
 * A text/plain body: the text as written; markdown with its special characters escaped, except the `> `
 * of quoted lines, which mean the same in both; html as escaped paragraphs, line breaks kept, quoted
 * lines (`>` at the start, nested as `>>` or `> >`) as blockquotes.
 */
export function mailBodyFromText(text: string): MailBody {
  const normalized = text.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
  const markdown = normalized
    .split('\n')
    .map((line) => {
      const quote = /^(\s*>\s?)*/.exec(line)![0];
      return quote + line.slice(quote.length).replace(MARKDOWN_SPECIAL, '\\$1');
    })
    .join('\n');
  return { text: normalized, markdown, html: textToHtml(normalized) };
}

/** Plain text as HTML: blank-line paragraphs, `<br>` line breaks, quoted runs as nested blockquotes. */
function textToHtml(text: string): string {
  const lines = text.split('\n').map((line) => {
    const quote = /^(\s*>\s?)*/.exec(line)![0];
    return { depth: (quote.match(/>/g) ?? []).length, content: line.slice(quote.length) };
  });
  let html = '';
  let depth = 0;
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) html += `<p>${paragraph.map(escapeHtml).join('<br>')}</p>`;
    paragraph = [];
  };
  for (const line of lines) {
    if (line.depth !== depth) {
      flush();
      html += line.depth > depth ? '<blockquote>'.repeat(line.depth - depth) : '</blockquote>'.repeat(depth - line.depth);
      depth = line.depth;
    }
    if (line.content.trim() === '') flush();
    else paragraph.push(line.content);
  }
  flush();
  return html + '</blockquote>'.repeat(depth);
}
