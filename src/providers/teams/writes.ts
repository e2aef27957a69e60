import { notFound, SwitchboardError } from '../../errors.js';
import type { Actor, MessageContent, MessageRecord } from '../model.js';
import type { SendMessageRequest } from '../provider.js';
import { MAX_MESSAGE_LENGTH } from './capabilities.js';
import { teamsCalls } from './client.js';
import type { Acting, TeamsConnection } from './connection.js';
import { emojiOfReaction, reactionTypeOf, sameReaction } from './emoji.js';
import { mentionedHandles, outgoingBody, type OutgoingBody } from '../kit/graph/chat-body.js';
import { containerId, parseContainerId, parseMessageId, sameContainer, type MessageContainer } from './ids.js';
import { authorOf, handleOf } from './map.js';
import { requireMessage, toRecords } from './reads.js';
import type { ReadMessage, ReadSession } from './session.js';
import type { GraphChatMessage } from './wire.js';

/**
 * Writes: send (to a channel or chat), reply (to a channel root; a reply to a reply joins its root's
 * thread), edit and delete your own message, reactions. All are made with the actor's own delegated grant
 * (Graph allows no other) and never retried. Edits, deletions and reactions read the message first (to
 * answer CONFLICT/NOT_FOUND/PERMISSION_DENIED as the contract states, which Graph would not) and again
 * after, so the answer is what Graph now holds.
 */

function checkContent(content: MessageContent): void {
  if (content.text.trim() === '') throw new SwitchboardError('VALIDATION_ERROR', 'A message needs some text.', { field: ['input', 'text'] });
  if (content.text.length > MAX_MESSAGE_LENGTH) {
    throw new SwitchboardError('VALIDATION_ERROR', `Teams messages hold at most ${MAX_MESSAGE_LENGTH} characters; this one has ${content.text.length}.`, { field: ['input', 'text'] });
  }
}

/** The Graph body of `content`, with `@handle`s of the conversation's members as `<at>` mentions. */
async function bodyFor(connection: TeamsConnection, session: ReadSession, acting: Acting, container: MessageContainer, content: MessageContent): Promise<OutgoingBody> {
  checkContent(content);
  const handles = mentionedHandles(content.text);
  if (handles.length === 0) return outgoingBody(content, () => null);
  const members = await session.membersOf(acting.principal, teamsCalls.members(container), containerId(container));
  const byHandle = new Map(
    members.filter((member) => member.userId).map((member) => [handleOf(member), { userId: member.userId!, displayName: member.displayName ?? member.userId! }]),
  );
  return outgoingBody(content, (handle) => byHandle.get(handle) ?? null);
}

export async function sendMessage(connection: TeamsConnection, session: ReadSession, actor: Actor, request: SendMessageRequest): Promise<MessageRecord> {
  const container = parseContainerId(request.channelId);
  if (!container) throw notFound('Channel', request.channelId);
  if (container.kind === 'team') {
    throw new SwitchboardError('VALIDATION_ERROR', 'A team holds channels, not messages: send to one of its channels.', { field: ['input', 'channelId'] });
  }
  if (request.attachmentIds.length > 0) {
    throw new SwitchboardError('UNSUPPORTED', 'Teams workspaces do not take uploaded attachments through Switchboard yet (capabilities.attachmentUpload).');
  }
  if (request.alsoSendToChannel) {
    throw new SwitchboardError('VALIDATION_ERROR', 'Teams has no replies also sent to the channel (capabilities.replyBroadcast is false).', { field: ['input', 'alsoSendToChannel'] });
  }
  const acting = await connection.writer(actor);
  let rootId: string | null = null;
  if (request.parentId !== null) {
    const parent = parseMessageId(request.parentId);
    if (!parent) throw notFound('Message', request.parentId);
    if (!sameContainer(parent.container, container)) {
      // Unknown (or another workspace's) parents are NOT_FOUND before they are misplaced.
      await requireMessage(session, acting, request.parentId);
      throw new SwitchboardError('VALIDATION_ERROR', 'parentId: the parent message is in another channel than channelId.', { field: ['input', 'parentId'] });
    }
    if (container.kind === 'chat') throw new SwitchboardError('VALIDATION_ERROR', 'Teams chats have no threads: send without parentId.', { field: ['input', 'parentId'] });
    rootId = parent.rootId ?? parent.messageId;
  }
  const outgoing = await bodyFor(connection, session, acting, container, request.content);
  const created = await connection.call<GraphChatMessage>(acting.principal, teamsCalls.post(container, rootId, outgoing, acting.userId!));
  session.forget(container);
  return toRecords(connection, [{ address: { container, messageId: created.id, rootId }, message: created, thread: rootId ? null : { root: created, replies: [] } }])[0];
}

/** The actor's own live message, read with their grant; CONFLICT when deleted, PERMISSION_DENIED when not theirs. */
async function ownMessage(session: ReadSession, acting: Acting, messageId: string, what: string): Promise<ReadMessage> {
  const read = await requireMessage(session, acting, messageId);
  if (read.message.deletedDateTime) throw new SwitchboardError('CONFLICT', `The message was deleted; it cannot be ${what}.`);
  if (authorOf(read.message.from) !== acting.userId) throw new SwitchboardError('PERMISSION_DENIED', `Only its author can ${what === 'edited' ? 'edit' : 'delete'} a Teams message.`);
  return read;
}

/** Reads a message again after a write (the session forgot its container). */
async function reread(connection: TeamsConnection, session: ReadSession, acting: Acting, read: ReadMessage, id: string): Promise<MessageRecord> {
  session.forget(read.address.container);
  return toRecords(connection, [await requireMessage(session, acting, id)])[0];
}

export async function updateMessage(connection: TeamsConnection, session: ReadSession, actor: Actor, messageId: string, content: MessageContent): Promise<MessageRecord> {
  const acting = await connection.writer(actor);
  const read = await ownMessage(session, acting, messageId, 'edited');
  const outgoing = await bodyFor(connection, session, acting, read.address.container, content);
  await connection.call(acting.principal, teamsCalls.update(read.address, outgoing, acting.userId!));
  return reread(connection, session, acting, read, messageId);
}

/** Soft-deletes: Graph keeps the message as a tombstone (`deletedDateTime`), its replies stay. */
export async function deleteMessage(connection: TeamsConnection, session: ReadSession, actor: Actor, messageId: string): Promise<MessageRecord> {
  const acting = await connection.writer(actor);
  const read = await ownMessage(session, acting, messageId, 'deleted');
  await connection.call(acting.principal, teamsCalls.action(read.address, 'softDelete', acting.userId!));
  return reread(connection, session, acting, read, messageId);
}

export async function react(connection: TeamsConnection, session: ReadSession, actor: Actor, messageId: string, emoji: string, on: boolean): Promise<MessageRecord> {
  const reactionType = reactionTypeOf(emoji);
  const acting = await connection.writer(actor);
  const read = await requireMessage(session, acting, messageId);
  if (read.message.deletedDateTime) throw new SwitchboardError('CONFLICT', 'The message was deleted; it takes no reactions.');
  const mine = (read.message.reactions ?? []).find((reaction) => authorOf(reaction.user) === actor.userId && sameReaction(reaction.reactionType, reactionType));
  // Named as reactions are reported (`:thumbsup:`), whichever form the input took.
  const name = emojiOfReaction(reactionType);
  if (on && mine) throw new SwitchboardError('CONFLICT', `You already reacted with ${name} to this message.`);
  if (!on && !mine) throw new SwitchboardError('NOT_FOUND', `You have no ${name} reaction on this message.`);
  // Unsetting names the reaction exactly as Graph holds it (a legacy `like` is not a `👍`).
  const body = { reactionType: mine?.reactionType ?? reactionType };
  await connection.call(acting.principal, teamsCalls.action(read.address, on ? 'setReaction' : 'unsetReaction', acting.userId!, body));
  return reread(connection, session, acting, read, messageId);
}
