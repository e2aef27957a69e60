import { sql, type Kysely } from 'kysely';

/**
 * What Slack's public API does not keep for us, kept by Switchboard as metadata of a Slack connection:
 * ids, timestamps and flags only, never message content (ARCHITECTURE.md, principle 2). Rows belong to a
 * connection and go with it (`on delete cascade`).
 */
const statements = [
  // Thread subscriptions and thread read positions (Slack has neither in its API). A thread is named by its
  // channel and its root's `ts`; `read_ts` is the user's position in it (a reply's ts, or just before one
  // after a mark-unread). subscription is null when the user never chose (it only marked the thread read):
  // then a reply to the user's root still subscribes it, whereas an explicit UNSUBSCRIBED is kept.
  `create table slack_thread_states (
     provider text not null default 'slack' check (provider = 'slack'),
     workspace_id text not null,
     user_id text not null,
     channel_id text not null,
     root_ts text not null,
     subscription text check (subscription in ('SUBSCRIBED', 'UNSUBSCRIBED')),
     read_ts text not null,
     updated_at timestamptz not null default now(),
     primary key (workspace_id, user_id, channel_id, root_ts),
     foreign key (provider, workspace_id) references provider_connections (provider, workspace_id) on delete cascade
   )`,
  `create index slack_thread_states_followed on slack_thread_states (workspace_id, user_id) where subscription = 'SUBSCRIBED'`,
  // What chat.scheduledMessages.list does not return about a pending scheduled message: the thread it
  // replies in and how its content was written. The text itself stays with Slack.
  `create table slack_scheduled_messages (
     provider text not null default 'slack' check (provider = 'slack'),
     workspace_id text not null,
     channel_id text not null,
     scheduled_id text not null,
     author_id text not null,
     parent_ts text,
     thread_ts text,
     reply_broadcast boolean not null default false,
     content_format text not null check (content_format in ('text', 'markdown')),
     created_at timestamptz not null default now(),
     primary key (workspace_id, channel_id, scheduled_id),
     foreign key (provider, workspace_id) references provider_connections (provider, workspace_id) on delete cascade
   )`,
  `create index slack_scheduled_messages_author on slack_scheduled_messages (workspace_id, author_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
