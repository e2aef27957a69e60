import { escapeHtml, renderBody } from '../kit/html/render.js';

/**
 * Mail bodies → `text`, `markdown`, `html` through the provider kit's allow-list renderer
 * (../kit/html/render.ts, shared with Teams and Gmail): the HTML is parsed and rendered anew from an
 * allow-list, so no script, style, event handler, form or `javascript:` URL of hostile mail reaches a client.
 * The email kit's own sanitizer (kit/email/sanitize.ts: remote images as links or blocked) plugs in here.
 */

export interface RenderedMail {
  text: string;
  markdown: string;
  html: string;
}

export function renderMailBody(body: { contentType: 'html' | 'text'; content: string } | undefined): RenderedMail {
  if (!body) return { text: '', markdown: '', html: '' };
  const { text, markdown, html } = renderBody(body, () => null);
  return { text, markdown, html };
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
