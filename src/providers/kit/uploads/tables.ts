import type { ColumnType } from 'kysely';

/**
 * Kysely's view of the kit's table (src/db/migrations/0019_staged_uploads.ts, in the one numbered sequence),
 * added to the shared Database type here so that src/db names no provider part.
 */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface StagedUploadsTable {
  id: string;
  provider: string;
  workspace_id: string;
  /** The uploader's Switchboard account: the only one who sees or sends the file. */
  account_id: string;
  /** The uploader's user id in the workspace (a mailbox's address). */
  uploader_id: string;
  content_type: string;
  size_bytes: number;
  /** Where the encrypted bytes are, in the kit's folder of the file store. */
  storage_key: string;
  /** The file's own key and its name, sealed with the credentials' cipher (sealing.ts). */
  sealed: string;
  /** The idempotency token of the send that took it (null until a guarded send does). */
  send_token: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
}

declare module '../../../db/tables.js' {
  interface Database {
    staged_uploads: StagedUploadsTable;
  }
}
