import { decodeEncodedWords, parseAddressList } from '../kit/email/addresses.js';
import type { MailPeople } from '../kit/email/people.js';
import { mailBodyFromHtml, mailBodyFromText } from '../kit/email/body.js';
import { inlineImageResolver } from '../kit/email/inline-images.js';
import { decodeBase64Any, describePart, headerOf, mailContent, messageIdsOf, type MimeHeader, type MimePart } from '../kit/email/mime-parse.js';
import { buildReplyTree } from '../kit/email/reply-tree.js';
import { PROVIDER_FILE_PREFIX } from '../../files/provider-files.js';
import type { AttachmentRecord, MessageRecord, RecipientsRecord } from '../model.js';
import type { GmailMessage, GmailThread } from './client.js';
import { isChannelLabel, messageNativeId } from './ids.js';

/**
 * Gmail JSON → neutral records. A message is read from its thread (threads.get format=full), which gives
 * its MIME parts and its place in the reply tree in the same call. Content is parsed by the email kit's
 * MIME rules (mime-parse.ts) from Gmail's part tree: Gmail hands each part's body base64url-encoded with
 * its Content-Transfer-Encoding already removed, in the part's own charset.
 */

export type GmailMessageRecord = MessageRecord & { recipients: RecipientsRecord; isUnread: boolean; labelIds: string[]; rfcMessageId: string | null; references: string[] };

type GmailPart = NonNullable<GmailMessage['payload']>;

/** Gmail's part tree as the kit's MimePart (bodies decoded from base64url; attachments by reference). */
export function partOf(part: GmailPart): MimePart {
  const headers: MimeHeader[] = (part.headers ?? []).map((header) => ({ name: header.name ?? '', value: header.value ?? '' }));
  const described = describePart(headers.length ? headers : [{ name: 'Content-Type', value: part.mimeType ?? 'text/plain' }]);
  const body = part.body?.data ? decodeBase64Any(part.body.data) : null;
  return {
    headers,
    ...described,
    mimeType: (part.mimeType ?? described.mimeType).toLowerCase(),
    filename: part.filename || described.filename,
    body,
    bodyRef: part.body?.attachmentId ?? null,
    size: part.body?.size ?? body?.byteLength ?? 0,
    partId: part.partId ?? null,
    parts: (part.parts ?? []).map(partOf),
  };
}


export interface MapContext {
  workspaceId: string;
  mailbox: string;
  /** The mailbox's book of people met in headers: recipients become user ids, names are remembered. */
  people: MailPeople;
}

/** Every message of a thread as records, oldest first, with the tree's fields filled in. Trashed messages are tombstones. */
export function threadRecords(context: MapContext, thread: GmailThread): GmailMessageRecord[] {
  const messages = [...(thread.messages ?? [])].sort((a, b) => Number(a.internalDate ?? 0) - Number(b.internalDate ?? 0));
  const threadId = thread.id ?? messages[0]?.threadId ?? '';
  const nativeId = (message: GmailMessage) => messageNativeId(threadId, message.id ?? '');
  const trashed = (message: GmailMessage) => (message.labelIds ?? []).includes('TRASH');
  const trees = messages.map((message) => partOf(message.payload ?? {}));
  const recipients = trees.map(({ headers }) => {
    const list = (name: string) => parseAddressList(headerOf(headers, name));
    return context.people.recipients({ from: list('from'), to: list('to'), cc: list('cc'), bcc: list('bcc'), replyTo: list('reply-to') });
  });
  // The email kit's reply tree (shared with Outlook), drawn from the threading headers inside this Gmail thread.
  const tree = buildReplyTree(
    messages.map((message, i) => ({
      id: nativeId(message),
      messageId: headerOf(trees[i].headers, 'message-id'),
      inReplyTo: headerOf(trees[i].headers, 'in-reply-to'),
      references: headerOf(trees[i].headers, 'references'),
      date: new Date(Number(message.internalDate ?? 0)),
      deleted: trashed(message),
      authorId: recipients[i].from[0] ?? null,
    })),
  );

  return messages.map((message, i) => {
    const id = nativeId(message);
    const headers = trees[i].headers;
    const content = mailContent(trees[i]);
    // Inline cid: images name parts of this message by Content-ID: shown as those attachments (signed by the schema).
    const attachmentId = (partId: string) => `${id}:${partId}`;
    const resolveCid = inlineImageResolver(content.attachments.map((attachment) => ({ contentId: attachment.contentId, attachmentId: attachmentId(attachment.partId) })));
    const body = content.html ? mailBodyFromHtml(content.html, { resolveCid }) : mailBodyFromText(content.text ?? '');
    const labelIds = message.labelIds ?? [];
    const createdAt = new Date(Number(message.internalDate ?? 0));
    const deleted = trashed(message);
    const attachments: AttachmentRecord[] = content.attachments.map((attachment) => ({
      id: attachmentId(attachment.partId),
      filename: attachment.filename,
      contentType: attachment.contentType,
      sizeBytes: attachment.size,
      // Streamed from Gmail through Switchboard's signed links (attachments.ts, GmailProvider.attachmentContent).
      url: `${PROVIDER_FILE_PREFIX}${attachmentId(attachment.partId)}`,
      createdAt,
    }));
    return {
      provider: 'gmail',
      workspaceId: context.workspaceId,
      id,
      channelId: labelIds.find((label) => label === 'INBOX') ?? labelIds.find((label) => label === 'SENT') ?? channelLabels(labelIds)[0] ?? 'INBOX',
      channelIds: channelLabels(labelIds),
      type: 'USER',
      systemEvent: null,
      authorId: recipients[i].from[0] ?? null,
      subject: deleted ? null : decodeSubject(headerOf(headers, 'subject')),
      text: deleted ? '' : body.text,
      markdown: deleted ? null : body.markdown,
      html: deleted ? null : body.html,
      ...tree.fields(id),
      alsoSentToChannel: false,
      mentionIds: [],
      reactions: [],
      attachments: deleted ? [] : attachments,
      buttons: [],
      pinnedAt: null,
      pinnedById: null,
      editedAt: null,
      // Gmail does not say when a message was trashed; its tombstone carries its own time.
      deletedAt: deleted ? createdAt : null,
      createdAt,
      updatedAt: null,
      webUrl: `https://mail.google.com/mail/u/?authuser=${encodeURIComponent(context.mailbox)}#all/${threadId}`,
      // Who wrote to whom stays on a tombstone, like its author; only the content goes.
      recipients: recipients[i],
      isUnread: labelIds.includes('UNREAD'),
      labelIds,
      rfcMessageId: headerOf(headers, 'message-id')?.trim() ?? null,
      references: messageIdsOf(headerOf(headers, 'references')),
    } satisfies GmailMessageRecord;
  });
}

function decodeSubject(value: string | null): string | null {
  return value === null ? null : decodeEncodedWords(value);
}


export function channelLabels(labelIds: readonly string[]): string[] {
  return labelIds.filter((id) => isChannelLabel({ id, type: id.startsWith('Label_') ? 'user' : 'system' }));
}
