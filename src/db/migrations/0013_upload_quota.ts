import { sql, type Kysely } from 'kysely';

/**
 * The daily upload quota of an API key (UPLOAD_QUOTA_BYTES_PER_DAY, issue 15): one row per upload the key
 * made, whatever the provider, with its size. An upload reserves its row before the bytes are stored and
 * takes it back when it fails (src/store/upload-usage.ts); rows older than a day no longer count and are
 * pruned with the other bookkeeping.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table upload_usage (
      id uuid primary key default gen_random_uuid(),
      api_key_id uuid not null references api_keys(id) on delete cascade,
      size_bytes bigint not null check (size_bytes >= 0),
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index upload_usage_key_time on upload_usage (api_key_id, created_at)`.execute(db);
}
