import { sql } from 'kysely';
import type { SwitchboardDatabase } from '../db/database.js';
import { addGaugeSource } from './metrics.js';

/**
 * Registers a running Switchboard's state for the scrape: its PostgreSQL pool, and the scheduler's queue
 * (one statement per scrape, on the partial index of waiting rows). Returns the function that removes it.
 */
export function watchDatabase(database: SwitchboardDatabase): () => void {
  return addGaugeSource({
    pool: () => database.poolStats?.() ?? null,
    schedulerQueue: async () => {
      const row = await database.db
        .selectFrom('scheduled_messages')
        .select([sql<string>`count(*)`.as('pending'), sql<string>`count(*) filter (where due_at <= now())`.as('due')])
        .where('status', 'in', ['PENDING', 'SENDING'])
        .executeTakeFirstOrThrow();
      return { pending: Number(row.pending), due: Number(row.due) };
    },
  });
}
