import type { MimePart } from '../../../src/providers/kit/email/mime-parse.js';
import type { FakeLabel, FakeMailbox, FakeMessage } from './mailbox.js';

/** Gmail's JSON resources as the API answers them (discovery gmail-v1: Message, MessagePart, Label, Thread). */

export type MessageFormat = 'full' | 'metadata' | 'minimal' | 'raw';

export interface GmailMessagePartJson {
  partId: string;
  mimeType: string;
  filename: string;
  headers: Array<{ name: string; value: string }>;
  body: { size: number; data?: string; attachmentId?: string };
  parts?: GmailMessagePartJson[];
}

function partJson(part: MimePart, withData: boolean): GmailMessagePartJson {
  const json: GmailMessagePartJson = {
    partId: part.partId ?? '',
    mimeType: part.mimeType,
    filename: part.filename ?? '',
    headers: part.headers.map(({ name, value }) => ({ name, value })),
    body: { size: part.parts.length ? 0 : part.size },
  };
  if (part.parts.length) json.parts = part.parts.map((child) => partJson(child, withData));
  else if (part.bodyRef) json.body.attachmentId = part.bodyRef;
  else if (withData && part.body && part.size > 0) json.body.data = Buffer.from(part.body).toString('base64url');
  return json;
}

export function messageJson(message: FakeMessage, format: MessageFormat, metadataHeaders: readonly string[] = []): Record<string, unknown> {
  const base: Record<string, unknown> = {
    id: message.id,
    threadId: message.threadId,
    labelIds: [...message.labelIds],
    snippet: message.snippet,
    sizeEstimate: message.raw.byteLength,
    historyId: String(message.historyId),
    internalDate: String(message.internalDate),
  };
  if (format === 'raw') return { ...base, raw: message.raw.toString('base64url') };
  if (format === 'minimal') return base;
  if (format === 'metadata') {
    const wanted = metadataHeaders.map((name) => name.toLowerCase());
    const headers = message.tree.headers.filter((header) => !wanted.length || wanted.includes(header.name.toLowerCase()));
    return { ...base, payload: { partId: '', mimeType: message.tree.mimeType, filename: '', headers, body: { size: 0 } } };
  }
  return { ...base, payload: partJson(message.tree, true) };
}

export function labelJson(mailbox: FakeMailbox, label: FakeLabel, withCounts: boolean): Record<string, unknown> {
  const json: Record<string, unknown> = { id: label.id, name: label.name, type: label.type };
  if (label.messageListVisibility) json.messageListVisibility = label.messageListVisibility;
  if (label.labelListVisibility) json.labelListVisibility = label.labelListVisibility;
  if (withCounts) {
    const messages = [...mailbox.messages.values()].filter((message) => message.labelIds.has(label.id));
    const unread = messages.filter((message) => message.labelIds.has('UNREAD'));
    const threads = new Set(messages.map((message) => message.threadId));
    json.messagesTotal = messages.length;
    json.messagesUnread = unread.length;
    json.threadsTotal = threads.size;
    json.threadsUnread = new Set(unread.map((message) => message.threadId)).size;
  }
  return json;
}

/** Google's error body: `{error:{code,message,errors:[{message,domain,reason}],status}}`. */
export function errorBody(code: number, reason: string, message: string): Record<string, unknown> {
  const status: Record<number, string> = { 400: 'INVALID_ARGUMENT', 401: 'UNAUTHENTICATED', 403: 'PERMISSION_DENIED', 404: 'NOT_FOUND', 429: 'RESOURCE_EXHAUSTED', 500: 'INTERNAL', 503: 'UNAVAILABLE' };
  const domain = reason === 'rateLimitExceeded' || reason === 'userRateLimitExceeded' || reason === 'dailyLimitExceeded' ? 'usageLimits' : 'global';
  return { error: { code, message, errors: [{ message, domain, reason }], status: status[code] ?? 'UNKNOWN' } };
}

export class GmailFakeError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (what = 'Requested entity was not found.') => new GmailFakeError(404, 'notFound', what);
export const badRequest = (what: string) => new GmailFakeError(400, 'badRequest', what);

/** Quota units per method (limits.md 5d, classic table). */
export const QUOTA_UNITS: Record<string, number> = {
  'labels.list': 1,
  'labels.get': 1,
  getProfile: 1,
  'settings.sendAs.get': 1,
  'history.list': 2,
  'messages.list': 5,
  'messages.get': 5,
  'messages.modify': 5,
  'messages.trash': 5,
  'messages.untrash': 5,
  'messages.attachments.get': 5,
  'messages.batchModify': 50,
  'messages.send': 100,
  'threads.list': 10,
  'threads.get': 10,
  watch: 100,
  stop: 50,
};
