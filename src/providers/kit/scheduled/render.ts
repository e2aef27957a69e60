import { Marked } from 'marked';
import type { MessageContent } from '../../model.js';

/**
 * A scheduled message's content as plain text and as markdown (ScheduledMessageRecord's `text` and
 * `markdown`), before any platform has seen it: what the author wrote, read the way the built-in workspace
 * reads it (plain text kept exactly, with its markdown escaped; markdown kept, with its plain text derived).
 * Providers whose own rendering differs pass theirs to withEmulatedScheduledMessages.
 */
export type ContentRenderer = (content: MessageContent) => { text: string; markdown: string | null };

const marked = new Marked({ gfm: true, breaks: true });

export const renderScheduledContent: ContentRenderer = (content) => {
  if (content.format === 'text') return { text: content.text, markdown: content.text.replace(/[!-/:-@[-`{-~]/g, (char) => (char === '@' ? char : `\\${char}`)) };
  const html = (marked.parse(content.text, { async: false }) as string).trim();
  return { text: htmlToText(html), markdown: content.text };
};

function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<\/(p|li|h[1-6]|pre|blockquote)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
