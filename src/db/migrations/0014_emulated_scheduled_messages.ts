import { sql, type Kysely } from 'kysely';

/**
 * Scheduled messages of providers that cannot schedule natively (Teams, Outlook, Gmail), kept by the
 * provider kit (src/providers/kit/scheduled/) until Switchboard's scheduler delivers them. One table for
 * every such provider, keyed by provider and workspace; ids are the platform's native ids (text).
 *
 * - `content_sealed` is the content (text and format) sealed with the credentials' key (AES-256-GCM, bound
 *   to the row), never plaintext; it is wiped once the message is SENT or CANCELLED, and the check below
 *   makes that a rule of the table: ids, times, status and error stay, the words do not.
 * - `due_at` and `revision` work as in scheduled_messages (0004): when the scheduler next looks at a row
 *   (the claim's lease while SENDING), and the revision the delivery's idempotency key is derived from.
 * - `account_id` is the author's Switchboard account, whom the scheduler acts as; deleting the account
 *   deletes its pending messages with their content.
 */
const statements = [
  `create table emulated_scheduled_messages (
     id uuid primary key,
     provider text not null,
     workspace_id text not null,
     channel_id text not null,
     author_id text not null,
     account_id uuid not null references accounts(id) on delete cascade,
     parent_id text,
     content_sealed text,
     also_send_to_channel boolean not null default false,
     scheduled_for timestamptz(3) not null,
     status text not null default 'PENDING'
       check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED', 'CANCELLED')),
     due_at timestamptz(3) not null,
     attempts integer not null default 0,
     revision integer not null default 1,
     last_error text,
     sent_message_id text,
     created_at timestamptz(3) not null default now(),
     updated_at timestamptz(3) not null default now(),
     constraint emulated_scheduled_content_until_sent
       check ((content_sealed is null) = (status in ('SENT', 'CANCELLED')))
   )`,
  `create index emulated_scheduled_messages_due on emulated_scheduled_messages (provider, due_at) where status in ('PENDING', 'SENDING')`,
  `create index emulated_scheduled_messages_author on emulated_scheduled_messages (provider, workspace_id, author_id, scheduled_for, id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
