import { compareTs, SlackApiError, type FakeConversation, type FakeMessage, type FakeSlackWorkspace } from '../workspace.js';
import {
  booleanParam,
  canSee,
  decodeCursor,
  encodeCursor,
  intParam,
  pageByKey,
  readableConversation,
  requireScope,
  stringParam,
  tsParam,
  visibleConversation,
  type MethodCall,
  type MethodTable,
} from './support.js';

const READ_SCOPES = ['channels:read', 'groups:read', 'im:read', 'mpim:read'];
const HISTORY_SCOPES = ['channels:history', 'groups:history', 'im:history', 'mpim:history'];
const WRITE_SCOPES = ['channels:write', 'groups:write', 'im:write', 'mpim:write'];
const TYPE_OF_KIND = { public: 'public_channel', private: 'private_channel', im: 'im', mpim: 'mpim' } as const;

/** conversations.* and users.conversations. */
export const conversationMethods: MethodTable = {
  'conversations.list': (call) => {
    requireScope(call, ...READ_SCOPES);
    const types = conversationTypes(call);
    const excludeArchived = booleanParam(call, 'exclude_archived');
    const limit = intParam(call, 'limit', 100, 1, 1000);
    const visible = [...call.workspace.conversations.values()].filter(
      (conversation) =>
        types.has(TYPE_OF_KIND[conversation.kind]) &&
        canSee(conversation, call.caller.userId) &&
        !(excludeArchived && conversation.isArchived),
    );
    const { page, response_metadata } = pageByKey(call, visible, (conversation) => conversation.id, 'team', limit);
    return { channels: page.map((conversation) => conversationJson(call.workspace, conversation, call.caller.userId)), response_metadata };
  },

  'users.conversations': (call) => {
    requireScope(call, ...READ_SCOPES);
    const types = conversationTypes(call);
    const excludeArchived = booleanParam(call, 'exclude_archived');
    const limit = intParam(call, 'limit', 100, 1, 1000);
    const userId = stringParam(call, 'user') ?? call.caller.userId;
    if (!call.workspace.users.has(userId)) throw new SlackApiError('user_not_found');
    // Non-public conversations of another user are listed only where the caller is a member too.
    const listed = [...call.workspace.conversations.values()].filter(
      (conversation) =>
        types.has(TYPE_OF_KIND[conversation.kind]) &&
        conversation.members.includes(userId) &&
        canSee(conversation, call.caller.userId) &&
        !(excludeArchived && conversation.isArchived),
    );
    const { page, response_metadata } = pageByKey(call, listed, (conversation) => conversation.id, 'team', limit);
    return { channels: page.map((conversation) => conversationJson(call.workspace, conversation, call.caller.userId)), response_metadata };
  },

  'conversations.info': (call) => {
    requireScope(call, ...READ_SCOPES);
    const conversation = visibleConversation(call);
    const json = conversationJson(call.workspace, conversation, call.caller.userId, booleanParam(call, 'include_num_members'));
    const lastRead = conversation.lastRead.get(call.caller.userId);
    if (conversation.members.includes(call.caller.userId)) {
      json.last_read = lastRead ?? '0000000000.000000';
      const unread = call.workspace
        .channelMessages(conversation.id)
        .filter((message) => call.workspace.inTimeline(message) && message.user !== call.caller.userId)
        .filter((message) => !lastRead || compareTs(message.ts, lastRead) > 0).length;
      json.unread_count = unread;
      json.unread_count_display = unread;
    }
    return { channel: json };
  },

  'conversations.members': (call) => {
    requireScope(call, ...READ_SCOPES);
    const conversation = visibleConversation(call);
    const limit = intParam(call, 'limit', 100, 1, 1000);
    const { page, response_metadata } = pageByKey(call, conversation.members, (id) => id, 'user_id', limit);
    return { members: page, response_metadata };
  },

  /**
   * The channel timeline (roots, replies also sent to the channel, tombstones), newest first. Between
   * `oldest` and `latest` it returns the `limit` messages closest to `latest`, or closest to `oldest` when
   * only `oldest` is given (Slack's documented way to page forward in time); `next_cursor` continues in the
   * same direction.
   */
  'conversations.history': (call) => {
    requireScope(call, ...HISTORY_SCOPES);
    const conversation = readableConversation(call);
    const limit = Math.min(intParam(call, 'limit', 100, 1, Number.MAX_SAFE_INTEGER), 999);
    const latestParam = tsParam(call, 'latest', 'invalid_ts_latest');
    const oldestParam = tsParam(call, 'oldest', 'invalid_ts_oldest');
    const inclusive = booleanParam(call, 'inclusive');
    const cursor = decodeCursor(call, 'next_ts');
    const towardsNewer = latestParam === null && oldestParam !== null;

    let lower = { ts: oldestParam, inclusive };
    let upper = { ts: latestParam, inclusive };
    if (cursor !== null) {
      if (towardsNewer) lower = { ts: cursor, inclusive: false };
      else upper = { ts: cursor, inclusive: false };
    }
    const inRange = call.workspace
      .channelMessages(conversation.id)
      .filter((message) => call.workspace.inTimeline(message) && within(message.ts, lower, upper));
    const ordered = towardsNewer ? inRange : [...inRange].reverse();
    const chosen = ordered.slice(0, limit);
    const hasMore = ordered.length > limit;
    const boundary = chosen[chosen.length - 1];
    const messages = (towardsNewer ? [...chosen].reverse() : chosen).map((message) => withMetadata(call, call.workspace.messageJson(message)));
    return {
      ...(latestParam ? { latest: latestParam } : {}),
      ...(oldestParam ? { oldest: oldestParam } : {}),
      messages,
      has_more: hasMore,
      pin_count: call.workspace.pins.filter((pin) => pin.channel === conversation.id).length,
      channel_actions_ts: null,
      channel_actions_count: 0,
      response_metadata: { next_cursor: hasMore && boundary ? encodeCursor('next_ts', boundary.ts) : '' },
    };
  },

  /** A thread: its root first, then the replies oldest first; `ts` may name the root or any reply. */
  'conversations.replies': (call) => {
    requireScope(call, ...HISTORY_SCOPES);
    const conversation = readableConversation(call);
    const ts = tsParam(call, 'ts', 'thread_not_found');
    if (ts === null) throw new SlackApiError('thread_not_found');
    const limit = intParam(call, 'limit', 1000, 1, 1000);
    const latest = tsParam(call, 'latest', 'invalid_ts_latest');
    const oldest = tsParam(call, 'oldest', 'invalid_ts_oldest');
    const inclusive = booleanParam(call, 'inclusive');
    const cursor = decodeCursor(call, 'next_ts');
    const root = threadRoot(call.workspace, conversation, ts);
    const replies = call.workspace
      .repliesOf(root)
      .filter((reply) => within(reply.ts, { ts: oldest, inclusive }, { ts: latest, inclusive }))
      .filter((reply) => cursor === null || compareTs(reply.ts, cursor) > 0);
    const thread: FakeMessage[] = cursor === null ? [root, ...replies] : replies;
    const chosen = thread.slice(0, limit);
    const hasMore = thread.length > limit;
    return {
      messages: chosen.map((message) => withMetadata(call, call.workspace.messageJson(message))),
      has_more: hasMore,
      response_metadata: { next_cursor: hasMore ? encodeCursor('next_ts', chosen[chosen.length - 1].ts) : '' },
    };
  },

  'conversations.mark': (call) => {
    requireScope(call, ...WRITE_SCOPES);
    const conversation = visibleConversation(call);
    if (!conversation.members.includes(call.caller.userId)) throw new SlackApiError('not_in_channel');
    const ts = tsParam(call, 'ts', 'invalid_timestamp');
    if (ts === null) throw new SlackApiError('invalid_timestamp');
    conversation.lastRead.set(call.caller.userId, ts);
    return {};
  },
};

function conversationTypes(call: MethodCall): Set<string> {
  const raw = stringParam(call, 'types') ?? 'public_channel';
  const types = new Set(raw.split(',').map((type) => type.trim()));
  for (const type of types) {
    if (!['public_channel', 'private_channel', 'im', 'mpim'].includes(type)) throw new SlackApiError('invalid_types');
  }
  return types;
}

function within(ts: string, lower: { ts: string | null; inclusive: boolean }, upper: { ts: string | null; inclusive: boolean }): boolean {
  if (lower.ts !== null) {
    const order = compareTs(ts, lower.ts);
    if (order < 0 || (order === 0 && !lower.inclusive)) return false;
  }
  if (upper.ts !== null) {
    const order = compareTs(ts, upper.ts);
    if (order > 0 || (order === 0 && !upper.inclusive)) return false;
  }
  return true;
}

function threadRoot(workspace: FakeSlackWorkspace, conversation: FakeConversation, ts: string): FakeMessage {
  const message = workspace.findMessage(conversation.id, ts);
  if (!message) throw new SlackApiError('thread_not_found');
  if (workspace.isRoot(message)) return message;
  const root = workspace.findMessage(conversation.id, message.threadTs!);
  if (!root) throw new SlackApiError('thread_not_found');
  return root;
}

/** A conversation object as conversations.list / info return it, from `viewerId`'s point of view. */
export function conversationJson(
  workspace: FakeSlackWorkspace,
  conversation: FakeConversation,
  viewerId: string,
  includeNumMembers = true,
): Record<string, unknown> {
  const isMember = conversation.members.includes(viewerId);
  if (conversation.kind === 'im') {
    const other = conversation.members.find((id) => id !== viewerId) ?? conversation.members[0];
    return {
      id: conversation.id,
      created: conversation.created,
      is_im: true,
      is_org_shared: false,
      user: other,
      is_user_deleted: workspace.users.get(other)?.deleted ?? false,
      priority: 0,
      is_open: true,
    };
  }
  const json: Record<string, unknown> = {
    id: conversation.id,
    name: conversation.name,
    is_channel: conversation.kind !== 'mpim',
    is_group: conversation.kind === 'mpim',
    is_im: false,
    is_mpim: conversation.kind === 'mpim',
    is_private: conversation.kind !== 'public',
    created: conversation.created,
    creator: conversation.creator,
    is_archived: conversation.isArchived,
    is_general: conversation.name === 'general',
    unlinked: 0,
    name_normalized: conversation.name,
    is_shared: false,
    is_ext_shared: false,
    is_org_shared: false,
    pending_shared: [],
    is_pending_ext_shared: false,
    is_member: isMember,
    updated: conversation.created * 1000,
    topic: { value: conversation.topic, creator: conversation.topic ? conversation.creator : '', last_set: 0 },
    purpose: { value: conversation.purpose, creator: conversation.purpose ? conversation.creator : '', last_set: 0 },
    previous_names: [],
  };
  if (includeNumMembers) json.num_members = conversation.members.length;
  return json;
}

/** Slack returns message metadata from history and replies only when asked (`include_all_metadata`). */
function withMetadata(call: MethodCall, json: Record<string, unknown>): Record<string, unknown> {
  if (booleanParam(call, 'include_all_metadata')) return json;
  const { metadata: _metadata, ...rest } = json;
  return rest;
}
