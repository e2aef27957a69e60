import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.js';
import { isUuid } from '../db/uuid.js';
import { SwitchboardError } from '../errors.js';

/**
 * Listing and revoking API keys (`npm run admin -- list-keys | revoke-key`). A key is shown by its row id,
 * label, scopes and dates, never by its value: only a hash is stored.
 */
export interface ApiKeyListing {
  id: string;
  email: string | null;
  label: string;
  scopes: string[];
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

/** Every key, or those of one account (by email), oldest first. */
export async function listApiKeys(db: Kysely<Database>, filter: { email?: string; id?: string } = {}): Promise<ApiKeyListing[]> {
  let query = db
    .selectFrom('api_keys')
    .innerJoin('accounts', 'accounts.id', 'api_keys.account_id')
    .select([
      'api_keys.id',
      'accounts.email',
      'api_keys.label',
      'api_keys.scopes',
      'api_keys.created_at as createdAt',
      'api_keys.expires_at as expiresAt',
      'api_keys.revoked_at as revokedAt',
    ])
    .orderBy('api_keys.created_at')
    .orderBy('api_keys.id');
  if (filter.email !== undefined) query = query.where('accounts.email', '=', filter.email);
  if (filter.id !== undefined) query = query.where('api_keys.id', '=', filter.id);
  return query.execute();
}

/** Revokes a key by its id (from list-keys); revoking twice keeps the first date. */
export async function revokeApiKey(db: Kysely<Database>, id: string, now = new Date()): Promise<ApiKeyListing> {
  if (!isUuid(id)) throw new SwitchboardError('VALIDATION_ERROR', `${JSON.stringify(id)} is not a key id (list-keys shows them).`);
  await db.updateTable('api_keys').set({ revoked_at: now }).where('id', '=', id).where('revoked_at', 'is', null).execute();
  const [key] = await listApiKeys(db, { id });
  if (!key) throw new SwitchboardError('NOT_FOUND', `No API key has the id ${JSON.stringify(id)}.`);
  return key;
}

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `--expires-in 90d` (also `12h`, `30m`) or `--expires-at 2027-01-01T00:00:00Z`, to a date after `now`. */
export function expiryFrom(expiresIn: string | undefined, expiresAt: string | undefined, now = new Date()): Date | null {
  if (expiresIn !== undefined && expiresAt !== undefined) {
    throw new SwitchboardError('VALIDATION_ERROR', '--expires-in and --expires-at exclude each other.');
  }
  if (expiresIn !== undefined) {
    const match = /^(\d{1,6})([mhd])$/.exec(expiresIn.trim());
    if (!match || Number(match[1]) === 0) {
      throw new SwitchboardError('VALIDATION_ERROR', `--expires-in ${JSON.stringify(expiresIn)}: use a positive number with m, h or d (90d, 12h, 30m).`);
    }
    return new Date(now.getTime() + Number(match[1]) * UNITS[match[2]]);
  }
  if (expiresAt !== undefined) {
    const date = new Date(expiresAt);
    if (Number.isNaN(date.getTime())) throw new SwitchboardError('VALIDATION_ERROR', `--expires-at ${JSON.stringify(expiresAt)} is not a date (ISO 8601).`);
    if (date <= now) throw new SwitchboardError('VALIDATION_ERROR', `--expires-at ${expiresAt} is not in the future.`);
    return date;
  }
  return null;
}
