import type { ColumnType } from 'kysely';

/** Kysely's view of gmail_mailboxes (src/db/migrations/0016_gmail_mailboxes.ts), merged into Database here. */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface GmailMailboxesTable {
  provider: ColumnType<'gmail', 'gmail' | undefined, 'gmail'>;
  workspace_id: string;
  history_id: string | null;
  watch_expires_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  renew_lease_until: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  renew_lease_owner: string | null;
  updated_at: Timestamp;
}

declare module '../../db/tables.js' {
  interface Database {
    gmail_mailboxes: GmailMailboxesTable;
  }
}
