import { Marked } from 'marked';

/**
 * The built-in workspace stores what the author wrote (markdown source) and derives the other forms on
 * read. Raw HTML in the source is escaped, never passed through: a message must not inject markup into
 * the clients that render `html`.
 */
const marked = new Marked({
  gfm: true,
  breaks: true,
  renderer: {
    html: ({ text }) => escapeHtml(text),
  },
});

export interface RenderedContent {
  text: string;
  markdown: string;
  html: string;
}

/** Renders stored content: markdown source, or plain text that must read back exactly as written. */
export function renderContent(source: string, format: 'markdown' | 'text' = 'markdown'): RenderedContent {
  if (format === 'text') {
    const paragraphs = source.split(/\n{2,}/).map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`);
    return { text: source, markdown: escapeMarkdown(source), html: paragraphs.join('\n') };
  }
  const html = (marked.parse(source, { async: false }) as string).trim();
  return { text: htmlToText(html), markdown: source, html };
}

/** Plain text as markdown that renders to the same characters: every ASCII punctuation mark escaped. */
function escapeMarkdown(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, (char) => (char === '@' ? char : `\\${char}`));
}

/** `@handle` mentions in the source, lower-cased and de-duplicated, in order of appearance. */
export function mentionHandles(source: string): string[] {
  const handles = new Set<string>();
  for (const match of source.matchAll(/(^|[^\w@/])@([a-z0-9][a-z0-9._-]*[a-z0-9]|[a-z0-9])/gi)) {
    handles.add(match[2].toLowerCase());
  }
  return [...handles];
}

function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<br\s*\/?>/g, '\n')
      .replace(/<\/(p|li|h[1-6]|pre|blockquote)>/g, '\n')
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function decodeEntities(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
