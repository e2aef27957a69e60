import { Redis } from 'ioredis';
import type { LoggedEvent } from '../providers/events.js';
import { logUnexpected, logWarn } from '../log.js';
import type { EventBus } from './bus.js';
import { openBusMessage, sealBusMessage } from './bus-messages.js';

/** The Redis channel every instance publishes to and listens on, unless REDIS_CHANNEL names another. */
export const DEFAULT_REDIS_CHANNEL = 'switchboard:events';

export interface RedisBusOptions {
  channel?: string;
  /** This deployment's bus secret (./bus-messages.ts): messages not signed with it are skipped. */
  secret: Buffer;
  /** The event log's highest sequence number handed out so far (src/subscriptions/event-log.ts). */
  logHighWater: () => Promise<bigint>;
}

/**
 * The event bus across processes: every instance publishes to one Redis channel and delivers what it
 * hears there to its own subscribers, its own events included. Delivering local events only through the
 * Redis round-trip keeps one order for everyone: the event log publishes under its writer lock, and
 * Redis relays messages in the order it received them.
 *
 * Anyone who can write to the channel can put anything on it, so every message is checked before it reaches
 * a subscriber: its shape and its signature (./bus-messages.ts), and its `seq`, which must be one the event
 * log has handed out — a stream never moves past the log, or it would drop every real event after a forged
 * one. A bad message is skipped with a log line naming the problem, never its content.
 */
export class RedisBus implements EventBus {
  private readonly listeners = new Set<(event: LoggedEvent) => void>();
  /** Messages are checked one after the other (the seq check may ask the database), keeping Redis's order. */
  private queue = Promise.resolve();
  private highWater = 0n;

  private constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    private readonly channel: string,
    private readonly options: RedisBusOptions,
  ) {}

  /** Connects both connections and waits until the subscription is active. */
  static async connect(url: string, options: RedisBusOptions): Promise<RedisBus> {
    const channel = options.channel ?? DEFAULT_REDIS_CHANNEL;
    // A subscribed connection can only listen, so publishing needs a second one.
    const publisher = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
    const subscriber = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
    // Connection trouble is logged; ioredis reconnects by itself.
    for (const connection of [publisher, subscriber]) connection.on('error', (error: unknown) => logUnexpected(error));
    await Promise.all([publisher.connect(), subscriber.connect()]);
    const bus = new RedisBus(publisher, subscriber, channel, options);
    subscriber.on('message', (from: string, payload: string) => {
      if (from === channel) bus.queue = bus.queue.then(() => bus.deliver(payload)).catch(logUnexpected);
    });
    await subscriber.subscribe(channel);
    return bus;
  }

  async publish(event: LoggedEvent): Promise<void> {
    // Our own events are in the log already: their echo needs no look-up.
    if (BigInt(event.seq) > this.highWater) this.highWater = BigInt(event.seq);
    await this.publisher.publish(this.channel, sealBusMessage(event, this.options.secret));
  }

  subscribe(listener: (event: LoggedEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Both connections up and the subscription active (ioredis reconnects on its own after a drop). */
  connected(): boolean {
    return this.publisher.status === 'ready' && this.subscriber.status === 'ready';
  }

  async close(): Promise<void> {
    this.listeners.clear();
    await Promise.all([this.subscriber.quit(), this.publisher.quit()]);
    await this.queue;
  }

  private async deliver(payload: string): Promise<void> {
    const opened = openBusMessage(payload, this.options.secret);
    if ('problem' in opened) return skipped(this.channel, opened.problem);
    const { event } = opened;
    // The sequence is read outside any transaction, so a publisher's seq is visible before its commit.
    if (BigInt(event.seq) > this.highWater) this.highWater = await this.options.logHighWater();
    if (BigInt(event.seq) > this.highWater) return skipped(this.channel, 'seq beyond the event log');
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        logUnexpected(error);
      }
    }
  }
}

function skipped(channel: string, reason: string): void {
  // A warning: a message that fails these checks is a bug or someone writing to the channel.
  logWarn('bus_message_skipped', { channel, reason });
}
