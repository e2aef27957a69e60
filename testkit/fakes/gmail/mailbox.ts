import { randomBytes } from 'node:crypto';
import { decodedHeader, headerOf, mailContent, parseMime, type MimePart } from '../../../src/providers/kit/email/mime-parse.js';

/**
 * One Gmail mailbox of the fake: messages kept as raw RFC 2822 bytes (what Gmail stores), labels, threads
 * (by Gmail's rule: a reply whose In-Reply-To/References name a message of a thread and whose subject
 * matches joins it; `messages.send` with a threadId joins that thread), and the history log that
 * `history.list` reads (ids increasing; entries older than `oldestHistoryId` are gone → 404).
 */

export interface FakeLabel {
  id: string;
  name: string;
  type: 'system' | 'user';
  messageListVisibility?: 'show' | 'hide';
  labelListVisibility?: 'labelShow' | 'labelShowIfUnread' | 'labelHide';
}

export interface FakeMessage {
  id: string;
  threadId: string;
  labelIds: Set<string>;
  raw: Buffer;
  tree: MimePart;
  internalDate: number;
  historyId: number;
  /** attachmentId → the part's bytes. */
  attachments: Map<string, Uint8Array>;
  /** Gmail's snippet: the start of the text. */
  snippet: string;
}

export interface HistoryRecord {
  id: number;
  messagesAdded?: Array<{ message: { id: string; threadId: string; labelIds: string[] } }>;
  messagesDeleted?: Array<{ message: { id: string; threadId: string; labelIds: string[] } }>;
  labelsAdded?: Array<{ message: { id: string; threadId: string; labelIds: string[] }; labelIds: string[] }>;
  labelsRemoved?: Array<{ message: { id: string; threadId: string; labelIds: string[] }; labelIds: string[] }>;
}

export const SYSTEM_LABELS = ['INBOX', 'SENT', 'DRAFT', 'SPAM', 'TRASH', 'UNREAD', 'STARRED', 'IMPORTANT', 'CHAT', 'CATEGORY_PERSONAL', 'CATEGORY_SOCIAL', 'CATEGORY_PROMOTIONS', 'CATEGORY_UPDATES', 'CATEGORY_FORUMS'];

export interface MailboxChange {
  email: string;
  historyId: number;
}

export class FakeMailbox {
  readonly labels = new Map<string, FakeLabel>();
  readonly messages = new Map<string, FakeMessage>();
  readonly history: HistoryRecord[] = [];
  historyId: number;
  /** history.list answers 404 for a startHistoryId below this. */
  oldestHistoryId: number;
  watch: { topicName: string; labelIds: string[]; expiration: number } | null = null;
  /** The primary send-as address's display name (Settings → Accounts → "Send mail as"); '' when not set. */
  displayName = '';
  private nextUserLabel = 1;

  constructor(
    readonly email: string,
    private readonly clock: () => number,
    private readonly ids: () => string,
    private readonly onChange: (change: MailboxChange) => void,
  ) {
    this.historyId = 1000 + Math.floor(Math.random() * 1000);
    this.oldestHistoryId = this.historyId;
    for (const id of SYSTEM_LABELS) {
      this.labels.set(id, { id, name: id, type: 'system', messageListVisibility: 'hide', labelListVisibility: id === 'INBOX' ? 'labelShow' : 'labelHide' });
    }
  }

  addLabel(name: string): FakeLabel {
    const label: FakeLabel = { id: `Label_${this.nextUserLabel++}`, name, type: 'user', messageListVisibility: 'show', labelListVisibility: 'labelShow' };
    this.labels.set(label.id, label);
    return label;
  }

  labelByName(name: string): FakeLabel | undefined {
    return [...this.labels.values()].find((label) => label.name === name);
  }

  /** Adds a message as Gmail would on delivery or send; `threadId` joins that thread when given. */
  insert(raw: Buffer | string, labelIds: readonly string[], options: { threadId?: string | null; internalDate?: number } = {}): FakeMessage {
    const bytes = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    const tree = parseMime(bytes);
    const id = this.ids();
    const threadId = options.threadId && this.threadMessages(options.threadId).length ? options.threadId : (this.threadOf(tree) ?? id);
    const attachments = new Map<string, Uint8Array>();
    const content = mailContent(tree);
    this.assignAttachmentIds(tree, attachments);
    const message: FakeMessage = {
      id,
      threadId,
      labelIds: new Set(labelIds),
      raw: bytes,
      tree,
      internalDate: options.internalDate ?? this.clock(),
      historyId: 0,
      attachments,
      snippet: (content.text ?? content.html?.replace(/<[^>]*>/g, ' ') ?? '').replace(/\s+/g, ' ').trim().slice(0, 200),
    };
    this.messages.set(id, message);
    message.historyId = this.record({ messagesAdded: [{ message: this.ref(message) }] });
    return message;
  }

  modify(id: string, add: readonly string[], remove: readonly string[]): FakeMessage {
    const message = this.messages.get(id)!;
    const added = add.filter((label) => !message.labelIds.has(label));
    const removed = remove.filter((label) => message.labelIds.has(label));
    for (const label of added) message.labelIds.add(label);
    for (const label of removed) message.labelIds.delete(label);
    if (added.length) message.historyId = this.record({ labelsAdded: [{ message: this.ref(message), labelIds: added }] });
    if (removed.length) message.historyId = this.record({ labelsRemoved: [{ message: this.ref(message), labelIds: removed }] });
    return message;
  }

  trash(id: string): FakeMessage {
    const message = this.messages.get(id)!;
    return this.modify(id, ['TRASH'], [...message.labelIds].filter((label) => label === 'INBOX' || label === 'UNREAD' || label === 'SPAM'));
  }

  /** Deleted for good (not trashed): `messagesDeleted` in the history. */
  remove(id: string): void {
    const message = this.messages.get(id);
    if (!message) return;
    this.messages.delete(id);
    this.record({ messagesDeleted: [{ message: this.ref(message) }] });
  }

  /** Forgets history before now: an older startHistoryId answers 404. */
  expireHistory(): void {
    this.oldestHistoryId = this.historyId;
    this.history.length = 0;
  }

  threadMessages(threadId: string): FakeMessage[] {
    return [...this.messages.values()].filter((message) => message.threadId === threadId).sort((a, b) => a.internalDate - b.internalDate || Number(BigInt('0x' + a.id) - BigInt('0x' + b.id)));
  }

  ref(message: FakeMessage): { id: string; threadId: string; labelIds: string[] } {
    return { id: message.id, threadId: message.threadId, labelIds: [...message.labelIds] };
  }

  private record(entry: Omit<HistoryRecord, 'id'>): number {
    this.historyId += 1 + Math.floor(Math.random() * 3);
    this.history.push({ id: this.historyId, ...entry });
    this.onChange({ email: this.email, historyId: this.historyId });
    return this.historyId;
  }

  /** Gmail threads a message with the thread of a message its In-Reply-To/References name, subjects matching. */
  private threadOf(tree: MimePart): string | null {
    const named: string[] = `${headerOf(tree.headers, 'in-reply-to') ?? ''} ${headerOf(tree.headers, 'references') ?? ''}`.match(/<[^<>\s]+>/g) ?? [];
    if (!named.length) return null;
    const subject = normalizeSubject(decodedHeader(tree.headers, 'subject') ?? '');
    for (const message of this.messages.values()) {
      const messageId = headerOf(message.tree.headers, 'message-id');
      if (messageId && named.includes(messageId.trim()) && normalizeSubject(decodedHeader(message.tree.headers, 'subject') ?? '') === subject) return message.threadId;
    }
    return null;
  }

  private assignAttachmentIds(part: MimePart, attachments: Map<string, Uint8Array>): void {
    if (part.parts.length) {
      for (const child of part.parts) this.assignAttachmentIds(child, attachments);
      return;
    }
    if (part.filename && part.body) {
      const attachmentId = `ANGjd${randomBytes(24).toString('base64url')}`;
      part.bodyRef = attachmentId;
      attachments.set(attachmentId, part.body);
    }
  }
}

export function normalizeSubject(subject: string): string {
  return subject.replace(/^\s*((re|fwd?|aw|sv)\s*:\s*)+/i, '').trim().toLowerCase();
}
