import { sql, type Kysely, type Selectable } from 'kysely';
import type { CredentialCipher } from '../../../connections/crypto.js';
import type { Database } from '../../../db/tables.js';
import { logInfo } from '../../../log.js';
import type { GraphSubscriptionsTable } from './tables.js';
import './tables.js';

/**
 * The Graph subscriptions of every provider on Graph (graph_subscriptions, migration 0012), shared by all
 * server processes: the webhook finds a notification's provider and connection by its subscription id, and
 * the renewer claims the ones due for renewal under a lease so that one process renews each. The clientState
 * is sealed with the credential cipher, bound to its row (it opens nowhere else); nothing else here is secret,
 * and nothing of a message is stored.
 */

export interface StoredGraphSubscription {
  subscriptionId: string;
  provider: string;
  workspaceId: string;
  resource: string;
  /** Graph's comma-separated change types, e.g. "created,updated,deleted". */
  changeType: string;
  notificationUrl: string;
  expiresAt: Date;
  createdAt: Date;
}

export interface NewGraphSubscription extends Omit<StoredGraphSubscription, 'createdAt'> {
  clientState: string;
}

/** The associated data a clientState is sealed for: it opens only in its own row. */
const context = (row: { provider: string; workspaceId: string; subscriptionId: string }) => `${row.provider}:${row.workspaceId}:graph_subscription:${row.subscriptionId}`;

function stored(row: Selectable<GraphSubscriptionsTable>): StoredGraphSubscription {
  return {
    subscriptionId: row.subscription_id,
    provider: row.provider,
    workspaceId: row.workspace_id,
    resource: row.resource,
    changeType: row.change_type,
    notificationUrl: row.notification_url,
    expiresAt: row.expires_at,
    createdAt: row.created_at,
  };
}

export class GraphSubscriptionStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly cipher: CredentialCipher,
  ) {}

  async save(subscription: NewGraphSubscription): Promise<void> {
    const values = {
      provider: subscription.provider,
      workspace_id: subscription.workspaceId,
      resource: subscription.resource,
      change_type: subscription.changeType,
      notification_url: subscription.notificationUrl,
      expires_at: subscription.expiresAt,
      client_state_sealed: this.cipher.seal(subscription.clientState, context(subscription)),
      lease_until: null,
    };
    await this.db
      .insertInto('graph_subscriptions')
      .values({ subscription_id: subscription.subscriptionId, ...values })
      .onConflict((oc) => oc.column('subscription_id').doUpdateSet(values))
      .execute();
  }

  /**
   * A subscription with its clientState opened, for the webhook's check; null when it is unknown or its
   * clientState does not open (then nothing of its notifications is trusted).
   */
  async find(subscriptionId: string): Promise<(StoredGraphSubscription & { clientState: string }) | null> {
    const row = await this.db.selectFrom('graph_subscriptions').selectAll().where('subscription_id', '=', subscriptionId).executeTakeFirst();
    if (!row) return null;
    const found = stored(row);
    try {
      return { ...found, clientState: this.cipher.open(row.client_state_sealed, context(found)) };
    } catch {
      logInfo('graph_subscription_unreadable', { provider: found.provider, workspaceId: found.workspaceId, subscriptionId });
      return null;
    }
  }

  /** A connection's subscriptions, soonest expiry first. */
  async ofConnection(provider: string, workspaceId: string): Promise<StoredGraphSubscription[]> {
    const rows = await this.db
      .selectFrom('graph_subscriptions')
      .selectAll()
      .where('provider', '=', provider)
      .where('workspace_id', '=', workspaceId)
      .orderBy('expires_at')
      .execute();
    return rows.map(stored);
  }

  async remove(subscriptionId: string): Promise<void> {
    await this.db.deleteFrom('graph_subscriptions').where('subscription_id', '=', subscriptionId).execute();
  }

  /**
   * Claims up to `limit` subscriptions that expire within `marginMs` of `now` and that nobody holds: taken
   * with `for update skip locked` and leased until `now + leaseMs` in one transaction, so two processes never
   * claim the same one and neither waits for the other. A claim whose process died is free again once its
   * lease ran out.
   */
  async claimDue(options: { now: Date; marginMs: number; leaseMs: number; limit: number }): Promise<StoredGraphSubscription[]> {
    return this.db.transaction().execute(async (trx) => {
      const rows = await trx
        .selectFrom('graph_subscriptions')
        .selectAll()
        .where('expires_at', '<=', new Date(options.now.getTime() + options.marginMs))
        .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', options.now)]))
        .orderBy('expires_at')
        .limit(options.limit)
        .forUpdate()
        .skipLocked()
        .execute();
      if (rows.length === 0) return [];
      await trx
        .updateTable('graph_subscriptions')
        .set({ lease_until: new Date(options.now.getTime() + options.leaseMs) })
        .where('subscription_id', 'in', rows.map((row) => row.subscription_id))
        .execute();
      return rows.map(stored);
    });
  }

  /** Records a renewal and releases the claim. */
  async renewed(subscriptionId: string, expiresAt: Date, now: Date): Promise<void> {
    await this.db
      .updateTable('graph_subscriptions')
      .set({ expires_at: expiresAt, renewed_at: now, lease_until: null })
      .where('subscription_id', '=', subscriptionId)
      .execute();
  }

  /** When the next subscription falls due (expiry minus the margin), or null when there is none. */
  async nextExpiry(): Promise<Date | null> {
    const row = await this.db.selectFrom('graph_subscriptions').select(sql<Date | null>`min(expires_at)`.as('next')).executeTakeFirst();
    return row?.next ? new Date(row.next) : null;
  }
}
