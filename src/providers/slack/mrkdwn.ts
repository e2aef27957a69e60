/**
 * Slack's `mrkdwn` (docs.slack.dev "Formatting text for app surfaces") to text, markdown and HTML, and
 * Switchboard's text and markdown to mrkdwn for sending.
 *
 * mrkdwn: `*bold*`, `_italic_`, `~strike~`, `` `code` ``, ```` ```preformatted``` ````, `>` quotes, and
 * `<…>` entities: `<@U123>` user mentions, `<#C123|name>` channels, `<!here>` / `<!channel>` /
 * `<!everyone>`, `<!subteam^S1|@team>`, `<!date^…|fallback>`, `<https://…|label>` links. `&`, `<` and
 * `>` in text arrive as `&amp;`, `&lt;`, `&gt;`. A formatting marker counts only at a word boundary (`2*3*4`
 * is not bold) and within one line, as in Slack's clients. HTML output is always escaped.
 */

type Inline =
  | { kind: 'text'; value: string }
  | { kind: 'bold' | 'italic' | 'strike'; children: Inline[] }
  | { kind: 'code'; value: string }
  | { kind: 'link'; url: string; label: string | null }
  | { kind: 'user'; id: string; label: string | null }
  | { kind: 'channel'; id: string; label: string | null }
  | { kind: 'special'; name: string; label: string | null };

type Block = { kind: 'paragraph' | 'quote'; lines: Inline[][] } | { kind: 'pre'; value: string };

/** Display names for mentions; null when unknown (the id is shown instead). */
export interface MentionNames {
  user(id: string): string | null;
  channel?(id: string): string | null;
}

export interface RenderedMessage {
  text: string;
  markdown: string;
  html: string;
}

const MARKERS: Record<string, 'bold' | 'italic' | 'strike'> = { '*': 'bold', _: 'italic', '~': 'strike' };
const WORD = /[\p{L}\p{N}]/u;

/** User ids mentioned with `<@U…>` in a mrkdwn text, in order of appearance, without repeats. */
export function mentionedUserIds(source: string): string[] {
  const ids = new Set<string>();
  for (const match of source.matchAll(/<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/g)) ids.add(match[1]);
  return [...ids];
}

/** Renders a mrkdwn text as plain text, markdown and HTML. */
export function renderMrkdwn(source: string, names: MentionNames): RenderedMessage {
  const blocks = parseBlocks(source);
  return {
    text: blocks.map((block) => blockText(block, names)).join('\n').replace(/\n{3,}/g, '\n\n').trim(),
    markdown: blocks.map((block) => blockMarkdown(block, names)).join('\n').trim(),
    html: blocks.map((block) => blockHtml(block, names)).join('\n'),
  };
}

// ---- parsing ------------------------------------------------------------------------------------------

function parseBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  const segments = source.split('```');
  // An unclosed fence is literal text: fold the last segment back in.
  if (segments.length % 2 === 0) segments.splice(segments.length - 2, 2, `${segments[segments.length - 2]}\`\`\`${segments[segments.length - 1]}`);
  segments.forEach((segment, index) => {
    if (index % 2 === 1) {
      blocks.push({ kind: 'pre', value: decodeEntities(segment.replace(/^\n/, '').replace(/\n$/, '')) });
      return;
    }
    let current: Extract<Block, { kind: 'paragraph' | 'quote' }> | null = null;
    const lines = segment.split('\n');
    lines.forEach((line, lineIndex) => {
      // The newlines around a fence belong to the fence.
      if (line === '' && ((lineIndex === 0 && index > 0) || (lineIndex === lines.length - 1 && index < segments.length - 1))) return;
      const quote = /^(&gt;|>)\s?/.exec(line);
      const kind = quote ? 'quote' : 'paragraph';
      const content = quote ? line.slice(quote[0].length) : line;
      if (kind === 'paragraph' && content.trim() === '') {
        current = null;
        return;
      }
      if (!current || current.kind !== kind) {
        current = { kind, lines: [] };
        blocks.push(current);
      }
      current.lines.push(parseInline(content));
    });
  });
  return blocks;
}

/**
 * One line: code spans and `<…>` entities are atoms; formatting is parsed around them, each atom standing
 * in as a placeholder made of characters from Unicode's private use area.
 */
function parseInline(line: string): Inline[] {
  const atoms: Inline[] = [];
  const placeholder = (node: Inline) => `\uF8F0${atoms.push(node) - 1}\uF8F1`;
  const withAtoms = line
    .replace(/`([^`]+)`/g, (_match, code: string) => placeholder({ kind: 'code', value: decodeEntities(code) }))
    .replace(/<([^<>\n]+)>/g, (_match, inner: string) => placeholder(entity(inner)));
  return expandAtoms(parseFormatting(withAtoms), atoms);
}

function entity(inner: string): Inline {
  const bar = inner.indexOf('|');
  const target = bar < 0 ? inner : inner.slice(0, bar);
  const label = bar < 0 ? null : decodeEntities(inner.slice(bar + 1));
  if (target.startsWith('@')) return { kind: 'user', id: target.slice(1), label };
  if (target.startsWith('#')) return { kind: 'channel', id: target.slice(1), label };
  if (target.startsWith('!')) return { kind: 'special', name: target.slice(1), label };
  return { kind: 'link', url: decodeEntities(target), label };
}

function parseFormatting(input: string): Inline[] {
  const nodes: Inline[] = [];
  let text = '';
  let index = 0;
  while (index < input.length) {
    const char = input[index];
    const kind = MARKERS[char];
    const close = kind ? closingMarker(input, index) : -1;
    if (close < 0) {
      text += char;
      index += 1;
      continue;
    }
    if (text) nodes.push({ kind: 'text', value: text });
    text = '';
    nodes.push({ kind, children: parseFormatting(input.slice(index + 1, close)) });
    index = close + 1;
  }
  if (text) nodes.push({ kind: 'text', value: text });
  return nodes;
}

/** Where the marker opened at `open` closes, or -1 when `open` does not open formatting. */
function closingMarker(input: string, open: number): number {
  const marker = input[open];
  const before = input[open - 1];
  const after = input[open + 1];
  if ((before !== undefined && WORD.test(before)) || after === undefined || /\s/.test(after) || after === marker) return -1;
  for (let close = open + 2; close < input.length; close += 1) {
    if (input[close] !== marker || /\s/.test(input[close - 1])) continue;
    const next = input[close + 1];
    if (next === undefined || !WORD.test(next)) return close;
  }
  return -1;
}

function expandAtoms(nodes: Inline[], atoms: Inline[]): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    if (node.kind === 'bold' || node.kind === 'italic' || node.kind === 'strike') {
      return [{ kind: node.kind, children: expandAtoms(node.children, atoms) }];
    }
    if (node.kind !== 'text') return [node];
    return node.value
      .split(/\uF8F0(\d+)\uF8F1/)
      .map((part, index): Inline => (index % 2 === 1 ? atoms[Number(part)] : { kind: 'text', value: decodeEntities(part) }))
      .filter((part) => part.kind !== 'text' || part.value !== '');
  });
}

// ---- rendering ----------------------------------------------------------------------------------------

function mentionText(node: Extract<Inline, { kind: 'user' | 'channel' | 'special' }>, names: MentionNames): string {
  switch (node.kind) {
    case 'user':
      return `@${node.label ?? names.user(node.id) ?? node.id}`;
    case 'channel':
      return `#${node.label ?? names.channel?.(node.id) ?? node.id}`;
    case 'special': {
      const [name] = node.name.split('^');
      if (name === 'here' || name === 'channel' || name === 'everyone') return `@${name}`;
      return node.label ?? `@${name}`;
    }
  }
}

function inlineText(nodes: Inline[], names: MentionNames): string {
  return nodes
    .map((node) => {
      switch (node.kind) {
        case 'text':
        case 'code':
          return node.value;
        case 'bold':
        case 'italic':
        case 'strike':
          return inlineText(node.children, names);
        case 'link':
          return node.label ?? node.url.replace(/^mailto:/, '');
        default:
          return mentionText(node, names);
      }
    })
    .join('');
}

function inlineMarkdown(nodes: Inline[], names: MentionNames): string {
  return nodes
    .map((node) => {
      switch (node.kind) {
        case 'text':
          return escapeMarkdown(node.value);
        case 'code': {
          const fence = node.value.includes('`') ? '``' : '`';
          return `${fence}${node.value}${fence}`;
        }
        case 'bold':
          return `**${inlineMarkdown(node.children, names)}**`;
        case 'italic':
          return `_${inlineMarkdown(node.children, names)}_`;
        case 'strike':
          return `~~${inlineMarkdown(node.children, names)}~~`;
        case 'link': {
          const label = escapeMarkdown(node.label ?? node.url.replace(/^mailto:/, ''));
          if (!/^(https?|mailto):/i.test(node.url)) return label;
          const url = node.url.replace(/[()\s]/g, (char) => encodeURIComponent(char));
          return node.label ? `[${label}](${url})` : `<${url}>`;
        }
        default:
          return escapeMarkdown(mentionText(node, names));
      }
    })
    .join('');
}

function inlineHtml(nodes: Inline[], names: MentionNames): string {
  return nodes
    .map((node) => {
      switch (node.kind) {
        case 'text':
          return escapeHtml(node.value);
        case 'code':
          return `<code>${escapeHtml(node.value)}</code>`;
        case 'bold':
          return `<strong>${inlineHtml(node.children, names)}</strong>`;
        case 'italic':
          return `<em>${inlineHtml(node.children, names)}</em>`;
        case 'strike':
          return `<del>${inlineHtml(node.children, names)}</del>`;
        case 'link': {
          const label = escapeHtml(node.label ?? node.url.replace(/^mailto:/, ''));
          // Only web and mail links become anchors: a javascript: URL must not reach a client's DOM.
          return /^(https?|mailto):/i.test(node.url) ? `<a href="${escapeHtml(node.url)}">${label}</a>` : label;
        }
        default:
          return escapeHtml(mentionText(node, names));
      }
    })
    .join('');
}

function blockText(block: Block, names: MentionNames): string {
  if (block.kind === 'pre') return block.value;
  return `${block.lines.map((line) => inlineText(line, names)).join('\n')}\n`;
}

function blockMarkdown(block: Block, names: MentionNames): string {
  if (block.kind === 'pre') return `\`\`\`\n${block.value}\n\`\`\`\n`;
  // Single newlines are line breaks, as in the built-in workspace's markdown (GFM with breaks).
  // A line that starts like a heading, quote or list item is text here, so its first character is escaped.
  const lines = block.lines.map((line) => inlineMarkdown(line, names).replace(/^([#>+-])(?=\s|$)/, '\\$1'));
  if (block.kind === 'quote') return `${lines.map((line) => `> ${line}`).join('\n')}\n`;
  return `${lines.join('\n')}\n`;
}

function blockHtml(block: Block, names: MentionNames): string {
  if (block.kind === 'pre') return `<pre><code>${escapeHtml(block.value)}</code></pre>`;
  const paragraph = `<p>${block.lines.map((line) => inlineHtml(line, names)).join('<br>')}</p>`;
  return block.kind === 'quote' ? `<blockquote>${paragraph}</blockquote>` : paragraph;
}

function escapeMarkdown(value: string): string {
  return value.replace(/[\\`*_~[\]<>]/g, (char) => `\\${char}`);
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function decodeEntities(value: string): string {
  return value.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

// ---- sending ------------------------------------------------------------------------------------------

/** `@handle` mentions as the built-in workspace reads them: letters, digits, `.`, `_`, `-`, not after a word. */
const HANDLE = /(^|[^\w@/])@([a-z0-9][a-z0-9._-]*[a-z0-9]|[a-z0-9])/gi;

/** The `@handle`s in a text, lower-cased, in order, without repeats. */
export function handlesIn(text: string): string[] {
  return [...new Set([...text.matchAll(HANDLE)].map((match) => match[2].toLowerCase()))];
}

function escapeForSlack(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Replaces `@handle` with `<@U…>` where `userIdOf` knows the handle; unknown handles stay text. */
function linkMentions(text: string, userIdOf: (handle: string) => string | null): string {
  return text.replace(HANDLE, (match, lead: string, handle: string) => {
    const id = userIdOf(handle.toLowerCase());
    return id ? `${lead}<@${id}>` : match;
  });
}

/**
 * Switchboard content as mrkdwn for chat.postMessage / chat.update. Plain text is escaped (`&`, `<`, `>`, as
 * Slack requires); Slack still formats `*x*` in it, as it does for text typed in its own clients. Markdown
 * becomes the closest mrkdwn: `**b**` → `*b*`, `*i*` / `_i_` → `_i_`, `~~s~~` → `~s~`, `[l](u)` → `<u|l>`,
 * headings → bold lines; code spans and blocks are kept as they are.
 */
export function toMrkdwn(content: { text: string; format: 'text' | 'markdown' }, userIdOf: (handle: string) => string | null): string {
  if (content.format === 'text') return linkMentions(escapeForSlack(content.text), userIdOf);
  return content.text
    .split(/(```[\s\S]*?```|`[^`\n]+`)/)
    .map((part, index) => (index % 2 === 1 ? escapeForSlack(part) : linkMentions(markdownPart(part), userIdOf)))
    .join('');
}

function markdownPart(part: string): string {
  const links: string[] = [];
  const keep = (value: string) => `\uF8F3${links.push(value) - 1}\uF8F4`;
  const protectedPart = part
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_m, label: string, url: string) => keep(`<${escapeForSlack(url)}|${escapeForSlack(label)}>`))
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, (_m, url: string) => keep(`<${escapeForSlack(url)}>`));
  return escapeForSlack(protectedPart)
    .replace(/^#{1,6}\s+(.+)$/gm, '\uF8F2$1\uF8F2')
    .replace(/\*\*(\S(?:.*?\S)?)\*\*|__(\S(?:.*?\S)?)__/g, (_m, a?: string, b?: string) => `\uF8F2${a ?? b}\uF8F2`)
    .replace(/(^|[^\w*])\*(\S(?:[^*\n]*?\S)?)\*(?![\w*])/g, '$1_$2_')
    .replace(/~~(\S(?:.*?\S)?)~~/g, '~$1~')
    .replace(/\uF8F2/g, '*')
    .replace(/\\([\\`*_{}[\]()#+\-.!~])/g, '$1')
    .replace(/\uF8F3(\d+)\uF8F4/g, (_m, index: string) => links[Number(index)]);
}
