import type {
  Actor,
  BatchResult,
  Page,
  ScheduledDeliveryOutcome,
  ScheduledMessageChanges,
  ScheduledMessageRecord,
  ScheduledMessageStatus,
  ScheduleMessageRequest,
} from '../types.js';
import type { SlackConnection } from './connection.js';
import * as scheduled from './scheduled.js';
import { ScheduledStore } from './scheduled-store.js';
import type { ReadSession } from './session.js';
import { SlackUnsupported } from './unsupported.js';

/**
 * The parts of MessagingProvider beyond reading and writing messages, on Slack: scheduled messages
 * (./scheduled.ts). Each lives in its own file; this class only hands them what they need. SlackProvider
 * extends it and says, through `featureScope`, which connection and read session a call uses.
 */

/** What a feature call works with: the connection, the request's read cache, the metadata stores. */
export interface FeatureScope {
  connection: SlackConnection;
  session: ReadSession;
}

interface Stores {
  scheduled: ScheduledStore | null;
}

/** One set of stores per connection (they are stateless wrappers of the database). */
const storesByConnection = new WeakMap<SlackConnection, Stores>();

function storesOf(connection: SlackConnection): Stores {
  let stores = storesByConnection.get(connection);
  if (!stores) {
    const db = connection.options.db ?? null;
    stores = { scheduled: db ? new ScheduledStore(db, connection.workspaceId) : null };
    storesByConnection.set(connection, stores);
  }
  return stores;
}

export abstract class SlackFeatures extends SlackUnsupported {
  /** The connection and read session of the call (the request's, or a fresh one outside requests). */
  protected abstract featureScope(): FeatureScope;

  // ── Scheduled messages (./scheduled.ts; capabilities.scheduledMessages EMULATED) ──

  private scheduledDeps(): scheduled.ScheduledDeps {
    const { connection, session } = this.featureScope();
    return { connection, session, store: storesOf(connection).scheduled };
  }

  override scheduleMessage(actor: Actor, request: ScheduleMessageRequest): Promise<ScheduledMessageRecord> {
    return scheduled.scheduleMessage(this.scheduledDeps(), actor, request);
  }

  override listScheduledMessages(
    actor: Actor,
    filter: { statuses: ScheduledMessageStatus[] },
    page: { limit: number; cursor: string | null },
  ): Promise<Page<ScheduledMessageRecord>> {
    return scheduled.listScheduledMessages(this.scheduledDeps(), actor, filter, page);
  }

  override loadScheduledMessages(actor: Actor, ids: readonly string[]): BatchResult<ScheduledMessageRecord | null> {
    return scheduled.loadScheduledMessages(this.scheduledDeps(), actor, ids);
  }

  override updateScheduledMessage(actor: Actor, id: string, changes: ScheduledMessageChanges): Promise<ScheduledMessageRecord> {
    return scheduled.updateScheduledMessage(this.scheduledDeps(), actor, id, changes);
  }

  override cancelScheduledMessage(actor: Actor, id: string): Promise<ScheduledMessageRecord> {
    return scheduled.cancelScheduledMessage(this.scheduledDeps(), actor, id);
  }

  override claimScheduledMessage(actor: Actor, id: string): Promise<ScheduledMessageRecord> {
    return scheduled.claimScheduledMessage(this.scheduledDeps(), actor, id);
  }

  override finishScheduledMessage(actor: Actor, id: string, outcome: ScheduledDeliveryOutcome): Promise<ScheduledMessageRecord> {
    return scheduled.finishScheduledMessage(this.scheduledDeps(), actor, id, outcome);
  }
}
