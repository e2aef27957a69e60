import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../db/tables.js';
import type { ThreadSubscriptionStatus } from '../../features/read-state.js';
import './tables.js';

/**
 * Thread subscriptions and thread read positions that a platform's API does not offer (Slack, Teams), kept
 * by Switchboard: table provider_thread_states (migration 0017), one row per user and thread (channel + root id),
 * holding ids only. A position is a message id that is a number written as text (Slack's `ts`, Graph's
 * message id), compared as numeric. `subscription` null means the user never chose (it only marked the
 * thread read).
 */

export interface ThreadKey {
  channelId: string;
  rootId: string;
}

export interface ThreadRow extends ThreadKey {
  subscription: ThreadSubscriptionStatus | null;
  /** The id of the last message read in the thread (or a number just before one). */
  readPosition: string;
}

export function threadKey(key: ThreadKey): string {
  return `${key.channelId}\u0000${key.rootId}`;
}

export class ThreadStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly provider: string,
    private readonly workspaceId: string,
  ) {}

  private rowsOf() {
    return this.db
      .selectFrom('provider_thread_states')
      .select(['channel_id', 'root_id', 'subscription', 'read_position'])
      .where('provider', '=', this.provider)
      .where('workspace_id', '=', this.workspaceId);
  }

  /** The user's rows for these threads, keyed by threadKey. One statement. */
  async rows(userId: string, keys: readonly ThreadKey[]): Promise<Map<string, ThreadRow>> {
    if (keys.length === 0) return new Map();
    const rows = await this.rowsOf()
      .where('user_id', '=', userId)
      .where('root_id', 'in', [...new Set(keys.map((key) => key.rootId))])
      .execute();
    const wanted = new Set(keys.map(threadKey));
    return new Map(rows.map(toRow).filter((row) => wanted.has(threadKey(row))).map((row) => [threadKey(row), row]));
  }

  /** Every thread the user follows (or, with `followedOnly` false, every thread where it has a position). */
  async followed(userId: string, followedOnly = true): Promise<ThreadRow[]> {
    let query = this.rowsOf().where('user_id', '=', userId);
    if (followedOnly) query = query.where('subscription', '=', 'SUBSCRIBED');
    return (await query.execute()).map(toRow);
  }

  /** Moves the user's position in the thread (creating the row, without a subscription, when new). */
  async setReadPosition(userId: string, key: ThreadKey, readPosition: string): Promise<void> {
    await this.db
      .insertInto('provider_thread_states')
      .values({ ...this.rowKey(userId, key), subscription: null, read_position: readPosition })
      .onConflict((conflict) =>
        conflict.columns(['provider', 'workspace_id', 'user_id', 'channel_id', 'root_id']).doUpdateSet({ read_position: readPosition, updated_at: sql`now()` }),
      )
      .execute();
  }

  /** Follows or unfollows; a new row starts read up to `readPositionIfNew` (the thread's latest message). */
  async setSubscription(userId: string, key: ThreadKey, status: ThreadSubscriptionStatus, readPositionIfNew: string): Promise<void> {
    await this.db
      .insertInto('provider_thread_states')
      .values({ ...this.rowKey(userId, key), subscription: status, read_position: readPositionIfNew })
      .onConflict((conflict) =>
        conflict.columns(['provider', 'workspace_id', 'user_id', 'channel_id', 'root_id']).doUpdateSet({ subscription: status, updated_at: sql`now()` }),
      )
      .execute();
  }

  /**
   * After a reply: its author follows the thread and has read it up to the reply (never moving backwards);
   * the root's author follows it too, unless that user explicitly unsubscribed, starting at the root so
   * that the reply is unread (the chat platforms' own behaviour: you hear about replies to what you wrote).
   */
  async followOnReply(reply: { authorId: string; id: string }, root: ThreadKey & { authorId: string | null }): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await sql`
        insert into provider_thread_states (provider, workspace_id, user_id, channel_id, root_id, subscription, read_position)
        values (${this.provider}, ${this.workspaceId}, ${reply.authorId}, ${root.channelId}, ${root.rootId}, 'SUBSCRIBED', ${reply.id})
        on conflict (provider, workspace_id, user_id, channel_id, root_id) do update set
          subscription = 'SUBSCRIBED',
          read_position = case when excluded.read_position::numeric > provider_thread_states.read_position::numeric
                               then excluded.read_position else provider_thread_states.read_position end,
          updated_at = now()`.execute(trx);
      if (root.authorId && root.authorId !== reply.authorId) {
        await sql`
          insert into provider_thread_states (provider, workspace_id, user_id, channel_id, root_id, subscription, read_position)
          values (${this.provider}, ${this.workspaceId}, ${root.authorId}, ${root.channelId}, ${root.rootId}, 'SUBSCRIBED', ${root.rootId})
          on conflict (provider, workspace_id, user_id, channel_id, root_id) do update set subscription = 'SUBSCRIBED', updated_at = now()
          where provider_thread_states.subscription is null`.execute(trx);
      }
    });
  }

  private rowKey(userId: string, key: ThreadKey) {
    return { provider: this.provider, workspace_id: this.workspaceId, user_id: userId, channel_id: key.channelId, root_id: key.rootId };
  }
}

function toRow(row: { channel_id: string; root_id: string; subscription: ThreadSubscriptionStatus | null; read_position: string }): ThreadRow {
  return { channelId: row.channel_id, rootId: row.root_id, subscription: row.subscription, readPosition: row.read_position };
}
