import type { Actor, AudienceMember, ChannelAccess, ChannelRecord, MessageContent, MessageRecord, UserRecord, WorkspaceRecord } from '../model.js';
import type { BatchResult, Page, PageKey, PageRequest } from '../paging.js';
import type { Capabilities } from '../capabilities.js';
import { SwitchboardError } from '../../errors.js';
import type { Pins } from '../features/pins.js';
import type { InboxFilter, MessagingProvider, SendMessageRequest } from '../provider.js';
import { capabilitiesFor } from './capabilities.js';
import * as channels from './channels.js';
import { TeamsConnection, type Acting, type TeamsProviderOptions } from './connection.js';
import { listInbox } from './inbox.js';
import { listUnreadInbox } from './unread-inbox.js';
import { TeamsChatPins } from './pins.js';
import * as reads from './reads.js';
import { ReadSession } from './session.js';
import * as writes from './writes.js';
import { APP } from '../kit/graph/tokens.js';
import { ChannelPositionStore } from '../kit/read-positions/channel-store.js';
import { ThreadStore } from '../kit/read-positions/thread-store.js';
import { TeamsReadState } from './read-state.js';
import { TeamsSearch } from './search.js';
import { followOnReply, TeamsThreadSubscriptions } from './thread-subscriptions.js';

/** The request a view serves: its read cache and who its actor-less reads act as. */
interface RequestScope {
  session: ReadSession;
  actor: () => Promise<Actor | null>;
}

/**
 * One Microsoft 365 tenant (one connection) as a MessagingProvider for Teams, on Microsoft Graph through
 * the shared foundation in ../kit/graph/. The instance lives as long as the connection (tokens, rate budget,
 * user and team caches); `forRequest` hands each request a view with its own read cache. See README.md for
 * ids, threads, access and the Graph calls each read costs.
 */
export class TeamsProvider implements MessagingProvider {
  readonly provider = 'teams' as const;
  readonly workspaceId: string;
  readonly connection: TeamsConnection;
  private readonly request: RequestScope | null;
  private readonly capabilitySet: Capabilities;
  /** Channel and thread positions and subscriptions, kept by Switchboard; absent without a database. */
  readonly readState?: TeamsReadState;
  readonly threadSubscriptions?: TeamsThreadSubscriptions;
  /** Microsoft Search with the viewer's delegated grant (search.ts). */
  readonly search: TeamsSearch;
  private readonly threadStore: ThreadStore | null;

  constructor(options: TeamsProviderOptions, shared: { connection: TeamsConnection; request: RequestScope } | null = null) {
    this.workspaceId = options.workspaceId;
    this.connection = shared?.connection ?? new TeamsConnection(options);
    this.request = shared?.request ?? null;
    this.capabilitySet = capabilitiesFor(options);
    this.search = new TeamsSearch(this.connection, () => this.session());
    const db = options.db ?? null;
    this.threadStore = db ? new ThreadStore(db, 'teams', options.workspaceId) : null;
    if (db && this.threadStore) {
      const threads = this.threadStore;
      const positions = new ChannelPositionStore(db, 'teams', options.workspaceId);
      this.readState = new TeamsReadState(() => ({ connection: this.connection, session: this.session(), positions, threads }));
      this.threadSubscriptions = new TeamsThreadSubscriptions(() => ({ connection: this.connection, session: this.session(), store: threads }));
    }
  }

  forRequest(actor: () => Promise<Actor | null>): MessagingProvider {
    return new TeamsProvider(this.connection.options, { connection: this.connection, request: { session: new ReadSession(this.connection), actor } });
  }

  /** The request's read cache, or a fresh one for a call outside any request. */
  private session(): ReadSession {
    return this.request?.session ?? new ReadSession(this.connection);
  }

  /** Who reads without an explicit actor act as: the request's viewer, or the read principal. */
  private async viewer(): Promise<Acting> {
    return this.connection.acting(this.request ? await this.request.actor() : null);
  }

  capabilities(): Capabilities {
    return this.capabilitySet;
  }

  /**
   * DISCONNECTED while the app's grant is refused (consent withdrawn, the app's secret gone): app calls fail
   * at once with NOT_AUTHENTICATED / PERMISSION_DENIED until an admin connects the tenant again.
   */
  async workspace(): Promise<WorkspaceRecord> {
    const base = { id: this.workspaceId, provider: 'teams', webUrl: 'https://teams.microsoft.com/' } as const;
    if (this.connection.api.tokens.failure(APP)) return { ...base, name: this.connection.options.name ?? this.workspaceId, connectionStatus: 'DISCONNECTED' };
    const tenant = await this.connection.tenant();
    return { ...base, name: tenant.displayName };
  }

  async userForAccount(accountId: string): Promise<UserRecord | null> {
    const linked = await this.connection.linkedUser(accountId);
    if (!linked) return null;
    return (await this.connection.users.load([linked.userId])).get(linked.userId) ?? null;
  }

  async loadUsers(ids: readonly string[]): BatchResult<UserRecord | null> {
    const users = await this.connection.users.load(ids);
    return ids.map((id) => users.get(id) ?? null);
  }

  async loadChannels(ids: readonly string[]): BatchResult<ChannelRecord | null> {
    return channels.loadChannels(this.connection, await this.viewer(), ids);
  }

  async loadMessages(ids: readonly string[]): BatchResult<MessageRecord | null> {
    return reads.loadMessages(this.connection, this.session(), await this.viewer(), ids);
  }

  async loadChannelAccess(actor: Actor, channelIds: readonly string[]): BatchResult<ChannelAccess> {
    return channels.loadChannelAccess(this.connection, this.session(), await this.connection.acting(actor), channelIds);
  }

  /** Many subscribers' access at once, from member lists (channels.ts), for event delivery. */
  async loadAudience(accountIds: readonly string[], channelIds: readonly string[]): BatchResult<AudienceMember> {
    return channels.loadAudience(this.connection, this.session(), accountIds, channelIds);
  }

  async listChannels(actor: Actor, filter: { parentId: string | null; query: string | null; includeArchived: boolean }, page: PageRequest): Promise<Page<ChannelRecord>> {
    return channels.listChannels(this.connection, await this.connection.acting(actor), filter, page);
  }

  listUsers(filter: { query: string | null }, page: PageRequest): Promise<Page<UserRecord>> {
    return channels.listUsers(this.connection, filter, page);
  }

  async listChannelMembers(keys: readonly PageKey[]): BatchResult<Page<UserRecord>> {
    return channels.listChannelMembers(this.connection, await this.viewer(), keys);
  }

  async listChannelMessages(keys: readonly PageKey[]): BatchResult<Page<MessageRecord>> {
    return reads.listChannelMessages(this.connection, this.session(), await this.viewer(), keys);
  }

  /** Threads are flat: a channel root's children are its replies, and so are its descendants. */
  async listChildren(keys: readonly PageKey[]): BatchResult<Page<MessageRecord>> {
    return reads.listReplies(this.connection, this.session(), await this.viewer(), keys);
  }

  async listDescendants(keys: readonly PageKey[]): BatchResult<Page<MessageRecord>> {
    return reads.listReplies(this.connection, this.session(), await this.viewer(), keys);
  }

  async listInbox(actor: Actor, filter: InboxFilter, page: { limit: number; cursor: string | null }): Promise<Page<MessageRecord>> {
    const session = this.session();
    const acting = await this.connection.acting(actor);
    const ordinary = (narrowed: InboxFilter, window: { limit: number; cursor: string | null }) => listInbox(this.connection, session, acting, narrowed, window);
    if (!filter.unreadOnly) return ordinary(filter, page);
    const readState = this.readState;
    if (!readState) {
      throw new SwitchboardError('UNSUPPORTED', 'This Teams workspace keeps no read state (it runs without a database): the inbox cannot be narrowed to unread messages.', { field: ['filter', 'unreadOnly'] });
    }
    // The ordinary inbox narrowed to what the read state part calls unread (unread-inbox.ts).
    return listUnreadInbox(filter, page, ordinary, (ids) => readState.loadUnreadFlags(actor, ids));
  }

  /** A reply sent here follows its thread for its author and the root's author (thread-subscriptions.ts). */
  async sendMessage(actor: Actor, request: SendMessageRequest): Promise<MessageRecord> {
    const session = this.session();
    const sent = await writes.sendMessage(this.connection, session, actor, request);
    if (this.threadStore && sent.parentId !== null) await followOnReply({ connection: this.connection, session, store: this.threadStore }, actor, sent);
    return sent;
  }

  updateMessage(actor: Actor, messageId: string, content: MessageContent): Promise<MessageRecord> {
    return writes.updateMessage(this.connection, this.session(), actor, messageId, content);
  }

  deleteMessage(actor: Actor, messageId: string): Promise<MessageRecord> {
    return writes.deleteMessage(this.connection, this.session(), actor, messageId);
  }

  addReaction(actor: Actor, messageId: string, emoji: string): Promise<MessageRecord> {
    return writes.react(this.connection, this.session(), actor, messageId, emoji, true);
  }

  removeReaction(actor: Actor, messageId: string, emoji: string): Promise<MessageRecord> {
    return writes.react(this.connection, this.session(), actor, messageId, emoji, false);
  }

  /**
   * Pins of chat messages (Graph has no channel pins). Not the `pins` part: capabilities are per workspace
   * and cannot say "chats only", so capabilities.pins is NONE and GraphQL never reaches this; it is built
   * and tested (pins.ts) for when a per-channel capability exists (README, "Not yet").
   */
  chatPins(): Pins {
    return new TeamsChatPins(this.connection, () => this.session(), () => this.viewer());
  }
}
