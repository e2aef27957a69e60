import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.js';

/**
 * Idempotency keys for sends. A key is claimed before the provider is called and completed with the
 * message it produced, so a retry (even a concurrent one) never sends twice: it gets the first message,
 * or CONFLICT while the first attempt is still running. A failed attempt releases its claim so that the
 * client can retry with the same key.
 */
export type Claim =
  | { status: 'claimed' }
  | { status: 'completed'; workspaceId: string; messageId: string }
  | { status: 'in-progress' }
  | { status: 'different-request' };

/** A stable fingerprint of the request, so a key reused for a different message is caught. */
export function requestHash(request: unknown): string {
  return createHash('sha256').update(JSON.stringify(request)).digest('hex');
}

export async function claimIdempotencyKey(
  db: Kysely<Database>,
  accountId: string,
  key: string,
  hash: string,
): Promise<Claim> {
  const inserted = await db
    .insertInto('idempotency_keys')
    .values({ account_id: accountId, key, request_hash: hash, workspace_id: null, message_id: null })
    .onConflict((conflict) => conflict.doNothing())
    .returning('key')
    .executeTakeFirst();
  if (inserted) return { status: 'claimed' };
  const existing = await db
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'workspace_id', 'message_id'])
    .where('account_id', '=', accountId)
    .where('key', '=', key)
    .executeTakeFirst();
  // Released between our insert and this read: treat as still in progress; the client retries.
  if (!existing) return { status: 'in-progress' };
  if (existing.request_hash !== hash) return { status: 'different-request' };
  if (existing.workspace_id === null || existing.message_id === null) return { status: 'in-progress' };
  return { status: 'completed', workspaceId: existing.workspace_id, messageId: existing.message_id };
}

export async function completeIdempotencyKey(
  db: Kysely<Database>,
  accountId: string,
  key: string,
  result: { workspaceId: string; messageId: string },
): Promise<void> {
  await db
    .updateTable('idempotency_keys')
    .set({ workspace_id: result.workspaceId, message_id: result.messageId })
    .where('account_id', '=', accountId)
    .where('key', '=', key)
    .execute();
}

export async function releaseIdempotencyKey(db: Kysely<Database>, accountId: string, key: string): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('account_id', '=', accountId).where('key', '=', key).execute();
}
