import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../db/tables.js';
import { notFound, SwitchboardError } from '../../../errors.js';
import type { Actor, MessageRecord } from '../../model.js';
import type { BatchResult, Page, PageKey } from '../../paging.js';
import type { ReadState, UnreadChannelRecord, UnreadMark } from '../../features/read-state.js';
import { channelColumns, encodeKeyset, uuids, type RankedMessageRow } from '../client.js';
import { messageColumns, threadSummary } from '../message-columns.js';
import { isNativeId, wellFormed } from '../ids.js';
import { toChannel, toMessage, type ChannelRow } from '../map.js';
import { byParent, decodeCursor, fillPages, toPage, type LinearPage } from '../pages.js';
import { channelPosition, countedFor, inTimeline, isUnreadFor, uuidBefore } from '../unread-sql.js';

/**
 * Channel read positions of the built-in workspace: unread counts, unread flags, the "All unreads" pages,
 * and the writes that move a position. Every batch read is one statement whatever the number of keys.
 * Thread positions live in ./thread-subscriptions.ts; the meaning of "unread" in ../unread-sql.ts.
 */
export class BuiltinReadState implements ReadState {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly workspaceId: string,
  ) {}

  async loadChannelUnreadCounts(actor: Actor, channelIds: readonly string[]): BatchResult<number> {
    const ids = wellFormed(channelIds);
    const rows =
      ids.length === 0
        ? []
        : (
            await sql<{ id: string; unread: number }>`
              select cm.channel_id as id, unread.n as unread
                from channel_members cm
                join channels c on c.id = cm.channel_id and c.workspace_id = ${this.workspaceId}
                left join channel_read_states rs on rs.channel_id = cm.channel_id and rs.user_id = cm.user_id
                cross join lateral (${this.unreadCount(actor)}) unread
               where cm.user_id = ${actor.userId}::uuid and cm.channel_id = any(${uuids(ids)})`.execute(this.db)
          ).rows;
    const byId = new Map(rows.map((row) => [row.id, row.unread]));
    return channelIds.map((id) => byId.get(id.toLowerCase()) ?? 0);
  }

  async loadUnreadFlags(actor: Actor, messageIds: readonly string[]): BatchResult<boolean> {
    const ids = wellFormed(messageIds);
    const rows =
      ids.length === 0
        ? []
        : (
            await sql<{ id: string; unread: boolean }>`
              select m.id, ${isUnreadFor(actor.userId)} as unread from messages m
               where m.workspace_id = ${this.workspaceId} and m.id = any(${uuids(ids)})`.execute(this.db)
          ).rows;
    const byId = new Map(rows.map((row) => [row.id, row.unread]));
    return messageIds.map((id) => byId.get(id.toLowerCase()) ?? false);
  }

  /**
   * Channels with unread messages, by name. Name order (not activity) keeps a client paging through the
   * list from skipping a channel when new messages arrive between two pages.
   */
  async listUnreadChannels(actor: Actor, page: { limit: number; cursor: string | null }): Promise<Page<UnreadChannelRecord>> {
    const linear: LinearPage = { direction: 'forward', ...page };
    const cursor = decodeCursor(linear, 'name');
    const result = await sql<ChannelRow & { unread_count: number }>`
      select ${channelColumns}, unread.n as unread_count
        from channel_members cm
        join channels c on c.id = cm.channel_id
        left join channel_read_states rs on rs.channel_id = cm.channel_id and rs.user_id = cm.user_id
        cross join lateral (${this.unreadCount(actor)}) unread
       where cm.user_id = ${actor.userId}::uuid and c.workspace_id = ${this.workspaceId} and unread.n > 0
         ${cursor ? sql`and (c.name, c.id) > (${cursor.key}::text, ${cursor.id}::uuid)` : sql``}
       order by c.name, c.id
       limit ${page.limit + 1}`.execute(this.db);
    return toPage(result.rows, linear, (row) => ({
      cursor: encodeKeyset(row.name, row.id),
      node: { channel: toChannel(row), unreadCount: row.unread_count },
    }));
  }

  /** Unread messages of many channels, oldest first, in one statement (a LATERAL walk per channel). */
  listUnreadMessages(actor: Actor, keys: readonly PageKey[]): BatchResult<Page<MessageRecord>> {
    return fillPages(keys, async (channelIds, page) => {
      if (page.direction !== 'forward') {
        throw new SwitchboardError('UNSUPPORTED', 'Unread messages can only be read forward (first/after).');
      }
      const cursor = decodeCursor(page, 'timestamp');
      const result = await sql<RankedMessageRow>`
        select ${messageColumns}, p.id as parent_key,
               row_number() over (partition by p.id order by m.created_at, m.id)::int as rn
          from unnest(${uuids(wellFormed(channelIds))}) as p(id)
          join channel_members cm on cm.channel_id = p.id and cm.user_id = ${actor.userId}::uuid
          left join channel_read_states rs on rs.channel_id = p.id and rs.user_id = cm.user_id
          cross join lateral (
            select m.id from messages m
             where m.workspace_id = ${this.workspaceId} and m.channel_id = p.id and ${inTimeline}
               and ${countedFor(actor.userId)} and (m.created_at, m.id) > ${channelPosition}
               ${cursor ? sql`and (m.created_at, m.id) > (${cursor.key}::timestamptz, ${cursor.id}::uuid)` : sql``}
             order by m.created_at, m.id
             limit ${page.limit + 1}
          ) picked
          join messages m on m.id = picked.id ${threadSummary}
         order by parent_key, rn`.execute(this.db);
      return new Map(
        [...byParent(result.rows)].map(([channelId, rows]) => [
          channelId,
          toPage(rows, page, (row) => ({ cursor: encodeKeyset(row.created_at, row.id), node: toMessage(row) })),
        ]),
      );
    });
  }

  /** Moves the position to the message (which must be in the channel), or to the newest timeline message. */
  async markChannelRead(actor: Actor, channelId: string, messageId: string | null): Promise<void> {
    if (!isNativeId(channelId)) throw notFound('Channel', channelId);
    if (messageId !== null && !isNativeId(messageId)) throw notFound('Message', messageId);
    const target =
      messageId === null
        ? sql`select m.created_at, m.id from messages m where m.channel_id = c.id and ${inTimeline}
               order by m.created_at desc, m.id desc limit 1`
        : sql`select m.created_at, m.id from messages m where m.channel_id = c.id and m.id = ${messageId}::uuid`;
    const result = await sql<{ channel_id: string }>`
      insert into channel_read_states (user_id, channel_id, read_at, read_id, updated_at)
      select ${actor.userId}::uuid, c.id, target.created_at, target.id, now()
        from channels c cross join lateral (${target}) target
       where c.id = ${channelId}::uuid and c.workspace_id = ${this.workspaceId}
      on conflict (user_id, channel_id) do update
        set read_at = excluded.read_at, read_id = excluded.read_id, updated_at = excluded.updated_at
      returning channel_id`.execute(this.db);
    // An empty channel has nothing to read; a named message outside the channel is an error.
    if (result.rows.length === 0 && messageId !== null) {
      throw new SwitchboardError('VALIDATION_ERROR', `lastReadMessageId: message ${JSON.stringify(messageId)} is not in this channel.`, {
        field: ['input', 'lastReadMessageId'],
      });
    }
  }

  /**
   * Puts the position just before the message: the channel's for a timeline message, the thread's for a
   * reply shown only in its thread (a thread position is created if the user had none, unsubscribed).
   */
  async markUnread(actor: Actor, messageId: string): Promise<UnreadMark> {
    const message = isNativeId(messageId)
      ? await this.db
          .selectFrom('messages')
          .select(['id', 'channel_id', 'created_at', 'thread_root_id', 'parent_id', 'also_sent_to_channel'])
          .where('workspace_id', '=', this.workspaceId)
          .where('id', '=', messageId)
          .executeTakeFirst()
      : undefined;
    if (!message) throw notFound('Message', messageId);
    const position = { read_at: message.created_at, read_id: uuidBefore(message.id), updated_at: new Date() };
    if (message.parent_id === null || message.also_sent_to_channel || message.thread_root_id === null) {
      await this.db
        .insertInto('channel_read_states')
        .values({ user_id: actor.userId, channel_id: message.channel_id, ...position })
        .onConflict((conflict) => conflict.columns(['user_id', 'channel_id']).doUpdateSet(position))
        .execute();
      return { kind: 'channel', channelId: message.channel_id };
    }
    await this.db
      .insertInto('thread_states')
      .values({ user_id: actor.userId, root_id: message.thread_root_id, subscription: null, ...position })
      .onConflict((conflict) => conflict.columns(['user_id', 'root_id']).doUpdateSet(position))
      .execute();
    return { kind: 'thread', channelId: message.channel_id, rootId: message.thread_root_id };
  }

  /** Counts the unread timeline messages of channel `cm.channel_id` (aliases cm and rs joined by the caller). */
  private unreadCount(actor: Actor) {
    return sql`
      select count(*)::int as n from messages m
       where m.channel_id = cm.channel_id and ${inTimeline} and ${countedFor(actor.userId)}
         and (m.created_at, m.id) > ${channelPosition}`;
  }
}
