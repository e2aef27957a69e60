import { notFound, SwitchboardError } from '../../errors.js';
import type { Actor, MessageContent, MessageRecord } from '../model.js';
import type { SendMessageRequest } from '../provider.js';
import type { SlackConnection } from './connection.js';
import { isChannelId, parseMessageId } from './ids.js';
import { toTombstone } from './map.js';
import { handlesIn, toMrkdwn } from './mrkdwn.js';
import { rawMessage, requireMessage } from './reads.js';
import type { ReadSession } from './session.js';
import { sendMetadata } from './sent-lookup.js';
import type { PostMessageResponse } from './wire.js';
import type { SlackResponse } from './client.js';

/**
 * Writes, each made as the actor with the actor's own user token (Slack decides who may edit, delete or
 * react, and answers cant_update_message, cant_delete_message, already_reacted…, mapped in errors.ts).
 * Writes are never retried, and each forgets what the session had read of the channel.
 */

/** Common emoji as Slack names them; other unicode emoji have to be given by name (`:name:`). */
const SLACK_NAMES: Record<string, string> = {
  '👍': '+1', '👎': '-1', '😄': 'smile', '😃': 'smiley', '😀': 'grinning', '😂': 'joy', '🙂': 'slightly_smiling_face',
  '😉': 'wink', '😍': 'heart_eyes', '😢': 'cry', '😮': 'open_mouth', '😡': 'rage', '🤔': 'thinking_face',
  '🙏': 'pray', '👏': 'clap', '🙌': 'raised_hands', '👀': 'eyes', '🎉': 'tada', '🚀': 'rocket', '🔥': 'fire',
  '💯': '100', '✅': 'white_check_mark', '❌': 'x', '⚠️': 'warning', '❤️': 'heart', '💔': 'broken_heart',
  '⭐': 'star', '👋': 'wave', '💡': 'bulb', '✨': 'sparkles', '🤝': 'handshake', '👌': 'ok_hand', '💪': 'muscle',
  '😅': 'sweat_smile', '🥳': 'partying_face', '🙈': 'see_no_evil', '☕': 'coffee', '🍕': 'pizza', '🐛': 'bug',
};
const SLACK_NAME = /^[a-z0-9_+'-]+(::skin-tone-[2-6])?$/;

/** A provider-neutral emoji (`:name:`, a bare name, or a common unicode emoji) as Slack's reaction name. */
export function reactionName(emoji: string): string {
  const trimmed = emoji.trim();
  const named = /^:(.+):$/.exec(trimmed)?.[1] ?? trimmed;
  if (SLACK_NAME.test(named)) return named;
  const known = SLACK_NAMES[trimmed] ?? SLACK_NAMES[trimmed.replace(/\uFE0F/g, '')];
  if (known) return known;
  throw new SwitchboardError(
    'VALIDATION_ERROR',
    `Slack reactions take an emoji name such as ":thumbsup:"; ${JSON.stringify(emoji)} has no Slack name we know.`,
    { field: ['input', 'emoji'] },
  );
}

/** Content as mrkdwn, with `@handle`s turned into Slack mentions (users.list, only when there is a handle). */
export async function outgoingText(connection: SlackConnection, content: MessageContent): Promise<string> {
  const handles = await connection.users.resolveHandles(handlesIn(content.text));
  return toMrkdwn(content, (handle) => handles.get(handle) ?? null);
}

function address(messageId: string) {
  const parsed = parseMessageId(messageId);
  if (!parsed) throw notFound('Message', messageId);
  return parsed;
}

export async function sendMessage(
  connection: SlackConnection,
  session: ReadSession,
  actor: Actor,
  request: SendMessageRequest,
): Promise<MessageRecord> {
  const acting = await connection.writer(actor);
  if (request.attachmentIds.length > 0) {
    throw new SwitchboardError('UNSUPPORTED', 'Attaching files to Slack messages is not supported yet (capabilities.attachmentUpload is false).', {
      field: ['input', 'attachmentIds'],
    });
  }
  if (!isChannelId(request.channelId)) throw notFound('Channel', request.channelId);
  let threadTs: string | null = null;
  if (request.parentId !== null) {
    const parent = await rawMessage(session, acting, request.parentId);
    if (!parent) throw notFound('Message', request.parentId);
    if (parent.address.channel !== request.channelId) {
      throw new SwitchboardError('VALIDATION_ERROR', 'parentId: the message replied to is in another channel than channelId.', {
        field: ['input', 'parentId'],
      });
    }
    // Slack threads are one level deep: a reply to a reply joins its root's thread.
    threadTs = parent.message.thread_ts ?? parent.message.ts;
  }
  const broadcast = threadTs !== null && request.alsoSendToChannel;
  const text = await outgoingText(connection, request.content);
  const response = await connection.api.call<PostMessageResponse>(
    'chat.postMessage',
    {
      channel: request.channelId,
      text,
      ...(threadTs ? { thread_ts: threadTs } : {}),
      ...(broadcast ? { reply_broadcast: true } : {}),
      // A send guarded by an idempotency key can be found again after a crash (./sent-lookup.ts).
      ...(request.idempotencyToken ? { metadata: sendMetadata(request.idempotencyToken) } : {}),
    },
    acting.token,
    { write: true, budgetScope: request.channelId },
  );
  session.forget(request.channelId);
  const message = {
    ...response.message,
    ts: response.ts,
    ...(threadTs && !response.message.thread_ts ? { thread_ts: threadTs } : {}),
    ...(broadcast && !response.message.subtype ? { subtype: 'thread_broadcast' } : {}),
  };
  const [record] = await connection.records([{ channel: response.channel ?? request.channelId, message }]);
  return record;
}

export async function updateMessage(
  connection: SlackConnection,
  session: ReadSession,
  actor: Actor,
  messageId: string,
  content: MessageContent,
): Promise<MessageRecord> {
  const acting = await connection.writer(actor);
  const { channel, ts } = address(messageId);
  const text = await outgoingText(connection, content);
  await connection.api.call<SlackResponse>('chat.update', { channel, ts, text }, acting.token, { write: true });
  session.forget(channel);
  // chat.update answers a partial message (no thread fields, no reactions): read the whole one back.
  return requireMessage(connection, session, acting, messageId);
}

/**
 * Deletes a message. Slack keeps a tombstone only for a thread root that has replies; anything else is
 * gone, so the returned tombstone is built from the message as it was.
 */
export async function deleteMessage(connection: SlackConnection, session: ReadSession, actor: Actor, messageId: string): Promise<MessageRecord> {
  const acting = await connection.writer(actor);
  const { channel, ts } = address(messageId);
  const before = await requireMessage(connection, session, acting, messageId);
  if (before.deletedAt) throw new SwitchboardError('CONFLICT', `Message ${JSON.stringify(messageId)} is already deleted.`);
  await connection.api.call<SlackResponse>('chat.delete', { channel, ts }, acting.token, { write: true });
  session.forget(channel);
  return toTombstone(before, new Date(connection.now()));
}

export async function react(
  connection: SlackConnection,
  session: ReadSession,
  actor: Actor,
  messageId: string,
  emoji: string,
  method: 'reactions.add' | 'reactions.remove',
): Promise<MessageRecord> {
  const acting = await connection.writer(actor);
  const { channel, ts } = address(messageId);
  const name = reactionName(emoji);
  await connection.api.call<SlackResponse>(method, { channel, timestamp: ts, name }, acting.token, { write: true });
  session.forget(channel);
  return requireMessage(connection, session, acting, messageId);
}
