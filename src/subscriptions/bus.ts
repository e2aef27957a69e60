import type { LoggedEvent } from '../providers/events.js';

/**
 * The event bus every subscriber listens on. In one process it is an in-memory fan-out; with REDIS_URL a
 * Redis-backed bus implements the same interface so that any instance's events reach every instance.
 */
export interface EventBus {
  publish(event: LoggedEvent): Promise<void>;
  /** Calls `listener` for every event published from now on; returns the unsubscribe function. */
  subscribe(listener: (event: LoggedEvent) => void): () => void;
  close(): Promise<void>;
  /** Whether events published now reach the other instances (Redis connected); absent: always (in-process). */
  connected?(): boolean;
}

export class InProcessBus implements EventBus {
  private readonly listeners = new Set<(event: LoggedEvent) => void>();

  async publish(event: LoggedEvent): Promise<void> {
    for (const listener of this.listeners) listener(event);
  }

  subscribe(listener: (event: LoggedEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }
}
