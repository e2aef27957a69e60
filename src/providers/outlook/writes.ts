import { SwitchboardError } from '../../errors.js';
import { formatBytes } from '../../files/rules.js';
import type { Actor, MessageContent, MessageRecord } from '../model.js';
import type { EnvelopeAddress, SendMessageRequest } from '../provider.js';
import type { OutlookConnection } from './connection.js';
import { mailBodyOf } from './content.js';
import { headerOf } from './map.js';
import { attachFiles, MAX_ATTACHMENT_BYTES } from './outgoing-attachments.js';
import { loadMessages, recordsOf } from './reads.js';
import type { ReadSession } from './session.js';
import type { GraphList, GraphMessage } from './wire.js';

/**
 * Sending mail. Every send is a draft first (POST /messages, or createReplyAll for a reply, so Graph writes
 * In-Reply-To and References itself) carrying the send's idempotency token as an `x-` header, its files
 * added to the draft (outgoing-attachments.ts: staged uploads the uploads kit hands over), then `send`:
 * the draft's id is known before the mail leaves, and a retry after a crash finds the sent mail by its header
 * in Sent Items (findSentMessage). Sent mail cannot be edited; reactions do not exist (UNSUPPORTED).
 */

export const IDEMPOTENCY_HEADER = 'x-switchboard-send';

const recipients = (addresses: readonly EnvelopeAddress[] | undefined) => (addresses ?? []).map((entry) => ({ emailAddress: { address: entry.address, ...(entry.name ? { name: entry.name } : {}) } }));

/**
 * Sends a new mail, or a reply keeping the thread. The core settles the envelope (src/resolvers/
 * email-envelope.ts); a reply whose recipients were derived from its parent lets Graph address it
 * (createReply honours the parent's Reply-To), otherwise the envelope's lists replace the draft's.
 */
export async function sendMessage(connection: OutlookConnection, session: ReadSession, actor: Actor, request: SendMessageRequest): Promise<MessageRecord> {
  const principal = await connection.writer(actor);
  const files = request.files ?? [];
  if (request.attachmentIds.length > files.length) {
    throw new SwitchboardError('UNSUPPORTED', 'Attachments on Outlook mail need uploads staged by this server (a file store and SWITCHBOARD_ENCRYPTION_KEY; capabilities.attachmentUpload).', { field: ['input', 'attachmentIds'] });
  }
  const tooLarge = files.find((file) => file.bytes.length > MAX_ATTACHMENT_BYTES);
  if (tooLarge) throw new SwitchboardError('VALIDATION_ERROR', `attachmentIds: ${JSON.stringify(tooLarge.filename)} is larger than the ${formatBytes(MAX_ATTACHMENT_BYTES)} Outlook takes for one file.`, { field: ['input', 'attachmentIds'] });
  if (request.alsoSendToChannel) throw new SwitchboardError('VALIDATION_ERROR', 'Mail has no reply "also sent to the channel".', { field: ['input', 'alsoSendToChannel'] });
  // Sent mail lands in Sent Items whichever folder the send names, but that folder must be one of the mailbox's.
  const [folder] = await session.loadFolders(principal, [request.channelId]);
  if (!folder) throw new SwitchboardError('NOT_FOUND', `Folder ${request.channelId} was not found.`, { field: ['input', 'channelId'] });
  const headers = request.idempotencyToken ? [{ name: IDEMPOTENCY_HEADER, value: request.idempotencyToken }] : [];
  const body = mailBodyOf(request.content);
  let draft: GraphMessage;
  if (request.parentId) {
    const [parent] = await loadMessages(connection, session, principal, [request.parentId]);
    if (!parent || parent instanceof Error || parent.deletedAt) throw new SwitchboardError('NOT_FOUND', `Message ${request.parentId} was not found.`, { field: ['input', 'parentId'] });
    const envelope = request.email;
    // No envelope (a caller outside GraphQL) answers everyone of the thread, as a chat reply reaches the whole thread.
    const addressed = envelope && !envelope.derivedRecipients ? { toRecipients: recipients(envelope.to), ccRecipients: recipients(envelope.cc), bccRecipients: recipients(envelope.bcc) } : {};
    draft = await connection.call<GraphMessage>(principal, connection.calls.createReply(request.parentId, !envelope, { message: { internetMessageHeaders: headers, ...addressed } }, actor.userId));
    // The body replaces the draft's, Graph's quote of the parent included: a reply carries what its sender
    // wrote, as on Gmail, and the thread (In-Reply-To, References) shows what it answers.
    await connection.call(principal, connection.calls.update(draft.id, { body, ...(envelope?.subject ? { subject: envelope.subject } : {}) }, actor.userId));
  } else {
    const envelope = request.email;
    const to = recipients(envelope?.to);
    const cc = recipients(envelope?.cc);
    const bcc = recipients(envelope?.bcc);
    if (to.length + cc.length + bcc.length === 0) throw new SwitchboardError('VALIDATION_ERROR', 'A new mail needs at least one recipient (to, cc or bcc).', { field: ['input', 'to'] });
    draft = await connection.call<GraphMessage>(principal, connection.calls.createDraft({ subject: envelope?.subject ?? '', body, toRecipients: to, ccRecipients: cc, bccRecipients: bcc, internetMessageHeaders: headers }, actor.userId));
  }
  if (files.length > 0) {
    try {
      await attachFiles(connection, principal, draft.id, files, actor.userId);
    } catch (error) {
      // Not sent: the draft would wait in Drafts with part of its files. Remove it, so a retry starts clean.
      await connection.call(principal, connection.calls.remove(draft.id, actor.userId)).catch(() => undefined);
      throw error;
    }
  }
  await connection.call(principal, connection.calls.send(draft.id, actor.userId));
  session.forget(draft.id);
  session.forgetConversation(draft.conversationId);
  const sent = await connection.call<GraphMessage>(principal, connection.calls.message(draft.id));
  const [record] = await recordsOf(connection, session, principal, [sent]);
  if (!record) throw new SwitchboardError('PROVIDER_ERROR', 'Microsoft Graph sent the mail but does not show it.');
  return record;
}

/** The mail an earlier send with this token left in Sent Items since `since`, or null. */
export async function findSentMessage(connection: OutlookConnection, session: ReadSession, actor: Actor, lookup: { token: string; since: Date }): Promise<MessageRecord | null> {
  const principal = await connection.writer(actor);
  const answer = await connection.call<GraphList<GraphMessage>>(principal, connection.calls.sentSince(new Date(lookup.since.getTime() - 60_000).toISOString()));
  const match = (answer.value ?? []).find((message) => headerOf(message, IDEMPOTENCY_HEADER) === lookup.token);
  if (!match) return null;
  const [record] = await loadMessages(connection, session, principal, [match.id]);
  return record instanceof Error ? null : record;
}

export function updateMessage(_actor: Actor, _messageId: string, _content: MessageContent): Promise<MessageRecord> {
  return Promise.reject(new SwitchboardError('UNSUPPORTED', 'Sent mail cannot be edited (capabilities.editMessages is false).'));
}

export function react(): Promise<MessageRecord> {
  return Promise.reject(new SwitchboardError('UNSUPPORTED', 'Mail has no reactions (capabilities.reactions is false).'));
}

/** Deleting moves the mail to Deleted Items; it reads as a tombstone while replies hang below it. */
export async function deleteMessage(connection: OutlookConnection, session: ReadSession, actor: Actor, messageId: string): Promise<MessageRecord> {
  const principal = await connection.writer(actor);
  const [before] = await loadMessages(connection, session, principal, [messageId]);
  if (!before || before instanceof Error || before.deletedAt) throw new SwitchboardError('NOT_FOUND', `Message ${messageId} was not found.`);
  await connection.call(principal, connection.calls.remove(messageId, actor.userId));
  session.forget(messageId);
  const [after] = await loadMessages(connection, session, principal, [messageId]);
  if (after && !(after instanceof Error)) return after;
  const now = new Date(connection.now());
  return { ...before, subject: null, text: '', markdown: '', html: '', attachments: [], deletedAt: now, updatedAt: now };
}
