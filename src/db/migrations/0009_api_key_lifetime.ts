import { sql, type Kysely } from 'kysely';

/**
 * API keys can expire and be revoked (`npm run admin -- new-key --expires-in 90d`, `revoke-key`). A revoked
 * key's row stays, so `list-keys` still shows what it was and when it stopped working; authentication
 * accepts a key only while `revoked_at` is null and `expires_at` is null or in the future.
 */
const statements = [
  `alter table api_keys add column expires_at timestamptz`,
  `alter table api_keys add column revoked_at timestamptz`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

