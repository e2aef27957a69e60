import { sql, type Kysely } from 'kysely';

/**
 * Switchboard's own metadata (accounts, API keys, idempotency keys, the event log) and the built-in
 * workspace's tables. One set of statements for PGlite and PostgreSQL.
 */
const statements = [
  // ── Switchboard metadata ──────────────────────────────────────────────────────────────────────
  `create table accounts (
     id uuid primary key default gen_random_uuid(),
     name text not null,
     email text,
     created_at timestamptz not null default now()
   )`,
  `create table api_keys (
     id uuid primary key default gen_random_uuid(),
     account_id uuid not null references accounts(id) on delete cascade,
     key_hash text not null unique,
     label text not null,
     scopes text[] not null default '{}',
     created_at timestamptz not null default now()
   )`,
  `create table idempotency_keys (
     account_id uuid not null references accounts(id) on delete cascade,
     key text not null,
     request_hash text not null,
     workspace_id text,
     message_id text,
     created_at timestamptz not null default now(),
     primary key (account_id, key)
   )`,
  `create table event_log (
     seq bigserial primary key,
     id uuid not null unique,
     type text not null,
     occurred_at timestamptz not null,
     provider text not null,
     workspace_id text not null,
     channel_id text,
     message_id text,
     thread_root_id text,
     actor_id text,
     emoji text,
     button_id text
   )`,
  `create index event_log_workspace on event_log (workspace_id, seq)`,
  `create table settings (key text primary key, value text not null)`,

  // ── The built-in workspace ────────────────────────────────────────────────────────────────────
  `create table workspaces (
     id uuid primary key default gen_random_uuid(),
     name text not null,
     created_at timestamptz not null default now()
   )`,
  `create table users (
     id uuid primary key default gen_random_uuid(),
     workspace_id uuid not null references workspaces(id) on delete cascade,
     account_id uuid references accounts(id) on delete set null,
     name text not null,
     display_name text not null,
     email text,
     avatar_url text,
     is_bot boolean not null default false,
     role text not null check (role in ('OWNER', 'ADMIN', 'MEMBER', 'BOT')),
     created_at timestamptz not null default now(),
     unique (workspace_id, name),
     unique (workspace_id, account_id)
   )`,
  `create table channels (
     id uuid primary key default gen_random_uuid(),
     workspace_id uuid not null references workspaces(id) on delete cascade,
     parent_id uuid references channels(id),
     name text not null,
     description text,
     type text not null check (type in ('PUBLIC', 'PRIVATE', 'DIRECT', 'GROUP')),
     archived_at timestamptz,
     created_by uuid references users(id),
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now()
   )`,
  `create unique index channels_name_unique on channels (workspace_id, name) where type in ('PUBLIC', 'PRIVATE')`,
  `create index channels_parent on channels (parent_id)`,
  `create table channel_members (
     channel_id uuid not null references channels(id) on delete cascade,
     user_id uuid not null references users(id) on delete cascade,
     role text not null default 'MEMBER' check (role in ('ADMIN', 'MEMBER')),
     joined_at timestamptz not null default now(),
     primary key (channel_id, user_id)
   )`,
  `create index channel_members_user on channel_members (user_id)`,
  `create table messages (
     id uuid primary key default gen_random_uuid(),
     workspace_id uuid not null references workspaces(id) on delete cascade,
     channel_id uuid not null references channels(id) on delete cascade,
     author_id uuid references users(id),
     type text not null default 'USER' check (type in ('USER', 'SYSTEM')),
     system_event jsonb,
     content text not null,
     -- 'markdown': content is markdown source; 'text': plain text, shown literally.
     content_format text not null default 'markdown' check (content_format in ('markdown', 'text')),
     parent_id uuid references messages(id),
     thread_root_id uuid references messages(id),
     -- ids of every ancestor, root first: the subtree of X is "ancestors contains X" (GIN-indexed)
     ancestors uuid[] not null default '{}',
     also_sent_to_channel boolean not null default false,
     pinned_at timestamptz,
     pinned_by uuid references users(id),
     edited_at timestamptz,
     deleted_at timestamptz,
     -- Millisecond precision, like the JavaScript dates in page cursors: a cursor must name a row exactly.
     created_at timestamptz(3) not null default now(),
     updated_at timestamptz not null default now()
   )`,
  `create index messages_channel_timeline on messages (channel_id, created_at desc, id desc)
     where parent_id is null or also_sent_to_channel`,
  `create index messages_parent on messages (parent_id, created_at, id)`,
  `create index messages_ancestors on messages using gin (ancestors)`,
  `create index messages_recent on messages (workspace_id, created_at desc, id desc) where deleted_at is null`,
  `create table message_mentions (
     message_id uuid not null references messages(id) on delete cascade,
     user_id uuid not null references users(id) on delete cascade,
     primary key (message_id, user_id)
   )`,
  `create table reactions (
     message_id uuid not null references messages(id) on delete cascade,
     user_id uuid not null references users(id) on delete cascade,
     emoji text not null,
     created_at timestamptz not null default now(),
     primary key (message_id, user_id, emoji)
   )`,
  `create table attachments (
     id uuid primary key default gen_random_uuid(),
     workspace_id uuid not null references workspaces(id) on delete cascade,
     message_id uuid references messages(id) on delete set null,
     uploader_id uuid not null references users(id),
     filename text not null,
     content_type text not null,
     size_bytes integer not null,
     storage_key text,
     created_at timestamptz not null default now()
   )`,
  `create index attachments_message on attachments (message_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
