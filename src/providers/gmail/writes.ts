import { createHash } from 'node:crypto';
import { SwitchboardError } from '../../errors.js';
import { formatBytes } from '../../files/rules.js';
import { composeMessage, newMessageId, toBase64Url, type ComposeAddress } from '../kit/email/mime-compose.js';
import type { Actor, MessageRecord } from '../model.js';
import type { EmailEnvelope, SendMessageRequest } from '../provider.js';
import { ownerActs } from './channels.js';
import type { GmailConnection } from './connection.js';
import { parseMessageId } from './ids.js';
import type { GmailMessageRecord } from './map.js';
import { messageById } from './reads.js';
import type { ReadSession } from './session.js';

/** The largest mail Gmail's media upload takes: 35 MB, headers, text and base64 files together (providers.md C.1). */
export const MAX_UPLOADED_MESSAGE_BYTES = 35 * 1024 * 1024;
/** The largest one file that fits in such a mail: base64 takes 4 bytes per 3 and a line break per 76, with 256 KiB left for the rest. */
export const MAX_ATTACHMENT_BYTES = Math.floor(((MAX_UPLOADED_MESSAGE_BYTES - 256 * 1024) * 3 * 76) / (4 * 78));

/**
 * Sending new mail and replies as raw RFC 2822 (`messages.send` with `raw` and, for a reply, the parent's
 * `threadId`; with files, staged uploads the uploads kit hands over, a multipart/mixed sent through the media
 * upload endpoint), with In-Reply-To, References and the subject kept so the reply threads for every recipient;
 * deleting by moving to Trash. Mail cannot be edited or reacted to once sent: those answer UNSUPPORTED.
 *
 * Idempotency: a send guarded by a key carries a Message-ID derived from the key's token, recorded before
 * the call; when the first attempt's answer was lost, `findSentMessage` finds the mail by that Message-ID
 * (`rfc822msgid:` search) instead of sending twice.
 */

/** The mailbox's own display name, as mail named it (else none: the address alone). */
function ownName(connection: GmailConnection): string | null {
  const name = connection.user(connection.mailbox).name;
  return name === connection.mailbox ? null : name;
}

/** The Message-ID a guarded send carries: derived from its idempotency token, so a retry can look it up. */
export function messageIdForToken(mailbox: string, token: string): string {
  return newMessageId(mailbox, `sb${createHash('sha256').update(token).digest('hex').slice(0, 32)}`);
}

async function requireOwner(connection: GmailConnection, actor: Actor): Promise<void> {
  if (!(await ownerActs(connection, actor))) throw new SwitchboardError('PERMISSION_DENIED', 'Only the owner of this Gmail mailbox may send or change its mail.');
}

async function parentOf(session: ReadSession, parentId: string | null): Promise<GmailMessageRecord | null> {
  if (!parentId) return null;
  const parent = await messageById(session, parentId);
  if (!parent) throw new SwitchboardError('NOT_FOUND', 'The message replied to was not found in this mailbox.', { field: ['input', 'parentId'] });
  if (parent.deletedAt) throw new SwitchboardError('CONFLICT', 'The message replied to is in the Trash.', { field: ['input', 'parentId'] });
  return parent;
}

const address = (id: string): ComposeAddress => ({ name: null, address: id });

/** A reply's recipients when the client named none: the parent's Reply-To or sender; one's own mail: its To and Cc. */
function derivedRecipients(connection: GmailConnection, parent: GmailMessageRecord): Pick<EmailEnvelope, 'to' | 'cc'> {
  const { recipients } = parent;
  if (recipients.from.includes(connection.mailbox)) return { to: recipients.to.map(address), cc: recipients.cc.map(address) };
  const to = recipients.replyTo?.length ? recipients.replyTo : recipients.from;
  return { to: to.map(address), cc: [] };
}

export async function sendMessage(connection: GmailConnection, session: ReadSession, actor: Actor, request: SendMessageRequest): Promise<MessageRecord> {
  await requireOwner(connection, actor);
  if (request.alsoSendToChannel) throw new SwitchboardError('VALIDATION_ERROR', 'Mail has no "also send to the channel".', { field: ['input', 'alsoSendToChannel'] });
  const files = request.files ?? [];
  if (request.attachmentIds.length > files.length) {
    throw new SwitchboardError('UNSUPPORTED', 'Attachments on Gmail mail need uploads staged by this server (a file store and SWITCHBOARD_ENCRYPTION_KEY; capabilities.attachmentUpload).', { field: ['input', 'attachmentIds'] });
  }
  // The label a send names must be one of the mailbox's channels; checked before the mail leaves, not after.
  if (!(await connection.channels()).some((channel) => channel.id === request.channelId)) {
    throw new SwitchboardError('NOT_FOUND', `No channel ${request.channelId} in this mailbox.`, { field: ['input', 'channelId'] });
  }
  const parent = await parentOf(session, request.parentId);
  const envelope = request.email ?? null;
  const recipients = envelope && !(parent && envelope.derivedRecipients && !envelope.to.length && !envelope.cc.length && !envelope.bcc.length) ? envelope : parent ? { ...derivedRecipients(connection, parent), bcc: [] } : null;
  if (!recipients || recipients.to.length + recipients.cc.length + recipients.bcc.length === 0) {
    throw new SwitchboardError('VALIDATION_ERROR', 'A new mail needs at least one recipient in to, cc or bcc.', { field: ['input', 'to'] });
  }
  const parentSubject = parent?.subject ?? '';
  const subject = envelope?.subject || (parent ? (/^re:/i.test(parentSubject) ? parentSubject : `Re: ${parentSubject}`) : '');
  const messageId = request.idempotencyToken ? messageIdForToken(connection.mailbox, request.idempotencyToken) : newMessageId(connection.mailbox);
  const raw = composeMessage({
    from: { name: ownName(connection), address: connection.mailbox },
    to: recipients.to,
    cc: recipients.cc,
    bcc: recipients.bcc,
    subject,
    messageId,
    inReplyTo: parent?.rfcMessageId ?? null,
    references: parent ? [...parent.references, ...(parent.rfcMessageId ? [parent.rfcMessageId] : [])] : [],
    // With html (email workspaces), `text` is its plain rendering: the text/plain alternative.
    text: request.content.text,
    html: request.content.html ?? null,
    attachments: files.map((file) => ({ filename: file.filename, contentType: file.contentType, content: file.bytes })),
  });
  const threadId = parent ? parseMessageId(parent.id)!.threadId : undefined;
  const sent = files.length > 0 ? await sendUploaded(connection, raw, threadId) : await connection.api.call('messages.send', (gmail) => gmail.users.messages.send({ userId: 'me', requestBody: { raw: toBase64Url(raw), threadId } }));
  // Filing the mail under the label it was sent "to" (a label is a channel); INBOX and SENT are Gmail's own.
  if (!parent && request.channelId && !['INBOX', 'SENT'].includes(request.channelId)) {
    await connection.api.call('messages.modify', (gmail) => gmail.users.messages.modify({ userId: 'me', id: sent.id!, requestBody: { addLabelIds: [request.channelId] } }));
  }
  session.forget(sent.threadId!);
  const record = await messageById(session, `${sent.threadId}:${sent.id}`);
  if (!record) throw new SwitchboardError('PROVIDER_ERROR', 'Gmail sent the mail but did not show it afterwards.');
  return record;
}

/**
 * A mail with files, sent through Gmail's media upload endpoint (`POST /upload/gmail/v1/users/me/messages/send`,
 * `uploadType=multipart`: the JSON Message, then the message/rfc822 bytes as they are, no base64url inflation),
 * which takes messages up to 35 MB; a larger one is refused before anything is sent. googleapis builds the
 * upload URL from the call's own `rootUrl` (not the client's: providers.md gotcha 6), so it is given here.
 */
async function sendUploaded(connection: GmailConnection, raw: string, threadId: string | undefined) {
  const size = Buffer.byteLength(raw, 'utf8');
  if (size > MAX_UPLOADED_MESSAGE_BYTES) {
    throw new SwitchboardError(
      'VALIDATION_ERROR',
      `attachmentIds: the mail with its files is ${formatBytes(size)} once encoded; Gmail takes at most ${formatBytes(MAX_UPLOADED_MESSAGE_BYTES)} (files count about a third more in mail).`,
      { field: ['input', 'attachmentIds'] },
    );
  }
  return connection.api.call('messages.send', (gmail) =>
    gmail.users.messages.send({ userId: 'me', requestBody: { threadId }, media: { mimeType: 'message/rfc822', body: raw } }, { rootUrl: connection.options.settings.apiUrl }),
  );
}

/** The mail an earlier guarded send left, found by the Message-ID derived from its token (1 messages.list). */
export async function findSentMessage(connection: GmailConnection, session: ReadSession, actor: Actor, lookup: { token: string }): Promise<MessageRecord | null> {
  await requireOwner(connection, actor);
  const messageId = messageIdForToken(connection.mailbox, lookup.token);
  const data = await connection.api.call('messages.list', (gmail) => gmail.users.messages.list({ userId: 'me', q: `rfc822msgid:${messageId.slice(1, -1)}`, labelIds: ['SENT'], maxResults: 1 }));
  const found = data.messages?.[0];
  return found ? messageById(session, `${found.threadId}:${found.id}`) : null;
}

export async function deleteMessage(connection: GmailConnection, session: ReadSession, actor: Actor, id: string): Promise<MessageRecord> {
  await requireOwner(connection, actor);
  const parsed = parseMessageId(id);
  const before = await messageById(session, id);
  if (!parsed || !before) throw new SwitchboardError('NOT_FOUND', 'No such Gmail message.');
  await connection.api.call('messages.trash', (gmail) => gmail.users.messages.trash({ userId: 'me', id: parsed.messageId }));
  session.forget(parsed.threadId);
  const thread = (await session.thread(parsed.threadId)) ?? [];
  const after = thread.find((message) => message.id === id);
  return after ?? { ...before, deletedAt: new Date(), text: '', markdown: null, html: null, subject: null, attachments: [] };
}

export function unsupportedError(what: string): SwitchboardError {
  return new SwitchboardError('UNSUPPORTED', `Gmail has no ${what} (mail cannot be changed once sent, and has no reactions).`);
}
