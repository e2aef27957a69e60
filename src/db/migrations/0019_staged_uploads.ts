import { sql, type Kysely } from 'kysely';

/**
 * Files uploaded for providers that send them with a message themselves (Outlook, Gmail), staged by the
 * provider kit (src/providers/kit/uploads/) until the message that carries them is sent. One table for every
 * such provider, keyed by provider and workspace (text ids, as the platforms give them).
 *
 * - The bytes are in the file store's `staged/` folder, encrypted (AES-256-GCM) under a key of their own;
 *   `sealed` holds that key and the file name, sealed with the credentials' key and bound to the row. Only
 *   the media type and size are plain.
 * - A row is its uploader's (`account_id`): deleting the account deletes its staged files' rows (the kit's
 *   sweep then removes the bytes no row names).
 * - `send_token`: the idempotency token of the send that took the file, so that a retry which finds that
 *   send already made (findSentMessage) can let the file go.
 * - Rows go when their message is sent, or after a day unsent (`created_at`, the kit's sweep).
 */
const statements = [
  `create table staged_uploads (
     id uuid primary key,
     provider text not null,
     workspace_id text not null,
     account_id uuid not null references accounts(id) on delete cascade,
     uploader_id text not null,
     content_type text not null,
     size_bytes integer not null,
     storage_key text not null,
     sealed text not null,
     send_token text,
     created_at timestamptz(3) not null default now()
   )`,
  `create index staged_uploads_created on staged_uploads (provider, created_at)`,
  `create index staged_uploads_send_token on staged_uploads (provider, workspace_id, send_token) where send_token is not null`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
