import { parseDocument } from 'htmlparser2';

/**
 * HTML message bodies to Switchboard's `text`, `markdown` and `html` (lifted from the Teams provider, which
 * imports it; mail reads through ../email/html-text.ts). Graph answers `body.contentType` `text` or `html`
 * (Teams: always html when the message mentions someone). The HTML is parsed (htmlparser2) and
 * rendered anew from an allow-list — paragraphs, line breaks, emphasis, code, links (http, https, mailto),
 * lists, quotes, images (https) — so the `html` clients get carries no script, style, event handler or
 * foreign markup, whatever a Teams client or bot put into the message. `<at id="n">` mentions become
 * `@Name` (text, markdown) and a `data-mention` span (html); `<emoji alt>` its character; Teams' own
 * `<attachment>` and `<systemEventMessage>` placeholders nothing.
 *
 * Outgoing Teams bodies (Graph `<at>` mentions) are ../graph/chat-body.ts.
 */

export interface RenderedBody {
  text: string;
  markdown: string;
  html: string;
}

/** A DOM node as htmlparser2 builds it (the properties this renderer reads). */
interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
}

const BLOCKS = new Set(['p', 'div', 'li', 'ul', 'ol', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'tr']);
const DROPPED = new Set(['script', 'style', 'head', 'title', 'attachment', 'systemeventmessage', 'template', 'iframe', 'object', 'embed']);

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function safeUrl(value: string | undefined, schemes: string[]): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return schemes.includes(url.protocol) ? url.toString() : null;
  } catch {
    return null;
  }
}

/** Renders a Graph body; `mentionUser(n)` answers the user id of `<at id="n">` (from the message's `mentions`). */
export function renderBody(body: { contentType?: string; content?: string | null } | undefined, mentionUser: (id: string) => string | null): RenderedBody {
  const content = body?.content ?? '';
  if (body?.contentType !== 'html') {
    const paragraphs = content.split(/\n{2,}/).filter((part) => part !== '');
    return { text: content, markdown: content, html: paragraphs.map((part) => `<p>${escapeHtml(part).replace(/\n/g, '<br>')}</p>`).join('') };
  }
  const document = parseDocument(content, { decodeEntities: true, lowerCaseTags: true }) as unknown as DomNode;
  const text = render(document.children ?? [], 'text', mentionUser);
  const markdown = render(document.children ?? [], 'markdown', mentionUser);
  const html = render(document.children ?? [], 'html', mentionUser);
  return { text: tidy(text), markdown: tidy(markdown), html: html.trim() };
}

function tidy(value: string): string {
  return value.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

function render(nodes: DomNode[], mode: 'text' | 'markdown' | 'html', mentionUser: (id: string) => string | null, list: { ordered: boolean; index: number } | null = null): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') {
      const data = node.data ?? '';
      out += mode === 'html' ? escapeHtml(data) : mode === 'markdown' ? data.replace(/([\\`*_~[\]])/g, '\\$1') : data;
      continue;
    }
    if (node.type !== 'tag' || !node.name || DROPPED.has(node.name)) continue;
    const inner = (childList = list) => render(node.children ?? [], mode, mentionUser, childList);
    out += element(node, mode, inner, mentionUser, list);
  }
  return out;
}

function element(
  node: DomNode,
  mode: 'text' | 'markdown' | 'html',
  inner: (list?: { ordered: boolean; index: number } | null) => string,
  mentionUser: (id: string) => string | null,
  list: { ordered: boolean; index: number } | null,
): string {
  const name = node.name!;
  const attribs = node.attribs ?? {};
  switch (name) {
    case 'at': {
      const label = `@${render(node.children ?? [], 'text', mentionUser).trim()}`;
      if (mode !== 'html') return label;
      const userId = mentionUser(attribs.id ?? '');
      return userId ? `<span data-mention="${escapeHtml(userId)}">${escapeHtml(label)}</span>` : escapeHtml(label);
    }
    case 'emoji':
      return mode === 'html' ? escapeHtml(attribs.alt ?? '') : (attribs.alt ?? '');
    case 'br':
      return mode === 'html' ? '<br>' : '\n';
    case 'b':
    case 'strong':
      return wrap(mode, inner(), '**', 'strong');
    case 'i':
    case 'em':
      return wrap(mode, inner(), '*', 'em');
    case 's':
    case 'strike':
    case 'del':
      return wrap(mode, inner(), '~~', 'del');
    case 'code':
      return mode === 'html' ? `<code>${inner()}</code>` : mode === 'markdown' ? `\`${render(node.children ?? [], 'text', mentionUser)}\`` : inner();
    case 'pre': {
      const code = render(node.children ?? [], 'text', mentionUser);
      return mode === 'html' ? `<pre><code>${escapeHtml(code)}</code></pre>` : mode === 'markdown' ? `\n\`\`\`\n${code}\n\`\`\`\n` : `\n${code}\n`;
    }
    case 'a': {
      const href = safeUrl(attribs.href, ['http:', 'https:', 'mailto:']);
      if (!href) return inner();
      if (mode === 'html') return `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">${inner()}</a>`;
      return mode === 'markdown' ? `[${inner()}](${href})` : inner();
    }
    case 'img': {
      const src = safeUrl(attribs.src, ['https:']);
      const alt = attribs.alt ?? '';
      if (mode === 'html') return src ? `<img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}">` : escapeHtml(alt);
      return mode === 'markdown' && src ? `![${alt}](${src})` : alt;
    }
    case 'ul':
    case 'ol': {
      const body = inner({ ordered: name === 'ol', index: 0 });
      return mode === 'html' ? `<${name}>${body}</${name}>` : `\n${body}\n`;
    }
    case 'li': {
      if (list) list.index += 1;
      const body = inner(null).trim();
      if (mode === 'html') return `<li>${body}</li>`;
      const marker = mode === 'markdown' ? (list?.ordered ? `${list.index}. ` : '- ') : list?.ordered ? `${list.index}. ` : '• ';
      return `${marker}${body}\n`;
    }
    case 'blockquote': {
      const body = inner().trim();
      if (mode === 'html') return `<blockquote>${body}</blockquote>`;
      return mode === 'markdown' ? `\n${body.split('\n').map((line) => `> ${line}`).join('\n')}\n\n` : `\n${body}\n\n`;
    }
    default: {
      const body = inner();
      if (!BLOCKS.has(name)) return body;
      if (mode === 'html') return body.trim() === '' ? '' : `<p>${body.trim()}</p>`;
      return `\n${body}\n`;
    }
  }
}

function wrap(mode: 'text' | 'markdown' | 'html', body: string, marker: string, tag: string): string {
  if (body.trim() === '') return body;
  if (mode === 'html') return `<${tag}>${body}</${tag}>`;
  return mode === 'markdown' ? `${marker}${body}${marker}` : body;
}
