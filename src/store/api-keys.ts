import { createHash, randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/tables.js';

/**
 * API keys are stored as SHA-256 hashes. Generated keys carry 32 random bytes, so a fast hash is enough
 * (there is nothing to brute-force); a database leak does not reveal usable keys.
 */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** A new random key: `sb_` followed by 43 url-safe characters. */
export function generateApiKey(): string {
  return `sb_${randomBytes(32).toString('base64url')}`;
}

export interface AuthenticatedAccount {
  accountId: string;
  name: string;
  email: string | null;
  scopes: string[];
  /** The key's row id: what per-key limits count against (src/limits/); absent for a ticket's account. */
  apiKeyId?: string;
}

/** The account an API key belongs to, or null for an unknown key. */
export async function findAccountByApiKey(db: Kysely<Database>, key: string): Promise<AuthenticatedAccount | null> {
  const row = await db
    .selectFrom('api_keys')
    .innerJoin('accounts', 'accounts.id', 'api_keys.account_id')
    .select(['accounts.id as accountId', 'accounts.name', 'accounts.email', 'api_keys.scopes', 'api_keys.id as apiKeyId'])
    .where('api_keys.key_hash', '=', hashApiKey(key))
    .where('api_keys.revoked_at', 'is', null)
    .where((eb) => eb.or([eb('api_keys.expires_at', 'is', null), eb('api_keys.expires_at', '>', sql<Date>`now()`)]))
    .executeTakeFirst();
  return row ?? null;
}

/** Stores a key for an account; returns the key's row id. The caller shows the plain key once. */
export async function createApiKey(
  db: Kysely<Database>,
  accountId: string,
  key: string,
  label: string,
  scopes: string[] = ['read', 'write'],
  expiresAt: Date | null = null,
): Promise<string> {
  const row = await db
    .insertInto('api_keys')
    .values({ account_id: accountId, key_hash: hashApiKey(key), label, scopes, expires_at: expiresAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
