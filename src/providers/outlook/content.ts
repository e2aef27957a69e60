import { parseDocument } from 'htmlparser2';

/**
 * Mail bodies → `text`, `markdown`, `html`. This is the one seam for the provider-neutral email kit
 * (src/providers/kit/email/: sanitize.ts, html-text.ts), which replaces the interim rendering below once it
 * is on main. Until then the body is parsed (htmlparser2) and only its text survives: `html` is that text
 * escaped into paragraphs, so no script, style, event handler, form or `javascript:` URL of hostile mail can
 * reach a client; formatting and links are lost (README, "Not yet").
 */

export interface RenderedMail {
  text: string;
  markdown: string;
  html: string;
}

interface DomNode {
  type: string;
  name?: string;
  data?: string;
  children?: DomNode[];
}

const DROPPED = new Set(['script', 'style', 'head', 'title', 'template', 'iframe', 'object', 'embed', 'noscript', 'svg', 'math']);
const BLOCKS = new Set(['p', 'div', 'br', 'li', 'tr', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'table', 'ul', 'ol']);

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function textOf(node: DomNode, out: string[]): void {
  if (node.type === 'text') {
    out.push((node.data ?? '').replace(/\s+/g, ' '));
    return;
  }
  if (node.type !== 'tag' && node.type !== 'root') return;
  const name = node.name?.toLowerCase();
  if (name && DROPPED.has(name)) return;
  if (name && BLOCKS.has(name)) out.push('\n');
  for (const child of node.children ?? []) textOf(child, out);
  if (name && BLOCKS.has(name) && name !== 'br') out.push('\n');
}

/** A mail body as Graph answers it (HTML, or text when the mail was sent as text). */
export function renderMailBody(body: { contentType: 'html' | 'text'; content: string } | undefined): RenderedMail {
  if (!body) return { text: '', markdown: '', html: '' };
  let text: string;
  if (body.contentType === 'text') text = body.content;
  else {
    const out: string[] = [];
    textOf(parseDocument(body.content, { decodeEntities: true }) as unknown as DomNode, out);
    text = out.join('');
  }
  const paragraphs = text
    .split(/\n\s*\n|\n/)
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean);
  return {
    text: paragraphs.join('\n'),
    markdown: paragraphs.map((line) => line.replace(/([\\`*_[\]#<>])/g, '\\$1')).join('\n\n'),
    html: paragraphs.map((line) => `<p>${escapeHtml(line)}</p>`).join(''),
  };
}

/** Outgoing text or markdown as the HTML body of a mail (escaped; markdown is sent as its text for now). */
export function mailBodyOf(content: { text: string; format: 'text' | 'markdown' }): { contentType: 'html'; content: string } {
  const html = content.text
    .split(/\n/)
    .map((line) => `<div>${escapeHtml(line) || '<br>'}</div>`)
    .join('');
  return { contentType: 'html', content: html };
}
