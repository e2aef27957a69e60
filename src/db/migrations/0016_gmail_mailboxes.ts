import { sql, type Kysely } from 'kysely';

/**
 * Gmail's sync state per connected mailbox (metadata, never content): the history id events are read from
 * (history.list), and the `users.watch` registration with its expiry and the lease under which one
 * instance renews it (exactly once across instances: `for update skip locked` + lease, like the scheduler).
 * Rows belong to the connection and go with it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table gmail_mailboxes (
     provider text not null default 'gmail' check (provider = 'gmail'),
     workspace_id text not null,
     history_id text,
     watch_expires_at timestamptz,
     renew_lease_until timestamptz,
     renew_lease_owner text,
     updated_at timestamptz not null default now(),
     primary key (workspace_id),
     foreign key (provider, workspace_id) references provider_connections (provider, workspace_id) on delete cascade
   )`.execute(db);
  await sql`create index gmail_mailboxes_watch_due on gmail_mailboxes (watch_expires_at)`.execute(db);
}
