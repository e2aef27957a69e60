import { notFound, SwitchboardError } from '../../../src/errors.js';
import type { Capabilities } from '../../../src/providers/capabilities.js';
import type { Actor, ChannelAccess, ChannelRecord, MessageContent, MessageRecord, ProviderName, UserRecord, WorkspaceRecord } from '../../../src/providers/model.js';
import type { BatchResult, Page, PageKey, PageRequest } from '../../../src/providers/paging.js';
import type { InboxFilter, MessagingProvider, SendMessageRequest } from '../../../src/providers/provider.js';
import { memoryCapabilities, memoryMailCapabilities, memoryPersonalCapabilities } from './capabilities.js';
import { addressUserId } from '../../../src/providers/address-users.js';
import { accessOf, toChannel, toMessage, toUser, type RecordContext } from './map.js';
import {
  CHANNELS_BY_NAME,
  eachKey,
  emptyPage,
  INBOX_ORDER,
  linearOnly,
  NEWEST_FIRST,
  OLDEST_FIRST,
  pageAround,
  pageOf,
  sortBy,
  USERS_BY_NAME,
  type LinearPage,
  type ListOrder,
} from './pages.js';
import type { MemoryMessage, MemoryWorkspace } from './workspace.js';

/**
 * The core of MessagingProvider over one MemoryWorkspace: batch reads, pages, reply trees, the inbox and
 * the writes. Like every provider it guards the data (things exist, belong to this workspace, are in a
 * state that allows the change); who may do what is decided by the resolvers.
 */
class MemoryCore {
  readonly workspaceId: string;
  private readonly records: RecordContext;

  constructor(
    private readonly state: MemoryWorkspace,
    readonly provider: ProviderName,
  ) {
    this.workspaceId = state.id;
    this.records = { provider, workspace: state };
  }

  capabilities(): Capabilities {
    if (this.state.personal) return memoryPersonalCapabilities;
    return this.state.email ? memoryMailCapabilities : memoryCapabilities;
  }

  async workspace(): Promise<WorkspaceRecord> {
    return { id: this.state.id, provider: this.provider, name: this.state.name, webUrl: null };
  }

  async userForAccount(accountId: string): Promise<UserRecord | null> {
    const user = [...this.state.users.values()].find((candidate) => candidate.accountId === accountId);
    return user ? toUser(this.records, user) : null;
  }

  // Batch reads keep dataloader's contract: one slot per key, in key order, null for an unknown id.
  async loadUsers(ids: readonly string[]): BatchResult<UserRecord | null> {
    return ids.map((id) => {
      const user = this.state.users.get(id);
      return user ? toUser(this.records, user) : null;
    });
  }

  async loadChannels(ids: readonly string[]): BatchResult<ChannelRecord | null> {
    return ids.map((id) => {
      const channel = this.state.channels.get(id);
      return channel ? toChannel(this.records, channel) : null;
    });
  }

  async loadMessages(ids: readonly string[]): BatchResult<MessageRecord | null> {
    return ids.map((id) => {
      const message = this.state.messages.get(id);
      return message ? toMessage(this.records, message) : null;
    });
  }

  async loadChannelAccess(actor: Actor, channelIds: readonly string[]): BatchResult<ChannelAccess> {
    return channelIds.map((id) => accessOf(id, this.state.channels.get(id), actor.userId));
  }

  async listChannels(
    actor: Actor,
    filter: { parentId: string | null; query: string | null; includeArchived: boolean },
    page: PageRequest,
  ): Promise<Page<ChannelRecord>> {
    const linear = linearOnly(page, 'channels');
    const query = filter.query?.toLowerCase() ?? null;
    const visible = [...this.state.channels.values()].filter(
      (channel) =>
        channel.members.has(actor.userId) &&
        (filter.parentId === null || channel.parentId === filter.parentId) &&
        (query === null || channel.name.toLowerCase().includes(query)) &&
        (filter.includeArchived || channel.archivedAt === null),
    );
    return this.recordPage(sortBy(visible, CHANNELS_BY_NAME), linear, CHANNELS_BY_NAME, (channel) => toChannel(this.records, channel));
  }

  async listUsers(filter: { query: string | null }, page: PageRequest): Promise<Page<UserRecord>> {
    const linear = linearOnly(page, 'users');
    const query = filter.query?.toLowerCase() ?? null;
    const users = [...this.state.users.values()]
      .filter((user) => query === null || user.handle.toLowerCase().includes(query) || user.displayName.toLowerCase().includes(query))
      .map((user) => toUser(this.records, user));
    return pageOf(sortBy(users, USERS_BY_NAME), linear, USERS_BY_NAME);
  }

  async listChannelMembers(keys: readonly PageKey[]): BatchResult<Page<UserRecord>> {
    return eachKey(keys, ({ parentId, page }) => {
      const linear = linearOnly(page, 'members');
      const channel = this.state.channels.get(parentId);
      if (!channel) return emptyPage();
      const members = [...channel.members.keys()].flatMap((id) => {
        const user = this.state.users.get(id);
        return user ? [toUser(this.records, user)] : [];
      });
      return pageOf(sortBy(members, USERS_BY_NAME), linear, USERS_BY_NAME);
    });
  }

  async listChannelMessages(keys: readonly PageKey[]): BatchResult<Page<MessageRecord>> {
    return eachKey(keys, ({ parentId, page }) => {
      const timeline = sortBy(
        this.messagesWhere((message) => message.channelId === parentId && (message.parentId === null || message.alsoSentToChannel)),
        NEWEST_FIRST,
      );
      if (page.direction !== 'around') return this.recordPage(timeline, page, NEWEST_FIRST, this.toRecord);
      const at = timeline.findIndex((message) => message.id === page.anchorId);
      if (at < 0) {
        const anchor = this.state.messages.get(page.anchorId);
        if (!anchor || anchor.channelId !== parentId) throw notFound('Message', page.anchorId);
        throw new SwitchboardError('VALIDATION_ERROR', 'around: the message is a thread reply that is not shown in the channel; open its thread instead.');
      }
      const around = pageAround(timeline, at, page.limit, NEWEST_FIRST);
      return { ...around, edges: around.edges.map((edge) => ({ cursor: edge.cursor, node: this.toRecord(edge.node) })) };
    });
  }

  async listChildren(keys: readonly PageKey[]): BatchResult<Page<MessageRecord>> {
    return eachKey(keys, ({ parentId, page }) => {
      const children = sortBy(this.messagesWhere((message) => message.parentId === parentId), OLDEST_FIRST);
      return this.recordPage(children, linearOnly(page, 'replies'), OLDEST_FIRST, this.toRecord);
    });
  }

  async listDescendants(keys: readonly PageKey[]): BatchResult<Page<MessageRecord>> {
    return eachKey(keys, ({ parentId, page }) =>
      this.recordPage(this.state.descendantsOf(parentId), linearOnly(page, 'replies'), OLDEST_FIRST, this.toRecord),
    );
  }

  async listInbox(actor: Actor, filter: InboxFilter, page: { limit: number; cursor: string | null }): Promise<Page<MessageRecord>> {
    const matches = this.messagesWhere(
      (message) =>
        message.deletedAt === null &&
        this.state.channels.get(message.channelId)?.members.has(actor.userId) === true &&
        (filter.channelIds === null || filter.channelIds.includes(message.channelId)) &&
        (filter.authorIds === null || (message.authorId !== null && filter.authorIds.includes(message.authorId))) &&
        (filter.mentioningUserId === null || message.mentionIds.includes(filter.mentioningUserId)) &&
        (filter.createdAfter === null || message.createdAt > filter.createdAfter) &&
        (filter.createdBefore === null || message.createdAt < filter.createdBefore),
    );
    return this.recordPage(sortBy(matches, INBOX_ORDER), { direction: 'forward', ...page }, INBOX_ORDER, this.toRecord);
  }

  async sendMessage(actor: Actor, request: SendMessageRequest): Promise<MessageRecord> {
    const channel = this.state.channels.get(request.channelId);
    if (!channel) throw notFound('Channel', request.channelId);
    if (channel.archivedAt) throw new SwitchboardError('CONFLICT', 'The channel is archived; it takes no new messages.');
    const parent = request.parentId === null ? null : this.liveMessage(request.parentId);
    // A personal workspace files the owner's mail in its sent channel, so a reply cannot be misplaced there.
    const lands = this.state.personal ? this.sentChannel() : channel;
    if (parent && !this.state.personal && parent.channelId !== request.channelId) {
      throw new SwitchboardError('VALIDATION_ERROR', 'parentId: the parent message is in another channel than channelId.', {
        field: ['input', 'parentId'],
      });
    }
    if (request.alsoSendToChannel && this.capabilities().replyBroadcast === false) {
      throw new SwitchboardError('VALIDATION_ERROR', 'Mail has no reply "also sent to the channel" (capabilities.replyBroadcast is false).', {
        field: ['input', 'alsoSendToChannel'],
      });
    }
    if (request.alsoSendToChannel && !parent) {
      throw new SwitchboardError('VALIDATION_ERROR', 'alsoSendToChannel only applies to replies (give a parentId).', {
        field: ['input', 'alsoSendToChannel'],
      });
    }
    if (request.attachmentIds.length > 0) {
      throw new SwitchboardError('UNSUPPORTED', 'The memory workspace takes no attachments (capabilities.attachmentUpload is false).', {
        field: ['input', 'attachmentIds'],
      });
    }
    const email = request.email ?? null;
    const message = this.state.addMessage(lands.id, {
      authorId: actor.userId,
      text: request.content.text,
      format: request.content.format,
      html: request.content.html ?? null,
      parentId: parent?.id ?? null,
      alsoSentToChannel: request.alsoSendToChannel,
      subject: email?.subject ?? null,
      recipients: email
        ? { to: email.to.map(this.userIdOf), cc: email.cc.map(this.userIdOf), bcc: email.bcc.map(this.userIdOf) }
        : null,
    });
    return this.toRecord(message);
  }

  async updateMessage(_actor: Actor, messageId: string, content: MessageContent): Promise<MessageRecord> {
    const message = this.liveMessage(messageId);
    message.content = { ...content };
    message.mentionIds = this.state.mentionIdsIn(content.text);
    message.editedAt = this.state.now();
    return this.toRecord(message);
  }

  async deleteMessage(_actor: Actor, messageId: string): Promise<MessageRecord> {
    const message = this.liveMessage(messageId);
    // A tombstone keeps its place in the tree but nothing of what was said.
    message.content = { text: '', format: 'text' };
    message.mentionIds = [];
    message.reactions = [];
    message.deletedAt = this.state.now();
    return this.toRecord(message);
  }

  async addReaction(actor: Actor, messageId: string, emoji: string): Promise<MessageRecord> {
    const message = this.liveMessage(messageId);
    if (message.reactions.some((reaction) => reaction.userId === actor.userId && reaction.emoji === emoji)) {
      throw new SwitchboardError('CONFLICT', `You already reacted with ${emoji} to this message.`);
    }
    message.reactions.push({ emoji, userId: actor.userId, at: this.state.now() });
    return this.toRecord(message);
  }

  async removeReaction(actor: Actor, messageId: string, emoji: string): Promise<MessageRecord> {
    const message = this.liveMessage(messageId);
    const index = message.reactions.findIndex((reaction) => reaction.userId === actor.userId && reaction.emoji === emoji);
    if (index < 0) throw new SwitchboardError('NOT_FOUND', `You have no ${emoji} reaction on this message to remove.`);
    message.reactions.splice(index, 1);
    return this.toRecord(message);
  }

  private readonly toRecord = (message: MemoryMessage): MessageRecord => toMessage(this.records, message);

  private sentChannel() {
    const sent = this.state.sentChannelId ? this.state.channels.get(this.state.sentChannelId) : undefined;
    if (!sent) throw new Error('A personal MemoryWorkspace needs `sentChannelId` set to one of its channels.');
    return sent;
  }

  /** A recipient as a user id: the workspace's user with that address, else the person known by address. */
  private readonly userIdOf = ({ address }: { address: string }): string => {
    const id = addressUserId(address);
    return [...this.state.users.values()].find((user) => user.email !== null && addressUserId(user.email) === id)?.id ?? id;
  };

  private messagesWhere(predicate: (message: MemoryMessage) => boolean): MemoryMessage[] {
    return [...this.state.messages.values()].filter(predicate);
  }

  /** A message of this workspace that is not deleted: NOT_FOUND or CONFLICT otherwise. */
  private liveMessage(messageId: string): MemoryMessage {
    const message = this.state.messages.get(messageId);
    if (!message) throw notFound('Message', messageId);
    if (message.deletedAt) throw new SwitchboardError('CONFLICT', 'The message was deleted.');
    return message;
  }

  /** A page of items, mapped to records after paging so that only the page's records are computed. */
  private recordPage<T extends B, B, R>(items: T[], page: LinearPage, order: ListOrder<B>, toRecord: (item: T) => R): Page<R> {
    const result = pageOf(items, page, order);
    return { ...result, edges: result.edges.map((edge) => ({ cursor: edge.cursor, node: toRecord(edge.node) })) };
  }
}

/**
 * A MessagingProvider for one memory workspace. `provider` is the name its records carry: the closed
 * `ProviderName` and the GraphQL `Provider` enum have no value for a test provider, so a workspace served
 * through a running app reports `builtin` (see testkit/providers/table.ts); once providers are definitions
 * with names of their own, it becomes `memory`.
 */
export function createMemoryProvider(state: MemoryWorkspace, provider: ProviderName = 'builtin'): MessagingProvider {
  return new MemoryCore(state, provider);
}
