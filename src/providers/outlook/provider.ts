import type { Actor, AudienceMember, ChannelAccess, ChannelRecord, MessageContent, MessageRecord, UserRecord, WorkspaceRecord } from '../model.js';
import type { BatchResult, Page, PageKey, PageRequest } from '../paging.js';
import type { Capabilities } from '../capabilities.js';
import type { InboxFilter, MessagingProvider, ProviderFile, SendMessageRequest } from '../provider.js';
import type { Principal } from '../kit/graph/tokens.js';
import { attachmentContent } from './attachments.js';
import { capabilitiesFor } from './capabilities.js';
import { OutlookConnection, type OutlookProviderOptions } from './connection.js';
import * as folders from './folders.js';
import { userRecord } from './map.js';
import { emptyPage } from './pages.js';
import * as reads from './reads.js';
import { OutlookReadState } from './read-state.js';
import { OutlookSearch } from './search.js';
import { ReadSession } from './session.js';
import * as writes from './writes.js';

interface RequestScope {
  session: ReadSession;
  actor: () => Promise<Actor | null>;
}

/**
 * One Outlook mailbox (a workspace of one person, or a shared mailbox) as a MessagingProvider, on Microsoft
 * Graph through ../kit/graph/. The instance lives as long as the connection (tokens, rate budget, names);
 * `forRequest` hands each request a view whose session caches messages and conversations. See README.md.
 */
export class OutlookProvider implements MessagingProvider {
  readonly provider = 'outlook' as const;
  readonly workspaceId: string;
  readonly connection: OutlookConnection;
  readonly readState: OutlookReadState;
  readonly search: OutlookSearch;
  private readonly request: RequestScope | null;
  private readonly capabilitySet: Capabilities;

  constructor(options: OutlookProviderOptions, shared: { connection: OutlookConnection; request: RequestScope } | null = null) {
    this.workspaceId = options.workspaceId;
    this.connection = shared?.connection ?? new OutlookConnection(options);
    this.request = shared?.request ?? null;
    this.capabilitySet = capabilitiesFor(options);
    this.readState = new OutlookReadState(this.connection, () => this.session());
    this.search = new OutlookSearch(this.connection, () => this.session());
  }

  forRequest(actor: () => Promise<Actor | null>): MessagingProvider {
    return new OutlookProvider(this.connection.options, { connection: this.connection, request: { session: new ReadSession(this.connection), actor } });
  }

  private session(): ReadSession {
    return this.request?.session ?? new ReadSession(this.connection);
  }

  /** Reads without an explicit actor: the request's viewer when linked here; outside requests, the read principal. */
  private async viewer(): Promise<Principal | null> {
    if (!this.request) return this.connection.readPrincipal;
    const actor = await this.request.actor();
    return actor ? this.connection.principalOf(actor) : null;
  }

  capabilities(): Capabilities {
    return this.capabilitySet;
  }

  workspace(): Promise<WorkspaceRecord> {
    const { mailbox } = this.connection;
    return Promise.resolve({ id: this.workspaceId, provider: 'outlook', name: `${mailbox.displayName} <${mailbox.address}>`, webUrl: 'https://outlook.office.com/mail/' });
  }

  async userForAccount(accountId: string): Promise<UserRecord | null> {
    return (await this.connection.linkedUser(accountId)) ? userRecord(this.connection, this.connection.selfId) : null;
  }

  /** Users are addresses: answered from what mail said about them, never a Graph call. */
  loadUsers(ids: readonly string[]): BatchResult<UserRecord | null> {
    return Promise.resolve(ids.map((id) => (id.includes('@') ? userRecord(this.connection, id) : null)));
  }

  async loadChannels(ids: readonly string[]): BatchResult<ChannelRecord | null> {
    return folders.loadFolders(this.connection, this.session(), await this.viewer(), ids);
  }

  async loadMessages(ids: readonly string[]): BatchResult<MessageRecord | null> {
    return reads.loadMessages(this.connection, this.session(), await this.viewer(), ids);
  }

  loadChannelAccess(actor: Actor, channelIds: readonly string[]): BatchResult<ChannelAccess> {
    return folders.folderAccess(this.connection, this.session(), actor, channelIds);
  }

  async loadAudience(accountIds: readonly string[], channelIds: readonly string[]): BatchResult<AudienceMember> {
    return Promise.all(
      accountIds.map(async (accountId) => {
        const linked = await this.connection.linkedUser(accountId);
        const userId = linked ? this.connection.selfId : null;
        const access = userId ? ((await folders.folderAccess(this.connection, this.session(), { accountId, userId }, channelIds)) as ChannelAccess[]) : [];
        return { accountId, userId, access };
      }),
    );
  }

  async listChannels(actor: Actor, filter: { parentId: string | null; query: string | null; includeArchived: boolean }, page: PageRequest): Promise<Page<ChannelRecord>> {
    return folders.listFolders(this.connection, this.session(), await this.connection.principalOf(actor), filter, page);
  }

  /** The people of a mailbox are whoever mail named; Graph has no list of them, so this lists the mailbox itself. */
  listUsers(filter: { query: string | null }, _page: PageRequest): Promise<Page<UserRecord>> {
    const self = userRecord(this.connection, this.connection.selfId);
    const matches = !filter.query || `${self.name} ${self.id}`.toLowerCase().includes(filter.query.toLowerCase());
    return Promise.resolve(matches ? { edges: [{ cursor: 'self', node: self }], hasNextPage: false, hasPreviousPage: false } : emptyPage());
  }

  listChannelMembers(keys: readonly PageKey[]): BatchResult<Page<UserRecord>> {
    return Promise.resolve(folders.folderMembers(this.connection, keys));
  }

  async listChannelMessages(keys: readonly PageKey[]): BatchResult<Page<MessageRecord>> {
    return reads.listFolderMessages(this.connection, this.session(), await this.viewer(), keys);
  }

  async listChildren(keys: readonly PageKey[]): BatchResult<Page<MessageRecord>> {
    return reads.listBelow(this.connection, this.session(), await this.viewer(), keys, 'children');
  }

  async listDescendants(keys: readonly PageKey[]): BatchResult<Page<MessageRecord>> {
    return reads.listBelow(this.connection, this.session(), await this.viewer(), keys, 'descendants');
  }

  async listInbox(actor: Actor, filter: InboxFilter, page: { limit: number; cursor: string | null }): Promise<Page<MessageRecord>> {
    const principal = await this.connection.principalOf(actor);
    if (!principal) return emptyPage();
    return reads.listInbox(this.connection, this.session(), principal, filter, page);
  }

  sendMessage(actor: Actor, request: SendMessageRequest): Promise<MessageRecord> {
    return writes.sendMessage(this.connection, this.session(), actor, request);
  }

  findSentMessage(actor: Actor, lookup: { channelId: string; parentId: string | null; token: string; since: Date }): Promise<MessageRecord | null> {
    return writes.findSentMessage(this.connection, this.session(), actor, lookup);
  }

  updateMessage(actor: Actor, messageId: string, content: MessageContent): Promise<MessageRecord> {
    return writes.updateMessage(actor, messageId, content);
  }

  deleteMessage(actor: Actor, messageId: string): Promise<MessageRecord> {
    return writes.deleteMessage(this.connection, this.session(), actor, messageId);
  }

  /** One attachment's bytes from Graph, as the mailbox's reader (the signed link was handed to a reader of its mail). */
  attachmentContent(attachmentId: string): Promise<ProviderFile | null> {
    return attachmentContent(this.connection, this.connection.readPrincipal, attachmentId);
  }

  addReaction(_actor: Actor, _messageId: string, _emoji: string): Promise<MessageRecord> {
    return writes.react();
  }

  removeReaction(_actor: Actor, _messageId: string, _emoji: string): Promise<MessageRecord> {
    return writes.react();
  }
}
