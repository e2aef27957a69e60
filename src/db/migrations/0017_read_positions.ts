import { sql, type Kysely } from 'kysely';

/**
 * Read positions and thread subscriptions that a platform's API does not keep, kept by Switchboard for any
 * provider (src/providers/kit/read-positions/): ids and timestamps only, never message content
 * (ARCHITECTURE.md, principle 2). Rows belong to a connection and go with it (`on delete cascade`).
 *
 * - provider_thread_states: one row per user and thread (channel + root id); `read_position` is the id of the last
 *   reply read (or one just before a reply after a mark-unread). Ids are numbers written as text (Slack's
 *   `ts`, Graph's message ids): compared as numeric. `subscription` null: the user never chose.
 *   Slack's rows of slack_thread_states (0007) move here; that table goes.
 * - provider_channel_positions: the user's position in a channel's timeline, for platforms with none of their
 *   own (Teams channels).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table provider_thread_states (
     provider text not null,
     workspace_id text not null,
     user_id text not null,
     channel_id text not null,
     root_id text not null,
     subscription text check (subscription in ('SUBSCRIBED', 'UNSUBSCRIBED')),
     read_position text not null,
     updated_at timestamptz not null default now(),
     primary key (provider, workspace_id, user_id, channel_id, root_id),
     foreign key (provider, workspace_id) references provider_connections (provider, workspace_id) on delete cascade
   )`.execute(db);
  await sql`create index provider_thread_states_followed on provider_thread_states (provider, workspace_id, user_id) where subscription = 'SUBSCRIBED'`.execute(db);
  await sql`insert into provider_thread_states (provider, workspace_id, user_id, channel_id, root_id, subscription, read_position, updated_at)
     select provider, workspace_id, user_id, channel_id, root_ts, subscription, read_ts, updated_at from slack_thread_states`.execute(db);
  await sql`drop table slack_thread_states`.execute(db);
  await sql`create table provider_channel_positions (
     provider text not null,
     workspace_id text not null,
     user_id text not null,
     channel_id text not null,
     read_position text not null,
     updated_at timestamptz not null default now(),
     primary key (provider, workspace_id, user_id, channel_id),
     foreign key (provider, workspace_id) references provider_connections (provider, workspace_id) on delete cascade
   )`.execute(db);
}
