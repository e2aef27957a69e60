import { sql, type Kysely } from 'kysely';

/**
 * Connections to provider workspaces (Slack teams) and what webhooks and pollers need across processes.
 * Credentials are stored sealed (src/connections/crypto.ts), never in plain text. Message content is never
 * stored: the poll cursors and echo records hold ids and timestamps only.
 */
const statements = [
  // One row per connected provider workspace. `workspace_id` is the provider's own id (the Slack team id),
  // which is also the workspace part of every global id, so ids survive a re-connect.
  `create table provider_connections (
     provider text not null,
     workspace_id text not null,
     name text not null,
     web_url text,
     app_id text,
     bot_user_id text,
     access_token_sealed text not null,
     signing_secret_sealed text,
     -- PUSH: the provider calls our webhooks; POLL: no public URL, a poller looks for new messages.
     event_delivery text not null default 'PUSH' check (event_delivery in ('PUSH', 'POLL')),
     connected_by uuid references accounts(id) on delete set null,
     -- Bumped by every re-connect so that cached provider instances notice new credentials.
     generation integer not null default 1,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     primary key (provider, workspace_id)
   )`,
  // Which Switchboard account is which provider user, optionally with that user's own token.
  `create table provider_user_links (
     provider text not null,
     workspace_id text not null,
     account_id uuid not null references accounts(id) on delete cascade,
     external_user_id text not null,
     user_token_sealed text,
     linked_via text not null check (linked_via in ('CONNECT', 'OAUTH', 'TOKEN')),
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     primary key (provider, workspace_id, account_id),
     unique (provider, workspace_id, external_user_id),
     foreign key (provider, workspace_id) references provider_connections (provider, workspace_id) on delete cascade
   )`,
  `create index provider_user_links_account on provider_user_links (account_id)`,
  // OAuth state values (hashed): single use, short-lived, bound to the account that started the flow.
  `create table oauth_states (
     state_hash text primary key,
     provider text not null,
     purpose text not null check (purpose in ('INSTALL', 'LINK_USER')),
     account_id uuid not null references accounts(id) on delete cascade,
     workspace_id text,
     expires_at timestamptz not null,
     used_at timestamptz,
     created_at timestamptz not null default now()
   )`,
  `create index oauth_states_expiry on oauth_states (expires_at)`,
  // Webhook deliveries already taken (Slack's event_id); a unique insert claims one across processes.
  `create table processed_provider_events (
     provider text not null,
     workspace_id text not null,
     event_id text not null,
     received_at timestamptz not null default now(),
     primary key (provider, workspace_id, event_id)
   )`,
  `create index processed_provider_events_age on processed_provider_events (received_at)`,
  // Echo suppression: a change published by one side (our own write, or the provider's event) waits here
  // for a few minutes to cancel the same change arriving from the other side.
  `create table provider_echoes (
     id bigserial primary key,
     provider text not null,
     workspace_id text not null,
     type text not null,
     message_id text not null,
     detail text not null default '',
     origin text not null check (origin in ('SWITCHBOARD', 'PROVIDER')),
     created_at timestamptz not null default now()
   )`,
  `create index provider_echoes_lookup on provider_echoes (provider, workspace_id, message_id, type)`,
  `create index provider_echoes_age on provider_echoes (created_at)`,
  // Polling: the newest message timestamp seen per channel.
  `create table provider_poll_cursors (
     provider text not null,
     workspace_id text not null,
     channel_id text not null,
     last_seen text not null,
     updated_at timestamptz not null default now(),
     primary key (provider, workspace_id, channel_id),
     foreign key (provider, workspace_id) references provider_connections (provider, workspace_id) on delete cascade
   )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
