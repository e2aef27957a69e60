import { SwitchboardError } from '../../errors.js';
import type { Actor, LinkMetadata, MessageRecord } from '../model.js';
import type { BatchResult, Page, PageKey } from '../paging.js';
import type { InboxFilter, SendMessageRequest } from '../provider.js';
import type { PinResult, SearchRequest, SearchResultPage } from '../features/search.js';
import type { ScheduledDeliveryOutcome, ScheduledMessageChanges, ScheduledMessageRecord, ScheduledMessageStatus, ScheduleMessageRequest } from '../features/scheduled.js';
import type { ThreadFilter, ThreadPage, ThreadStateRecord, ThreadSubscriptionStatus, UnreadChannelRecord, UnreadMark } from '../features/read-state.js';
import type { Acting, SlackConnection } from './connection.js';
import { listInbox } from './inbox.js';
import * as pins from './pins.js';
import * as readState from './read-state.js';
import * as scheduled from './scheduled.js';
import { ScheduledStore } from './scheduled-store.js';
import { searchMessages } from './search.js';
import type { ReadSession } from './session.js';
import * as threads from './thread-metadata.js';
import { ThreadStore } from './thread-store.js';
import { SlackUnsupported } from './unsupported.js';

/**
 * The parts of MessagingProvider beyond reading and writing messages, on Slack: scheduled messages
 * (scheduled.ts), pins (pins.ts), search (search.ts), channel read state (read-state.ts), thread
 * subscriptions and thread read state (thread-metadata.ts), link previews (message-extras.ts). Each lives in
 * its own file; this class only hands them what they need. SlackProvider extends it and says, through
 * `featureScope`, which connection and read session a call uses.
 */

/** What a feature call works with: the connection, the request's read cache, the metadata stores. */
export interface FeatureScope {
  connection: SlackConnection;
  session: ReadSession;
  /** Who reads without an explicit actor act as: the request's viewer, or nobody (the read token). */
  viewer: () => Promise<Acting>;
}

interface Stores {
  scheduled: ScheduledStore | null;
  threads: ThreadStore | null;
}

/** One set of stores per connection (they are stateless wrappers of the database). */
const storesByConnection = new WeakMap<SlackConnection, Stores>();

function storesOf(connection: SlackConnection): Stores {
  let stores = storesByConnection.get(connection);
  if (!stores) {
    const db = connection.options.db ?? null;
    stores = {
      scheduled: db ? new ScheduledStore(db, connection.workspaceId) : null,
      threads: db ? new ThreadStore(db, connection.workspaceId) : null,
    };
    storesByConnection.set(connection, stores);
  }
  return stores;
}

function noThreadMetadata(): SwitchboardError {
  return new SwitchboardError(
    'UNSUPPORTED',
    'Thread subscriptions on Slack are kept by Switchboard, and this Slack connection has no database for them (capabilities.threadSubscriptions is NONE).',
  );
}

export abstract class SlackFeatures extends SlackUnsupported {
  /** The connection and read session of the call (the request's, or a fresh one outside requests). */
  protected abstract featureScope(): FeatureScope;

  // ── Scheduled messages (./scheduled.ts; capabilities.scheduledMessages EMULATED) ──

  private scheduledDeps(): scheduled.ScheduledDeps {
    const { connection, session } = this.featureScope();
    return { connection, session, store: storesOf(connection).scheduled };
  }

  scheduleMessage(actor: Actor, request: ScheduleMessageRequest): Promise<ScheduledMessageRecord> {
    return scheduled.scheduleMessage(this.scheduledDeps(), actor, request);
  }

  listScheduledMessages(
    actor: Actor,
    filter: { statuses: ScheduledMessageStatus[] },
    page: { limit: number; cursor: string | null },
  ): Promise<Page<ScheduledMessageRecord>> {
    return scheduled.listScheduledMessages(this.scheduledDeps(), actor, filter, page);
  }

  loadScheduledMessages(actor: Actor, ids: readonly string[]): BatchResult<ScheduledMessageRecord | null> {
    return scheduled.loadScheduledMessages(this.scheduledDeps(), actor, ids);
  }

  updateScheduledMessage(actor: Actor, id: string, changes: ScheduledMessageChanges): Promise<ScheduledMessageRecord> {
    return scheduled.updateScheduledMessage(this.scheduledDeps(), actor, id, changes);
  }

  cancelScheduledMessage(actor: Actor, id: string): Promise<ScheduledMessageRecord> {
    return scheduled.cancelScheduledMessage(this.scheduledDeps(), actor, id);
  }

  claimScheduledMessage(actor: Actor, id: string): Promise<ScheduledMessageRecord> {
    return scheduled.claimScheduledMessage(this.scheduledDeps(), actor, id);
  }

  finishScheduledMessage(actor: Actor, id: string, outcome: ScheduledDeliveryOutcome): Promise<ScheduledMessageRecord> {
    return scheduled.finishScheduledMessage(this.scheduledDeps(), actor, id, outcome);
  }

  // ── Pins (./pins.ts; capabilities.pins NATIVE) ──

  pinMessage(actor: Actor, messageId: string): Promise<PinResult> {
    const { connection, session } = this.featureScope();
    return pins.pinMessage(connection, session, actor, messageId);
  }

  unpinMessage(actor: Actor, messageId: string): Promise<MessageRecord> {
    const { connection, session } = this.featureScope();
    return pins.unpinMessage(connection, session, actor, messageId);
  }

  async listPins(keys: readonly PageKey[]): BatchResult<Page<MessageRecord>> {
    const { connection, session, viewer } = this.featureScope();
    return pins.listPins(connection, session, await viewer(), keys);
  }

  // ── Search (./search.ts; capabilities.search NATIVE, with the viewer's user token) ──

  searchMessages(actor: Actor, request: SearchRequest): Promise<SearchResultPage> {
    return searchMessages(this.featureScope().connection, actor, request);
  }

  // ── Channel read state (./read-state.ts; capabilities.readState NATIVE) ──

  private readStateDeps(): readState.ReadStateDeps {
    const { connection, session } = this.featureScope();
    return { connection, session, threads: storesOf(connection).threads };
  }

  loadChannelUnreadCounts(actor: Actor, channelIds: readonly string[]): BatchResult<number> {
    return readState.loadChannelUnreadCounts(this.readStateDeps(), actor, channelIds);
  }

  loadUnreadFlags(actor: Actor, messageIds: readonly string[]): BatchResult<boolean> {
    return readState.loadUnreadFlags(this.readStateDeps(), actor, messageIds);
  }

  listUnreadChannels(actor: Actor, page: { limit: number; cursor: string | null }): Promise<Page<UnreadChannelRecord>> {
    return readState.listUnreadChannels(this.readStateDeps(), actor, page);
  }

  listUnreadMessages(actor: Actor, keys: readonly PageKey[]): BatchResult<Page<MessageRecord>> {
    return readState.listUnreadMessages(this.readStateDeps(), actor, keys);
  }

  markChannelRead(actor: Actor, channelId: string, messageId: string | null): Promise<void> {
    return readState.markChannelRead(this.readStateDeps(), actor, channelId, messageId);
  }

  markUnread(actor: Actor, messageId: string): Promise<UnreadMark> {
    return readState.markUnread(this.readStateDeps(), actor, messageId);
  }

  // ── Thread subscriptions and thread read state (./thread-metadata.ts; EMULATED with a database) ──

  private threadDeps(): threads.ThreadDeps {
    const { connection, session } = this.featureScope();
    const store = storesOf(connection).threads;
    if (!store) throw noThreadMetadata();
    return { connection, session, store };
  }

  async loadThreadSubscriptions(actor: Actor, rootIds: readonly string[]): BatchResult<ThreadSubscriptionStatus> {
    return threads.loadThreadSubscriptions(this.threadDeps(), actor, rootIds);
  }

  async loadThreadStates(actor: Actor, rootIds: readonly string[]): BatchResult<ThreadStateRecord> {
    return threads.loadThreadStates(this.threadDeps(), actor, rootIds);
  }

  async listFollowedThreads(actor: Actor, page: { limit: number; cursor: string | null }, filter?: ThreadFilter): Promise<ThreadPage> {
    return threads.listFollowedThreads(this.threadDeps(), actor, page, filter);
  }

  async markThreadRead(actor: Actor, rootId: string, replyId: string | null): Promise<void> {
    return threads.markThreadRead(this.threadDeps(), actor, rootId, replyId);
  }

  async setThreadSubscription(actor: Actor, rootId: string, status: ThreadSubscriptionStatus): Promise<void> {
    return threads.setThreadSubscription(this.threadDeps(), actor, rootId, status);
  }

  /**
   * Sends through `send` (SlackProvider's own send) and, for a reply, follows the thread for its author and
   * the root's author (thread-metadata.ts). The root is read first through the session the send uses, so
   * the send's own read of the parent costs nothing more.
   */
  protected async sendFollowingThread(
    actor: Actor,
    request: SendMessageRequest,
    send: (session: ReadSession) => Promise<MessageRecord>,
  ): Promise<MessageRecord> {
    const { connection, session } = this.featureScope();
    const store = storesOf(connection).threads;
    const root = store ? await threads.rootBeforeReply(connection, session, actor, request) : null;
    const sent = await send(session);
    if (store) await threads.followOnReply(store, actor, sent, root);
    return sent;
  }

  /** The inbox narrowed to unread messages (InboxFilter.unreadOnly), see read-state.ts. */
  protected async unreadInbox(actor: Actor, filter: InboxFilter, page: { limit: number; cursor: string | null }): Promise<Page<MessageRecord>> {
    const { connection, session } = this.featureScope();
    const acting = await connection.acting(actor);
    return readState.listUnreadInbox({ connection, session, threads: storesOf(connection).threads }, actor, filter, page, (narrowed, window) =>
      listInbox(connection, session, acting, narrowed, window),
    );
  }

  // ── Link previews (message-extras.ts): Slack unfurls by itself; removing one is not supported ──

  async completeLinkPreview(_messageId: string, _url: string, _metadata: LinkMetadata | null): Promise<MessageRecord | null> {
    // Slack previews are never pending (Slack unfurls them itself), so Switchboard's unfurler has nothing to hand over.
    return null;
  }
}
