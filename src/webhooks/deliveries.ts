import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/tables.js';

/**
 * Provider deliveries already taken, by the provider's own event id (stable across its retries), for the
 * ingest path (src/subscriptions/ingest.ts). Taking one is a unique insert, so a retry, a replay or the same delivery arriving at two
 * instances is processed exactly once. Ids are kept for PROCESSED_EVENT_RETENTION_SECONDS, well past
 * a provider's last retry (minutes) and its signature window.
 */

export const PROCESSED_EVENT_RETENTION_SECONDS = 60 * 60;

/** Claims a delivery; true the first time, false for a duplicate. */
export async function claimDelivery(db: Kysely<Database>, provider: string, workspaceId: string, eventId: string): Promise<boolean> {
  const inserted = await db
    .insertInto('processed_provider_events')
    .values({ provider, workspace_id: workspaceId, event_id: eventId })
    .onConflict((oc) => oc.columns(['provider', 'workspace_id', 'event_id']).doNothing())
    .returning('event_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Forgets delivery ids past the retention; returns how many. */
export async function pruneDeliveries(db: Kysely<Database>): Promise<number> {
  const result = await db
    .deleteFrom('processed_provider_events')
    .where('received_at', '<', sql<Date>`now() - make_interval(secs => ${PROCESSED_EVENT_RETENTION_SECONDS})`)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
