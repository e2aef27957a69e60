import { decodeBase64Any, describePart, headerOf, mailContent, messageIdsOf, type MimeHeader, type MimePart } from '../kit/email/mime-parse.js';
import { decodeEncodedWords as decodeWords, parseMailboxList } from '../kit/email/mime-headers.js';
import type { AttachmentRecord, MessageRecord } from '../model.js';
import type { GmailMessage, GmailThread } from './client.js';
import { htmlToPlainText, sanitizeMailHtml } from './html.js';
import { isChannelLabel, messageNativeId } from './ids.js';
import { parentsOf } from './tree.js';

/**
 * Gmail JSON → neutral records. A message is read from its thread (threads.get format=full), which gives
 * its MIME parts and its place in the reply tree in the same call. Content is parsed by the email kit's
 * MIME rules (mime-parse.ts) from Gmail's part tree: Gmail hands each part's body base64url-encoded with
 * its Content-Transfer-Encoding already removed, in the part's own charset.
 */

/** Who a mail is from and to, as user ids (addresses, lower case); the email kit's RecipientsRecord shape. */
export interface GmailRecipients {
  from: string[];
  to: string[];
  cc: string[];
  bcc: string[];
  replyTo?: string[];
}

export type GmailMessageRecord = MessageRecord & { recipients: GmailRecipients; isUnread: boolean; labelIds: string[]; rfcMessageId: string | null; references: string[] };

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

const addressIds = (value: string | null) => parseMailboxList(value).map((mailbox) => mailbox.address.toLowerCase());

export interface MapContext {
  workspaceId: string;
  mailbox: string;
  /** Switchboard's base for attachment download links. */
  attachmentUrl(messageId: string, partId: string): string;
}

/** Every message of a thread as records, oldest first, with the tree's fields filled in. Trashed messages are tombstones. */
export function threadRecords(context: MapContext, thread: GmailThread): GmailMessageRecord[] {
  const messages = [...(thread.messages ?? [])].sort((a, b) => Number(a.internalDate ?? 0) - Number(b.internalDate ?? 0));
  const threadId = thread.id ?? messages[0]?.threadId ?? '';
  const trees = messages.map((message) => partOf(message.payload ?? {}));
  const parents = parentsOf(
    messages.map((message, i) => ({
      id: message.id ?? '',
      messageId: headerOf(trees[i].headers, 'message-id')?.trim() ?? null,
      inReplyTo: messageIdsOf(headerOf(trees[i].headers, 'in-reply-to'))[0] ?? null,
      references: messageIdsOf(headerOf(trees[i].headers, 'references')),
    })),
  );
  const nativeId = (id: string) => messageNativeId(threadId, id);
  const rootOf = (id: string): string => {
    let current = id;
    for (let guard = 0; guard < 1000; guard++) {
      const parent = parents.get(current);
      if (!parent) return current;
      current = parent;
    }
    return current;
  };
  const trashed = (message: GmailMessage) => (message.labelIds ?? []).includes('TRASH');
  const children = new Map<string, GmailMessage[]>();
  for (const message of messages) {
    const parent = parents.get(message.id ?? '');
    if (parent) children.set(parent, [...(children.get(parent) ?? []), message]);
  }
  const descendants = (id: string): GmailMessage[] => (children.get(id) ?? []).flatMap((child) => [child, ...descendants(child.id ?? '')]);

  return messages.map((message, i) => {
    const id = message.id ?? '';
    const tree = trees[i];
    const content = mailContent(tree);
    const html = content.html ? sanitizeMailHtml(content.html) : null;
    const text = content.text ?? (content.html ? htmlToPlainText(content.html) : '');
    const below = descendants(id).filter((reply) => !trashed(reply));
    const root = rootOf(id);
    const labelIds = message.labelIds ?? [];
    const createdAt = new Date(Number(message.internalDate ?? 0));
    const deleted = trashed(message);
    const from = addressIds(headerOf(tree.headers, 'from'));
    const attachments: AttachmentRecord[] = content.attachments.map((attachment) => ({
      id: `${nativeId(id)}:${attachment.partId}`,
      filename: attachment.filename,
      contentType: attachment.contentType,
      sizeBytes: attachment.size,
      url: context.attachmentUrl(nativeId(id), attachment.partId),
      createdAt,
    }));
    const replyTo = addressIds(headerOf(tree.headers, 'reply-to'));
    return {
      provider: 'gmail',
      workspaceId: context.workspaceId,
      id: nativeId(id),
      channelId: labelIds.find((label) => label === 'INBOX') ?? labelIds.find((label) => label === 'SENT') ?? channelLabels(labelIds)[0] ?? 'INBOX',
      channelIds: channelLabels(labelIds),
      type: 'USER',
      systemEvent: null,
      authorId: from[0] ?? null,
      subject: deleted ? null : (decodeSubject(headerOf(tree.headers, 'subject'))),
      text: deleted ? '' : text,
      markdown: deleted ? null : text,
      html: deleted ? null : html,
      parentId: parents.get(id) ? nativeId(parents.get(id)!) : null,
      threadRootId: root === id ? null : nativeId(root),
      hasChildren: below.length > 0,
      replyCount: below.length,
      lastReplyAt: below.length ? new Date(Math.max(...below.map((reply) => Number(reply.internalDate ?? 0)))) : null,
      threadParticipantIds: [...new Set(below.map((reply) => addressIds(headerOf(partOf(reply.payload ?? {}).headers, 'from'))[0]).filter((value): value is string => !!value))],
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
      recipients: { from, to: addressIds(headerOf(tree.headers, 'to')), cc: addressIds(headerOf(tree.headers, 'cc')), bcc: addressIds(headerOf(tree.headers, 'bcc')), ...(replyTo.length ? { replyTo } : {}) },
      isUnread: labelIds.includes('UNREAD'),
      labelIds,
      rfcMessageId: headerOf(tree.headers, 'message-id')?.trim() ?? null,
      references: messageIdsOf(headerOf(tree.headers, 'references')),
    } satisfies GmailMessageRecord;
  });
}

function decodeSubject(value: string | null): string | null {
  return value === null ? null : decodeWords(value);
}


export function channelLabels(labelIds: readonly string[]): string[] {
  return labelIds.filter((id) => isChannelLabel({ id, type: id.startsWith('Label_') ? 'user' : 'system' }));
}
