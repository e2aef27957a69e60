import { sql, type Kysely } from 'kysely';

/**
 * Connections of platforms whose access tokens expire (src/connections/refresh.ts): the sealed refresh
 * token and when the access token runs out. Both stay null for platforms whose tokens do not expire.
 */
const statements = [
  `alter table provider_connections add column refresh_token_sealed text`,
  `alter table provider_connections add column access_token_expires_at timestamptz`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
