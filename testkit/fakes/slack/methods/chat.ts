import { MAX_TEXT_LENGTH, SlackApiError, type FakeConversation, type FakeMessage, type FakeSlackWorkspace } from '../workspace.js';
import {
  booleanParam,
  jsonParam,
  requireMessage,
  requireScope,
  stringParam,
  tsParam,
  visibleConversation,
  writableConversation,
  type MethodCall,
  type MethodTable,
} from './support.js';

/** Distinct emoji one message can carry (reactions.add answers too_many_emoji beyond). */
export const MAX_DISTINCT_REACTIONS = 50;
const SYSTEM_SUBTYPES = new Set(['channel_join', 'channel_leave', 'channel_name', 'channel_archive', 'channel_topic', 'channel_purpose']);
const EMOJI_NAME = /^[a-z0-9_+'-]+(::skin-tone-[2-6])?$/;

/** chat.postMessage, chat.update, chat.delete, chat.getPermalink and reactions.add / remove. */
export const chatMethods: MethodTable = {
  'chat.postMessage': (call) => {
    requireScope(call, 'chat:write');
    const conversation = writableConversation(call);
    const { text, blocks } = messageContent(call);
    const threadTs = replyTarget(call, conversation);
    const metadata = jsonParam<FakeMessage['metadata']>(call, 'metadata', 'invalid_metadata_format');
    if (metadata && (typeof metadata.event_type !== 'string' || typeof metadata.event_payload !== 'object')) throw new SlackApiError('invalid_metadata_schema');
    const message = post(call, conversation, text, blocks, threadTs, threadTs !== null && booleanParam(call, 'reply_broadcast'));
    message.metadata = metadata;
    return { channel: conversation.id, ts: message.ts, message: call.workspace.messageJson(message) };
  },

  'chat.update': (call) => {
    requireScope(call, 'chat:write');
    const conversation = visibleConversation(call);
    const ts = tsParam(call, 'ts', 'message_not_found');
    const message = ts === null ? undefined : call.workspace.findMessage(conversation.id, ts);
    if (!message) throw new SlackApiError('message_not_found');
    if (message.subtype === 'tombstone' || message.user !== call.caller.userId) throw new SlackApiError('cant_update_message');
    if (conversation.isArchived) throw new SlackApiError('is_archived');
    const { text, blocks } = messageContent(call);
    message.text = text;
    if (blocks !== null) message.blocks = blocks;
    message.edited = { user: call.caller.userId, ts: call.workspace.nextTs() };
    // Slack answers with a partial message (no ts, no thread fields): clients re-read what they need.
    const json = call.workspace.messageJson(message);
    const partial = Object.fromEntries(
      Object.entries(json).filter(([key]) => ['type', 'user', 'bot_id', 'text', 'blocks', 'team', 'edited'].includes(key)),
    );
    return { channel: conversation.id, ts: message.ts, text: message.text, message: partial };
  },

  /**
   * Deleting removes the message, except a thread root that still has replies: Slack keeps it as a hidden
   * `tombstone` ("This message was deleted.", user USLACKBOT) so that the thread stays reachable.
   */
  'chat.delete': (call) => {
    requireScope(call, 'chat:write');
    const conversation = visibleConversation(call);
    const ts = tsParam(call, 'ts', 'message_not_found');
    const message = ts === null ? undefined : call.workspace.findMessage(conversation.id, ts);
    if (!message || message.subtype === 'tombstone') throw new SlackApiError('message_not_found');
    const caller = call.workspace.users.get(call.caller.userId);
    const isAuthor = message.user === call.caller.userId;
    const isAdmin = call.caller.kind === 'user' && (caller?.isAdmin || caller?.isOwner);
    if (!isAuthor && !isAdmin) throw new SlackApiError('cant_delete_message');
    deleteMessage(call.workspace, message);
    return { channel: conversation.id, ts: message.ts };
  },

  'chat.getPermalink': (call) => {
    const conversation = visibleConversation(call);
    const ts = tsParam(call, 'message_ts', 'message_not_found');
    if (ts === null || !call.workspace.findMessage(conversation.id, ts)) throw new SlackApiError('message_not_found');
    return { channel: conversation.id, permalink: call.workspace.permalink(conversation.id, ts) };
  },

  'reactions.add': (call) => {
    requireScope(call, 'reactions:write');
    const conversation = visibleConversation(call);
    const message = requireMessage(call, conversation, 'timestamp', 'bad_timestamp');
    if (conversation.isArchived) throw new SlackApiError('is_archived');
    const name = emojiName(call);
    const group = message.reactions.find((reaction) => reaction.name === name);
    if (group?.users.includes(call.caller.userId)) throw new SlackApiError('already_reacted');
    if (!group && message.reactions.length >= MAX_DISTINCT_REACTIONS) throw new SlackApiError('too_many_emoji');
    if (group) group.users.push(call.caller.userId);
    else message.reactions.push({ name, users: [call.caller.userId] });
    return {};
  },

  'reactions.remove': (call) => {
    requireScope(call, 'reactions:write');
    const conversation = visibleConversation(call);
    const message = requireMessage(call, conversation, 'timestamp', 'bad_timestamp');
    const name = emojiName(call);
    const group = message.reactions.find((reaction) => reaction.name === name);
    if (!group || !group.users.includes(call.caller.userId)) throw new SlackApiError('no_reaction');
    group.users = group.users.filter((id) => id !== call.caller.userId);
    if (group.users.length === 0) message.reactions = message.reactions.filter((reaction) => reaction !== group);
    return {};
  },
};

/** `text` and `blocks` of a post or update: one of them must be present, and text within the limit. */
export function messageContent(call: MethodCall): { text: string; blocks: unknown[] | null } {
  const text = stringParam(call, 'text') ?? stringParam(call, 'markdown_text') ?? '';
  const blocks = jsonParam<unknown[]>(call, 'blocks', 'invalid_blocks_format');
  if (blocks !== null && !Array.isArray(blocks)) throw new SlackApiError('invalid_blocks_format');
  const attachments = jsonParam<unknown[]>(call, 'attachments', 'invalid_attachments');
  if (!text.trim() && !blocks?.length && !attachments?.length) throw new SlackApiError('no_text');
  if (text.length > MAX_TEXT_LENGTH) throw new SlackApiError('msg_too_long');
  return { text, blocks };
}

/** The root ts a reply goes under: `thread_ts` may name a reply, whose root is used (as Slack does). */
export function replyTarget(call: MethodCall, conversation: FakeConversation): string | null {
  const ts = tsParam(call, 'thread_ts', 'invalid_thread_ts');
  if (ts === null) return null;
  const parent = call.workspace.findMessage(conversation.id, ts);
  if (!parent) throw new SlackApiError('thread_not_found');
  if (parent.subtype && SYSTEM_SUBTYPES.has(parent.subtype)) throw new SlackApiError('cannot_reply_to_message');
  return parent.threadTs ?? parent.ts;
}

/** Appends a message from the caller (a bot token posts as its bot user, with its bot id). */
export function post(
  call: MethodCall,
  conversation: FakeConversation,
  text: string,
  blocks: unknown[] | null,
  threadTs: string | null,
  broadcast: boolean,
): FakeMessage {
  const author = call.workspace.users.get(call.caller.userId);
  return call.workspace.addMessage(conversation.id, {
    user: call.caller.userId,
    botId: call.caller.kind === 'bot' ? (author?.botId ?? null) : null,
    username: call.caller.kind === 'bot' ? stringParam(call, 'username') : null,
    text,
    blocks,
    threadTs,
    broadcast,
  });
}

export function deleteMessage(workspace: FakeSlackWorkspace, message: FakeMessage): void {
  const list = workspace.channelMessages(message.channel);
  const isRootWithReplies = workspace.isRoot(message) && workspace.repliesOf(message).length > 0;
  if (isRootWithReplies) {
    Object.assign(message, {
      subtype: 'tombstone',
      user: 'USLACKBOT',
      botId: null,
      username: null,
      text: 'This message was deleted.',
      blocks: null,
      edited: null,
      reactions: [],
      files: [],
    });
  } else {
    list.splice(list.indexOf(message), 1);
  }
  for (let index = workspace.pins.length - 1; index >= 0; index -= 1) {
    const pin = workspace.pins[index];
    if (pin.channel === message.channel && pin.ts === message.ts) workspace.pins.splice(index, 1);
  }
}

function emojiName(call: MethodCall): string {
  const name = stringParam(call, 'name');
  if (name === null || !EMOJI_NAME.test(name)) throw new SlackApiError('invalid_name');
  return name;
}
