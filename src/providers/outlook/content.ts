import { htmlToText } from '../kit/email/html-text.js';
import { sanitizeMailHtml } from '../kit/email/sanitize.js';
import { escapeHtml } from '../kit/html/render.js';

/**
 * Mail bodies → `text`, `markdown`, `html` through the email kit: `html` is sanitized (../kit/email/
 * sanitize.ts: no script, style, event handler, form or `javascript:` URL; remote images as links), `text`
 * and `markdown` rendered from it (../kit/email/html-text.ts). Inline `cid:` images are dropped with their
 * alt text for now (their signed URLs are made by the schema, after mapping; README, "Not yet").
 */

export interface RenderedMail {
  text: string;
  markdown: string;
  html: string;
}

export function renderMailBody(body: { contentType: 'html' | 'text'; content: string } | undefined): RenderedMail {
  if (!body) return { text: '', markdown: '', html: '' };
  if (body.contentType === 'text') {
    const html = body.content.split(/\n{2,}/).filter(Boolean).map((part) => `<p>${escapeHtml(part).replace(/\n/g, '<br>')}</p>`).join('');
    return { text: body.content, markdown: body.content, html };
  }
  const html = sanitizeMailHtml(body.content);
  return { ...htmlToText(html), html };
}

/** Outgoing content as a mail's HTML body: the client's HTML as given (email workspaces), else the text escaped. */
export function mailBodyOf(content: { text: string; format: 'text' | 'markdown'; html?: string }): { contentType: 'html'; content: string } {
  if (content.html) return { contentType: 'html', content: content.html };
  const html = content.text
    .split(/\n/)
    .map((line) => `<div>${escapeHtml(line) || '<br>'}</div>`)
    .join('');
  return { contentType: 'html', content: html };
}
