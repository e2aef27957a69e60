import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { migrations } from '../../../src/db/migrations/index.js';
import { PGliteDialect } from '../../../src/db/pglite-dialect.js';

/**
 * Migration 0017 moves Slack's thread states (0007's slack_thread_states) into the provider-neutral
 * provider_thread_states of ../kit/read-positions/, so nobody's subscriptions or positions are lost.
 */
describe('migration 0017_read_positions', () => {
  const db = new Kysely<unknown>({ dialect: new PGliteDialect(new PGlite()) });
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  afterAll(() => db.destroy());

  it('moves every row of slack_thread_states, subscription and position kept, and drops that table', async () => {
    expect((await migrator.migrateTo('0016_gmail_mailboxes')).error).toBeUndefined();
    await sql`insert into provider_connections (provider, workspace_id, name, access_token_sealed) values ('slack', 'T1', 'Team', 'unused')`.execute(db);
    await sql`insert into slack_thread_states (workspace_id, user_id, channel_id, root_ts, subscription, read_ts)
      values ('T1', 'U1', 'C1', '1700000000.000100', 'SUBSCRIBED', '1700000001.000200'), ('T1', 'U2', 'C1', '1700000000.000100', null, '1700000000.000100')`.execute(db);

    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const rows = await sql<Record<string, unknown>>`select provider, workspace_id, user_id, channel_id, root_id, subscription, read_position from provider_thread_states order by user_id`.execute(db);
    expect(rows.rows).toEqual([
      { provider: 'slack', workspace_id: 'T1', user_id: 'U1', channel_id: 'C1', root_id: '1700000000.000100', subscription: 'SUBSCRIBED', read_position: '1700000001.000200' },
      { provider: 'slack', workspace_id: 'T1', user_id: 'U2', channel_id: 'C1', root_id: '1700000000.000100', subscription: null, read_position: '1700000000.000100' },
    ]);
    const left = await sql<{ name: string | null }>`select to_regclass('slack_thread_states')::text as name`.execute(db);
    expect(left.rows[0].name).toBeNull();
  }, 180_000); // every migration on a fresh PGlite: seconds alone, longer on a loaded machine

  it('rows go with their connection', async () => {
    await sql`delete from provider_connections where provider = 'slack' and workspace_id = 'T1'`.execute(db);
    const rows = await sql`select 1 from provider_thread_states`.execute(db);
    expect(rows.rows).toEqual([]);
  });
});
