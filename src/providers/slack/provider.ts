import type { Actor, ChannelAccess, ChannelRecord, MessageContent, MessageRecord, UserRecord, WorkspaceRecord } from '../model.js';
import type { BatchResult, Page, PageKey, PageRequest } from '../paging.js';
import type { Capabilities } from '../capabilities.js';
import type { InboxFilter, MessagingProvider, SendMessageRequest } from '../provider.js';
import { capabilitiesFor } from './capabilities.js';
import * as channels from './channels.js';
import { SlackConnection, type Acting, type SlackProviderOptions } from './connection.js';
import { listInbox } from './inbox.js';
import * as reads from './reads.js';
import { ReadSession } from './session.js';
import { SlackFeatures, type FeatureScope } from './features.js';
import * as writes from './writes.js';

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
 */
export class SlackProvider extends SlackFeatures implements MessagingProvider {
  readonly provider = 'slack' as const;
  readonly workspaceId: string;
  private readonly connection: SlackConnection;

  constructor(
    options: SlackProviderOptions,
    /** Internal: a request view shares its provider's connection. */
    shared: { connection: SlackConnection; request: RequestScope } | null = null,
  ) {
    super();
    this.workspaceId = options.workspaceId;
    this.connection = shared?.connection ?? new SlackConnection(options);
    this.request = shared?.request ?? null;
    this.capabilitySet = capabilitiesFor(options);
  }

  private readonly capabilitySet: Capabilities;

  private readonly request: RequestScope | null;

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

  /** Pins, search, read state, threads and scheduled messages (./features.ts) use the same connection and session. */
  protected featureScope(): FeatureScope {
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
    if (filter.unreadOnly) return this.unreadInbox(actor, filter, page); // read-state.ts
    return listInbox(this.connection, this.session(), await this.connection.acting(actor), filter, page);
  }

  sendMessage(actor: Actor, request: SendMessageRequest): Promise<MessageRecord> {
    // A reply follows its thread for its author and the root's (features.ts, thread-metadata.ts).
    return this.sendFollowingThread(actor, request, (session) => writes.sendMessage(this.connection, session, actor, request));
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
