import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/tables.js';
import { SwitchboardError } from '../errors.js';
import type { SendOnce } from '../providers/provider.js';

/**
 * Idempotency keys for sends: a retry with the same key never sends twice, also after a crash (kill -9) at
 * any point of the first attempt. Two ways, depending on where the message is stored:
 *
 * - In Switchboard's own database (the built-in workspace): the key is recorded in the transaction that
 *   writes the message (`recordSendInTransaction`), so both exist or neither. A concurrent retry waits for
 *   that transaction on the key's primary key, then finds the message.
 * - At an outside provider (Slack), which no transaction spans: the key is claimed under a lease before the
 *   call and completed with the message after it. A claim whose process died is taken over once its lease
 *   runs out (`recovering`), and the provider is asked whether the message exists (the send carries a token
 *   derived from the key) before anything is sent again; meanwhile a retry gets CONFLICT with
 *   `retryAfterSeconds`. A send that failed before reaching the provider releases its claim.
 */
export type Claim =
  | { status: 'claimed' }
  /** Ours again: an earlier attempt's lease ran out, and whether it sent is unknown. It began at `since`. */
  | { status: 'recovering'; since: Date }
  | { status: 'completed'; workspaceId: string; messageId: string }
  | { status: 'in-progress'; retryAfterSeconds: number }
  | { status: 'different-request' };

/** How long a claimed send to an outside provider may take before another attempt may take the key over. */
export const SEND_LEASE_MS = 60_000;

/** A stable fingerprint of the request, so a key reused for a different message is caught. */
export function requestHash(request: unknown): string {
  return createHash('sha256').update(JSON.stringify(request)).digest('hex');
}

/** What a send carries to the provider so that a later attempt can find it: never the client's key itself. */
export function sendToken(accountId: string, key: string): string {
  return createHash('sha256').update(`${accountId}\u0000${key}`).digest('hex').slice(0, 32);
}

/** Where a key stands without claiming it (the built-in path asks before its transaction). */
export async function findIdempotencyKey(
  db: Kysely<Database>,
  accountId: string,
  key: string,
  hash: string,
): Promise<Extract<Claim, { status: 'completed' | 'different-request' }> | null> {
  const existing = await db
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'workspace_id', 'message_id'])
    .where('account_id', '=', accountId)
    .where('key', '=', key)
    .executeTakeFirst();
  if (!existing) return null;
  if (existing.request_hash !== hash) return { status: 'different-request' };
  if (existing.workspace_id === null || existing.message_id === null) return null;
  return { status: 'completed', workspaceId: existing.workspace_id, messageId: existing.message_id };
}

/** The key is already recorded for a message: the send it guards happened (thrown out of the provider's transaction). */
export class AlreadySent extends Error {
  constructor(readonly messageId: string) {
    super('This idempotency key already sent a message.');
    this.name = 'AlreadySent';
  }
}

/**
 * Records the key for the message being written, inside the transaction that writes it (call it before the
 * message is inserted: a concurrent attempt then waits here). Throws AlreadySent when the key already names
 * a message, CONFLICT when it was used for a different request. Returns a function that stores the new
 * message's id in the same transaction.
 */
export async function recordSendInTransaction(
  trx: Transaction<Database>,
  once: SendOnce,
  workspaceId: string,
): Promise<(messageId: string) => Promise<void>> {
  await trx
    .insertInto('idempotency_keys')
    .values({ account_id: once.accountId, key: once.key, request_hash: once.requestHash, workspace_id: null, message_id: null, lease_expires_at: null })
    .onConflict((conflict) => conflict.doNothing())
    .execute();
  const row = await trx
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'message_id'])
    .where('account_id', '=', once.accountId)
    .where('key', '=', once.key)
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (row.request_hash !== once.requestHash) {
    throw new SwitchboardError('CONFLICT', 'idempotencyKey was already used for a different message.', { field: ['input', 'idempotencyKey'] });
  }
  if (row.message_id !== null) throw new AlreadySent(row.message_id);
  return async (messageId) => {
    await trx
      .updateTable('idempotency_keys')
      .set({ workspace_id: workspaceId, message_id: messageId, lease_expires_at: null })
      .where('account_id', '=', once.accountId)
      .where('key', '=', once.key)
      .execute();
  };
}

/** Claims a key for a send to an outside provider, under a lease of `leaseMs` from `now`. */
export async function claimIdempotencyKey(
  db: Kysely<Database>,
  accountId: string,
  key: string,
  hash: string,
  now: Date = new Date(),
  leaseMs: number = SEND_LEASE_MS,
): Promise<Claim> {
  const lease = new Date(now.getTime() + leaseMs);
  const inserted = await db
    .insertInto('idempotency_keys')
    .values({ account_id: accountId, key, request_hash: hash, workspace_id: null, message_id: null, lease_expires_at: lease })
    .onConflict((conflict) => conflict.doNothing())
    .returning('key')
    .executeTakeFirst();
  if (inserted) return { status: 'claimed' };
  const existing = await db
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'workspace_id', 'message_id', 'lease_expires_at', 'created_at'])
    .where('account_id', '=', accountId)
    .where('key', '=', key)
    .executeTakeFirst();
  // Released between our insert and this read: the client retries.
  if (!existing) return { status: 'in-progress', retryAfterSeconds: 1 };
  if (existing.request_hash !== hash) return { status: 'different-request' };
  if (existing.workspace_id !== null && existing.message_id !== null) {
    return { status: 'completed', workspaceId: existing.workspace_id, messageId: existing.message_id };
  }
  if (existing.lease_expires_at && existing.lease_expires_at > now) {
    return { status: 'in-progress', retryAfterSeconds: Math.max(1, Math.ceil((existing.lease_expires_at.getTime() - now.getTime()) / 1000)) };
  }
  // The attempt holding it is gone (its lease ran out): take it over, unless another retry just did.
  let takeOver = db
    .updateTable('idempotency_keys')
    .set({ lease_expires_at: lease })
    .where('account_id', '=', accountId)
    .where('key', '=', key)
    .where('message_id', 'is', null);
  takeOver = existing.lease_expires_at
    ? takeOver.where('lease_expires_at', '=', existing.lease_expires_at)
    : takeOver.where('lease_expires_at', 'is', null);
  const taken = await takeOver.returning('key').executeTakeFirst();
  return taken ? { status: 'recovering', since: existing.created_at } : { status: 'in-progress', retryAfterSeconds: 1 };
}

export async function completeIdempotencyKey(
  db: Kysely<Database>,
  accountId: string,
  key: string,
  result: { workspaceId: string; messageId: string },
): Promise<void> {
  await db
    .updateTable('idempotency_keys')
    .set({ workspace_id: result.workspaceId, message_id: result.messageId, lease_expires_at: null })
    .where('account_id', '=', accountId)
    .where('key', '=', key)
    .execute();
}

export async function releaseIdempotencyKey(db: Kysely<Database>, accountId: string, key: string): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('account_id', '=', accountId).where('key', '=', key).where('message_id', 'is', null).execute();
}
