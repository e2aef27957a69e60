import type { Capabilities } from '../capabilities.js';
import type { ReadState } from '../features/read-state.js';
import type { Search } from '../features/search.js';
import type { Actor, AudienceMember, ChannelAccess, ChannelRecord, MessageContent, MessageRecord, UserRecord, WorkspaceRecord } from '../model.js';
import type { BatchResult, Page, PageKey, PageRequest } from '../paging.js';
import type { InboxFilter, MessagingProvider, ProviderFile, SendMessageRequest } from '../provider.js';
import { attachmentContent } from './attachments.js';
import { capabilitiesFor } from './capabilities.js';
import * as channels from './channels.js';
import { GmailConnection, type GmailProviderOptions } from './connection.js';
import { GmailReadState } from './features/read-state.js';
import { GmailSearch } from './features/search.js';
import { listInbox } from './inbox.js';
import * as reads from './reads.js';
import { ReadSession } from './session.js';
import * as writes from './writes.js';

/**
 * One Gmail mailbox (one connection, workspace id = its address) as a MessagingProvider, on the real
 * googleapis client. The instance lives as long as the connection (tokens, quota budget, label cache);
 * `forRequest` hands each request a view with its own thread cache. See README.md.
 */
export class GmailProvider implements MessagingProvider {
  readonly provider = 'gmail' as const;
  readonly workspaceId: string;
  readonly connection: GmailConnection;
  readonly readState: ReadState;
  readonly search: Search;
  private readonly request: { session: ReadSession; actor: () => Promise<Actor | null> } | null;
  private readonly capabilitySet: Capabilities;

  constructor(options: GmailProviderOptions, shared: { connection: GmailConnection; request: { session: ReadSession; actor: () => Promise<Actor | null> } } | null = null) {
    this.connection = shared?.connection ?? new GmailConnection(options);
    this.workspaceId = this.connection.mailbox;
    this.request = shared?.request ?? null;
    this.capabilitySet = capabilitiesFor(options);
    this.readState = new GmailReadState(this.connection, () => this.session());
    this.search = new GmailSearch(this.connection, () => this.session());
  }

  forRequest(actor: () => Promise<Actor | null>): MessagingProvider {
    return new GmailProvider(this.connection.options, { connection: this.connection, request: { session: new ReadSession(this.connection), actor } });
  }

  private session(): ReadSession {
    return this.request?.session ?? new ReadSession(this.connection);
  }

  capabilities(): Capabilities {
    return this.capabilitySet;
  }

  async workspace(): Promise<WorkspaceRecord> {
    return {
      id: this.workspaceId,
      provider: 'gmail',
      name: this.connection.options.name ?? this.connection.mailbox,
      webUrl: `https://mail.google.com/mail/u/?authuser=${encodeURIComponent(this.connection.mailbox)}`,
      ...(this.connection.disconnected ? { connectionStatus: 'DISCONNECTED' as const } : {}),
    };
  }

  async userForAccount(accountId: string): Promise<UserRecord | null> {
    return (await this.connection.options.isLinked(accountId)) ? this.connection.user(this.connection.mailbox) : null;
  }

  async loadUsers(ids: readonly string[]): BatchResult<UserRecord | null> {
    return channels.loadUsers(this.connection, ids);
  }

  loadChannels(ids: readonly string[]): BatchResult<ChannelRecord | null> {
    return channels.loadChannels(this.connection, ids);
  }

  loadMessages(ids: readonly string[]): BatchResult<MessageRecord | null> {
    return reads.loadMessages(this.session(), ids);
  }

  loadChannelAccess(actor: Actor, channelIds: readonly string[]): BatchResult<ChannelAccess> {
    return channels.loadChannelAccess(this.connection, actor, channelIds);
  }

  loadAudience(accountIds: readonly string[], channelIds: readonly string[]): BatchResult<AudienceMember> {
    return channels.loadAudience(this.connection, accountIds, channelIds);
  }

  listChannels(actor: Actor, filter: { parentId: string | null; query: string | null; includeArchived: boolean }, page: PageRequest): Promise<Page<ChannelRecord>> {
    return channels.listChannels(this.connection, actor, filter, page);
  }

  async listUsers(filter: { query: string | null }, page: PageRequest): Promise<Page<UserRecord>> {
    return channels.listUsers(this.connection, filter, page);
  }

  listChannelMembers(keys: readonly PageKey[]): BatchResult<Page<UserRecord>> {
    return channels.listChannelMembers(this.connection, keys);
  }

  listChannelMessages(keys: readonly PageKey[]): BatchResult<Page<MessageRecord>> {
    return reads.listChannelMessages(this.connection, this.session(), keys);
  }

  listChildren(keys: readonly PageKey[]): BatchResult<Page<MessageRecord>> {
    return reads.listReplies(this.session(), keys, false);
  }

  listDescendants(keys: readonly PageKey[]): BatchResult<Page<MessageRecord>> {
    return reads.listReplies(this.session(), keys, true);
  }

  listInbox(actor: Actor, filter: InboxFilter, page: { limit: number; cursor: string | null }): Promise<Page<MessageRecord>> {
    return listInbox(this.connection, this.session(), actor, filter, page);
  }

  sendMessage(actor: Actor, request: SendMessageRequest): Promise<MessageRecord> {
    return writes.sendMessage(this.connection, this.session(), actor, request);
  }

  findSentMessage(actor: Actor, lookup: { channelId: string; parentId: string | null; token: string; since: Date }): Promise<MessageRecord | null> {
    return writes.findSentMessage(this.connection, this.session(), actor, lookup);
  }

  updateMessage(_actor: Actor, _messageId: string, _content: MessageContent): Promise<MessageRecord> {
    return Promise.reject(writes.unsupportedError('edits of sent mail'));
  }

  deleteMessage(actor: Actor, messageId: string): Promise<MessageRecord> {
    return writes.deleteMessage(this.connection, this.session(), actor, messageId);
  }

  /** One attachment's bytes, streamed from Gmail (attachments.ts): the signed link was handed to a reader of its mail. */
  attachmentContent(attachmentId: string): Promise<ProviderFile | null> {
    return attachmentContent(this.connection, attachmentId);
  }

  addReaction(): Promise<MessageRecord> {
    return Promise.reject(writes.unsupportedError('reactions'));
  }

  removeReaction(): Promise<MessageRecord> {
    return Promise.reject(writes.unsupportedError('reactions'));
  }
}
