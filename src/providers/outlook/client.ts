import type { GraphCall } from '../kit/graph/client.js';
import { segment } from './ids.js';

/**
 * Every Graph request the Outlook provider makes (providers.md B.2), each with its path and the limits it
 * counts against (limits.ts): one place that knows Outlook's endpoints. Mailboxes are addressed as
 * `/users/{id}` (the person's own or a shared mailbox the person's token may open), and every call asks for
 * immutable ids so that moving a message (deleting moves it to Deleted Items) keeps its id.
 */

/** Properties a message record needs; `internetMessageHeaders` carries Message-ID/In-Reply-To/References. */
export const MESSAGE_FIELDS = [
  'id',
  'createdDateTime',
  'lastModifiedDateTime',
  'receivedDateTime',
  'sentDateTime',
  'hasAttachments',
  'internetMessageId',
  'subject',
  'parentFolderId',
  'conversationId',
  'isRead',
  'isDraft',
  'webLink',
  'body',
  'from',
  'toRecipients',
  'ccRecipients',
  'bccRecipients',
  'replyTo',
  'internetMessageHeaders',
].join(',');
/**
 * Attachments listed with each message, without their bytes (downloads fetch one at a time). `contentId` (what
 * a body's `cid:` names) is a fileAttachment property: selected by the type cast, as the base type has none.
 */
const ATTACHMENTS = `&$expand=${encodeURIComponent('attachments($select=id,name,contentType,size,isInline,lastModifiedDateTime,microsoft.graph.fileAttachment/contentId)')}`;

/** Fields of a conversation read for its tree (no bodies would save bytes, but children need content too). */
export const MAX_CONVERSATION = 1000;
export const MAX_PAGE = 1000;
/** Graph's fields of a folder. */
const FOLDER_FIELDS = 'id,displayName,parentFolderId,childFolderCount,unreadItemCount,totalItemCount,isHidden';
const IMMUTABLE = { Prefer: 'IdType="ImmutableId"' };

const q = (value: string) => `'${value.replace(/'/g, "''")}'`;

export function outlookCalls(mailboxId: string) {
  const base = `/users/${segment(mailboxId)}`;
  const cost = (userId: string | null = null, kind = 'mail') => ({ kind, resource: `mailbox:${mailboxId}`, userId });
  const read = (operation: string, path: string, headers: Record<string, string> = {}): GraphCall => ({ operation, method: 'GET', path, headers: { ...IMMUTABLE, ...headers }, cost: cost() });
  const write = (operation: string, method: GraphCall['method'], path: string, userId: string, body?: unknown): GraphCall => ({
    operation,
    method,
    path,
    headers: IMMUTABLE,
    ...(body === undefined ? {} : { body }),
    cost: cost(userId),
    write: true,
  });
  return {
    me: (): GraphCall => read('mailbox.user', `${base}?$select=id,displayName,mail,userPrincipalName`),
    folders: (): GraphCall => read('mail.folders.list', `${base}/mailFolders?$top=250&$select=${FOLDER_FIELDS}`),
    childFolders: (folderId: string): GraphCall => read('mail.folders.children', `${base}/mailFolders/${segment(folderId)}/childFolders?$top=250&$select=${FOLDER_FIELDS}`),
    folder: (folderId: string): GraphCall => read('mail.folder.get', `${base}/mailFolders/${segment(folderId)}?$select=${FOLDER_FIELDS}`),
    /** A folder's messages newest first, optionally before an instant (inclusive; the caller drops what it saw). */
    folderMessages: (folderId: string, top: number, receivedAtOrBefore: string | null, extraFilter: string | null = null): GraphCall => {
      const filters = [receivedAtOrBefore ? `receivedDateTime le ${receivedAtOrBefore}` : 'receivedDateTime ge 1900-01-01T00:00:00Z', ...(extraFilter ? [extraFilter] : [])];
      return read('mail.folder.messages.list', `${base}/mailFolders/${segment(folderId)}/messages?$top=${top}&$select=${MESSAGE_FIELDS}${ATTACHMENTS}&$filter=${encodeURIComponent(filters.join(' and '))}&$orderby=${encodeURIComponent('receivedDateTime desc')}`);
    },
    /** The whole mailbox newest first (the inbox), with extra `$filter` clauses after the received-time one. */
    mailboxMessages: (top: number, receivedAtOrBefore: string | null, extraFilters: string[]): GraphCall => {
      const filters = [receivedAtOrBefore ? `receivedDateTime le ${receivedAtOrBefore}` : 'receivedDateTime ge 1900-01-01T00:00:00Z', ...extraFilters];
      return read('mail.messages.list', `${base}/messages?$top=${top}&$select=${MESSAGE_FIELDS}${ATTACHMENTS}&$filter=${encodeURIComponent(filters.join(' and '))}&$orderby=${encodeURIComponent('receivedDateTime desc')}`);
    },
    /** One conversation, every folder (Sent Items and Deleted Items included), oldest first: the tree's one call. */
    conversation: (conversationId: string): GraphCall =>
      read('mail.messages.list', `${base}/messages?$top=${MAX_CONVERSATION}&$select=${MESSAGE_FIELDS}${ATTACHMENTS}&$filter=${encodeURIComponent(`conversationId eq ${q(conversationId)}`)}`),
    message: (messageId: string): GraphCall => read('mail.message.get', `${base}/messages/${segment(messageId)}?$select=${MESSAGE_FIELDS}${ATTACHMENTS}`),
    /** Sent Items since an instant, to find a send by its idempotency header. */
    sentSince: (since: string): GraphCall =>
      read('mail.folder.messages.list', `${base}/mailFolders/sentitems/messages?$top=100&$select=id,internetMessageHeaders,conversationId&$filter=${encodeURIComponent(`sentDateTime ge ${since}`)}&$orderby=${encodeURIComponent('sentDateTime desc')}`),
    search: (kql: string, top: number, skip: number): GraphCall =>
      read('mail.messages.search', `${base}/messages?$search=${encodeURIComponent(`"${kql.replace(/"/g, '\\"')}"`)}&$top=${top}${skip ? `&$skip=${skip}` : ''}&$select=${MESSAGE_FIELDS}${ATTACHMENTS}`),
    attachments: (messageId: string): GraphCall => read('mail.attachments.list', `${base}/messages/${segment(messageId)}/attachments?$select=id,name,contentType,size,isInline,lastModifiedDateTime`),
    attachment: (messageId: string, attachmentId: string): GraphCall => read('mail.attachment.get', `${base}/messages/${segment(messageId)}/attachments/${segment(attachmentId)}`),
    /** What a download needs to know of an attachment, without its bytes (`contentBytes` is base64 of all of them). */
    attachmentInfo: (messageId: string, attachmentId: string): GraphCall =>
      read('mail.attachment.get', `${base}/messages/${segment(messageId)}/attachments/${segment(attachmentId)}?$select=id,name,contentType,size`),
    /** A file attachment's raw bytes, streamed (`GraphApi.stream`). */
    attachmentValue: (messageId: string, attachmentId: string): GraphCall =>
      read('mail.attachment.value', `${base}/messages/${segment(messageId)}/attachments/${segment(attachmentId)}/$value`),
    delta: (folderId: string): GraphCall => read('mail.folder.messages.delta', `${base}/mailFolders/${segment(folderId)}/messages/delta?$select=${MESSAGE_FIELDS}`, { Prefer: 'IdType="ImmutableId", odata.maxpagesize=50' }),
    deltaLink: (link: string): GraphCall => read('mail.folder.messages.delta', link, { Prefer: 'IdType="ImmutableId", odata.maxpagesize=50' }),
    link: (operation: string, link: string): GraphCall => read(operation, link),

    sendMail: (message: unknown, userId: string): GraphCall => write('mail.send', 'POST', `${base}/sendMail`, userId, { message, saveToSentItems: true }),
    createDraft: (message: unknown, userId: string): GraphCall => write('mail.message.create', 'POST', `${base}/messages`, userId, message),
    createReply: (messageId: string, all: boolean, body: unknown, userId: string): GraphCall =>
      write(all ? 'mail.message.createReplyAll' : 'mail.message.createReply', 'POST', `${base}/messages/${segment(messageId)}/${all ? 'createReplyAll' : 'createReply'}`, userId, body),
    send: (draftId: string, userId: string): GraphCall => write('mail.message.send', 'POST', `${base}/messages/${segment(draftId)}/send`, userId, {}),
    addAttachment: (draftId: string, attachment: unknown, userId: string): GraphCall => write('mail.attachment.add', 'POST', `${base}/messages/${segment(draftId)}/attachments`, userId, attachment),
    uploadSession: (draftId: string, item: unknown, userId: string): GraphCall =>
      write('mail.attachment.uploadSession', 'POST', `${base}/messages/${segment(draftId)}/attachments/createUploadSession`, userId, { AttachmentItem: item }),
    update: (messageId: string, patch: unknown, userId: string): GraphCall => write('mail.message.update', 'PATCH', `${base}/messages/${segment(messageId)}`, userId, patch),
    remove: (messageId: string, userId: string): GraphCall => write('mail.message.delete', 'DELETE', `${base}/messages/${segment(messageId)}`, userId),
  };
}

export type OutlookCalls = ReturnType<typeof outlookCalls>;
