import { sql, type Kysely } from 'kysely';

/**
 * Scheduled messages of the built-in workspace, and what the scheduler needs to deliver each exactly once.
 *
 * - `due_at` is when the scheduler next looks at a row: `scheduled_for` while PENDING, the retry time after a
 *   transient failure, and the end of the claim's lease while SENDING (a row whose sender died is claimed
 *   again once its lease runs out). One partial index on it serves every scheduler poll.
 * - `revision` goes up whenever the content or the time changes, or a FAILED message is retried; the
 *   delivery's idempotency key is derived from (id, revision), so a retry after a crash between "sent" and
 *   "marked sent" finds the first send instead of sending again.
 * - `attachment_ids` keeps the files in the author's order; `attachments.scheduled_message_id` reserves
 *   them for the pending message so that they cannot be attached to another message meanwhile.
 * - The event log gains the scheduled message an event is about (SCHEDULED_MESSAGE_SENT / _FAILED).
 */
const statements = [
  `create table scheduled_messages (
     id uuid primary key default gen_random_uuid(),
     workspace_id uuid not null references workspaces(id) on delete cascade,
     channel_id uuid not null references channels(id) on delete cascade,
     author_id uuid not null references users(id) on delete cascade,
     parent_id uuid references messages(id) on delete cascade,
     content text not null,
     content_format text not null check (content_format in ('markdown', 'text')),
     also_send_to_channel boolean not null default false,
     attachment_ids uuid[] not null default '{}',
     scheduled_for timestamptz(3) not null,
     status text not null default 'PENDING'
       check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED', 'CANCELLED')),
     due_at timestamptz(3) not null,
     attempts integer not null default 0,
     revision integer not null default 1,
     last_error text,
     sent_message_id uuid references messages(id) on delete set null,
     created_at timestamptz(3) not null default now(),
     updated_at timestamptz(3) not null default now()
   )`,
  `create index scheduled_messages_due on scheduled_messages (due_at) where status in ('PENDING', 'SENDING')`,
  `create index scheduled_messages_author on scheduled_messages (author_id, scheduled_for, id)`,
  `alter table attachments add column scheduled_message_id uuid references scheduled_messages(id) on delete set null`,
  `alter table event_log add column scheduled_message_id text`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
