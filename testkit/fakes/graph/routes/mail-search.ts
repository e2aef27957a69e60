import type { GraphMailMessage } from '../mailbox.js';
import { badRequest } from '../wire.js';

/**
 * The KQL subset of `$search` on messages the fake understands: the whole value is one double-quoted
 * string (Graph requires the quotes), holding terms joined by AND (implicit) or OR: bare words and
 * `'…'`/`\"…\"` phrases (subject, body, sender and recipients), and `from:`, `to:`, `cc:`, `subject:`,
 * `body:` restrictions. Case-insensitive substring matching stands in for Exchange's word index.
 */

export interface KqlTerm {
  field: 'any' | 'from' | 'to' | 'cc' | 'subject' | 'body';
  value: string;
}

/** Disjunction of conjunctions. */
export type KqlQuery = KqlTerm[][];

export function parseKql(raw: string): KqlQuery {
  const text = raw.trim();
  if (!/^".*"$/s.test(text)) throw badRequest('Syntax error: the $search value must be enclosed in double quotes.', 'BadRequest');
  const inner = text.slice(1, -1).replace(/\\"/g, '"').trim();
  if (!inner) throw badRequest('The $search value is empty.', 'BadRequest');
  const tokens = inner.match(/(\w+:)?(?:'[^']*'|"[^"]*"|\S+)/g) ?? [];
  const groups: KqlQuery = [[]];
  for (const token of tokens) {
    if (token === 'OR') {
      groups.push([]);
      continue;
    }
    if (token === 'AND') continue;
    const match = /^(?:(from|to|cc|subject|body):)?(.*)$/i.exec(token)!;
    const value = match[2].replace(/^['"]|['"]$/g, '').toLowerCase();
    if (value) groups.at(-1)!.push({ field: (match[1]?.toLowerCase() ?? 'any') as KqlTerm['field'], value });
  }
  return groups.filter((group) => group.length > 0);
}

export function matchesKql(message: GraphMailMessage, query: KqlQuery): boolean {
  const people = (list: GraphMailMessage['toRecipients']) => list.map((entry) => `${entry.emailAddress.name ?? ''} ${entry.emailAddress.address}`).join(' ').toLowerCase();
  const fields: Record<KqlTerm['field'], string> = {
    from: people(message.from ? [message.from] : []),
    to: people(message.toRecipients),
    cc: people(message.ccRecipients),
    subject: message.subject.toLowerCase(),
    body: message.body.content.replace(/<[^>]+>/g, ' ').toLowerCase(),
    any: '',
  };
  fields.any = [fields.subject, fields.body, fields.from, fields.to, fields.cc].join(' ');
  return query.some((group) => group.every((term) => fields[term.field].includes(term.value)));
}
