import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.js';
import { ADMIN_SCOPE } from '../connections/admin.js';
import { hashApiKey } from '../store/api-keys.js';

/**
 * The demo's admin: alice, Acme's owner, may connect provider workspaces with her demo key (`demo-alice`
 * carries the `admin` scope); the other demo keys may not. No provider workspace is seeded: connecting one
 * needs real tokens (see the README).
 */
export async function grantDemoAdmin(trx: Kysely<Database>): Promise<void> {
  await trx
    .updateTable('api_keys')
    .set({ scopes: ['read', 'write', ADMIN_SCOPE] })
    .where('key_hash', '=', hashApiKey('demo-alice'))
    .execute();
}
