import { Redis } from 'ioredis';
import type { LoggedEvent } from '../providers/events.js';
import type { EventBus } from './bus.js';

/** The Redis channel every instance publishes to and listens on. */
export const DEFAULT_REDIS_CHANNEL = 'switchboard:events';

/**
 * The event bus across processes: every instance publishes to one Redis channel and delivers what it
 * hears there to its own subscribers, its own events included. Delivering local events only through the
 * Redis round-trip keeps one order for everyone: the event log publishes under its writer lock, and
 * Redis relays messages in the order it received them.
 */
export class RedisBus implements EventBus {
  private readonly listeners = new Set<(event: LoggedEvent) => void>();

  private constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    private readonly channel: string,
  ) {}

  /** Connects both connections and waits until the subscription is active. */
  static async connect(url: string, channel = DEFAULT_REDIS_CHANNEL): Promise<RedisBus> {
    // A subscribed connection can only listen, so publishing needs a second one.
    const publisher = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
    const subscriber = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
    await Promise.all([publisher.connect(), subscriber.connect()]);
    const bus = new RedisBus(publisher, subscriber, channel);
    subscriber.on('message', (from: string, payload: string) => {
      if (from === channel) bus.deliver(payload);
    });
    await subscriber.subscribe(channel);
    return bus;
  }

  async publish(event: LoggedEvent): Promise<void> {
    await this.publisher.publish(this.channel, JSON.stringify(event));
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
  }

  private deliver(payload: string): void {
    const parsed = JSON.parse(payload) as LoggedEvent & { occurredAt: string };
    const event: LoggedEvent = { ...parsed, occurredAt: new Date(parsed.occurredAt) };
    for (const listener of this.listeners) listener(event);
  }
}
