import { sql, type RawBuilder } from 'kysely';

/**
 * What "unread" means in SQL, in one place, for every statement that asks (counts, flags, pages, the
 * inbox filter). All fragments expect the message under test as alias `m`.
 *
 * A read position is a keyset (read_at, read_id): a message is after it when (created_at, id) is greater,
 * the order in which timelines and threads are listed.
 */

/** Below every real id: a position (t, NIL) sits just before every message sent at t. */
export const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/** Messages shown in the channel timeline: roots, and replies also sent to the channel (matches the index). */
export const inTimeline = sql`(m.parent_id is null or m.also_sent_to_channel)`;

/** Messages that can be unread for a user: not deleted, not written by that user. */
export function countedFor(userId: string): RawBuilder<unknown> {
  return sql`m.deleted_at is null and m.author_id is distinct from ${userId}::uuid`;
}

/**
 * The user's position in a channel, for a query that joined `channel_members cm` (the user's membership)
 * and left-joined `channel_read_states rs`. Without a stored position, everything since the user joined
 * the channel is unread.
 */
export const channelPosition = sql`(coalesce(rs.read_at, cm.joined_at), coalesce(rs.read_id, ${NIL_UUID}::uuid))`;

/**
 * Whether message `m` is unread for the user, as a boolean expression needing no joins: a timeline
 * message against the user's channel position (false when the user is not a member), a reply shown only
 * in its thread against the user's position in that thread (false when it has none).
 */
export function isUnreadFor(userId: string): RawBuilder<boolean> {
  return sql<boolean>`coalesce(
    ${countedFor(userId)} and case
      when ${inTimeline} then (m.created_at, m.id) > (
        select coalesce(rs.read_at, cm.joined_at), coalesce(rs.read_id, ${NIL_UUID}::uuid)
          from channel_members cm
          left join channel_read_states rs on rs.channel_id = cm.channel_id and rs.user_id = cm.user_id
         where cm.channel_id = m.channel_id and cm.user_id = ${userId}::uuid)
      else (m.created_at, m.id) > (
        select ts.read_at, ts.read_id from thread_states ts
         where ts.root_id = m.thread_root_id and ts.user_id = ${userId}::uuid)
    end, false)`;
}

/**
 * The inbox's unreadOnly condition: `isUnreadFor`, plus a bound on created_at (nothing before the user's
 * oldest read position can be unread) so that the newest-first index walk stops there instead of
 * evaluating every older message of the workspace.
 */
export function unreadInInbox(userId: string): RawBuilder<boolean> {
  return sql<boolean>`m.created_at > coalesce(least(
      (select min(coalesce(rs.read_at, cm.joined_at)) from channel_members cm
         left join channel_read_states rs on rs.channel_id = cm.channel_id and rs.user_id = cm.user_id
        where cm.user_id = ${userId}::uuid),
      (select min(ts.read_at) from thread_states ts where ts.user_id = ${userId}::uuid)
    ) - interval '1 millisecond', '-infinity'::timestamptz)
    and ${isUnreadFor(userId)}`;
}

/**
 * The greatest uuid below `id`. A position (t, uuidBefore(id)) sits just before the message (t, id):
 * that message and everything after it are unread, nothing before it is.
 */
export function uuidBefore(id: string): string {
  const value = BigInt(`0x${id.replace(/-/g, '')}`);
  const hex = (value === 0n ? 0n : value - 1n).toString(16).padStart(32, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
