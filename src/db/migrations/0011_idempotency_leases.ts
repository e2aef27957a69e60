import { sql, type Kysely } from 'kysely';

/**
 * Idempotency keys of sends to providers outside Switchboard's database (Slack) are claimed under a lease:
 * a claim whose process died is taken over when its lease runs out, and the provider is asked whether the
 * message exists before it is sent again (src/store/idempotency.ts). Completed keys have no lease; a key
 * claimed before this migration (no lease, no message) counts as expired.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table idempotency_keys add column lease_expires_at timestamptz`.execute(db);
}
