import { Marked } from 'marked';
import { escapeHtml } from '../html/render.js';

/**
 * Outgoing Graph chat bodies (Teams): text and markdown become Graph's HTML with `<at>` mentions for the
 * `@handle`s that name members of the conversation; text without mentions is sent as `contentType: text`,
 * unchanged. (Lifted from the Teams provider with the HTML renderer, ../html/render.ts.)
 */

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
