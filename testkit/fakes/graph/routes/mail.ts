import { matchesFilter, project, type FilterClause } from '../odata.js';
import { headerOf, type FakeMail, type FakeMailbox, type FakeMailFolder, type GraphMailMessage, type MailInput, type Recipient } from '../mailbox.js';
import { badRequest, GraphFakeError } from '../wire.js';
import { odataContext, type Route, type RouteCall, type RouteResult } from './support.js';
import { matchesKql, parseKql } from './mail-search.js';

/**
 * Outlook mail routes (providers.md B.2), under `/me/…` and `/users/{userId}/…` (a shared mailbox, or any
 * mailbox for an application token): folders and child folders with counts, messages with `$select`,
 * `$top` (1..1000, default 10), `$filter`, `$orderby` (Graph's InefficientFilter rule), `$search` (a KQL
 * subset, mail-search.ts), `$skip` nextLinks, per-folder delta, sendMail, reply/replyAll/createReply,
 * draft send, PATCH, move, DELETE (to Deleted Items), attachments and upload sessions.
 */

const DEFAULT_TOP = 10;
const MAX_TOP = 1000;
/** Message properties `$filter` accepts here, with their operators (Graph accepts more). */
const FILTERABLE: Record<string, FilterClause['op'][]> = {
  conversationId: ['eq'],
  internetMessageId: ['eq'],
  isRead: ['eq'],
  isDraft: ['eq'],
  parentFolderId: ['eq'],
  receivedDateTime: ['gt', 'ge', 'lt', 'le', 'eq'],
  sentDateTime: ['gt', 'ge', 'lt', 'le'],
  lastModifiedDateTime: ['gt', 'ge', 'lt', 'le'],
  'from/emailAddress/address': ['eq'],
};
const ORDERABLE = ['receivedDateTime', 'sentDateTime', 'createdDateTime', 'lastModifiedDateTime'];

const boxOf = (mail: FakeMail, call: RouteCall): FakeMailbox => mail.open(call.caller.userId, call.params.userId ?? null);

function folderJson(box: FakeMailbox, folder: FakeMailFolder): Record<string, unknown> {
  const messages = [...box.messages.values()].filter((message) => message.parentFolderId === folder.id);
  return {
    id: folder.id,
    displayName: folder.displayName,
    parentFolderId: folder.parentFolderId,
    childFolderCount: [...box.folders.values()].filter((child) => child.parentFolderId === folder.id).length,
    unreadItemCount: messages.filter((message) => !message.isRead).length,
    totalItemCount: messages.length,
    isHidden: folder.isHidden,
  };
}

/** A message as a read answers it: `internetMessageHeaders` only when selected, text bodies when preferred. */
function messageJson(call: RouteCall, box: FakeMailbox, message: GraphMailMessage): Record<string, unknown> {
  const select = call.query.select;
  const { internetMessageHeaders, ...rest } = message;
  const json: Record<string, unknown> = { '@odata.etag': message['@odata.etag'], ...project(rest, select) };
  if (select?.includes('internetMessageHeaders')) json.internetMessageHeaders = internetMessageHeaders;
  if ('body' in json && /outlook\.body-content-type="?text"?/i.test(call.headers.prefer ?? '')) {
    json.body = { contentType: 'text', content: message.body.content.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim() };
  }
  const expand = call.query.expand.find((part) => part === 'attachments' || part.startsWith('attachments('));
  // `$expand=attachments($select=…)` lists them without their bytes, as a client asks to keep pages small.
  if (expand) json.attachments = (box.attachments.get(message.id) ?? []).map((attachment) => (expand === 'attachments' ? attachment : (({ contentBytes: _bytes, item: _item, ...rest }) => rest)(attachment)));
  return json;
}

/** One page of a message list with a `$skip` nextLink, as Graph pages messages. */
function messagePage(call: RouteCall, box: FakeMailbox, all: GraphMailMessage[], context: string): RouteResult {
  const top = call.query.top ?? DEFAULT_TOP;
  if (top > MAX_TOP) throw badRequest(`The value of $top must be between 1 and ${MAX_TOP}.`, 'ErrorInvalidUrlQuery');
  const skip = Number(call.url.searchParams.get('$skip') ?? '0');
  if (!Number.isInteger(skip) || skip < 0) throw badRequest('Invalid $skip.', 'ErrorInvalidUrlQuery');
  const value = all.slice(skip, skip + top).map((message) => messageJson(call, box, message));
  const body: Record<string, unknown> = { '@odata.context': odataContext(call, context), value };
  if (skip + top < all.length) {
    const next = new URL(call.url.toString());
    next.searchParams.set('$skip', String(skip + top));
    body['@odata.nextLink'] = next.toString().replace(/%24/g, '$');
  }
  return { body };
}

function listMessages(mail: FakeMail, call: RouteCall, folderId: string | null): RouteResult {
  const box = boxOf(mail, call);
  const folder = folderId === null ? null : mail.folder(box, folderId);
  let messages = [...box.messages.values()].filter((message) => (folder ? message.parentFolderId === folder.id : true));
  const search = call.url.searchParams.get('$search');
  const { filter, orderby } = call.query;
  if (search !== null) {
    if (orderby) throw badRequest('The query parameter $orderby is not supported with $search.', 'ErrorInvalidUrlQuery');
    if (filter) throw badRequest('The query parameter $filter is not supported with $search.', 'ErrorInvalidUrlQuery');
    const query = parseKql(search);
    messages = messages.filter((message) => matchesKql(message, query)).sort(newestReceived);
  } else {
    if (orderby) {
      if (!ORDERABLE.includes(orderby.property)) throw badRequest(`Cannot order by '${orderby.property}'.`, 'ErrorInvalidProperty');
      // Graph: a property in $orderby must also appear first in $filter, else InefficientFilter.
      if (filter && filter[0]?.property !== orderby.property) throw badRequest('The restriction or sort order is too complex for this operation.', 'InefficientFilter');
    }
    messages = messages.filter((message) => matchesFilter(message as unknown as Record<string, unknown>, filter, FILTERABLE));
    const property = (orderby?.property ?? 'receivedDateTime') as 'receivedDateTime';
    const descending = orderby ? orderby.descending : true;
    messages.sort((a, b) => (descending ? -1 : 1) * (a[property].localeCompare(b[property]) || a.id.localeCompare(b.id)));
  }
  return messagePage(call, box, messages, 'messages');
}

const newestReceived = (a: GraphMailMessage, b: GraphMailMessage) => b.receivedDateTime.localeCompare(a.receivedDateTime) || b.id.localeCompare(a.id);

/** Per-folder delta: `$deltatoken` is the mailbox change sequence the round starts after. */
function folderDelta(mail: FakeMail, call: RouteCall): RouteResult {
  const box = boxOf(mail, call);
  const folder = mail.folder(box, call.params.folderId);
  const token = call.url.searchParams.get('$deltatoken') ?? call.url.searchParams.get('$skiptoken');
  let since = 0;
  let until = box.changes.length;
  let offset = 0;
  if (token) {
    const parts = Buffer.from(token, 'base64url').toString('utf8').split(':').map(Number);
    if (parts.some((part) => !Number.isInteger(part) || part < 0) || (parts.length !== 1 && parts.length !== 3)) throw badRequest('The delta token is invalid.', 'SyncStateNotFound');
    if (parts.length === 1) [since] = parts;
    else [since, until, offset] = parts;
  }
  const last = new Map<string, { removed: boolean }>();
  for (const change of box.changes.slice(since, until)) {
    if (change.folderId !== folder.id) continue;
    last.delete(change.messageId);
    last.set(change.messageId, { removed: change.removed || change.changeType === 'deleted' });
  }
  const items = [...last.entries()].map(([id, { removed }]) => {
    const message = box.messages.get(id);
    if (removed || !message || message.parentFolderId !== folder.id) return { '@odata.type': '#microsoft.graph.message', id, '@removed': { reason: message ? 'changed' : 'deleted' } };
    return messageJson(call, box, message);
  });
  const maxPage = Number(/odata\.maxpagesize=(\d+)/.exec(call.headers.prefer ?? '')?.[1] ?? call.query.top ?? DEFAULT_TOP);
  const base = new URL(`${call.url.origin}${call.url.pathname}`);
  for (const [key, value] of call.url.searchParams) if (!['$deltatoken', '$skiptoken'].includes(key)) base.searchParams.set(key, value);
  const link = (key: string, value: string) => `${base.toString().replace(/%24/g, '$')}${base.search ? '&' : '?'}${key}=${value}`;
  const value = items.slice(offset, offset + maxPage);
  const body: Record<string, unknown> = { '@odata.context': odataContext(call, 'Collection(message)'), value };
  if (offset + maxPage < items.length) body['@odata.nextLink'] = link('$skiptoken', Buffer.from(`${since}:${until}:${offset + maxPage}`).toString('base64url'));
  else body['@odata.deltaLink'] = link('$deltatoken', Buffer.from(String(until)).toString('base64url'));
  return { body };
}

function recipientsOf(value: unknown, field: string): Array<{ name: string | null; address: string }> | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw badRequest(`${field} must be a collection.`, 'ErrorInvalidRecipients');
  return (value as Recipient[]).map((entry) => {
    const address = entry?.emailAddress?.address;
    if (typeof address !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(address)) throw badRequest('At least one recipient is not valid.', 'ErrorInvalidRecipients');
    return { name: entry.emailAddress.name ?? null, address };
  });
}

/** A `message` JSON body (sendMail, draft creation) as a MailInput. */
function mailInputOf(body: Record<string, unknown> | undefined): Omit<MailInput, 'from'> {
  if (!body || typeof body !== 'object') throw badRequest('Empty Payload. JSON content expected.', 'ErrorInvalidRequest');
  const content = body.body as { contentType?: string; content?: string } | undefined;
  const attachments = Array.isArray(body.attachments) ? (body.attachments as Array<Record<string, unknown>>) : [];
  const to = recipientsOf(body.toRecipients, 'toRecipients') ?? [];
  const cc = recipientsOf(body.ccRecipients, 'ccRecipients') ?? [];
  const bcc = recipientsOf(body.bccRecipients, 'bccRecipients') ?? [];
  const headers = Array.isArray(body.internetMessageHeaders) ? (body.internetMessageHeaders as Array<{ name: string; value: string }>) : [];
  if (headers.some((header) => !/^x-/i.test(header.name))) throw badRequest('Only custom headers starting with x- may be set.', 'InvalidInternetMessageHeader');
  return {
    to,
    cc,
    bcc,
    subject: typeof body.subject === 'string' ? body.subject : '',
    body: content?.content ?? '',
    contentType: content?.contentType?.toLowerCase() === 'text' ? 'text' : 'html',
    extraHeaders: headers,
    attachments: attachments.map((attachment) => ({
      '@odata.type': attachment['@odata.type'] === '#microsoft.graph.itemAttachment' ? '#microsoft.graph.itemAttachment' : '#microsoft.graph.fileAttachment',
      name: String(attachment.name ?? 'attachment'),
      contentType: (attachment.contentType as string | undefined) ?? 'application/octet-stream',
      contentBytes: attachment.contentBytes as string | undefined,
      isInline: attachment.isInline === true,
      contentId: (attachment.contentId as string | undefined) ?? null,
    })),
  };
}

/** reply/replyAll/createReply take `comment` or `message` (its body), not both. */
function replyInputOf(body: unknown): { comment?: string; body?: string; toRecipients?: Recipient[]; ccRecipients?: Recipient[]; attachments?: MailInput['attachments']; extraHeaders?: MailInput['extraHeaders'] } {
  const input = (body ?? {}) as { comment?: string; message?: Record<string, unknown> };
  const messageBody = (input.message?.body as { content?: string } | undefined)?.content;
  if (input.comment !== undefined && messageBody !== undefined) throw badRequest('Comment and message body cannot both be specified.', 'ErrorInvalidRequest');
  const parsed = input.message ? mailInputOf(input.message) : null;
  return {
    comment: input.comment,
    body: messageBody,
    toRecipients: input.message?.toRecipients ? (input.message.toRecipients as Recipient[]) : undefined,
    ccRecipients: input.message?.ccRecipients ? (input.message.ccRecipients as Recipient[]) : undefined,
    attachments: parsed?.attachments,
    extraHeaders: parsed?.extraHeaders,
  };
}

function prefixed(prefix: string, routes: Array<Omit<Route, 'path'> & { path: string }>): Route[] {
  return routes.map((route) => ({ ...route, name: route.name, path: `${prefix}${route.path}` }));
}

export function mailRouteTable(mail: FakeMail): Route[] {
  const routes = (): Array<Omit<Route, 'path'> & { path: string }> => [
    {
      name: 'mail.folders.list',
      method: 'GET',
      path: '/mailFolders',
      handler: (call) => {
        const box = boxOf(mail, call);
        const rootId = mail.folder(box, 'inbox').parentFolderId;
        const hidden = call.url.searchParams.get('includeHiddenFolders') === 'true';
        const folders = [...box.folders.values()].filter((folder) => folder.parentFolderId === rootId && (hidden || !folder.isHidden));
        return { body: { '@odata.context': odataContext(call, 'mailFolders'), value: folders.map((folder) => project(folderJson(box, folder), call.query.select)) } };
      },
    },
    {
      name: 'mail.folder.get',
      method: 'GET',
      path: '/mailFolders/{folderId}',
      handler: (call) => {
        const box = boxOf(mail, call);
        return { body: project(folderJson(box, mail.folder(box, call.params.folderId)), call.query.select) };
      },
    },
    {
      name: 'mail.folders.children',
      method: 'GET',
      path: '/mailFolders/{folderId}/childFolders',
      handler: (call) => {
        const box = boxOf(mail, call);
        const parent = mail.folder(box, call.params.folderId);
        const children = [...box.folders.values()].filter((folder) => folder.parentFolderId === parent.id);
        return { body: { '@odata.context': odataContext(call, 'childFolders'), value: children.map((folder) => project(folderJson(box, folder), call.query.select)) } };
      },
    },
    { name: 'mail.messages.list', method: 'GET', path: '/messages', handler: (call) => listMessages(mail, call, null) },
    { name: 'mail.folder.messages.list', method: 'GET', path: '/mailFolders/{folderId}/messages', handler: (call) => listMessages(mail, call, call.params.folderId) },
    { name: 'mail.folder.messages.delta', method: 'GET', path: '/mailFolders/{folderId}/messages/delta', handler: (call) => folderDelta(mail, call) },
    {
      name: 'mail.message.get',
      method: 'GET',
      path: '/messages/{messageId}',
      handler: (call) => {
        const box = boxOf(mail, call);
        return { body: messageJson(call, box, mail.message(box, call.params.messageId)) };
      },
    },
    {
      name: 'mail.message.update',
      method: 'PATCH',
      path: '/messages/{messageId}',
      handler: (call) => {
        const box = boxOf(mail, call);
        if (call.caller.userId === null) throw new GraphFakeError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
        return { body: messageJson(call, box, mail.update(box, mail.message(box, call.params.messageId), (call.body ?? {}) as Record<string, unknown>)) };
      },
    },
    {
      name: 'mail.message.delete',
      method: 'DELETE',
      path: '/messages/{messageId}',
      handler: (call) => {
        const box = boxOf(mail, call);
        mail.remove(box, mail.message(box, call.params.messageId));
        return { status: 204 };
      },
    },
    {
      name: 'mail.message.move',
      method: 'POST',
      path: '/messages/{messageId}/move',
      handler: (call) => {
        const box = boxOf(mail, call);
        const destination = (call.body as { destinationId?: string } | null)?.destinationId;
        if (!destination) throw badRequest('destinationId is required.', 'ErrorInvalidRequest');
        return { status: 201, body: messageJson(call, box, mail.move(box, mail.message(box, call.params.messageId), destination)) };
      },
    },
    {
      name: 'mail.send',
      method: 'POST',
      path: '/sendMail',
      handler: (call) => {
        const box = boxOf(mail, call);
        const body = call.body as { message?: Record<string, unknown>; saveToSentItems?: boolean } | null;
        const input = mailInputOf(body?.message);
        if ((input.to?.length ?? 0) + (input.cc?.length ?? 0) + (input.bcc?.length ?? 0) === 0) throw badRequest('At least one recipient is required.', 'ErrorInvalidRecipients');
        mail.send(box, input, body?.saveToSentItems !== false);
        return { status: 202 };
      },
    },
    {
      name: 'mail.message.create',
      method: 'POST',
      path: '/messages',
      handler: (call) => {
        const box = boxOf(mail, call);
        const draft = mail.createDraft(box, mailInputOf(call.body as Record<string, unknown>));
        return { status: 201, body: messageJson(call, box, draft) };
      },
    },
    ...(['reply', 'replyAll'] as const).map((action) => ({
      name: `mail.message.${action}`,
      method: 'POST' as const,
      path: `/messages/{messageId}/${action}`,
      handler: (call: RouteCall): RouteResult => {
        const box = boxOf(mail, call);
        mail.reply(box, mail.message(box, call.params.messageId), replyInputOf(call.body), action === 'replyAll');
        return { status: 202 };
      },
    })),
    ...(['createReply', 'createReplyAll'] as const).map((action) => ({
      name: `mail.message.${action}`,
      method: 'POST' as const,
      path: `/messages/{messageId}/${action}`,
      handler: (call: RouteCall): RouteResult => {
        const box = boxOf(mail, call);
        const draft = mail.createReplyDraft(box, mail.message(box, call.params.messageId), replyInputOf(call.body), action === 'createReplyAll');
        return { status: 201, body: messageJson(call, box, draft) };
      },
    })),
    {
      name: 'mail.message.send',
      method: 'POST',
      path: '/messages/{messageId}/send',
      handler: (call) => {
        const box = boxOf(mail, call);
        mail.sendDraft(box, mail.message(box, call.params.messageId));
        return { status: 202 };
      },
    },
    {
      name: 'mail.attachments.list',
      method: 'GET',
      path: '/messages/{messageId}/attachments',
      handler: (call) => {
        const box = boxOf(mail, call);
        const message = mail.message(box, call.params.messageId);
        return { body: { '@odata.context': odataContext(call, 'attachments'), value: (box.attachments.get(message.id) ?? []).map((attachment) => project(attachment, call.query.select)) } };
      },
    },
    {
      name: 'mail.attachment.get',
      method: 'GET',
      path: '/messages/{messageId}/attachments/{attachmentId}',
      handler: (call) => {
        const box = boxOf(mail, call);
        const message = mail.message(box, call.params.messageId);
        const attachment = (box.attachments.get(message.id) ?? []).find((candidate) => candidate.id === call.params.attachmentId);
        if (!attachment) throw new GraphFakeError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
        return { body: project(attachment, call.query.select) };
      },
    },
    {
      name: 'mail.attachment.value',
      method: 'GET',
      path: '/messages/{messageId}/attachments/{attachmentId}/$value',
      handler: (call) => {
        const box = boxOf(mail, call);
        const message = mail.message(box, call.params.messageId);
        const attachment = (box.attachments.get(message.id) ?? []).find((candidate) => candidate.id === call.params.attachmentId);
        if (!attachment) throw new GraphFakeError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
        // Graph answers an item attachment's MIME here; the fake keeps no MIME.
        if (attachment['@odata.type'] !== '#microsoft.graph.fileAttachment') throw badRequest('Only file attachments are served raw here.', 'ErrorInvalidRequest');
        const length = Buffer.from(attachment.contentBytes ?? '', 'base64').length;
        // The raw file, in chunks (mailbox.ts `attachmentValue`): a client can be shown to read it as it arrives.
        return { headers: { 'Content-Type': attachment.contentType ?? 'application/octet-stream', 'Content-Length': String(length) }, stream: mail.attachmentValue(attachment) };
      },
    },
    {
      name: 'mail.attachment.add',
      method: 'POST',
      path: '/messages/{messageId}/attachments',
      handler: (call) => {
        const box = boxOf(mail, call);
        const message = mail.message(box, call.params.messageId);
        if (!message.isDraft) throw badRequest('Attachments can only be added to drafts.', 'ErrorInvalidOperation');
        const input = mailInputOf({ attachments: [call.body] }).attachments![0];
        const bytes = Buffer.from(input.contentBytes ?? '', 'base64').length;
        // Graph takes at most 3 MB in one request; larger files go through an upload session.
        if (bytes > 3 * 1024 * 1024) throw new GraphFakeError(413, 'ErrorRequestEntityTooLarge', 'The request is larger than 3 MB; use an upload session.');
        return { status: 201, body: mail.addAttachment(box, message, input) };
      },
    },
    {
      name: 'mail.attachment.uploadSession',
      method: 'POST',
      path: '/messages/{messageId}/attachments/createUploadSession',
      handler: (call) => {
        const box = boxOf(mail, call);
        const item = (call.body as { AttachmentItem?: { name?: string; size?: number; contentType?: string; isInline?: boolean; contentId?: string } } | null)?.AttachmentItem;
        if (!item?.name) throw badRequest('AttachmentItem is required.', 'ErrorInvalidRequest');
        const session = mail.startUpload(box, mail.message(box, call.params.messageId), { name: item.name, size: Number(item.size), contentType: item.contentType, isInline: item.isInline, contentId: item.contentId }, call.tenant.clock());
        return {
          status: 201,
          body: {
            '@odata.context': odataContext(call, 'microsoft.graph.uploadSession'),
            uploadUrl: `${call.url.origin}/upload/${session.id}`,
            expirationDateTime: new Date(session.expiresAt).toISOString(),
            nextExpectedRanges: ['0-'],
          },
        };
      },
    },
  ];
  return [...prefixed('/me', routes()), ...prefixed('/users/{userId}', routes())];
}

/** Whether a stored message carries a header (tests check the replies' threading headers). */
export function threadingHeaders(message: GraphMailMessage): { inReplyTo: string | null; references: string | null } {
  return { inReplyTo: headerOf(message, 'In-Reply-To'), references: headerOf(message, 'References') };
}
