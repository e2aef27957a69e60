import type { Acting, SlackConnection } from '../connection.js';
import type { ReadSession } from '../session.js';
import { ScheduledStore } from './scheduled-store.js';
import { ThreadStore } from '../../kit/read-positions/thread-store.js';

/**
 * What the optional parts of SlackProvider work with. Each part (scheduled.ts, pins.ts, search.ts,
 * read-state.ts, thread-subscriptions.ts) lives in its own file; SlackProvider assembles them and hands
 * each a `FeatureScope` getter, so that a call uses the connection and the read session of its request
 * (a fresh session outside requests).
 */

/** What a feature call works with: the connection, the request's read cache, who reads act as. */
export interface FeatureScope {
  connection: SlackConnection;
  session: ReadSession;
  /** Who reads without an explicit actor act as: the request's viewer, or nobody (the read token). */
  viewer: () => Promise<Acting>;
}

/** Switchboard's own tables behind the parts Slack lacks; null without a database. */
export interface FeatureStores {
  scheduled: ScheduledStore | null;
  threads: ThreadStore | null;
}

/** One set of stores per connection (they are stateless wrappers of the database). */
const storesByConnection = new WeakMap<SlackConnection, FeatureStores>();

export function storesOf(connection: SlackConnection): FeatureStores {
  let stores = storesByConnection.get(connection);
  if (!stores) {
    const db = connection.options.db ?? null;
    stores = {
      scheduled: db ? new ScheduledStore(db, connection.workspaceId) : null,
      threads: db ? new ThreadStore(db, 'slack', connection.workspaceId) : null,
    };
    storesByConnection.set(connection, stores);
  }
  return stores;
}
