import { decodedHeader, headerOf, mailContent } from '../../../src/providers/kit/email/mime-parse.js';
import type { FakeMailbox, FakeMessage } from './mailbox.js';
import { badRequest } from './wire.js';

/**
 * The part of Gmail's search syntax (`q`) the fake understands: free words (subject, body, addresses;
 * case-insensitive, all must match), `"quoted phrases"`, `{a b}` (any of), `from:`, `to:`, `cc:`, `subject:`, `label:`,
 * `in:` (inbox, sent, trash, spam, anywhere), `is:` (unread, read, starred, important), `after:` and
 * `before:` (yyyy/mm/dd or epoch seconds), `rfc822msgid:`, `has:attachment`, and `-` to negate a term.
 * Anything else is a 400, so a provider never silently gets a different search than it asked for.
 */

type Test = (message: FakeMessage) => boolean;

function dateOf(value: string): number {
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const match = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(value);
  if (!match) throw badRequest(`Invalid date in search: ${value}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

function searchableText(message: FakeMessage): string {
  const content = mailContent(message.tree);
  return [decodedHeader(message.tree.headers, 'subject'), decodedHeader(message.tree.headers, 'from'), decodedHeader(message.tree.headers, 'to'), content.text, content.html?.replace(/<[^>]*>/g, ' ')]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}

function labelTest(mailbox: FakeMailbox, name: string): Test {
  const label = mailbox.labels.get(name.toUpperCase()) ?? mailbox.labelByName(name) ?? [...mailbox.labels.values()].find((l) => l.name.toLowerCase().replace(/[ /]/g, '-') === name.toLowerCase());
  if (!label) return () => false;
  return (message) => message.labelIds.has(label.id);
}

function term(mailbox: FakeMailbox, token: string): Test {
  const colon = token.indexOf(':');
  const operator = colon > 0 ? token.slice(0, colon).toLowerCase() : null;
  const value = (colon > 0 ? token.slice(colon + 1) : token).replace(/^"|"$/g, '').toLowerCase();
  const header = (name: string) => (message: FakeMessage) => (decodedHeader(message.tree.headers, name) ?? '').toLowerCase().includes(value);
  switch (operator) {
    case null:
      return (message) => searchableText(message).includes(value);
    case 'from':
    case 'to':
    case 'cc':
    case 'subject':
      return header(operator);
    case 'label':
      return labelTest(mailbox, value);
    case 'in':
      return value === 'anywhere' ? () => true : labelTest(mailbox, value);
    case 'is':
      if (value === 'unread') return (message) => message.labelIds.has('UNREAD');
      if (value === 'read') return (message) => !message.labelIds.has('UNREAD');
      if (value === 'starred' || value === 'important') return (message) => message.labelIds.has(value.toUpperCase());
      throw badRequest(`Unsupported search term is:${value}`);
    case 'after':
      return (message) => message.internalDate >= dateOf(value);
    case 'before':
      return (message) => message.internalDate < dateOf(value);
    case 'rfc822msgid':
      return (message) => (headerOf(message.tree.headers, 'message-id') ?? '').toLowerCase().replace(/[<>]/g, '') === value.replace(/[<>]/g, '');
    case 'has':
      if (value === 'attachment') return (message) => message.attachments.size > 0;
      throw badRequest(`Unsupported search term has:${value}`);
    default:
      throw badRequest(`Unsupported search operator ${operator}:`);
  }
}

export function compileQuery(mailbox: FakeMailbox, q: string | null): { test: Test; mentionsTrashOrSpam: boolean } {
  if (!q?.trim()) return { test: () => true, mentionsTrashOrSpam: false };
  const tokens = q.match(/-?\{[^}]*\}|-?[a-zA-Z0-9]+:"[^"]*"|-?"[^"]*"|\S+/g) ?? [];
  const tests = tokens.map((token) => {
    const negated = token.startsWith('-') && token.length > 1;
    const bare = negated ? token.slice(1) : token;
    // `{a b}` is Gmail's OR group.
    const alternatives = bare.startsWith('{') ? (bare.slice(1, -1).match(/[a-zA-Z0-9]+:"[^"]*"|"[^"]*"|\S+/g) ?? []).map((inner) => term(mailbox, inner)) : null;
    const test: Test = alternatives ? (message) => alternatives.some((alternative) => alternative(message)) : term(mailbox, bare);
    return negated ? (message: FakeMessage) => !test(message) : test;
  });
  return { test: (message) => tests.every((test) => test(message)), mentionsTrashOrSpam: /\bin:(trash|spam|anywhere)\b/i.test(q) };
}
