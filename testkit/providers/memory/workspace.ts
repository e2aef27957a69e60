import { randomUUID } from 'node:crypto';
import type { ChannelType, MessageContent, RecipientsRecord, UserRole } from '../../../src/providers/model.js';

/**
 * The state of one in-memory workspace: users, channels with their members, and messages with their reply
 * trees and reactions. Tests seed it with the `add*` methods and read it directly to check what a call
 * changed; the provider (./provider.ts) reads and writes the same maps.
 *
 * Native ids are `U…`, `C…` and `M…` followed by a number from one counter shared by every memory
 * workspace of the process, so that an id of another workspace names nothing here (as on a real platform)
 * and ids of one kind sort in creation order.
 */

export interface MemoryUser {
  id: string;
  /** The handle that `@name` mentions match, case-insensitively. */
  handle: string;
  displayName: string;
  email: string | null;
  role: UserRole;
  isBot: boolean;
  /** The Switchboard account acting as this user (`userForAccount`); null for nobody. */
  accountId: string | null;
}

export interface MemoryChannel {
  id: string;
  name: string;
  description: string | null;
  type: Extract<ChannelType, 'PUBLIC' | 'PRIVATE' | 'DIRECT' | 'MAILBOX'>;
  parentId: string | null;
  createdBy: string | null;
  createdAt: Date;
  archivedAt: Date | null;
  /** Members and their role in the channel; channel admins may delete any message in it. */
  members: Map<string, 'ADMIN' | 'MEMBER'>;
}

export interface MemoryReaction {
  emoji: string;
  userId: string;
  at: Date;
}

export interface MemoryMessage {
  id: string;
  channelId: string;
  authorId: string | null;
  /** What the author wrote, and how (plain text or markdown); '' once deleted. */
  content: MessageContent;
  parentId: string | null;
  /** Mail workspaces (`email: true`): the subject and the senders and recipients (user ids or addresses). */
  subject: string | null;
  recipients: RecipientsRecord | null;
  /** The root of its thread and every message between (root first); [] for a root. */
  ancestors: string[];
  alsoSentToChannel: boolean;
  mentionIds: string[];
  reactions: MemoryReaction[];
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
}

let sequence = 0;

/** A new native id of `kind` (U, C or M), unique in the process, sorting in creation order. */
export function nextId(kind: 'U' | 'C' | 'M'): string {
  sequence += 1;
  return `${kind}${String(sequence).padStart(7, '0')}`;
}

/** `@handle` mentions in a text, lower-cased and de-duplicated, in order of appearance. */
export function mentionedHandles(text: string): string[] {
  const handles = new Set<string>();
  for (const match of text.matchAll(/(^|[^\w@/])@([a-z0-9][a-z0-9._-]*[a-z0-9]|[a-z0-9])/gi)) handles.add(match[2].toLowerCase());
  return [...handles];
}

export interface MemoryWorkspaceOptions {
  /** Switchboard's id of the workspace. Default: a random UUID. */
  id?: string;
  name?: string;
  /** A mailbox rather than a chat workspace: capabilities say `email`, messages carry subjects and recipients. */
  email?: boolean;
  /**
   * One person's mailbox (capabilities.audience PERSONAL, implies `email`): the owner's sends land in the
   * channel `sentChannelId` names, whichever channel they name. Set `sentChannelId` once that channel is
   * made, and give every channel the owner as its one member, so that nobody else reads anything.
   */
  personal?: boolean;
}

export class MemoryWorkspace {
  readonly id: string;
  readonly name: string;
  readonly email: boolean;
  readonly personal: boolean;
  /** Personal workspaces: the channel the owner's own messages land in (its Sent folder). */
  sentChannelId: string | null = null;
  readonly users = new Map<string, MemoryUser>();
  readonly channels = new Map<string, MemoryChannel>();
  readonly messages = new Map<string, MemoryMessage>();
  private lastTime = 0;

  constructor(options: MemoryWorkspaceOptions = {}) {
    this.id = options.id ?? randomUUID();
    this.name = options.name ?? 'Memory';
    this.personal = options.personal ?? false;
    this.email = (options.email ?? false) || this.personal;
  }

  /**
   * The time of a new message: now, or one millisecond after the previous one when the clock has not
   * moved, so that orderings by time never depend on id order.
   */
  now(): Date {
    this.lastTime = Math.max(Date.now(), this.lastTime + 1);
    return new Date(this.lastTime);
  }

  addUser(fields: Partial<Omit<MemoryUser, 'id'>> & { handle: string }): MemoryUser {
    const user: MemoryUser = {
      id: nextId('U'),
      displayName: fields.handle,
      email: null,
      role: 'MEMBER',
      isBot: false,
      accountId: null,
      ...fields,
    };
    this.users.set(user.id, user);
    return user;
  }

  /** A channel with these members; the first member is its creator and a channel admin. */
  addChannel(
    name: string,
    memberIds: string[],
    options: { type?: MemoryChannel['type']; description?: string | null; parentId?: string | null; archived?: boolean } = {},
  ): MemoryChannel {
    const createdAt = new Date(Date.now() - 86_400_000);
    const channel: MemoryChannel = {
      id: nextId('C'),
      name,
      description: options.description ?? null,
      type: options.type ?? 'PUBLIC',
      parentId: options.parentId ?? null,
      createdBy: memberIds[0] ?? null,
      createdAt,
      archivedAt: null,
      members: new Map(memberIds.map((userId, index) => [userId, index === 0 ? 'ADMIN' : 'MEMBER'])),
    };
    this.channels.set(channel.id, channel);
    return channel;
  }

  /**
   * Stores a message as the provider's `sendMessage` would, without its checks: the seed of a test.
   * `at` places it in time (default: now); replies must be later than their parent.
   */
  addMessage(
    channelId: string,
    fields: {
      authorId: string | null;
      text: string;
      format?: MessageContent['format'];
      /** Mail written in HTML (then `text` is its plain text). */
      html?: string | null;
      subject?: string | null;
      /** Mail only; `from` defaults to the author. */
      recipients?: Partial<RecipientsRecord> | null;
      parentId?: string | null;
      alsoSentToChannel?: boolean;
      at?: Date;
    },
  ): MemoryMessage {
    const parent = fields.parentId ? this.messages.get(fields.parentId) : undefined;
    if (fields.parentId && !parent) throw new Error(`addMessage: no parent ${fields.parentId}`);
    const message: MemoryMessage = {
      id: nextId('M'),
      channelId,
      authorId: fields.authorId,
      content: { text: fields.text, format: fields.format ?? 'text', ...(fields.html ? { html: fields.html } : {}) },
      parentId: parent?.id ?? null,
      subject: fields.subject ?? null,
      recipients: fields.recipients
        ? { from: fields.authorId ? [fields.authorId] : [], to: [], cc: [], bcc: [], ...fields.recipients }
        : null,
      ancestors: parent ? [...parent.ancestors, parent.id] : [],
      alsoSentToChannel: fields.alsoSentToChannel ?? false,
      mentionIds: this.mentionIdsIn(fields.text),
      reactions: [],
      createdAt: fields.at ?? this.now(),
      editedAt: null,
      deletedAt: null,
    };
    this.messages.set(message.id, message);
    return message;
  }

  /** Users mentioned by `@handle` in a text, in order of appearance. */
  mentionIdsIn(text: string): string[] {
    const byHandle = new Map([...this.users.values()].map((user) => [user.handle.toLowerCase(), user.id]));
    return mentionedHandles(text).flatMap((handle) => byHandle.get(handle) ?? []);
  }

  archive(channelId: string): void {
    const channel = this.channels.get(channelId);
    if (!channel) throw new Error(`archive: no channel ${channelId}`);
    channel.archivedAt = new Date();
  }

  /** Every message below `messageId`, at any depth, tombstones included, oldest first. */
  descendantsOf(messageId: string): MemoryMessage[] {
    return [...this.messages.values()].filter((message) => message.ancestors.includes(messageId)).sort(oldestFirst);
  }
}

/** Oldest first, ties by id: the order of reply lists. */
export function oldestFirst(a: MemoryMessage, b: MemoryMessage): number {
  return a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Newest first, ties by id descending: the order of timelines and the inbox. */
export function newestFirst(a: MemoryMessage, b: MemoryMessage): number {
  return -oldestFirst(a, b);
}
