import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import './tables.js';

/**
 * The gmail_mailboxes rows: where each mailbox's history is read from, and its watch. The history id only
 * moves forward by compare-and-set, so two instances syncing one mailbox at once publish its changes once:
 * the one that loses the set drops what it read.
 */
export class MailboxStates {
  constructor(private readonly db: Kysely<Database>) {}

  async historyId(workspaceId: string): Promise<string | null> {
    const row = await this.db.selectFrom('gmail_mailboxes').select('history_id').where('workspace_id', '=', workspaceId).executeTakeFirst();
    return row?.history_id ?? null;
  }

  /** Sets the history id (a baseline or a full resynchronisation). */
  async reset(workspaceId: string, historyId: string): Promise<void> {
    await this.db
      .insertInto('gmail_mailboxes')
      .values({ workspace_id: workspaceId, history_id: historyId })
      .onConflict((conflict) => conflict.column('workspace_id').doUpdateSet({ history_id: historyId, updated_at: sql`now()` }))
      .execute();
  }

  /** Moves the history id from `from` to `to`; false when another sync moved it first. */
  async advance(workspaceId: string, from: string, to: string): Promise<boolean> {
    const result = await this.db
      .updateTable('gmail_mailboxes')
      .set({ history_id: to, updated_at: sql`now()` })
      .where('workspace_id', '=', workspaceId)
      .where('history_id', '=', from)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async watched(workspaceId: string, expiresAt: Date): Promise<void> {
    await this.db
      .insertInto('gmail_mailboxes')
      .values({ workspace_id: workspaceId, watch_expires_at: expiresAt })
      .onConflict((conflict) => conflict.column('workspace_id').doUpdateSet({ watch_expires_at: expiresAt, renew_lease_until: null, renew_lease_owner: null, updated_at: sql`now()` }))
      .execute();
  }

  /**
   * Mailboxes whose watch expires before `horizon` (or was never made), claimed for renewal under a lease by
   * `owner`: `for update skip locked` so two instances never claim one row, the lease so a crashed renewer's
   * row is claimed again once it runs out.
   */
  async claimDueWatches(now: Date, horizon: Date, leaseMs: number, owner: string, limit = 20): Promise<string[]> {
    return this.db.transaction().execute(async (trx) => {
      const rows = await trx
        .selectFrom('gmail_mailboxes')
        .select('workspace_id')
        .where((eb) => eb.or([eb('watch_expires_at', 'is', null), eb('watch_expires_at', '<', horizon)]))
        .where((eb) => eb.or([eb('renew_lease_until', 'is', null), eb('renew_lease_until', '<', now)]))
        .orderBy('watch_expires_at')
        .limit(limit)
        .forUpdate()
        .skipLocked()
        .execute();
      const ids = rows.map((row) => row.workspace_id);
      if (ids.length) {
        await trx
          .updateTable('gmail_mailboxes')
          .set({ renew_lease_until: new Date(now.getTime() + leaseMs), renew_lease_owner: owner })
          .where('workspace_id', 'in', ids)
          .execute();
      }
      return ids;
    });
  }

  async ensure(workspaceId: string): Promise<void> {
    await this.db.insertInto('gmail_mailboxes').values({ workspace_id: workspaceId }).onConflict((conflict) => conflict.column('workspace_id').doNothing()).execute();
  }
}
