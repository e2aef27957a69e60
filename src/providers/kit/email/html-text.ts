import { renderBody } from '../html/render.js';

/**
 * Mail bodies written in HTML as Switchboard's `text` and `markdown`.
 */

export interface MailText {
  text: string;
  markdown: string;
}

/** The plain text and markdown of an HTML mail body (entities decoded, scripts and styles dropped). */
export function htmlToText(html: string): MailText {
  const { text, markdown } = renderBody({ contentType: 'html', content: html }, () => null);
  return { text, markdown };
}
