import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../db/tables.js';
import type { InboxFilter } from '../provider.js';
import { EVERY_PART, type MessageParts } from '../message-parts.js';
import type { PageRequest } from '../paging.js';
import type { ChannelRow, MessageRow, UserRow } from './map.js';
import type { MessageAccessRow } from './audience.js';
import { messageAccessColumns, messageColumnsOf, threadSummaryOf } from './message-columns.js';
import { unreadInInbox } from './unread-sql.js';

/**
 * The built-in workspace's reads, as SQL. Every batch read is one statement whatever the number of keys:
 * paged reads rank rows per parent with `row_number() over (partition by …)` and keep `limit + 1` of each
 * (the extra row answers `hasNextPage`).
 */

type Db = Kysely<Database>;

/** A keyset position: the row's timestamp or name, then its id as tie-breaker. */
export interface Keyset {
  key: string;
  id: string;
}

export function encodeKeyset(key: Date | string, id: string): string {
  const value = key instanceof Date ? key.toISOString() : key;
  return Buffer.from(JSON.stringify([value, id]), 'utf8').toString('base64url');
}

/** Returns null for a cursor that is not one of ours; the caller reports VALIDATION_ERROR. */
export function decodeKeyset(cursor: string): Keyset | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // fall through
  }
  return null;
}

export const uuids = (ids: readonly string[]) => sql`${[...ids]}::uuid[]`;

export async function selectMessages(db: Db, workspaceId: string, ids: readonly string[], parts: MessageParts = EVERY_PART): Promise<MessageRow[]> {
  const result = await sql<MessageRow>`
    select ${messageColumnsOf(parts)} from messages m ${threadSummaryOf(parts)}
     where m.workspace_id = ${workspaceId} and m.id = any(${uuids(ids)})`.execute(db);
  return result.rows;
}

/** `selectMessages` with `viewerUserId`'s access to each message's channel. */
export async function selectMessagesWithAccess(
  db: Db,
  workspaceId: string,
  viewerUserId: string,
  ids: readonly string[],
  parts: MessageParts = EVERY_PART,
): Promise<Array<MessageRow & MessageAccessRow>> {
  const result = await sql<MessageRow & MessageAccessRow>`
    select ${messageColumnsOf(parts)}, ${messageAccessColumns(viewerUserId)}
      from messages m ${threadSummaryOf(parts)}
     where m.workspace_id = ${workspaceId} and m.id = any(${uuids(ids)})`.execute(db);
  return result.rows;
}

export const channelColumns = sql`
  c.id, c.workspace_id, c.parent_id, c.name, c.description, c.type, c.archived_at, c.created_at, c.updated_at,
  c.created_by, exists (select 1 from channels s where s.parent_id = c.id) as has_subchannels`;

export interface AccessRow {
  id: string;
  type: ChannelRow['type'];
  archived_at: Date | null;
  member_role: 'ADMIN' | 'MEMBER' | null;
}

export type RankedMessageRow = MessageRow & { parent_key: string; rn: number };

/**
 * Pages of messages for many parents in one statement. Each parent's page is a LATERAL subquery that
 * walks an index in list order and stops after `limit + 1` rows, so a page costs the same in a channel of
 * a hundred messages or of a million. Backward pages walk in reverse; the caller flips them back.
 */
export async function selectMessagePages(
  db: Db,
  workspaceId: string,
  kind: 'channel' | 'children' | 'descendants',
  parentIds: readonly string[],
  page: Exclude<PageRequest, { direction: 'around' }>,
  cursor: Keyset | null,
  parts: MessageParts = EVERY_PART,
): Promise<RankedMessageRow[]> {
  // Which messages belong to parent `p.id`, each backed by an index (see the migration).
  const belongs = {
    channel: sql`m.channel_id = p.id and (m.parent_id is null or m.also_sent_to_channel)`,
    children: sql`m.parent_id = p.id`,
    descendants: sql`m.ancestors @> array[p.id]`,
  }[kind];
  const naturallyAscending = kind !== 'channel'; // channel timelines are newest first
  const ascending = naturallyAscending === (page.direction === 'forward');
  const direction = sql.raw(ascending ? 'asc' : 'desc');
  const comparison = sql.raw(ascending ? '>' : '<');
  const after = cursor
    ? sql`and (m.created_at, m.id) ${comparison} (${cursor.key}::timestamptz, ${cursor.id}::uuid)`
    : sql``;
  const result = await sql<RankedMessageRow>`
    select ${messageColumnsOf(parts)}, p.id as parent_key,
           row_number() over (partition by p.id order by m.created_at ${direction}, m.id ${direction})::int as rn
      from unnest(${uuids(parentIds)}) as p(id)
      cross join lateral (
        select m.id from messages m
         where m.workspace_id = ${workspaceId} and ${belongs} ${after}
         order by m.created_at ${direction}, m.id ${direction}
         limit ${page.limit + 1}
      ) picked
      join messages m on m.id = picked.id ${threadSummaryOf(parts)}
     order by parent_key, rn`.execute(db);
  return result.rows;
}

export type TreeMessageRow = RankedMessageRow & { depth: number };

/**
 * Reply trees below many messages in one statement: the children of each parent (level 1, after `cursor`),
 * then the children of each of those on its page (level 2), and so on for `limits.length` levels, each
 * parent's children ranked and cut at its level's `limit + 1` (the extra row answers `hasNextPage` and is
 * not expanded). Each step walks the parent_id index, as `selectMessagePages` does for one level.
 */
export async function selectChildTrees(
  db: Db,
  workspaceId: string,
  parentIds: readonly string[],
  limits: readonly number[],
  cursor: Keyset | null,
  parts: MessageParts = EVERY_PART,
): Promise<TreeMessageRow[]> {
  const after = cursor ? sql`and (m.created_at, m.id) > (${cursor.key}::timestamptz, ${cursor.id}::uuid)` : sql``;
  const levelLimits = sql`${[...limits]}::int[]`;
  const children = (parent: RawBuilder<unknown>, limit: RawBuilder<unknown>, condition: RawBuilder<unknown>) => sql`
    select m.id, row_number() over (order by m.created_at, m.id)::int as rn from messages m
     where m.workspace_id = ${workspaceId} and m.parent_id = ${parent} ${condition}
     order by m.created_at, m.id
     limit ${limit} + 1`;
  const result = await sql<TreeMessageRow>`
    with recursive tree(id, parent_key, depth, rn) as (
      select picked.id, p.id, 1, picked.rn
        from unnest(${uuids(parentIds)}) as p(id)
        cross join lateral (${children(sql`p.id`, sql`(${levelLimits})[1]`, after)}) picked
      union all
      select picked.id, t.id, t.depth + 1, picked.rn
        from tree t
        cross join lateral (${children(sql`t.id`, sql`(${levelLimits})[t.depth + 1]`, sql``)}) picked
       where t.depth < ${limits.length} and t.rn <= (${levelLimits})[t.depth]
    )
    select ${messageColumnsOf(parts)}, t.parent_key::text as parent_key, t.depth, t.rn
      from tree t join messages m on m.id = t.id ${threadSummaryOf(parts)}
     order by t.depth, parent_key, t.rn`.execute(db);
  return result.rows;
}

/**
 * An inbox row: the message, its channel and the actor's access to it (the same read decides all three, so
 * naming a page's channels and checking access costs no statement of its own).
 */
export type InboxRow = MessageRow & {
  channel_name: string;
  channel_description: string | null;
  channel_type: ChannelRow['type'];
  channel_parent_id: string | null;
  channel_archived_at: Date | null;
  channel_created_at: Date;
  channel_updated_at: Date;
  channel_created_by: string | null;
  channel_has_subchannels: boolean;
  member_role: AccessRow['member_role'];
};

/** The channel an inbox row carries, as the channel reads return it. */
export function inboxChannelRow(row: InboxRow): ChannelRow {
  return {
    id: row.channel_id,
    workspace_id: row.workspace_id,
    parent_id: row.channel_parent_id,
    name: row.channel_name,
    description: row.channel_description,
    type: row.channel_type,
    archived_at: row.channel_archived_at,
    created_at: row.channel_created_at,
    updated_at: row.channel_updated_at,
    has_subchannels: row.channel_has_subchannels,
    created_by: row.channel_created_by,
  };
}

/**
 * One page of an actor's inbox: messages of the channels it is a member of, newest first; run merged with
 * other workspaces' pages (./shared-reads.ts). The
 * viewer's access to each row's channel comes along: the page carries it (no extra statement for the check).
 */
export function inboxPageQuery(
  workspaceId: string,
  actorUserId: string,
  filter: InboxFilter,
  limit: number,
  cursor: Keyset | null,
  parts: MessageParts = EVERY_PART,
) {
  return sql<InboxRow>`
    select ${messageColumnsOf(parts)},
           ch.name as channel_name, ch.description as channel_description, ch.type as channel_type,
           ch.parent_id as channel_parent_id, ch.archived_at as channel_archived_at, ch.created_at as channel_created_at,
           ch.updated_at as channel_updated_at, ch.created_by as channel_created_by,
           exists (select 1 from channels s where s.parent_id = ch.id) as channel_has_subchannels,
           (select cr.role from channel_members cr where cr.channel_id = m.channel_id and cr.user_id = ${actorUserId}::uuid) as member_role
      from messages m ${threadSummaryOf(parts)}
      join channels ch on ch.id = m.channel_id
     where m.workspace_id = ${workspaceId} and m.deleted_at is null
       and m.channel_id in (select cm.channel_id from channel_members cm where cm.user_id = ${actorUserId}::uuid)
       ${filter.channelIds ? sql`and m.channel_id = any(${uuids(filter.channelIds)})` : sql``}
       ${filter.authorIds ? sql`and m.author_id = any(${uuids(filter.authorIds)})` : sql``}
       ${
         filter.mentioningUserId
           ? sql`and exists (select 1 from message_mentions mm where mm.message_id = m.id and mm.user_id = ${filter.mentioningUserId}::uuid)`
           : sql``
       }
       ${filter.createdAfter ? sql`and m.created_at > ${filter.createdAfter}` : sql``}
       ${filter.unreadOnly ? sql`and ${unreadInInbox(actorUserId)}` : sql``}
       ${filter.createdBefore ? sql`and m.created_at < ${filter.createdBefore}` : sql``}
       ${cursor ? sql`and (m.created_at, m.id) < (${cursor.key}::timestamptz, ${cursor.id}::uuid)` : sql``}
     order by m.created_at desc, m.id desc
     limit ${limit + 1}`;
}

/** The position of one message in its channel's timeline, for pages centred on it. */
export async function selectTimelinePosition(
  db: Db,
  workspaceId: string,
  messageId: string,
): Promise<{ channel_id: string; created_at: Date; in_timeline: boolean } | undefined> {
  const result = await sql<{ channel_id: string; created_at: Date; in_timeline: boolean }>`
    select channel_id, created_at, (parent_id is null or also_sent_to_channel) as in_timeline
      from messages where workspace_id = ${workspaceId} and id = ${messageId}::uuid`.execute(db);
  return result.rows[0];
}

export async function selectChannelPage(
  db: Db,
  workspaceId: string,
  viewerUserId: string,
  filter: { parentId: string | null; query: string | null; includeArchived: boolean },
  page: Exclude<PageRequest, { direction: 'around' }>,
  cursor: Keyset | null,
): Promise<Array<ChannelRow & { rn: number; member_role: AccessRow['member_role'] }>> {
  const ascending = page.direction === 'forward';
  const comparison = sql.raw(ascending ? '>' : '<');
  const direction = sql.raw(ascending ? 'asc' : 'desc');
  // The viewer's role comes along: the page carries the viewer's access to what it lists.
  const result = await sql<ChannelRow & { rn: number; member_role: AccessRow['member_role'] }>`
    select ${channelColumns},
           (select cr.role from channel_members cr where cr.channel_id = c.id and cr.user_id = ${viewerUserId}::uuid) as member_role
      from channels c
     where c.workspace_id = ${workspaceId}
       and exists (select 1 from channel_members cm where cm.channel_id = c.id and cm.user_id = ${viewerUserId}::uuid)
       ${filter.parentId ? sql`and c.parent_id = ${filter.parentId}::uuid` : sql``}
       ${filter.query ? sql`and c.name ilike ${`%${escapeLike(filter.query)}%`}` : sql``}
       ${filter.includeArchived ? sql`` : sql`and c.archived_at is null`}
       ${cursor ? sql`and (c.name, c.id) ${comparison} (${cursor.key}::text, ${cursor.id}::uuid)` : sql``}
     order by c.name ${direction}, c.id ${direction}
     limit ${page.limit + 1}`.execute(db);
  return result.rows;
}

const userColumns = sql`u.id, u.workspace_id, u.name, u.display_name, u.email, u.avatar_url, u.is_bot, u.role`;

export async function selectUserPage(
  db: Db,
  workspaceId: string,
  query: string | null,
  page: Exclude<PageRequest, { direction: 'around' }>,
  cursor: Keyset | null,
): Promise<UserRow[]> {
  const ascending = page.direction === 'forward';
  const comparison = sql.raw(ascending ? '>' : '<');
  const direction = sql.raw(ascending ? 'asc' : 'desc');
  const pattern = query ? `%${escapeLike(query)}%` : null;
  const result = await sql<UserRow>`
    select ${userColumns} from users u
     where u.workspace_id = ${workspaceId}
       ${pattern ? sql`and (u.name ilike ${pattern} or u.display_name ilike ${pattern})` : sql``}
       ${cursor ? sql`and (u.display_name, u.id) ${comparison} (${cursor.key}::text, ${cursor.id}::uuid)` : sql``}
     order by u.display_name ${direction}, u.id ${direction}
     limit ${page.limit + 1}`.execute(db);
  return result.rows;
}

export async function selectMemberPages(
  db: Db,
  workspaceId: string,
  channelIds: readonly string[],
  page: Exclude<PageRequest, { direction: 'around' }>,
  cursor: Keyset | null,
): Promise<Array<UserRow & { parent_key: string; rn: number }>> {
  const ascending = page.direction === 'forward';
  const comparison = sql.raw(ascending ? '>' : '<');
  const direction = sql.raw(ascending ? 'asc' : 'desc');
  const result = await sql<UserRow & { parent_key: string; rn: number }>`
    select * from (
      select ${userColumns}, cm.channel_id as parent_key,
             row_number() over (partition by cm.channel_id order by u.display_name ${direction}, u.id ${direction}) as rn
        from channel_members cm join users u on u.id = cm.user_id
       where u.workspace_id = ${workspaceId} and cm.channel_id = any(${uuids(channelIds)})
         ${cursor ? sql`and (u.display_name, u.id) ${comparison} (${cursor.key}::text, ${cursor.id}::uuid)` : sql``}
    ) ranked where rn <= ${page.limit + 1}
    order by parent_key, rn`.execute(db);
  return result.rows;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}
