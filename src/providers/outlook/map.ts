import { addressUser } from '../address-users.js';
import type { AttachmentRecord, ChannelRecord, MessageRecord, RecipientsRecord, UserRecord } from '../model.js';
import type { OutlookConnection } from './connection.js';
import { inlinePartsOf, renderMailBody } from './content.js';
import { userIdOf } from './ids.js';
import type { Conversation } from './session.js';
import type { GraphMailFolder, GraphMessage, GraphRecipient } from './wire.js';

/** Graph JSON → records. Content is mapped at read time and never stored (pass-through). */

/** Attachment ids are `<message id>/<attachment id>`: the download route needs both. */
export const attachmentNativeId = (messageId: string, attachmentId: string): string => `${messageId}/${attachmentId}`;

export function folderRecord(connection: OutlookConnection, folder: GraphMailFolder): ChannelRecord {
  return {
    provider: 'outlook',
    workspaceId: connection.workspaceId,
    id: folder.id,
    name: folder.displayName,
    description: null,
    type: 'MAILBOX',
    isPrivate: true,
    isActive: true,
    webUrl: `https://outlook.office.com/mail/${encodeURIComponent(folder.id)}`,
    createdAt: null,
    updatedAt: null,
    parentId: folder.parentFolderId && folder.parentFolderId !== connection.rootFolderId ? folder.parentFolderId : null,
    hasSubchannels: folder.childFolderCount > 0,
  };
}

/** A person by address, named as mail named them; the mailbox itself is its OWNER. */
export function userRecord(connection: OutlookConnection, address: string): UserRecord {
  const id = userIdOf(address)!;
  const user = addressUser('outlook', connection.workspaceId, id, connection.names.get(id));
  return id === connection.selfId ? { ...user, role: 'OWNER' } : user;
}

const idsOf = (list: GraphRecipient[] | null | undefined): string[] => (list ?? []).map((entry) => userIdOf(entry.emailAddress.address)).filter((id): id is string => id !== null);

/** Sender and recipients as user ids (Graph shows Bcc only on the mailbox's own sent copies). */
export function recipientsOf(message: GraphMessage): RecipientsRecord {
  return {
    from: idsOf(message.from ? [message.from] : []),
    to: idsOf(message.toRecipients),
    cc: idsOf(message.ccRecipients),
    bcc: idsOf(message.bccRecipients),
    replyTo: idsOf(message.replyTo),
  };
}

/** The header value of a mail (`internetMessageHeaders`), case-insensitively. */
export function headerOf(message: GraphMessage, name: string): string | null {
  return message.internetMessageHeaders?.find((header) => header.name.toLowerCase() === name.toLowerCase())?.value ?? null;
}

/**
 * A message record with its place in the conversation's tree. Mail in Deleted Items is a tombstone (no
 * content); the tree keeps it only while it has replies (`tombstones: WITH_REPLIES`, reads.ts).
 */
export function messageRecord(connection: OutlookConnection, message: GraphMessage, conversation: Conversation | null): MessageRecord {
  const deleted = conversation?.isDeleted(message) ?? false;
  const authorAddress = message.from?.emailAddress.address ?? message.sender?.emailAddress.address ?? null;
  connection.rememberPeople(message);
  const rendered = deleted ? { text: '', markdown: '', html: '' } : renderMailBody(message.body, inlinePartsOf(message, attachmentNativeId));
  const thread = conversation?.has(message.id) ? conversation.fields(message.id) : null;
  const createdAt = new Date(message.receivedDateTime ?? message.createdDateTime);
  const modified = new Date(message.lastModifiedDateTime);
  return {
    provider: 'outlook',
    workspaceId: connection.workspaceId,
    id: message.id,
    channelId: message.parentFolderId,
    channelIds: [message.parentFolderId],
    type: 'USER',
    systemEvent: null,
    authorId: userIdOf(authorAddress),
    subject: deleted ? null : message.subject ?? null,
    text: rendered.text,
    markdown: rendered.markdown,
    html: rendered.html,
    parentId: thread?.parentId ?? null,
    threadRootId: thread?.threadRootId ?? null,
    hasChildren: thread?.hasChildren ?? false,
    replyCount: thread?.replyCount ?? 0,
    lastReplyAt: thread?.lastReplyAt ?? null,
    threadParticipantIds: thread?.threadParticipantIds ?? [],
    alsoSentToChannel: false,
    mentionIds: [],
    reactions: [],
    attachments: deleted ? [] : attachmentsOf(message, createdAt),
    buttons: [],
    pinnedAt: null,
    pinnedById: null,
    editedAt: null,
    deletedAt: deleted ? modified : null,
    createdAt,
    updatedAt: modified,
    webUrl: message.webLink ?? null,
    linkPreview: null,
    recipients: deleted ? null : recipientsOf(message),
  };
}

/** Attachments listed with the message (`$expand` is not used: Graph lists them without bytes on request). */
function attachmentsOf(message: GraphMessage, createdAt: Date): AttachmentRecord[] {
  return (message.attachments ?? []).map((attachment) => ({
    id: attachmentNativeId(message.id, attachment.id),
    filename: attachment.name,
    contentType: attachment.contentType ?? 'application/octet-stream',
    sizeBytes: attachment.size,
    // Streamed from Graph through Switchboard's signed links (OutlookProvider.attachmentContent).
    url: `/provider-files/${attachmentNativeId(message.id, attachment.id)}`,
    createdAt: attachment.lastModifiedDateTime ? new Date(attachment.lastModifiedDateTime) : createdAt,
  }));
}
