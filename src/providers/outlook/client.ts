import type { GraphCall } from '../kit/graph/client.js';
import { ANY } from '../kit/read-cache/read-cache.js';
import { channelTag, MEMBERSHIPS } from '../kit/read-cache/invalidation.js';
import { segment } from './ids.js';

/**
 * Every Graph request the Outlook provider makes (providers.md B.2), each with its path and the limits it
 * counts against (limits.ts): one place that knows Outlook's endpoints. Mailboxes are addressed as
 * `/users/{id}` (the person's own or a shared mailbox the person's token may open), and every call asks for
 * immutable ids so that moving a message (deleting moves it to Deleted Items) keeps its id.
 *
 * Each read also says whether the connection's read cache may keep its answer and what makes it stale
 * (`readTags`, cached-reads.ts), and each write what it changes (`touches`). Graph's notifications name the
 * folder they came through (the subscription's) and the mail, nothing else, so the tags are folders:
 * - a folder's own reads (the folder, its pages) are tagged with it, so an event of that folder drops them
 *   (notifications report read flags too: `isRead` set from another client is an `updated` change);
 * - what spans folders is tagged ANY, dropped by every event of the mailbox: a conversation (its mail sits
 *   in Inbox, Sent Items, Archive…, and a new reply may land in any folder, which names no conversation),
 *   the inbox (the whole mailbox), mail by id (it may move), and the folder lists (their unread counts);
 * - what must be current is never cached: delta rounds, the Sent Items lookup of a retried send, search,
 *   attachments, and folders named by their well-known name (events name folders by id).
 */

/** A Graph call of Outlook, with what the read cache may do with it (cached-reads.ts). */
export interface OutlookCall extends GraphCall {
  /** A read the cache may keep: the tags that make its answer stale. Absent: always read from Graph. */
  readTags?: readonly string[];
  /** A read's longest life in the cache when no event dropped it, if shorter than the connection's. */
  readTtlMs?: number;
  /** A write: the tags of what it changes. Absent: everything the cache holds is dropped. */
  touches?: readonly string[];
}

/**
 * Folder lists are kept at most this long: Graph has no notifications of folders (created, renamed,
 * deleted), so only time makes them current; 30 s, like Slack's channel lists.
 */
export const FOLDER_LIST_TTL_MS = 30_000;

/** Folder names Graph takes in place of ids (mailFolder resource): events never name a folder this way. */
const WELL_KNOWN_FOLDERS = new Set([
  'archive',
  'clutter',
  'conflicts',
  'conversationhistory',
  'deleteditems',
  'drafts',
  'inbox',
  'junkemail',
  'localfailures',
  'msgfolderroot',
  'outbox',
  'recoverableitemsdeletions',
  'scheduled',
  'searchfolders',
  'sentitems',
  'serverfailures',
  'syncissues',
]);

/** The tags of a read of one folder, or none (not cached) when it is named by a well-known name. */
const folderTags = (folderId: string): { readTags?: readonly string[] } => (WELL_KNOWN_FOLDERS.has(folderId.toLowerCase()) ? {} : { readTags: [channelTag(folderId)] });
const SPANS_FOLDERS = { readTags: [ANY] } as const;
const FOLDER_LIST = { readTags: [MEMBERSHIPS, ANY], readTtlMs: FOLDER_LIST_TTL_MS } as const;

/** The same read, never answered from the cache nor kept there (what a write or a delta round decides on). */
export function uncached(call: OutlookCall): OutlookCall {
  const { readTags: _tags, readTtlMs: _ttl, ...rest } = call;
  return rest;
}

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
  const read = (operation: string, path: string, headers: Record<string, string> = {}, cache: Pick<OutlookCall, 'readTags' | 'readTtlMs'> = {}): OutlookCall => ({
    operation,
    method: 'GET',
    path,
    headers: { ...IMMUTABLE, ...headers },
    cost: cost(),
    ...cache,
  });
  const write = (operation: string, method: GraphCall['method'], path: string, userId: string, body?: unknown, touches?: readonly string[]): OutlookCall => ({
    operation,
    method,
    path,
    headers: IMMUTABLE,
    ...(body === undefined ? {} : { body }),
    cost: cost(userId),
    write: true,
    ...(touches ? { touches } : {}),
  });
  return {
    me: (): OutlookCall => read('mailbox.user', `${base}?$select=id,displayName,mail,userPrincipalName`),
    folders: (): OutlookCall => read('mail.folders.list', `${base}/mailFolders?$top=250&$select=${FOLDER_FIELDS}`, {}, FOLDER_LIST),
    childFolders: (folderId: string): OutlookCall => read('mail.folders.children', `${base}/mailFolders/${segment(folderId)}/childFolders?$top=250&$select=${FOLDER_FIELDS}`, {}, FOLDER_LIST),
    folder: (folderId: string): OutlookCall => read('mail.folder.get', `${base}/mailFolders/${segment(folderId)}?$select=${FOLDER_FIELDS}`, {}, folderTags(folderId)),
    /** A folder's messages newest first, optionally before an instant (inclusive; the caller drops what it saw). */
    folderMessages: (folderId: string, top: number, receivedAtOrBefore: string | null, extraFilter: string | null = null): OutlookCall => {
      const filters = [receivedAtOrBefore ? `receivedDateTime le ${receivedAtOrBefore}` : 'receivedDateTime ge 1900-01-01T00:00:00Z', ...(extraFilter ? [extraFilter] : [])];
      const path = `${base}/mailFolders/${segment(folderId)}/messages?$top=${top}&$select=${MESSAGE_FIELDS}${ATTACHMENTS}&$filter=${encodeURIComponent(filters.join(' and '))}&$orderby=${encodeURIComponent('receivedDateTime desc')}`;
      return read('mail.folder.messages.list', path, {}, folderTags(folderId));
    },
    /** The whole mailbox newest first (the inbox), with extra `$filter` clauses after the received-time one. */
    mailboxMessages: (top: number, receivedAtOrBefore: string | null, extraFilters: string[]): OutlookCall => {
      const filters = [receivedAtOrBefore ? `receivedDateTime le ${receivedAtOrBefore}` : 'receivedDateTime ge 1900-01-01T00:00:00Z', ...extraFilters];
      return read('mail.messages.list', `${base}/messages?$top=${top}&$select=${MESSAGE_FIELDS}${ATTACHMENTS}&$filter=${encodeURIComponent(filters.join(' and '))}&$orderby=${encodeURIComponent('receivedDateTime desc')}`, {}, SPANS_FOLDERS);
    },
    /** One conversation, every folder (Sent Items and Deleted Items included), oldest first: the tree's one call. */
    conversation: (conversationId: string): OutlookCall =>
      read('mail.messages.list', `${base}/messages?$top=${MAX_CONVERSATION}&$select=${MESSAGE_FIELDS}${ATTACHMENTS}&$filter=${encodeURIComponent(`conversationId eq ${q(conversationId)}`)}`, {}, SPANS_FOLDERS),
    message: (messageId: string): OutlookCall => read('mail.message.get', `${base}/messages/${segment(messageId)}?$select=${MESSAGE_FIELDS}${ATTACHMENTS}`, {}, SPANS_FOLDERS),
    /** Sent Items since an instant, to find a send by its idempotency header. */
    sentSince: (since: string): OutlookCall =>
      read('mail.folder.messages.list', `${base}/mailFolders/sentitems/messages?$top=100&$select=id,internetMessageHeaders,conversationId&$filter=${encodeURIComponent(`sentDateTime ge ${since}`)}&$orderby=${encodeURIComponent('sentDateTime desc')}`),
    search: (kql: string, top: number, skip: number): OutlookCall =>
      read('mail.messages.search', `${base}/messages?$search=${encodeURIComponent(`"${kql.replace(/"/g, '\\"')}"`)}&$top=${top}${skip ? `&$skip=${skip}` : ''}&$select=${MESSAGE_FIELDS}${ATTACHMENTS}`),
    attachments: (messageId: string): OutlookCall => read('mail.attachments.list', `${base}/messages/${segment(messageId)}/attachments?$select=id,name,contentType,size,isInline,lastModifiedDateTime`),
    attachment: (messageId: string, attachmentId: string): OutlookCall => read('mail.attachment.get', `${base}/messages/${segment(messageId)}/attachments/${segment(attachmentId)}`),
    /** What a download needs to know of an attachment, without its bytes (`contentBytes` is base64 of all of them). */
    attachmentInfo: (messageId: string, attachmentId: string): OutlookCall =>
      read('mail.attachment.get', `${base}/messages/${segment(messageId)}/attachments/${segment(attachmentId)}?$select=id,name,contentType,size`),
    /** A file attachment's raw bytes, streamed (`GraphApi.stream`). */
    attachmentValue: (messageId: string, attachmentId: string): OutlookCall =>
      read('mail.attachment.value', `${base}/messages/${segment(messageId)}/attachments/${segment(attachmentId)}/$value`),
    delta: (folderId: string): OutlookCall => read('mail.folder.messages.delta', `${base}/mailFolders/${segment(folderId)}/messages/delta?$select=${MESSAGE_FIELDS}`, { Prefer: 'IdType="ImmutableId", odata.maxpagesize=50' }),
    deltaLink: (link: string): OutlookCall => read('mail.folder.messages.delta', link, { Prefer: 'IdType="ImmutableId", odata.maxpagesize=50' }),
    link: (operation: string, link: string): OutlookCall => read(operation, link),

    sendMail: (message: unknown, userId: string): OutlookCall => write('mail.send', 'POST', `${base}/sendMail`, userId, { message, saveToSentItems: true }),
    createDraft: (message: unknown, userId: string): OutlookCall => write('mail.message.create', 'POST', `${base}/messages`, userId, message),
    createReply: (messageId: string, all: boolean, body: unknown, userId: string): OutlookCall =>
      write(all ? 'mail.message.createReplyAll' : 'mail.message.createReply', 'POST', `${base}/messages/${segment(messageId)}/${all ? 'createReplyAll' : 'createReply'}`, userId, body),
    send: (draftId: string, userId: string): OutlookCall => write('mail.message.send', 'POST', `${base}/messages/${segment(draftId)}/send`, userId, {}),
    addAttachment: (draftId: string, attachment: unknown, userId: string): OutlookCall => write('mail.attachment.add', 'POST', `${base}/messages/${segment(draftId)}/attachments`, userId, attachment),
    uploadSession: (draftId: string, item: unknown, userId: string): OutlookCall =>
      write('mail.attachment.uploadSession', 'POST', `${base}/messages/${segment(draftId)}/attachments/createUploadSession`, userId, { AttachmentItem: item }),
    /** `folderId`: the folder the mail is in, when known (only its reads, and what spans folders, go stale). */
    update: (messageId: string, patch: unknown, userId: string, folderId?: string): OutlookCall =>
      write('mail.message.update', 'PATCH', `${base}/messages/${segment(messageId)}`, userId, patch, folderId ? [channelTag(folderId)] : undefined),
    remove: (messageId: string, userId: string): OutlookCall => write('mail.message.delete', 'DELETE', `${base}/messages/${segment(messageId)}`, userId),
  };
}

export type OutlookCalls = ReturnType<typeof outlookCalls>;
