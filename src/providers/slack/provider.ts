import type { Actor, ChannelAccess, ChannelRecord, MessageContent, MessageRecord, UserRecord, WorkspaceRecord } from '../model.js';
import type { BatchResult, Page, PageKey, PageRequest } from '../paging.js';
import type { Capabilities } from '../capabilities.js';
import type { InboxFilter, MessagingProvider, SendMessageRequest } from '../provider.js';
import { capabilitiesFor } from './capabilities.js';
import * as channels from './channels.js';
import { SlackConnection, type Acting, type SlackProviderOptions } from './connection.js';
import { listInbox } from './inbox.js';
import * as reads from './reads.js';
import { findSentMessage } from './sent-lookup.js';
import { ReadSession } from './session.js';
import * as writes from './writes.js';
import { SlackPins } from './features/pins.js';
import { SlackReadState } from './features/read-state.js';
import { SlackScheduled } from './features/scheduled.js';
import { storesOf, type FeatureScope } from './features/scope.js';
import { SlackSearch } from './features/search.js';
import { followOnReply, rootBeforeReply, SlackThreadSubscriptions } from './features/thread-subscriptions.js';
import { listUnreadInbox } from './features/unread-inbox.js';

export type { LinkedSlackUser, SlackProviderOptions } from './connection.js';
export { RateBudget, type RateBudgetOptions } from './rate-budget.js';
export { slackNativeIds } from './ids.js';

/** The request a view serves: its read cache and who its actor-less reads act as. */
interface RequestScope {
  session: ReadSession;
  actor: () => Promise<Actor | null>;
}

/**
 * One Slack team (one connection) as a MessagingProvider, on `@slack/web-api`. The instance lives as long
 * as the connection and holds its rate budget and user cache; `forRequest` hands each request a view with
 * its own read cache. See README.md for ids, threads, access and the calls each read costs.
 *
 * This class reads and writes messages; scheduled messages, pins, search, read state and thread
 * subscriptions are parts assembled from ./features/ (one file per part). Channel administration, uploads
 * and removable link previews are not there: capabilities.ts says so, and callers get UNSUPPORTED.
 */
export class SlackProvider implements MessagingProvider {
  readonly provider = 'slack' as const;
  readonly workspaceId: string;
  readonly scheduled: SlackScheduled;
  readonly pins: SlackPins;
  readonly search: SlackSearch;
  readonly readState: SlackReadState;
  /** Kept in Switchboard's database: a connection opened without one has none. */
  readonly threadSubscriptions?: SlackThreadSubscriptions;
  private readonly connection: SlackConnection;
  private readonly capabilitySet: Capabilities;
  private readonly request: RequestScope | null;

  constructor(
    options: SlackProviderOptions,
    /** Internal: a request view shares its provider's connection. */
    shared: { connection: SlackConnection; request: RequestScope } | null = null,
  ) {
    this.workspaceId = options.workspaceId;
    this.connection = shared?.connection ?? new SlackConnection(options);
    this.request = shared?.request ?? null;
    this.capabilitySet = capabilitiesFor(options);
    const scope = () => this.featureScope();
    const stores = storesOf(this.connection);
    this.scheduled = new SlackScheduled(scope, stores.scheduled);
    this.pins = new SlackPins(scope);
    this.search = new SlackSearch(scope);
    this.readState = new SlackReadState(scope, stores.threads);
    if (stores.threads) this.threadSubscriptions = new SlackThreadSubscriptions(scope, stores.threads);
  }

  forRequest(actor: () => Promise<Actor | null>): MessagingProvider {
    return new SlackProvider(this.connection.options, {
      connection: this.connection,
      request: { session: new ReadSession(this.connection), actor },
    });
  }

  /** The request's read cache, or a fresh one for a call outside any request. */
  private session(): ReadSession {
    return this.request?.session ?? new ReadSession(this.connection);
  }

  /** The parts (./features/) use the connection and read session of the call, as reads and writes do. */
  private featureScope(): FeatureScope {
    return { connection: this.connection, session: this.session(), viewer: () => this.viewer() };
  }

  /** Who reads without an explicit actor act as: the request's viewer, or nobody (the read token). */
  private async viewer(): Promise<Acting> {
    return this.connection.acting(this.request ? await this.request.actor() : null);
  }

  capabilities(): Capabilities {
    return this.capabilitySet;
  }

  async workspace(): Promise<WorkspaceRecord> {
    const team = await this.connection.teamInfo();
    return { id: this.workspaceId, provider: 'slack', name: team.name, webUrl: team.url ?? `https://${team.domain}.slack.com/` };
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
    return channels.loadChannels(this.connection, this.session(), await this.viewer(), ids);
  }

  async loadMessages(ids: readonly string[]): BatchResult<MessageRecord | null> {
    return reads.loadMessages(this.connection, this.session(), await this.viewer(), ids);
  }

  async loadChannelAccess(actor: Actor, channelIds: readonly string[]): BatchResult<ChannelAccess> {
    return channels.loadChannelAccess(this.session(), await this.connection.acting(actor), channelIds);
  }

  async listChannels(
    actor: Actor,
    filter: { parentId: string | null; query: string | null; includeArchived: boolean },
    page: PageRequest,
  ): Promise<Page<ChannelRecord>> {
    return channels.listChannels(this.connection, this.session(), await this.connection.acting(actor), filter, page);
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

  /** Threads are flat: a root's children are its replies, and so are its descendants. */
  async listChildren(keys: readonly PageKey[]): BatchResult<Page<MessageRecord>> {
    return reads.listReplies(this.connection, this.session(), await this.viewer(), keys);
  }

  async listDescendants(keys: readonly PageKey[]): BatchResult<Page<MessageRecord>> {
    return reads.listReplies(this.connection, this.session(), await this.viewer(), keys);
  }

  async listInbox(actor: Actor, filter: InboxFilter, page: { limit: number; cursor: string | null }): Promise<Page<MessageRecord>> {
    const session = this.session();
    const acting = await this.connection.acting(actor);
    if (filter.unreadOnly) {
      // The inbox narrowed to unread messages (features/unread-inbox.ts), through the ordinary inbox.
      const deps = { connection: this.connection, session, threads: storesOf(this.connection).threads };
      return listUnreadInbox(deps, actor, filter, page, (narrowed, window) => listInbox(this.connection, session, acting, narrowed, window));
    }
    return listInbox(this.connection, session, acting, filter, page);
  }

  /**
   * Sends and, for a reply, follows the thread for its author and the root's author (Switchboard's thread
   * table, features/thread-subscriptions.ts). The root is read first through the session the send uses,
   * so the send's own read of the parent costs nothing more.
   */
  async sendMessage(actor: Actor, request: SendMessageRequest): Promise<MessageRecord> {
    const session = this.session();
    const store = storesOf(this.connection).threads;
    const root = store ? await rootBeforeReply(this.connection, session, actor, request) : null;
    const sent = await writes.sendMessage(this.connection, session, actor, request);
    if (store) await followOnReply(store, actor, sent, root);
    return sent;
  }

  /** The message an interrupted send with this token left behind, if any (./sent-lookup.ts). */
  findSentMessage(actor: Actor, lookup: { channelId: string; parentId: string | null; token: string; since: Date }): Promise<MessageRecord | null> {
    return findSentMessage(this.connection, actor, lookup);
  }

  updateMessage(actor: Actor, messageId: string, content: MessageContent): Promise<MessageRecord> {
    return writes.updateMessage(this.connection, this.session(), actor, messageId, content);
  }

  deleteMessage(actor: Actor, messageId: string): Promise<MessageRecord> {
    return writes.deleteMessage(this.connection, this.session(), actor, messageId);
  }

  addReaction(actor: Actor, messageId: string, emoji: string): Promise<MessageRecord> {
    return writes.react(this.connection, this.session(), actor, messageId, emoji, 'reactions.add');
  }

  removeReaction(actor: Actor, messageId: string, emoji: string): Promise<MessageRecord> {
    return writes.react(this.connection, this.session(), actor, messageId, emoji, 'reactions.remove');
  }
}

/** Opens a Slack connection as a provider; see SlackProviderOptions (and README.md) for each option. */
export function createSlackProvider(options: SlackProviderOptions): SlackProvider {
  return new SlackProvider(options);
}
