import { createHash, randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/tables.js';

/**
 * OAuth `state` values: the CSRF guard of the install flow and the link between the browser coming back
 * from the platform and the Switchboard account that started the flow. Random, stored hashed, single use, and
 * valid for OAUTH_STATE_TTL_SECONDS.
 */

export const OAUTH_STATE_TTL_SECONDS = 10 * 60;

export type OAuthPurpose = 'INSTALL' | 'LINK_USER';

export interface OAuthState {
  provider: string;
  purpose: OAuthPurpose;
  accountId: string;
  /** For LINK_USER: the team the user links in. */
  workspaceId: string | null;
}

function hashState(state: string): string {
  return createHash('sha256').update(state, 'utf8').digest('hex');
}

/** A new state value for an account starting a flow. */
export async function createOAuthState(db: Kysely<Database>, state: OAuthState): Promise<string> {
  const value = randomBytes(24).toString('base64url');
  await db
    .insertInto('oauth_states')
    .values({
      state_hash: hashState(value),
      provider: state.provider,
      purpose: state.purpose,
      account_id: state.accountId,
      workspace_id: state.workspaceId,
      expires_at: sql<Date>`now() + make_interval(secs => ${OAUTH_STATE_TTL_SECONDS})`,
    })
    .execute();
  return value;
}

/**
 * Whether a state is known, unused and unexpired (the install redirect checks it without using it). `provider`
 * may list the members of a route family: the state records which of them started the flow.
 */
export async function peekOAuthState(db: Kysely<Database>, value: string, provider: string | readonly string[]): Promise<OAuthState | null> {
  const row = await db
    .selectFrom('oauth_states')
    .selectAll()
    .where('state_hash', '=', hashState(value))
    .where('provider', 'in', typeof provider === 'string' ? [provider] : [...provider])
    .where('used_at', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .executeTakeFirst();
  return row ? { provider: row.provider, purpose: row.purpose, accountId: row.account_id, workspaceId: row.workspace_id } : null;
}

/**
 * Uses a state: returns what it was created for, or null when it is unknown, expired or already used.
 * One update, so two callbacks racing with the same state cannot both succeed.
 */
export async function consumeOAuthState(db: Kysely<Database>, value: string, provider: string | readonly string[]): Promise<OAuthState | null> {
  const row = await db
    .updateTable('oauth_states')
    .set({ used_at: sql`now()` })
    .where('state_hash', '=', hashState(value))
    .where('provider', 'in', typeof provider === 'string' ? [provider] : [...provider])
    .where('used_at', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .returningAll()
    .executeTakeFirst();
  return row ? { provider: row.provider, purpose: row.purpose, accountId: row.account_id, workspaceId: row.workspace_id } : null;
}

/** Deletes states that expired over a day ago (used ones are kept that long to tell "reused" apart in logs). */
export async function pruneOAuthStates(db: Kysely<Database>): Promise<number> {
  const result = await db.deleteFrom('oauth_states').where('expires_at', '<', sql<Date>`now() - interval '1 day'`).executeTakeFirst();
  return Number(result.numDeletedRows);
}
