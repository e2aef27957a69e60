import type { Kysely } from 'kysely';
import type { Database } from '../../../db/tables.js';
import type { ClaimedScheduledMessage, ScheduledQueue } from '../../features/scheduled.js';

/**
 * The scheduler's side of the built-in workspace's scheduled messages (src/scheduler/ runs it): which
 * messages are due, claimed under a lease so that schedulers sharing a database never send one twice.
 * The author's side (schedule, edit, cancel, send now) is the provider part in ./scheduled.ts.
 */

/** How long a claimed (SENDING) message stays claimed before a scheduler may take it over. */
export const DEFAULT_CLAIM_LEASE_MS = 120_000;

/** The built-in workspace's queue for the scheduler (its runtime's `scheduledQueue`). */
export function builtinScheduledQueue(db: Kysely<Database>): ScheduledQueue {
  return {
    claimDue: (options) => claimDueScheduledMessages(db, options),
    nextDueAt: () => nextScheduledDueAt(db),
  };
}

/**
 * Takes up to `limit` messages due at `now` (PENDING ones whose time came, and SENDING ones whose sender's
 * lease ran out) for one scheduler, in one transaction: `for update skip locked` lets schedulers sharing a
 * database take disjoint rows without waiting for each other, and the rows are SENDING under a lease of
 * `leaseMs` before the transaction commits, so no other scheduler takes them again while this one sends.
 */
export async function claimDueScheduledMessages(
  db: Kysely<Database>,
  options: { now: Date; limit: number; leaseMs: number },
): Promise<ClaimedScheduledMessage[]> {
  return db.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom('scheduled_messages')
      .select(['id', 'workspace_id', 'author_id'])
      .where('status', 'in', ['PENDING', 'SENDING'])
      .where('due_at', '<=', options.now)
      .orderBy('due_at')
      .limit(options.limit)
      .forUpdate()
      .skipLocked()
      .execute();
    if (due.length === 0) return [];
    const ids = due.map((row) => row.id);
    await trx
      .updateTable('scheduled_messages')
      .set({ status: 'SENDING', due_at: new Date(options.now.getTime() + options.leaseMs), updated_at: new Date() })
      .where('id', 'in', ids)
      .execute();
    // The send attaches the files itself; the reservation would stand in its way.
    await trx.updateTable('attachments').set({ scheduled_message_id: null }).where('scheduled_message_id', 'in', ids).execute();
    const accounts = await trx
      .selectFrom('users')
      .innerJoin('accounts', 'accounts.id', 'users.account_id')
      .select(['users.id as user_id', 'accounts.id', 'accounts.name', 'accounts.email'])
      .where('users.id', 'in', [...new Set(due.map((row) => row.author_id))])
      .execute();
    const accountOf = new Map(accounts.map((row) => [row.user_id, { id: row.id, name: row.name, email: row.email }]));
    return due.map((row) => ({
      provider: 'builtin',
      id: row.id,
      workspaceId: row.workspace_id,
      authorId: row.author_id,
      account: accountOf.get(row.author_id) ?? null,
    }));
  });
}

/** When the next message falls due (or a claim's lease runs out); null when nothing waits. */
export async function nextScheduledDueAt(db: Kysely<Database>): Promise<Date | null> {
  const row = await db
    .selectFrom('scheduled_messages')
    .select((eb) => eb.fn.min('due_at').as('next'))
    .where('status', 'in', ['PENDING', 'SENDING'])
    .executeTakeFirst();
  return row?.next ? new Date(row.next) : null;
}
