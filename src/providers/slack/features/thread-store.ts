import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../db/tables.js';
import type { ThreadSubscriptionStatus } from '../../features/read-state.js';

/**
 * Thread subscriptions and thread read positions of Slack users, which Slack's API does not offer: table
 * slack_thread_states (migration 0007), one row per user and thread (channel + root ts), holding ids and
 * timestamps only. `subscription` null means the user never chose (it only marked the thread read).
 */

export interface ThreadKey {
  channel: string;
  rootTs: string;
}

export interface ThreadRow extends ThreadKey {
  subscription: ThreadSubscriptionStatus | null;
  readTs: string;
}

export function threadKey(key: ThreadKey): string {
  return `${key.channel}:${key.rootTs}`;
}

export class ThreadStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly workspaceId: string,
  ) {}

  /** The user's rows for these threads, keyed `channel:rootTs`. One statement. */
  async rows(userId: string, keys: readonly ThreadKey[]): Promise<Map<string, ThreadRow>> {
    if (keys.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('slack_thread_states')
      .select(['channel_id', 'root_ts', 'subscription', 'read_ts'])
      .where('workspace_id', '=', this.workspaceId)
      .where('user_id', '=', userId)
      .where('root_ts', 'in', [...new Set(keys.map((key) => key.rootTs))])
      .execute();
    const wanted = new Set(keys.map(threadKey));
    return new Map(
      rows
        .map((row) => ({ channel: row.channel_id, rootTs: row.root_ts, subscription: row.subscription, readTs: row.read_ts }))
        .filter((row) => wanted.has(threadKey(row)))
        .map((row) => [threadKey(row), row]),
    );
  }

  /** Every thread the user follows (or, with `followedOnly` false, every thread where it has a position). */
  async followed(userId: string, followedOnly = true): Promise<ThreadRow[]> {
    let query = this.db
      .selectFrom('slack_thread_states')
      .select(['channel_id', 'root_ts', 'subscription', 'read_ts'])
      .where('workspace_id', '=', this.workspaceId)
      .where('user_id', '=', userId);
    if (followedOnly) query = query.where('subscription', '=', 'SUBSCRIBED');
    const rows = await query.execute();
    return rows.map((row) => ({ channel: row.channel_id, rootTs: row.root_ts, subscription: row.subscription, readTs: row.read_ts }));
  }

  /** Moves the user's position in the thread (creating the row, without a subscription, when new). */
  async setReadPosition(userId: string, key: ThreadKey, readTs: string): Promise<void> {
    await this.db
      .insertInto('slack_thread_states')
      .values({ workspace_id: this.workspaceId, user_id: userId, channel_id: key.channel, root_ts: key.rootTs, subscription: null, read_ts: readTs })
      .onConflict((conflict) =>
        conflict.columns(['workspace_id', 'user_id', 'channel_id', 'root_ts']).doUpdateSet({ read_ts: readTs, updated_at: sql`now()` }),
      )
      .execute();
  }

  /** Follows or unfollows; a new row starts read up to `readTsIfNew` (the thread's latest message). */
  async setSubscription(userId: string, key: ThreadKey, status: ThreadSubscriptionStatus, readTsIfNew: string): Promise<void> {
    await this.db
      .insertInto('slack_thread_states')
      .values({ workspace_id: this.workspaceId, user_id: userId, channel_id: key.channel, root_ts: key.rootTs, subscription: status, read_ts: readTsIfNew })
      .onConflict((conflict) =>
        conflict.columns(['workspace_id', 'user_id', 'channel_id', 'root_ts']).doUpdateSet({ subscription: status, updated_at: sql`now()` }),
      )
      .execute();
  }

  /**
   * After a reply: its author follows the thread and has read it up to the reply (never moving backwards);
   * the root's author follows it too, unless that user explicitly unsubscribed, starting at the root so
   * that the reply is unread (Slack's own behaviour: you hear about replies to what you wrote).
   */
  async followOnReply(reply: { authorId: string; ts: string }, root: ThreadKey & { authorId: string | null }): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await sql`
        insert into slack_thread_states (workspace_id, user_id, channel_id, root_ts, subscription, read_ts)
        values (${this.workspaceId}, ${reply.authorId}, ${root.channel}, ${root.rootTs}, 'SUBSCRIBED', ${reply.ts})
        on conflict (workspace_id, user_id, channel_id, root_ts) do update set
          subscription = 'SUBSCRIBED',
          read_ts = case when ${sortableTs(sql.ref('excluded.read_ts'))} > ${sortableTs(sql.ref('slack_thread_states.read_ts'))}
                         then excluded.read_ts else slack_thread_states.read_ts end,
          updated_at = now()`.execute(trx);
      if (root.authorId && root.authorId !== reply.authorId) {
        await sql`
          insert into slack_thread_states (workspace_id, user_id, channel_id, root_ts, subscription, read_ts)
          values (${this.workspaceId}, ${root.authorId}, ${root.channel}, ${root.rootTs}, 'SUBSCRIBED', ${root.rootTs})
          on conflict (workspace_id, user_id, channel_id, root_ts) do update set subscription = 'SUBSCRIBED', updated_at = now()
          where slack_thread_states.subscription is null`.execute(trx);
      }
    });
  }
}

/**
 * A ts as a number SQL can compare: `seconds.micros` strings of different lengths do not sort as text.
 * (Slack's ts always has 6 fraction digits today; the numeric cast keeps older or odd ones right too.)
 */
function sortableTs(column: ReturnType<typeof sql.ref>) {
  return sql`${column}::numeric`;
}
