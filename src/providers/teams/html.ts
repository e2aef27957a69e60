import { parseDocument } from 'htmlparser2';
import { Marked } from 'marked';

/**
 * Teams message bodies. Graph answers `body.contentType` `text` or `html` (always html when the message
 * mentions someone); Switchboard serves `text`, `markdown` and `html`. The HTML is parsed (htmlparser2) and
 * rendered anew from an allow-list — paragraphs, line breaks, emphasis, code, links (http, https, mailto),
 * lists, quotes, images (https) — so the `html` clients get carries no script, style, event handler or
 * foreign markup, whatever a Teams client or bot put into the message. `<at id="n">` mentions become
 * `@Name` (text, markdown) and a `data-mention` span (html); `<emoji alt>` its character; Teams' own
 * `<attachment>` and `<systemEventMessage>` placeholders nothing.
 *
 * Outgoing, text and markdown become Graph's HTML with `<at>` mentions for the `@handle`s that name
 * members of the conversation; text without mentions is sent as `contentType: text`, unchanged.
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

// ---- outgoing -----------------------------------------------------------------------------------------

/** `@handle` mentions in what a person wrote, lower-cased, in order of appearance (the built-in workspace's rule). */
const HANDLE = /(^|[^\w@/])@([a-z0-9][a-z0-9._-]*[a-z0-9]|[a-z0-9])/gi;

export interface MentionTarget {
  userId: string;
  displayName: string;
}

export interface OutgoingBody {
  body: { contentType: 'text' | 'html'; content: string };
  mentions: Array<{ id: number; mentionText: string; mentioned: { user: { id: string; displayName: string; userIdentityType: 'aadUser' } } }>;
}

const markdown = new Marked({ gfm: true, breaks: true, renderer: { html: ({ text }) => escapeHtml(text) } });

/**
 * What Graph is sent for a message: `@handle`s that `resolve` knows become `<at>` mentions; markdown is
 * rendered to HTML (raw HTML in it escaped, never passed through); text without mentions stays text.
 */
export function outgoingBody(content: { text: string; format: 'text' | 'markdown' }, resolve: (handle: string) => MentionTarget | null): OutgoingBody {
  const mentions: OutgoingBody['mentions'] = [];
  const placeholders: string[] = [];
  const withPlaceholders = content.text.replace(HANDLE, (whole, lead: string, handle: string) => {
    const target = resolve(handle.toLowerCase());
    if (!target) return whole;
    const id = mentions.length;
    mentions.push({ id, mentionText: target.displayName, mentioned: { user: { id: target.userId, displayName: target.displayName, userIdentityType: 'aadUser' } } });
    placeholders.push(`<at id="${id}">${escapeHtml(target.displayName)}</at>`);
    return `${lead}SBMENTION${id}X`;
  });
  if (content.format === 'text' && mentions.length === 0) return { body: { contentType: 'text', content: content.text }, mentions };
  const html =
    content.format === 'markdown'
      ? (markdown.parse(withPlaceholders, { async: false }) as string).trim()
      : withPlaceholders.split(/\n{2,}/).map((part) => `<p>${escapeHtml(part).replace(/\n/g, '<br>')}</p>`).join('');
  return { body: { contentType: 'html', content: html.replace(/SBMENTION(\d+)X/g, (_, id: string) => placeholders[Number(id)]) }, mentions };
}

/** The handles a text mentions (to know whether members must be looked up before sending). */
export function mentionedHandles(text: string): string[] {
  return [...new Set([...text.matchAll(HANDLE)].map((match) => match[2].toLowerCase()))];
}
