import { randomUUID } from 'node:crypto';
import type { FakeGraphTenant } from './tenant.js';
import { badRequest, GraphFakeError, notFound } from './wire.js';

/**
 * Outlook mail in the fake Graph (providers.md B.2): one mailbox per tenant user (and shared mailboxes
 * other users were granted), folders with child folders and counts, messages kept in Graph's own `message`
 * JSON, attachments (file, item, inline with `contentId`), upload sessions, and a change log per mailbox
 * that delta queries and change notifications read. Ids stay stable across moves, as Graph's do when the
 * client asks for `Prefer: IdType="ImmutableId"` (the Outlook provider always does).
 *
 * Mail between two mailboxes of the tenant is delivered: `sendMail`/`reply` put the sender's copy in Sent
 * Items and a copy with the same `internetMessageId` in each recipient's Inbox. Mail from outside arrives
 * through `deliver` (a test's "someone wrote to Ana").
 */

export interface Recipient {
  emailAddress: { name: string | null; address: string };
}

export interface GraphMailAttachment {
  '@odata.type': '#microsoft.graph.fileAttachment' | '#microsoft.graph.itemAttachment';
  id: string;
  name: string;
  contentType: string | null;
  size: number;
  isInline: boolean;
  lastModifiedDateTime: string;
  /** File attachments: base64 bytes; `contentId` names an inline image (`cid:` in the body). */
  contentBytes?: string;
  contentId?: string | null;
  /** Item attachments: the attached message (`$expand=microsoft.graph.itemattachment/item`). */
  item?: Record<string, unknown>;
}

/** Graph's `message` resource, as the fake stores it (what a `GET` with every property answers). */
export interface GraphMailMessage {
  id: string;
  '@odata.etag': string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  changeKey: string;
  categories: string[];
  receivedDateTime: string;
  sentDateTime: string;
  hasAttachments: boolean;
  internetMessageId: string;
  subject: string;
  bodyPreview: string;
  importance: 'low' | 'normal' | 'high';
  parentFolderId: string;
  conversationId: string;
  conversationIndex: string;
  isDeliveryReceiptRequested: boolean;
  isReadReceiptRequested: boolean;
  isRead: boolean;
  isDraft: boolean;
  webLink: string;
  inferenceClassification: 'focused' | 'other';
  body: { contentType: 'html' | 'text'; content: string };
  sender: Recipient | null;
  from: Recipient | null;
  toRecipients: Recipient[];
  ccRecipients: Recipient[];
  bccRecipients: Recipient[];
  replyTo: Recipient[];
  flag: { flagStatus: 'notFlagged' | 'flagged' | 'complete' };
  /** Only answered when `$select`ed, as Graph does. */
  internetMessageHeaders: Array<{ name: string; value: string }>;
}

export interface FakeMailFolder {
  id: string;
  displayName: string;
  parentFolderId: string;
  /** The well-known name (`inbox`, `sentitems`, `deleteditems`, `drafts`, `archive`), or null. */
  wellKnownName: string | null;
  isHidden: boolean;
}

/** One change in a mailbox, oldest first; `folderId` is where the message was (moves log both folders). */
export interface MailChange {
  seq: number;
  changeType: 'created' | 'updated' | 'deleted';
  folderId: string;
  messageId: string;
  /** For delta: the message left this folder (moved or deleted) rather than changing in it. */
  removed: boolean;
}

export interface FakeMailbox {
  /** The owner's user id (a shared mailbox has its own directory user). */
  ownerId: string;
  address: string;
  displayName: string;
  /** Users other than the owner whose delegated tokens may open this mailbox (a shared mailbox's members). */
  delegates: Set<string>;
  folders: Map<string, FakeMailFolder>;
  messages: Map<string, GraphMailMessage>;
  attachments: Map<string, GraphMailAttachment[]>;
  changes: MailChange[];
}

export interface UploadSession {
  id: string;
  ownerId: string;
  messageId: string;
  name: string;
  contentType: string;
  size: number;
  isInline: boolean;
  contentId: string | null;
  received: Buffer[];
  receivedBytes: number;
  expiresAt: number;
}

/** What a test or a route writes as a new mail. */
export interface MailInput {
  from: { name?: string | null; address: string };
  to?: Array<{ name?: string | null; address: string }>;
  cc?: Array<{ name?: string | null; address: string }>;
  bcc?: Array<{ name?: string | null; address: string }>;
  subject?: string;
  /** HTML body (default) or text with `contentType: 'text'`. */
  body?: string;
  contentType?: 'html' | 'text';
  internetMessageId?: string;
  inReplyTo?: string | null;
  references?: string[];
  conversationId?: string;
  isRead?: boolean;
  /** Where it goes in the owner's mailbox: a folder id or well-known name. Default inbox. */
  folder?: string;
  attachments?: Array<Partial<GraphMailAttachment> & { name: string }>;
  extraHeaders?: Array<{ name: string; value: string }>;
}

export const WELL_KNOWN_FOLDERS: Array<[string, string]> = [
  ['inbox', 'Inbox'],
  ['drafts', 'Drafts'],
  ['sentitems', 'Sent Items'],
  ['deleteditems', 'Deleted Items'],
  ['archive', 'Archive'],
  ['junkemail', 'Junk Email'],
];

const recipient = (entry: { name?: string | null; address: string }): Recipient => ({ emailAddress: { name: entry.name ?? null, address: entry.address } });

export class FakeMail {
  readonly mailboxes = new Map<string, FakeMailbox>();
  readonly uploads = new Map<string, UploadSession>();
  private readonly listeners = new Set<(ownerId: string, change: MailChange, message: GraphMailMessage) => void>();
  private counter = 0;
  private lastMs = 0;
  /** `$value` bodies go out in chunks of this many bytes. */
  downloadChunkBytes = 64 * 1024;
  /** Bytes of attachment `$value` bodies handed to the socket so far, and downloads whose last chunk was. */
  readonly downloads = { sentBytes: 0, completed: 0 };
  private hold: { released: Promise<void>; release: () => void } | null = null;

  constructor(readonly tenant: FakeGraphTenant) {}

  // ---- seeding ------------------------------------------------------------------------------------------

  /** The mailbox of a tenant user, made on first use with its well-known folders. */
  mailbox(ownerId: string): FakeMailbox {
    let box = this.mailboxes.get(ownerId);
    if (!box) {
      const user = this.tenant.users.get(ownerId);
      if (!user) throw notFound(`User ${ownerId}`);
      const rootId = this.newId('AQMkAD', 'root');
      box = { ownerId, address: user.mail.toLowerCase(), displayName: user.displayName, delegates: new Set(), folders: new Map(), messages: new Map(), attachments: new Map(), changes: [] };
      for (const [wellKnown, displayName] of WELL_KNOWN_FOLDERS) {
        const id = this.newId('AQMkAD', wellKnown);
        box.folders.set(id, { id, displayName, parentFolderId: rootId, wellKnownName: wellKnown, isHidden: false });
      }
      this.mailboxes.set(ownerId, box);
    }
    return box;
  }

  /** A shared mailbox (its own directory user) that `memberIds` may open with their delegated tokens. */
  addSharedMailbox(displayName: string, memberIds: string[]): FakeMailbox {
    const user = this.tenant.addUser(displayName);
    const box = this.mailbox(user.id);
    for (const id of memberIds) box.delegates.add(id);
    return box;
  }

  addFolder(ownerId: string, displayName: string, parent = 'root'): FakeMailFolder {
    const box = this.mailbox(ownerId);
    const parentFolderId = parent === 'root' ? this.folder(box, 'inbox').parentFolderId : this.folder(box, parent).id;
    const id = this.newId('AQMkAD', displayName);
    const folder: FakeMailFolder = { id, displayName, parentFolderId, wellKnownName: null, isHidden: false };
    box.folders.set(id, folder);
    return folder;
  }

  /** Deletes a folder for good, with its child folders and their mail (as emptying it from Deleted Items does). */
  removeFolder(ownerId: string, folderId: string): void {
    const box = this.mailbox(ownerId);
    const doomed = new Set([this.folder(box, folderId).id]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const folder of box.folders.values()) {
        if (!doomed.has(folder.id) && doomed.has(folder.parentFolderId)) {
          doomed.add(folder.id);
          grew = true;
        }
      }
    }
    for (const message of [...box.messages.values()]) {
      if (!doomed.has(message.parentFolderId)) continue;
      box.messages.delete(message.id);
      box.attachments.delete(message.id);
      this.log(box, message, 'deleted', true);
    }
    for (const id of doomed) box.folders.delete(id);
  }

  /** Mail arriving in `ownerId`'s mailbox (from anyone, inside or outside the tenant). */
  deliver(ownerId: string, input: MailInput): GraphMailMessage {
    const box = this.mailbox(ownerId);
    return this.store(box, this.compose(box, input, this.folder(box, input.folder ?? 'inbox').id, input.isRead ?? false));
  }

  // ---- reads --------------------------------------------------------------------------------------------

  /** The mailbox `pathOwner` names (`me` → the caller), if the caller may open it; app tokens open all. */
  open(callerId: string | null, pathOwner: string | null): FakeMailbox {
    const ownerId = pathOwner ?? callerId;
    if (!ownerId) throw badRequest('/me request is only valid with delegated authentication flow.');
    const byAddress = [...this.tenant.users.values()].find((user) => user.mail.toLowerCase() === ownerId.toLowerCase() || user.userPrincipalName.toLowerCase() === ownerId.toLowerCase());
    const id = this.tenant.users.has(ownerId) ? ownerId : byAddress?.id;
    if (!id) throw notFound(`User ${ownerId}`);
    const box = this.mailbox(id);
    if (callerId !== null && callerId !== id && !box.delegates.has(callerId)) throw new GraphFakeError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
    return box;
  }

  /** A folder by id or well-known name. */
  folder(box: FakeMailbox, idOrName: string): FakeMailFolder {
    const lower = idOrName.toLowerCase();
    const folder = box.folders.get(idOrName) ?? [...box.folders.values()].find((candidate) => candidate.wellKnownName === lower);
    if (!folder) throw notFound('The specified folder');
    return folder;
  }

  message(box: FakeMailbox, id: string): GraphMailMessage {
    const message = box.messages.get(id);
    if (!message) throw new GraphFakeError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
    return message;
  }

  // ---- writes -------------------------------------------------------------------------------------------

  /** sendMail: the sender's copy in Sent Items, and a copy in each recipient mailbox of the tenant. */
  send(box: FakeMailbox, input: Omit<MailInput, 'from'>, save = true): GraphMailMessage {
    const sent = this.compose(box, { ...input, from: { name: box.displayName, address: box.address } }, this.folder(box, 'sentitems').id, true);
    if (save) this.store(box, sent);
    this.fanOut(box, sent);
    return sent;
  }

  /** A reply (`replyAll` adds the other recipients) to `original`, with the right headers. */
  reply(box: FakeMailbox, original: GraphMailMessage, input: { comment?: string; body?: string; toRecipients?: Recipient[]; ccRecipients?: Recipient[]; attachments?: MailInput['attachments']; extraHeaders?: MailInput['extraHeaders'] }, all: boolean): GraphMailMessage {
    return this.send(box, this.replyInput(box, original, input, all));
  }

  /** createReply: a draft in Drafts with the reply's recipients, subject and headers. */
  createReplyDraft(box: FakeMailbox, original: GraphMailMessage, input: Parameters<FakeMail['reply']>[2], all: boolean): GraphMailMessage {
    const draft = this.compose(box, { ...this.replyInput(box, original, input, all), from: { name: box.displayName, address: box.address } }, this.folder(box, 'drafts').id, true);
    draft.isDraft = true;
    return this.store(box, draft);
  }

  /** POST /messages: a new draft in Drafts. */
  createDraft(box: FakeMailbox, input: Omit<MailInput, 'from'>): GraphMailMessage {
    const draft = this.compose(box, { ...input, from: { name: box.displayName, address: box.address } }, this.folder(box, 'drafts').id, true);
    draft.isDraft = true;
    return this.store(box, draft);
  }

  /**
   * One PUT of an upload session (`Content-Range: bytes a-b/total`): ranges must come in order; the last one
   * adds the attachment to the draft and ends the session. Answers the next expected range, or null when done.
   */
  uploadChunk(sessionId: string, range: string | undefined, bytes: Buffer, clock: number): { nextExpectedRanges: string[] } | null {
    const session = this.uploads.get(sessionId);
    if (!session || session.expiresAt <= clock) throw notFound('The upload session');
    const match = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(range ?? '');
    if (!match) throw badRequest('Content-Range is required.', 'InvalidContentRange');
    const [start, end, total] = match.slice(1).map(Number);
    if (start !== session.receivedBytes || total !== session.size || end - start + 1 !== bytes.length) throw badRequest('The Content-Range does not match the next expected range.', 'InvalidContentRange');
    session.received.push(bytes);
    session.receivedBytes += bytes.length;
    if (session.receivedBytes < session.size) return { nextExpectedRanges: [`${session.receivedBytes}-`] };
    this.uploads.delete(sessionId);
    const box = this.mailbox(session.ownerId);
    this.addAttachment(box, this.message(box, session.messageId), {
      name: session.name,
      contentType: session.contentType,
      contentBytes: Buffer.concat(session.received).toString('base64'),
      isInline: session.isInline,
      contentId: session.contentId,
    });
    return null;
  }

  /** Sends a draft: it moves to Sent Items (same id here) and is delivered. */
  sendDraft(box: FakeMailbox, draft: GraphMailMessage): void {
    if (!draft.isDraft) throw badRequest('The item is not a draft.', 'ErrorInvalidOperation');
    draft.isDraft = false;
    draft.sentDateTime = this.nowIso();
    this.move(box, draft, this.folder(box, 'sentitems').id);
    this.fanOut(box, draft);
  }

  update(box: FakeMailbox, message: GraphMailMessage, patch: Record<string, unknown>): GraphMailMessage {
    const allowed = message.isDraft ? ['isRead', 'subject', 'body', 'toRecipients', 'ccRecipients', 'bccRecipients', 'categories', 'flag', 'importance'] : ['isRead', 'categories', 'flag', 'importance', 'inferenceClassification'];
    for (const [key, value] of Object.entries(patch)) {
      if (!allowed.includes(key)) throw badRequest(`The property '${key}' cannot be updated on a sent message.`, 'ErrorInvalidPropertyUpdateSentMessage');
      (message as unknown as Record<string, unknown>)[key] = value;
    }
    this.touch(box, message, 'updated');
    return message;
  }

  move(box: FakeMailbox, message: GraphMailMessage, destination: string): GraphMailMessage {
    const target = this.folder(box, destination);
    if (target.id === message.parentFolderId) return message;
    this.log(box, message, 'deleted', true);
    message.parentFolderId = target.id;
    this.touch(box, message, 'created');
    return message;
  }

  /** DELETE: Graph moves mail to Deleted Items; deleting there removes it for good. */
  remove(box: FakeMailbox, message: GraphMailMessage): void {
    const deleted = this.folder(box, 'deleteditems');
    if (message.parentFolderId !== deleted.id) {
      this.move(box, message, deleted.id);
      return;
    }
    box.messages.delete(message.id);
    box.attachments.delete(message.id);
    this.log(box, message, 'deleted', true);
  }

  addAttachment(box: FakeMailbox, message: GraphMailMessage, input: Partial<GraphMailAttachment> & { name: string }): GraphMailAttachment {
    const attachment: GraphMailAttachment = {
      '@odata.type': input['@odata.type'] ?? '#microsoft.graph.fileAttachment',
      id: this.newId('AAMkAD', 'att'),
      name: input.name,
      contentType: input.contentType ?? 'application/octet-stream',
      size: input.size ?? (input.contentBytes ? Buffer.from(input.contentBytes, 'base64').length : 0),
      isInline: input.isInline ?? false,
      lastModifiedDateTime: this.nowIso(),
      ...(input.item ? { item: input.item } : { contentBytes: input.contentBytes ?? '', contentId: input.contentId ?? null }),
    };
    box.attachments.set(message.id, [...(box.attachments.get(message.id) ?? []), attachment]);
    message.hasAttachments = true;
    return attachment;
  }

  /** Starts an upload session for a large attachment of a draft (createUploadSession). */
  startUpload(box: FakeMailbox, message: GraphMailMessage, item: { name: string; size: number; contentType?: string; isInline?: boolean; contentId?: string }, clock: number): UploadSession {
    if (!message.isDraft) throw badRequest('Attachments can only be uploaded to drafts.', 'ErrorInvalidOperation');
    if (!(item.size > 0)) throw badRequest('AttachmentItem.size is required.');
    const session: UploadSession = {
      id: randomUUID(),
      ownerId: box.ownerId,
      messageId: message.id,
      name: item.name,
      contentType: item.contentType ?? 'application/octet-stream',
      size: item.size,
      isInline: item.isInline ?? false,
      contentId: item.contentId ?? null,
      received: [],
      receivedBytes: 0,
      expiresAt: clock + 15 * 60_000,
    };
    this.uploads.set(session.id, session);
    return session;
  }

  /**
   * Holds every `$value` download after its first chunk until the answered function is called: a test proves
   * a client streams when it has the first bytes while the fake has not sent the rest.
   */
  holdDownloads(): () => void {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const hold = { released, release };
    this.hold = hold;
    return () => {
      if (this.hold === hold) this.hold = null;
      hold.release();
    };
  }

  /** A file attachment's raw bytes (`/$value`), chunk by chunk, held after the first while `holdDownloads` says so. */
  async *attachmentValue(attachment: GraphMailAttachment): AsyncGenerator<Uint8Array> {
    const bytes = Buffer.from(attachment.contentBytes ?? '', 'base64');
    for (let offset = 0; offset < bytes.length; offset += this.downloadChunkBytes) {
      if (offset > 0 && this.hold) await this.hold.released;
      const chunk = bytes.subarray(offset, offset + this.downloadChunkBytes);
      this.downloads.sentBytes += chunk.length;
      // Counted as the last chunk is handed out: the reader may have it before the writer resumes.
      if (offset + chunk.length >= bytes.length) this.downloads.completed += 1;
      yield chunk;
    }
  }

  onChange(listener: (ownerId: string, change: MailChange, message: GraphMailMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  nowIso(): string {
    return new Date(this.tenant.clock()).toISOString();
  }

  // ---- internals ----------------------------------------------------------------------------------------

  private replyInput(box: FakeMailbox, original: GraphMailMessage, input: { comment?: string; body?: string; toRecipients?: Recipient[]; ccRecipients?: Recipient[]; attachments?: MailInput['attachments']; extraHeaders?: MailInput['extraHeaders'] }, all: boolean): Omit<MailInput, 'from'> {
    const self = box.address;
    const answerTo = original.replyTo.length > 0 ? original.replyTo : original.from ? [original.from] : [];
    const to = input.toRecipients ?? [...answerTo, ...(all ? original.toRecipients : [])].filter((entry) => entry.emailAddress.address.toLowerCase() !== self);
    const cc = input.ccRecipients ?? (all ? original.ccRecipients.filter((entry) => entry.emailAddress.address.toLowerCase() !== self) : []);
    const references = [...(headerOf(original, 'References')?.split(/\s+/).filter(Boolean) ?? []), original.internetMessageId];
    const quoted = `<hr><div>${original.body.content}</div>`;
    return {
      to: unique(to).map((entry) => ({ name: entry.emailAddress.name, address: entry.emailAddress.address })),
      cc: unique(cc).map((entry) => ({ name: entry.emailAddress.name, address: entry.emailAddress.address })),
      subject: /^re:/i.test(original.subject) ? original.subject : `RE: ${original.subject}`,
      body: `${input.comment ?? input.body ?? ''}${quoted}`,
      inReplyTo: original.internetMessageId,
      references,
      conversationId: original.conversationId,
      attachments: input.attachments,
      extraHeaders: input.extraHeaders,
    };
  }

  /** Copies of a sent mail in every recipient mailbox of the tenant (not the sender's own). */
  private fanOut(box: FakeMailbox, sent: GraphMailMessage): void {
    const addresses = new Set([...sent.toRecipients, ...sent.ccRecipients, ...sent.bccRecipients].map((entry) => entry.emailAddress.address.toLowerCase()));
    for (const user of this.tenant.users.values()) {
      if (user.id === box.ownerId || !addresses.has(user.mail.toLowerCase())) continue;
      const target = this.mailbox(user.id);
      const copy = this.compose(
        target,
        {
          from: { name: sent.from?.emailAddress.name, address: sent.from?.emailAddress.address ?? box.address },
          to: sent.toRecipients.map((entry) => entry.emailAddress),
          cc: sent.ccRecipients.map((entry) => entry.emailAddress),
          subject: sent.subject,
          body: sent.body.content,
          contentType: sent.body.contentType,
          internetMessageId: sent.internetMessageId,
          inReplyTo: headerOf(sent, 'In-Reply-To'),
          references: headerOf(sent, 'References')?.split(/\s+/).filter(Boolean),
          // Conversations are per mailbox in Exchange, but threading follows the headers; keep the sender's id.
          conversationId: sent.conversationId,
        },
        this.folder(target, 'inbox').id,
        false,
      );
      this.store(target, copy);
      for (const attachment of box.attachments.get(sent.id) ?? []) this.addAttachment(target, copy, { ...attachment });
    }
  }

  private compose(box: FakeMailbox, input: MailInput, folderId: string, isRead: boolean): GraphMailMessage {
    const now = this.nowMs();
    const iso = new Date(now).toISOString();
    const id = this.newId('AAMkAD', 'msg');
    const internetMessageId = input.internetMessageId ?? `<${randomUUID().replace(/-/g, '')}@fake.outlook.com>`;
    const headers = [
      { name: 'Message-ID', value: internetMessageId },
      { name: 'Subject', value: input.subject ?? '' },
      ...(input.inReplyTo ? [{ name: 'In-Reply-To', value: input.inReplyTo }] : []),
      ...(input.references?.length ? [{ name: 'References', value: input.references.join(' ') }] : []),
      ...(input.extraHeaders ?? []),
    ];
    const content = input.body ?? '';
    const contentType = input.contentType ?? 'html';
    const html = contentType === 'html' ? (/<html/i.test(content) ? content : `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>${content}</body></html>`) : content;
    const from = recipient(input.from);
    const message: GraphMailMessage = {
      id,
      '@odata.etag': `W/"${id}-1"`,
      createdDateTime: iso,
      lastModifiedDateTime: iso,
      changeKey: `${id}-1`,
      categories: [],
      receivedDateTime: iso,
      sentDateTime: iso,
      hasAttachments: false,
      internetMessageId,
      subject: input.subject ?? '',
      bodyPreview: preview(content).slice(0, 255),
      importance: 'normal',
      parentFolderId: folderId,
      conversationId: input.conversationId ?? `AAQkAD${Buffer.from(randomUUID()).toString('base64url').slice(0, 24)}`,
      conversationIndex: Buffer.from(String(now)).toString('base64'),
      isDeliveryReceiptRequested: false,
      isReadReceiptRequested: false,
      isRead,
      isDraft: false,
      webLink: `https://outlook.office365.com/owa/?ItemID=${encodeURIComponent(id)}&exvsurl=1&viewmodel=ReadMessageItem`,
      inferenceClassification: 'focused',
      body: { contentType, content: html },
      sender: from,
      from,
      toRecipients: (input.to ?? []).map(recipient),
      ccRecipients: (input.cc ?? []).map(recipient),
      bccRecipients: (input.bcc ?? []).map(recipient),
      replyTo: [],
      flag: { flagStatus: 'notFlagged' },
      internetMessageHeaders: headers,
    };
    box.messages.set(id, message);
    for (const attachment of input.attachments ?? []) this.addAttachment(box, message, attachment);
    box.messages.delete(id);
    return message;
  }

  private store(box: FakeMailbox, message: GraphMailMessage): GraphMailMessage {
    box.messages.set(message.id, message);
    this.log(box, message, 'created', false);
    return message;
  }

  private touch(box: FakeMailbox, message: GraphMailMessage, changeType: MailChange['changeType']): void {
    const version = Number(message.changeKey.split('-').pop() ?? '1') + 1;
    message.changeKey = `${message.id}-${version}`;
    message['@odata.etag'] = `W/"${message.changeKey}"`;
    message.lastModifiedDateTime = this.nowIso();
    this.log(box, message, changeType, false);
  }

  private log(box: FakeMailbox, message: GraphMailMessage, changeType: MailChange['changeType'], removed: boolean): void {
    const change: MailChange = { seq: box.changes.length + 1, changeType, folderId: message.parentFolderId, messageId: message.id, removed };
    box.changes.push(change);
    for (const listener of this.listeners) listener(box.ownerId, change, message);
  }

  /** Strictly increasing milliseconds, so received times order mail the way it was written. */
  private nowMs(): number {
    this.lastMs = Math.max(this.tenant.clock(), this.lastMs + 1);
    return this.lastMs;
  }

  private newId(prefix: string, hint: string): string {
    this.counter += 1;
    return `${prefix}${Buffer.from(`${hint}:${this.counter}:${randomUUID().slice(0, 8)}`).toString('base64url')}=`;
  }
}

export function headerOf(message: GraphMailMessage, name: string): string | null {
  return message.internetMessageHeaders.find((header) => header.name.toLowerCase() === name.toLowerCase())?.value ?? null;
}

function unique(entries: Recipient[]): Recipient[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    const key = entry.emailAddress.address.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function preview(html: string): string {
  return html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
}
