import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.js';
import { logInfo } from '../log.js';
import type { ChangeIntake, ProviderDelivery } from '../providers/definition.js';
import type { LoggedEvent, ProviderChange } from '../providers/events.js';
import type { ProviderRegistry } from '../providers/registry.js';
import { invalidateProviderReads } from '../providers/kit/read-cache/invalidation.js';
import { claimDelivery } from '../webhooks/deliveries.js';
import { claimChange, providerEmoji } from './echoes.js';
import type { EventLog } from './event-log.js';

/**
 * The one way events enter: changes a provider reports (webhooks, pollers) and changes made through
 * Switchboard (mutations, the scheduler, late link previews) alike. In order:
 *   1. de-duplication of provider deliveries by their own id (src/webhooks/deliveries.ts): a retry, a replay
 *      or the same delivery at two instances is taken once;
 *   2. echo claims (./echoes.ts), under the provider's echo rules: a change made through Switchboard
 *      and reported back by the provider is published once, by whichever side comes first;
 *   3. the event log (ids and types, never content), which publishes on the bus under its lock.
 * Before an event is recorded, the provider reads it makes stale are dropped from the in-memory read caches
 * of this instance (src/providers/kit/read-cache/), so the next query after a webhook sees the change; other
 * instances drop theirs when the event reaches them over the bus (src/services.ts).
 */

/** An event as it is recorded: the log gives it an id, and a time when it has none. */
export type NewEvent = Parameters<EventLog['record']>[0];

export class EventIngest {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly eventLog: EventLog,
    /** The server's providers (their echo rules; a reported change's message, for its thread root). */
    private readonly registry: () => ProviderRegistry,
  ) {}

  /**
   * A change made through Switchboard that only Switchboard reports (read state, channel changes,
   * scheduled deliveries, a late link preview): recorded and published as is.
   */
  publish(event: NewEvent): Promise<LoggedEvent> {
    invalidateProviderReads(event);
    return this.eventLog.record(event);
  }

  /**
   * A change written to a provider through Switchboard, which the provider may report back: claimed
   * first, so that it is published once (here, or from the provider's report if that came first). `detail`
   * tells two changes of one message apart (a reaction's emoji). Returns null when it was the echo.
   */
  async publishWrite(event: NewEvent, detail = ''): Promise<LoggedEvent | null> {
    const rules = this.registry().find(event.provider)?.definition.echoes;
    if (event.messageId !== null) {
      const key = { provider: event.provider, workspaceId: event.workspaceId, type: event.type, messageId: event.messageId, detail };
      if (!(await claimChange(this.db, key, 'SWITCHBOARD', rules))) return null;
    }
    invalidateProviderReads(event);
    return this.eventLog.record({ ...event, emoji: event.emoji === null ? null : providerEmoji(rules, event.emoji) });
  }

  /**
   * Takes provider deliveries (a webhook, before it answers): each one with an id is claimed once across
   * every instance. Returns the deliveries seen for the first time, and how many were duplicates.
   */
  async accept(provider: string, deliveries: readonly ProviderDelivery[]): Promise<{ fresh: ProviderDelivery[]; duplicates: number }> {
    const fresh: ProviderDelivery[] = [];
    for (const delivery of deliveries) {
      if (delivery.deliveryId === null || (await claimDelivery(this.db, provider, delivery.workspaceId, delivery.deliveryId))) {
        fresh.push(delivery);
      } else {
        logInfo('provider_delivery_duplicate', { provider, workspaceId: delivery.workspaceId, deliveryId: delivery.deliveryId });
      }
    }
    return { fresh, duplicates: deliveries.length - fresh.length };
  }

  /** Publishes changes reported by a provider unless they are echoes of our own writes; returns how many were published. */
  async publishReported(provider: string, changes: readonly ProviderChange[]): Promise<number> {
    const rules = this.registry().find(provider)?.definition.echoes;
    let published = 0;
    for (const { envelope, detail } of changes) {
      if (envelope.messageId !== null) {
        const key = { provider, workspaceId: envelope.workspaceId, type: envelope.type, messageId: envelope.messageId, detail };
        // Our own write reported back: the write already dropped what it changed; drop it again anyway.
        if (!(await claimChange(this.db, key, 'PROVIDER', rules))) {
          invalidateProviderReads({ ...envelope, provider });
          continue;
        }
      }
      invalidateProviderReads({ ...envelope, provider });
      const threadRootId = envelope.threadRootId ?? (await this.threadRootOf(provider, envelope.workspaceId, envelope.messageId));
      await this.eventLog.record({ ...envelope, provider, threadRootId });
      published += 1;
    }
    return published;
  }

  /** A delivery found by a provider itself (a poller): taken, then published at once; returns how many were published. */
  async deliver(provider: string, delivery: ProviderDelivery): Promise<number> {
    const { fresh } = await this.accept(provider, [delivery]);
    let published = 0;
    for (const taken of fresh) published += await this.publishReported(provider, taken.changes);
    return published;
  }

  /** The ingest path as one provider's host sees it. */
  intakeFor(provider: string): ChangeIntake {
    return { deliver: (delivery) => this.deliver(provider, delivery) };
  }

  /**
   * The thread root of a reported change about a message that does not say (reaction events, on some platforms), from
   * the message itself: one provider read. When the provider cannot say (rate budget, network), the message
   * stands in for its root.
   */
  private async threadRootOf(provider: string, workspaceId: string, messageId: string | null): Promise<string | null> {
    if (messageId === null) return null;
    try {
      const opened = await this.registry().openFresh({ provider, workspaceId });
      const [message] = opened ? await opened.loadMessages([messageId]) : [null];
      if (message && !(message instanceof Error)) return message.threadRootId ?? message.id;
    } catch {
      // Unknown: the message stands in, as below.
    }
    return messageId;
  }
}
