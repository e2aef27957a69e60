import { sql, type Kysely } from 'kysely';

/**
 * Microsoft Graph change-notification subscriptions of every provider on Graph (Teams, Outlook), so that any
 * server process can route a notification (the webhook finds provider and connection by the subscription id)
 * and exactly one process renews each subscription before it expires (src/providers/kit/graph/renewer.ts
 * claims due rows with `for update skip locked` and a lease). The clientState is sealed like credentials;
 * nothing of a message is stored. Rows belong to a connection and go with it.
 */
const statements = [
  `create table graph_subscriptions (
     subscription_id text primary key,
     provider text not null,
     workspace_id text not null,
     resource text not null,
     change_type text not null,
     -- Where Graph posts (the family's webhook under the server's public URL), to recreate it the same way.
     notification_url text not null,
     expires_at timestamptz not null,
     client_state_sealed text not null,
     -- While a renewal is in progress: until when the process that claimed it holds it.
     lease_until timestamptz,
     renewed_at timestamptz,
     created_at timestamptz not null default now(),
     foreign key (provider, workspace_id) references provider_connections (provider, workspace_id) on delete cascade
   )`,
  `create index graph_subscriptions_expiry on graph_subscriptions (expires_at)`,
  `create index graph_subscriptions_connection on graph_subscriptions (provider, workspace_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
