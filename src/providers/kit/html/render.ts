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

/**
 * How text and markdown are written. The defaults are the chat renderer's (Teams); mail turns them all on
 * (../email/html-text.ts), because mail HTML is whole documents written by editors, not chat snippets.
 * The `html` rendering does not change with them.
 */
export interface RenderOptions {
  /** Whitespace of the source collapses as a browser shows it (outside `<pre>`). Default false. */
  collapseWhitespace?: boolean;
  /** Quoted text keeps `> ` before each line in plain text too (markdown always has it). Default false. */
  quoteText?: boolean;
  /** Plain text shows a link's URL after its label, `label (url)`, when the label is not the URL. Default false. */
  linkUrlsInText?: boolean;
  /** Headings as `#` in markdown, table cells separated by ` | `, `<hr>` as a rule. Default false. */
  documentStructure?: boolean;
  /**
   * Images in text and markdown: `embed` (the default) writes markdown's `![alt](url)` and the bare alt in
   * text; `link` writes `[alt](url)` and `[alt]`, so that rendering the markdown loads nothing (mail's remote
   * images tell their sender the mail was read); `alt` writes `[alt]` in both.
   */
  images?: 'embed' | 'link' | 'alt';
}

type Mode = 'text' | 'markdown' | 'html';

/** Ends each table cell while its row is rendered; removed from text nodes first, so that only cells hold it. */
const CELL_END = '\u0000';
type ListState = { ordered: boolean; index: number } | null;

/** What one rendering pass carries down the tree. */
interface Pass {
  mode: Mode;
  mentionUser: (id: string) => string | null;
  options: RenderOptions;
}

/** Renders a Graph body; `mentionUser(n)` answers the user id of `<at id="n">` (from the message's `mentions`). */
export function renderBody(
  body: { contentType?: string; content?: string | null } | undefined,
  mentionUser: (id: string) => string | null,
  options: RenderOptions = {},
): RenderedBody {
  const content = body?.content ?? '';
  if (body?.contentType !== 'html') {
    const paragraphs = content.split(/\n{2,}/).filter((part) => part !== '');
    return { text: content, markdown: content, html: paragraphs.map((part) => `<p>${escapeHtml(part).replace(/\n/g, '<br>')}</p>`).join('') };
  }
  const document = parseDocument(content, { decodeEntities: true, lowerCaseTags: true }) as unknown as DomNode;
  const pass = (mode: Mode) => render(document.children ?? [], { mode, mentionUser, options });
  return { text: tidy(pass('text')), markdown: tidy(pass('markdown')), html: pass('html').trim() };
}

function tidy(value: string): string {
  return value.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

function render(nodes: DomNode[], pass: Pass, list: ListState = null): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') {
      let data = node.data ?? '';
      if (pass.options.documentStructure) data = data.replaceAll(CELL_END, '');
      if (pass.options.collapseWhitespace && pass.mode !== 'html') {
        data = data.replace(/\s+/g, ' ');
        if ((out === '' || /\s$/.test(out)) && data.startsWith(' ')) data = data.slice(1);
      }
      out += pass.mode === 'html' ? escapeHtml(data) : pass.mode === 'markdown' ? data.replace(/([\\`*_~[\]])/g, '\\$1') : data;
      continue;
    }
    if (node.type !== 'tag' || !node.name || DROPPED.has(node.name)) continue;
    const inner = (childList: ListState = list) => render(node.children ?? [], pass, childList);
    out += element(node, pass, inner, list);
  }
  return out;
}

/** The text of a subtree exactly as written (code and preformatted text keep their whitespace). */
function verbatim(node: DomNode, pass: Pass): string {
  return render(node.children ?? [], { ...pass, mode: 'text', options: { ...pass.options, collapseWhitespace: false } });
}

function element(node: DomNode, pass: Pass, inner: (list?: ListState) => string, list: ListState): string {
  const { mode, mentionUser, options } = pass;
  const name = node.name!;
  const attribs = node.attribs ?? {};
  switch (name) {
    case 'at': {
      const label = `@${render(node.children ?? [], { ...pass, mode: 'text' }).trim()}`;
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
      return mode === 'html' ? `<code>${inner()}</code>` : mode === 'markdown' ? `\`${verbatim(node, pass)}\`` : inner();
    case 'pre': {
      const code = verbatim(node, pass);
      return mode === 'html' ? `<pre><code>${escapeHtml(code)}</code></pre>` : mode === 'markdown' ? `\n\`\`\`\n${code}\n\`\`\`\n` : `\n${code}\n`;
    }
    case 'a': {
      const href = safeUrl(attribs.href, ['http:', 'https:', 'mailto:']);
      if (!href) return inner();
      if (mode === 'html') return `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">${inner()}</a>`;
      const label = inner();
      if (mode === 'markdown') return `[${label}](${href})`;
      const shown = label.trim();
      const plainHref = href.replace(/^mailto:/, '');
      return options.linkUrlsInText && shown !== '' && shown !== plainHref && shown !== href ? `${label} (${plainHref})` : label;
    }
    case 'img': {
      const src = safeUrl(attribs.src, ['https:']);
      const alt = attribs.alt ?? '';
      if (mode === 'html') return src ? `<img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}">` : escapeHtml(alt);
      const images = options.images ?? 'embed';
      if (images === 'embed') return mode === 'markdown' && src ? `![${alt}](${src})` : alt;
      const label = alt.trim() === '' ? '' : `[${alt.trim()}]`;
      return mode === 'markdown' && src && images === 'link' ? `[${alt.trim() || 'image'}](${src})` : label;
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
      if (mode === 'html') return `<blockquote>${inner().trim()}</blockquote>`;
      const body = tidy(inner());
      const quoted = () => body.split('\n').map((line) => (line === '' ? '>' : `> ${line}`)).join('\n');
      return mode === 'markdown' || options.quoteText ? `\n${quoted()}\n\n` : `\n${body}\n\n`;
    }
    case 'hr':
      return options.documentStructure && mode !== 'html' ? '\n---\n' : '';
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6': {
      const body = inner();
      if (!options.documentStructure || mode !== 'markdown' || body.trim() === '') return block(mode, body);
      return `\n${'#'.repeat(Number(name[1]))} ${body.trim()}\n\n`;
    }
    case 'td':
    case 'th': {
      const body = inner();
      return options.documentStructure && mode !== 'html' ? `${body.trim()}${CELL_END}` : body;
    }
    case 'tr': {
      const body = inner();
      if (!options.documentStructure || mode === 'html') return block(mode, body);
      // Cells end with a marker so that empty cells keep their place; a row of empty cells is no row.
      const cells = body.split(CELL_END).slice(0, -1).map((cell) => cell.replace(/\s*\n\s*/g, ' ').trim());
      // One line per row: rows follow each other without the blank line between blocks.
      return cells.some((cell) => cell !== '') ? `\n${cells.join(' | ')}` : body.replaceAll(CELL_END, '');
    }
    default:
      return block(mode, inner(), BLOCKS.has(name));
  }
}

/** A block element's rendering: on lines of its own (text, markdown) or a paragraph (html). */
function block(mode: Mode, body: string, isBlock = true): string {
  if (!isBlock) return body;
  if (mode === 'html') return body.trim() === '' ? '' : `<p>${body.trim()}</p>`;
  return `\n${body}\n`;
}

function wrap(mode: Mode, body: string, marker: string, tag: string): string {
  if (body.trim() === '') return body;
  if (mode === 'html') return `<${tag}>${body}</${tag}>`;
  return mode === 'markdown' ? `${marker}${body}${marker}` : body;
}
