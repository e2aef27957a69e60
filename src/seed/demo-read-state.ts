import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/tables.js';
import { NIL_UUID } from '../providers/builtin/index.js';

/**
 * The demo's read state, so that unreads and followed threads show something in GraphiQL. Written from
 * the messages already seeded (looked up by workspace, channel and handle), in four set-based statements,
 * deterministic like the rest of the demo:
 *
 * - Everyone has read every channel up to its newest message, except: alice has 5 unread in #general and
 *   3 in #engineering; bob 2 in #random and 1 in #leadership; carol 2 in #general and 1 in her direct
 *   conversation with alice.
 * - Everyone who wrote in a thread (its root or a reply) follows it, read to the end, except that some
 *   followed threads have new replies: of those whose newest replies are by others, alice's 3 most recently
 *   active ones have 2 unread replies each, bob's latest one and carol's 2 latest ones 1 each.
 */

/** Channels with unread messages: [handle, channel name, unread messages]. */
const UNREAD_CHANNELS: Array<[string, string, number]> = [
  ['alice', 'general', 5],
  ['alice', 'engineering', 3],
  ['bob', 'random', 2],
  ['bob', 'leadership', 1],
  ['carol', 'general', 2],
  ['carol', 'alice,carol', 1],
];

/** Followed threads with new replies: [handle, how many of its latest threads, unread replies in each]. */
const UNREAD_THREADS: Array<[string, number, number]> = [
  ['alice', 3, 2],
  ['bob', 1, 1],
  ['carol', 2, 1],
];

const timeline = (alias: string) => sql.raw(`(${alias}.parent_id is null or ${alias}.also_sent_to_channel)`);

/** A VALUES list with typed columns (untyped parameters would all be text). */
function values(rows: Array<[string, string | number, number]>, types: [string, string, string]) {
  const [a, b, c] = types.map((type) => sql.raw(type));
  return sql.join(rows.map((row) => sql`(${row[0]}::${a}, ${row[1]}::${b}, ${row[2]}::${c})`));
}

export async function seedDemoReadState(db: Kysely<Database>, workspaceName = 'Acme'): Promise<void> {
  // Every member has read every channel to its newest timeline message.
  await sql`
    insert into channel_read_states (user_id, channel_id, read_at, read_id)
    select cm.user_id, cm.channel_id, latest.created_at, latest.id from channel_members cm
     cross join lateral (
       select m.created_at, m.id from messages m where m.channel_id = cm.channel_id and ${timeline('m')}
        order by m.created_at desc, m.id desc limit 1
     ) latest`.execute(db);

  // Some channels have unread messages: the position moves to just before the n-th newest message that
  // counts as unread for that person (not deleted, not their own).
  await sql`
    with wanted(handle, channel, unread) as (values ${values(UNREAD_CHANNELS, ['text', 'text', 'int'])}),
    targets as (
      select u.id as user_id, c.id as channel_id, before.created_at, before.id
        from wanted w
        join workspaces ws on ws.name = ${workspaceName}
        join users u on u.workspace_id = ws.id and u.name = w.handle
        join channels c on c.workspace_id = ws.id and c.name = w.channel
       cross join lateral (
         select ranked.created_at, ranked.id from (
           select m.created_at, m.id, row_number() over (order by m.created_at desc, m.id desc) as rn from messages m
            where m.channel_id = c.id and ${timeline('m')} and m.deleted_at is null and m.author_id is distinct from u.id
         ) ranked where ranked.rn = w.unread
       ) nth
       cross join lateral (
         select coalesce(max(p.created_at), nth.created_at) as created_at,
                coalesce((array_agg(p.id order by p.created_at desc, p.id desc))[1], ${NIL_UUID}::uuid) as id
           from messages p where p.channel_id = c.id and ${timeline('p')} and (p.created_at, p.id) < (nth.created_at, nth.id)
       ) before
    )
    update channel_read_states rs set read_at = t.created_at, read_id = t.id
      from targets t where rs.user_id = t.user_id and rs.channel_id = t.channel_id`.execute(db);

  // Everyone who wrote in a thread follows it, read to its latest message.
  await sql`
    insert into thread_states (user_id, root_id, subscription, read_at, read_id)
    select distinct w.author_id, r.id, 'SUBSCRIBED', latest.created_at, latest.id
      from messages r
      join messages w on (w.id = r.id or w.ancestors @> array[r.id]) and w.author_id is not null
     cross join lateral (
       select d.created_at, d.id from messages d where d.ancestors @> array[r.id] order by d.created_at desc, d.id desc limit 1
     ) latest
     where r.parent_id is null`.execute(db);

  // Some followed threads have new replies: the position moves to just before the n-th newest reply by others.
  await sql`
    with wanted(handle, threads, replies) as (values ${values(UNREAD_THREADS, ['text', 'int', 'int'])}),
    candidates as (
      select ts.user_id, ts.root_id, w.replies,
             row_number() over (partition by ts.user_id order by activity.last_at desc, ts.root_id desc) as rank, w.threads
        from wanted w
        join workspaces ws on ws.name = ${workspaceName}
        join users u on u.workspace_id = ws.id and u.name = w.handle
        join thread_states ts on ts.user_id = u.id
       cross join lateral (
         select max(d.created_at) as last_at from messages d where d.ancestors @> array[ts.root_id]
       ) activity
       -- Only threads whose newest replies are all by others: had the person replied after them, they would be read.
       cross join lateral (
         select count(*) as newest, bool_and(x.author_id is distinct from u.id) as by_others from (
           select d.author_id, row_number() over (order by d.created_at desc, d.id desc) as rn from messages d
            where d.ancestors @> array[ts.root_id] and d.deleted_at is null
         ) x where x.rn <= w.replies
       ) latest
       where latest.newest = w.replies and latest.by_others
    ),
    targets as (
      select c.user_id, c.root_id, before.created_at, before.id
        from candidates c
       cross join lateral (
         select ranked.created_at, ranked.id from (
           select d.created_at, d.id, row_number() over (order by d.created_at desc, d.id desc) as rn from messages d
            where d.ancestors @> array[c.root_id] and d.deleted_at is null and d.author_id is distinct from c.user_id
         ) ranked where ranked.rn = c.replies
       ) nth
       cross join lateral (
         select p.created_at, p.id from messages p
          where (p.id = c.root_id or p.ancestors @> array[c.root_id]) and (p.created_at, p.id) < (nth.created_at, nth.id)
          order by p.created_at desc, p.id desc limit 1
       ) before
       where c.rank <= c.threads
    )
    update thread_states ts set read_at = t.created_at, read_id = t.id
      from targets t where ts.user_id = t.user_id and ts.root_id = t.root_id`.execute(db);
}
