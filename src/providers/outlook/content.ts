import { htmlToText } from '../kit/email/html-text.js';
import { inlineImageResolver, type InlinePart } from '../kit/email/inline-images.js';
import { sanitizeMailHtml } from '../kit/email/sanitize.js';
import { escapeHtml } from '../kit/html/render.js';
import type { GraphMessage } from './wire.js';

/**
 * Mail bodies → `text`, `markdown`, `html` through the email kit: `html` is sanitized (../kit/email/
 * sanitize.ts: no script, style, event handler, form or `javascript:` URL; remote images as links), `text`
 * and `markdown` rendered from it (../kit/email/html-text.ts). Inline `cid:` images naming one of the
 * message's file attachments by its `contentId` show that attachment, through the signed link the schema
 * makes (../kit/email/inline-images.ts); a cid naming none is dropped with its alt text.
 */

export interface RenderedMail {
  text: string;
  markdown: string;
  html: string;
}

/**
 * The parts a message's `cid:` images may name: its file attachments with a `contentId` (Graph's inline ones,
 * `isInline`, and any other: RFC 2392 lets a cid name any part), by the attachment ids records carry.
 */
export function inlinePartsOf(message: GraphMessage, attachmentId: (messageId: string, attachmentId: string) => string): InlinePart[] {
  return (message.attachments ?? []).map((attachment) => ({ contentId: attachment.contentId ?? null, attachmentId: attachmentId(message.id, attachment.id) }));
}

export function renderMailBody(body: { contentType: 'html' | 'text'; content: string } | undefined, inlineParts: readonly InlinePart[] = []): RenderedMail {
  if (!body) return { text: '', markdown: '', html: '' };
  if (body.contentType === 'text') {
    const html = body.content.split(/\n{2,}/).filter(Boolean).map((part) => `<p>${escapeHtml(part).replace(/\n/g, '<br>')}</p>`).join('');
    return { text: body.content, markdown: body.content, html };
  }
  const html = sanitizeMailHtml(body.content, { resolveCid: inlineImageResolver(inlineParts) });
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
