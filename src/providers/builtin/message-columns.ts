import { sql, type RawBuilder } from 'kysely';
import { EVERY_PART, partsKey, type MessageParts } from '../message-parts.js';
import { linkPreviewColumn } from './link-preview-columns.js';

/**
 * The columns of a message record (aliased `m`, as every statement of ./client.ts and the features reads it)
 * with the parts `parts` names (src/providers/message-parts.ts); a part
 * left out is a constant of the same type, read as empty by ./map.ts. Every statement that reads message
 * records joins `threadSummaryOf` with the same parts.
 */
export function messageColumnsOf(parts: MessageParts) {
  return shaped(parts).columns;
}

export function threadSummaryOf(parts: MessageParts) {
  return shaped(parts).thread;
}

const byParts = new Map<string, { columns: RawBuilder<unknown>; thread: RawBuilder<unknown> }>();

function shaped(parts: MessageParts) {
  const key = partsKey(parts);
  let found = byParts.get(key);
  if (!found) {
    found = { columns: columnsOf(parts), thread: parts.thread ? threadSummaryJoin : sql`` };
    byParts.set(key, found);
  }
  return found;
}

function columnsOf(parts: MessageParts) {
  return sql`
  m.id, m.workspace_id, m.channel_id, m.author_id, m.type, m.system_event, m.content, m.content_format, m.parent_id,
  m.thread_root_id, m.also_sent_to_channel, m.pinned_at, m.pinned_by, m.edited_at, m.deleted_at,
  m.created_at, m.updated_at,
  ${parts.hasChildren ? sql`exists (select 1 from messages c where c.parent_id = m.id)` : sql`false`} as has_children,
  ${parts.thread ? sql`thread.reply_count, thread.last_reply_at, thread.participant_ids` : sql`0 as reply_count, null::timestamptz as last_reply_at, null::uuid[] as participant_ids`},
  ${parts.mentions ? sql`array(select mm.user_id from message_mentions mm where mm.message_id = m.id)` : sql`null::uuid[]`} as mention_ids,
  ${parts.reactions ? reactionsColumn : sql`null::json`} as reactions,
  ${parts.attachments ? attachmentsColumn : sql`null::json`} as attachments,
  ${parts.linkPreview ? linkPreviewColumn : sql`null::json as link_preview`}`;
}

const reactionsColumn = sql`
  (select json_agg(json_build_object('emoji', g.emoji, 'count', g.n, 'userIds', g.user_ids) order by g.first_at, g.emoji)
     from (select r.emoji, count(*)::int as n, array_agg(r.user_id order by r.created_at) as user_ids,
                  min(r.created_at) as first_at
             from reactions r where r.message_id = m.id group by r.emoji) g)`;

const attachmentsColumn = sql`
  (select json_agg(json_build_object('id', a.id, 'filename', a.filename, 'contentType', a.content_type,
                                     'sizeBytes', a.size_bytes, 'createdAt', a.created_at) order by a.created_at, a.id)
     from attachments a where a.message_id = m.id)`;

const threadSummaryJoin = sql`
  left join lateral (
    select count(*)::int as reply_count, max(d.created_at) as last_reply_at,
           array_agg(distinct d.author_id) filter (where d.author_id is not null) as participant_ids
      from messages d where d.ancestors @> array[m.id] and d.deleted_at is null
  ) thread on true`;

/** Every column of a message record, with its reactions, mentions, attachments and thread summary. */
export const messageColumns = messageColumnsOf(EVERY_PART);
export const threadSummary = threadSummaryOf(EVERY_PART);

/**
 * The viewer's access to message `m`'s channel, as the columns `channel_archived_at` and `member_role`
 * (./audience.ts `accessOfMessageRows`).
 */
export function messageAccessColumns(viewerUserId: string) {
  return sql`(select ch.archived_at from channels ch where ch.id = m.channel_id) as channel_archived_at,
             (select cr.role from channel_members cr where cr.channel_id = m.channel_id and cr.user_id = ${viewerUserId}::uuid) as member_role`;
}
