import {
  SlackApiError,
  TS_PATTERN,
  type FakeConversation,
  type FakeMessage,
  type FakeSlackWorkspace,
  type FakeToken,
} from '../workspace.js';

/** What a method handler gets: the workspace, the parameters (form values are strings), the caller's token. */
export interface MethodCall {
  workspace: FakeSlackWorkspace;
  params: Record<string, unknown>;
  /** The authenticated token; absent only for methods that take client credentials (oauth.v2.access). */
  caller: FakeToken;
  authorization: string | null;
}

/** Returns the response fields after `ok: true`, or throws SlackApiError for `{ok:false,error}`. */
export type MethodHandler = (call: MethodCall) => Record<string, unknown>;
export type MethodTable = Record<string, MethodHandler>;

// ---- parameters ---------------------------------------------------------------------------------------

export function stringParam(call: MethodCall, name: string): string | null {
  const value = call.params[name];
  if (value === undefined || value === null || value === '') return null;
  return String(value);
}

export function requiredParam(call: MethodCall, name: string, error = 'invalid_arguments'): string {
  const value = stringParam(call, name);
  if (value === null) throw new SlackApiError(error, { response_metadata: { messages: [`[ERROR] missing required field: ${name}`] } });
  return value;
}

export function booleanParam(call: MethodCall, name: string, fallback = false): boolean {
  const value = call.params[name];
  if (value === undefined || value === null || value === '') return fallback;
  if (typeof value === 'boolean') return value;
  return value === 'true' || value === '1';
}

/** An integer parameter; `invalid_limit` (or `error`) when it is not one or lies outside [min, max]. */
export function intParam(call: MethodCall, name: string, fallback: number, min: number, max: number, error = 'invalid_limit'): number {
  const raw = call.params[name];
  if (raw === undefined || raw === null || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new SlackApiError(error);
  return value;
}

/** A `ts`-shaped parameter (`latest`, `oldest`, `timestamp`…); `error` when malformed. */
export function tsParam(call: MethodCall, name: string, error: string): string | null {
  const value = stringParam(call, name);
  if (value === null) return null;
  if (!TS_PATTERN.test(value) && !/^\d{1,10}$/.test(value)) throw new SlackApiError(error);
  return value.includes('.') ? value : `${value}.000000`;
}

/** Structured arguments arrive JSON-encoded in one form field (WebClient flattens them that way). */
export function jsonParam<T>(call: MethodCall, name: string, error: string): T | null {
  const value = call.params[name];
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') return value as T;
  try {
    return JSON.parse(value) as T;
  } catch {
    throw new SlackApiError(error);
  }
}

// ---- scopes and access --------------------------------------------------------------------------------

/** The call needs one of `scopes`; Slack answers `missing_scope` with `needed` and `provided`. */
export function requireScope(call: MethodCall, ...scopes: string[]): void {
  if (scopes.some((scope) => call.caller.scopes.includes(scope))) return;
  throw new SlackApiError('missing_scope', { needed: scopes.join(','), provided: call.caller.scopes.join(',') });
}

export function requireUserToken(call: MethodCall): void {
  if (call.caller.kind !== 'user') throw new SlackApiError('not_allowed_token_type');
}

/**
 * Whether the caller can see a conversation at all: public channels are visible to everyone in the team,
 * private channels and direct conversations only to their members.
 */
export function canSee(conversation: FakeConversation, userId: string): boolean {
  return conversation.kind === 'public' || conversation.members.includes(userId);
}

/** The conversation named by `param`, or `channel_not_found` when it does not exist or is not visible. */
export function visibleConversation(call: MethodCall, param = 'channel', error = 'channel_not_found'): FakeConversation {
  const id = requiredParam(call, param, error);
  const conversation = call.workspace.conversations.get(id);
  if (!conversation || !canSee(conversation, call.caller.userId)) throw new SlackApiError(error);
  return conversation;
}

/**
 * Reading history: user tokens read public channels they are not in; bot tokens need to be a member
 * (Slack answers `not_in_channel`).
 */
export function readableConversation(call: MethodCall): FakeConversation {
  const conversation = visibleConversation(call);
  if (call.caller.kind === 'bot' && !conversation.members.includes(call.caller.userId)) throw new SlackApiError('not_in_channel');
  return conversation;
}

/** Posting needs membership and an unarchived conversation. */
export function writableConversation(call: MethodCall): FakeConversation {
  const conversation = visibleConversation(call);
  if (!conversation.members.includes(call.caller.userId)) throw new SlackApiError('not_in_channel');
  if (conversation.isArchived) throw new SlackApiError('is_archived');
  return conversation;
}

export function requireMessage(call: MethodCall, conversation: FakeConversation, param: string, malformed = 'invalid_timestamp'): FakeMessage {
  const ts = tsParam(call, param, malformed);
  if (ts === null) throw new SlackApiError('no_item_specified');
  const message = call.workspace.findMessage(conversation.id, ts);
  if (!message || message.subtype === 'tombstone') throw new SlackApiError('message_not_found');
  return message;
}

// ---- cursors ------------------------------------------------------------------------------------------

/** Slack cursors are opaque base64 strings like base64("next_ts:1512085861000543"); ours are alike. */
export function encodeCursor(kind: string, value: string): string {
  return Buffer.from(`${kind}:${value}`, 'utf8').toString('base64');
}

export function decodeCursor(call: MethodCall, kind: string): string | null {
  const cursor = stringParam(call, 'cursor');
  if (cursor === null) return null;
  const decoded = Buffer.from(cursor, 'base64').toString('utf8');
  if (!decoded.startsWith(`${kind}:`)) throw new SlackApiError('invalid_cursor');
  return decoded.slice(kind.length + 1);
}

/**
 * Pages a list by position with an opaque cursor naming the next item's key: the page, and the metadata
 * Slack puts next to it (`next_cursor` empty on the last page).
 */
export function pageByKey<T>(call: MethodCall, items: T[], keyOf: (item: T) => string, kind: string, limit: number) {
  const after = decodeCursor(call, kind);
  let start = 0;
  if (after !== null) {
    start = items.findIndex((item) => keyOf(item) === after);
    if (start < 0) throw new SlackApiError('invalid_cursor');
  }
  const page = limit > 0 ? items.slice(start, start + limit) : items.slice(start);
  const next = limit > 0 ? items[start + limit] : undefined;
  return { page, response_metadata: { next_cursor: next ? encodeCursor(kind, keyOf(next)) : '' } };
}
