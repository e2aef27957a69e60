import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../../db/tables.js';
import { notFound, SwitchboardError } from '../../../errors.js';
import type { Actor } from '../../model.js';
import type { BatchResult } from '../../paging.js';
import type { ThreadPage, ThreadStateRecord, ThreadSubscriptions, ThreadSubscriptionStatus } from '../../features/read-state.js';
import { encodeKeyset, uuids } from '../client.js';
import { isNativeId, wellFormed } from '../ids.js';
import { decodeCursor, toPage, type LinearPage } from '../pages.js';
import { countedFor } from '../unread-sql.js';

/**
 * Thread subscriptions and thread read positions of the built-in workspace (table thread_states). A
 * thread is a root and all its descendants, found through `ancestors @> array[root]` (GIN-indexed).
 */

interface ThreadStateRow {
  root_id: string;
  subscription: ThreadSubscriptionStatus | null;
  unread_reply_count: number;
  last_activity_at: Date | string;
}

/** Latest reply (not deleted) of root `r`, and the unread replies for the user after its position `ts`. */
function threadActivity(userId: string) {
  return sql`
    cross join lateral (
      select max(d.created_at) as last_at from messages d where d.ancestors @> array[r.id] and d.deleted_at is null
    ) activity
    cross join lateral (
      select count(*)::int as n from messages m
       where m.ancestors @> array[r.id] and ${countedFor(userId)} and (m.created_at, m.id) > (ts.read_at, ts.read_id)
    ) unread`;
}

/** The newest message of the thread of root `r`, the root itself when it has no replies. */
const latestInThread = sql`
  select d.created_at, d.id from messages d where d.id = r.id or d.ancestors @> array[r.id]
   order by d.created_at desc, d.id desc limit 1`;

function toThreadState(row: ThreadStateRow): ThreadStateRecord {
  return {
    rootId: row.root_id,
    subscription: row.subscription === 'SUBSCRIBED' ? 'SUBSCRIBED' : 'UNSUBSCRIBED',
    unreadReplyCount: row.unread_reply_count,
    lastActivityAt: new Date(row.last_activity_at),
  };
}

export class BuiltinThreadSubscriptions implements ThreadSubscriptions {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly workspaceId: string,
  ) {}

  async loadThreadSubscriptions(actor: Actor, rootIds: readonly string[]): BatchResult<ThreadSubscriptionStatus> {
    const ids = wellFormed(rootIds);
    const rows =
      ids.length === 0
        ? []
        : await this.db
            .selectFrom('thread_states')
            .select(['root_id', 'subscription'])
            .where('user_id', '=', actor.userId)
            .where('root_id', 'in', ids)
            .execute();
    const subscribed = new Set(rows.filter((row) => row.subscription === 'SUBSCRIBED').map((row) => row.root_id));
    return rootIds.map((id) => (subscribed.has(id.toLowerCase()) ? 'SUBSCRIBED' : 'UNSUBSCRIBED'));
  }

  async loadThreadStates(actor: Actor, rootIds: readonly string[]): BatchResult<ThreadStateRecord> {
    const ids = wellFormed(rootIds);
    const rows =
      ids.length === 0
        ? []
        : (
            await sql<ThreadStateRow>`
              select r.id as root_id, ts.subscription, unread.n as unread_reply_count,
                     coalesce(activity.last_at, r.created_at) as last_activity_at
                from messages r
                left join thread_states ts on ts.root_id = r.id and ts.user_id = ${actor.userId}::uuid
                ${threadActivity(actor.userId)}
               where r.workspace_id = ${this.workspaceId} and r.id = any(${uuids(ids)})`.execute(this.db)
          ).rows;
    const byId = new Map(rows.map((row) => [row.root_id, toThreadState(row)]));
    return rootIds.map((id) => byId.get(id.toLowerCase()) ?? notFound('Message', id));
  }

  /**
   * Followed threads in channels the user is a member of, latest activity first, and in the same
   * statement how many of them (all pages) have unread replies.
   */
  async listFollowedThreads(actor: Actor, page: { limit: number; cursor: string | null }): Promise<ThreadPage> {
    const linear: LinearPage = { direction: 'forward', ...page };
    const cursor = decodeCursor(linear, 'timestamp');
    const result = await sql<Partial<ThreadStateRow> & { unread_threads: number }>`
      with followed as (
        select r.id as root_id, ts.subscription, unread.n as unread_reply_count,
               coalesce(activity.last_at, r.created_at) as last_activity_at
          from thread_states ts
          join messages r on r.id = ts.root_id
          join channel_members cm on cm.channel_id = r.channel_id and cm.user_id = ts.user_id
          ${threadActivity(actor.userId)}
         where ts.user_id = ${actor.userId}::uuid and ts.subscription = 'SUBSCRIBED' and r.workspace_id = ${this.workspaceId}
      ),
      totals as (select (count(*) filter (where unread_reply_count > 0))::int as unread_threads from followed)
      select totals.unread_threads, picked.* from totals
      left join lateral (
        select * from followed
         ${cursor ? sql`where (last_activity_at, root_id) < (${cursor.key}::timestamptz, ${cursor.id}::uuid)` : sql``}
         order by last_activity_at desc, root_id desc
         limit ${page.limit + 1}
      ) picked on true
      order by picked.last_activity_at desc, picked.root_id desc`.execute(this.db);
    const rows = result.rows.filter((row): row is ThreadStateRow & { unread_threads: number } => row.root_id != null);
    const threads = toPage(rows, linear, (row) => {
      const state = toThreadState(row);
      return { cursor: encodeKeyset(state.lastActivityAt, state.rootId), node: state };
    });
    return { ...threads, unreadThreadCount: result.rows[0]?.unread_threads ?? 0 };
  }

  /** Moves the user's position in the thread to the reply (a descendant of the root), or to its latest message. */
  async markThreadRead(actor: Actor, rootId: string, replyId: string | null): Promise<void> {
    if (!isNativeId(rootId)) throw notFound('Message', rootId);
    if (replyId !== null && !isNativeId(replyId)) throw notFound('Message', replyId);
    const target =
      replyId === null
        ? latestInThread
        : sql`select d.created_at, d.id from messages d where d.id = ${replyId}::uuid and d.ancestors @> array[r.id]`;
    const result = await sql<{ root_id: string }>`
      insert into thread_states (user_id, root_id, subscription, read_at, read_id, updated_at)
      select ${actor.userId}::uuid, r.id, null, target.created_at, target.id, now()
        from messages r cross join lateral (${target}) target
       where r.id = ${rootId}::uuid and r.workspace_id = ${this.workspaceId} and r.parent_id is null
      on conflict (user_id, root_id) do update
        set read_at = excluded.read_at, read_id = excluded.read_id, updated_at = excluded.updated_at
      returning root_id`.execute(this.db);
    if (result.rows.length === 0) {
      if (replyId === null) throw notFound('Message', rootId);
      throw new SwitchboardError('VALIDATION_ERROR', `lastReadReplyId: message ${JSON.stringify(replyId)} is not a reply in this thread.`, {
        field: ['input', 'lastReadReplyId'],
      });
    }
  }

  /** Follows or unfollows; a thread the user never read starts read up to its latest message. */
  async setThreadSubscription(actor: Actor, rootId: string, status: ThreadSubscriptionStatus): Promise<void> {
    if (!isNativeId(rootId)) throw notFound('Message', rootId);
    const result = await sql<{ root_id: string }>`
      insert into thread_states (user_id, root_id, subscription, read_at, read_id, updated_at)
      select ${actor.userId}::uuid, r.id, ${status}, latest.created_at, latest.id, now()
        from messages r cross join lateral (${latestInThread}) latest
       where r.id = ${rootId}::uuid and r.workspace_id = ${this.workspaceId} and r.parent_id is null
      on conflict (user_id, root_id) do update set subscription = excluded.subscription, updated_at = excluded.updated_at
      returning root_id`.execute(this.db);
    if (result.rows.length === 0) throw notFound('Message', rootId);
  }
}

/**
 * Called in the transaction that inserts a reply: the reply's author follows the thread and has read it up
 * to the reply; the root's author follows it too (Slack's behaviour: you hear about replies to what you
 * wrote), unless that user explicitly unsubscribed, and starts with every reply by others unread.
 */
export async function followThreadOnReply(
  trx: Transaction<Database>,
  reply: { authorId: string; rootId: string; id: string; createdAt: Date },
): Promise<void> {
  await sql`
    insert into thread_states (user_id, root_id, subscription, read_at, read_id, updated_at)
    values (${reply.authorId}::uuid, ${reply.rootId}::uuid, 'SUBSCRIBED', ${reply.createdAt}, ${reply.id}::uuid, now())
    on conflict (user_id, root_id) do update set
      subscription = 'SUBSCRIBED',
      read_at = case when (excluded.read_at, excluded.read_id) > (thread_states.read_at, thread_states.read_id)
                     then excluded.read_at else thread_states.read_at end,
      read_id = case when (excluded.read_at, excluded.read_id) > (thread_states.read_at, thread_states.read_id)
                     then excluded.read_id else thread_states.read_id end,
      updated_at = excluded.updated_at`.execute(trx);
  await sql`
    insert into thread_states (user_id, root_id, subscription, read_at, read_id, updated_at)
    select r.author_id, r.id, 'SUBSCRIBED', r.created_at, r.id, now() from messages r
     where r.id = ${reply.rootId}::uuid and r.author_id is not null and r.author_id <> ${reply.authorId}::uuid
    on conflict (user_id, root_id) do update set subscription = 'SUBSCRIBED', updated_at = excluded.updated_at
     where thread_states.subscription is null`.execute(trx);
}
