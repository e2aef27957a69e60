import type { ColumnType } from 'kysely';
import type { ScheduledMessageStatus } from '../../features/scheduled.js';

/**
 * Kysely's view of the kit's table (src/db/migrations/0014_emulated_scheduled_messages.ts, in the one
 * numbered sequence), added to the shared Database type here so that src/db names no provider part.
 */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface EmulatedScheduledMessagesTable {
  id: string;
  provider: string;
  workspace_id: string;
  channel_id: string;
  author_id: string;
  account_id: string;
  parent_id: string | null;
  /** The sealed content (sealing.ts); null once SENT or CANCELLED (a check of the table). */
  content_sealed: string | null;
  also_send_to_channel: ColumnType<boolean, boolean | undefined, boolean>;
  scheduled_for: Timestamp;
  status: ColumnType<ScheduledMessageStatus, ScheduledMessageStatus | undefined>;
  due_at: Timestamp;
  attempts: ColumnType<number, number | undefined, number>;
  revision: ColumnType<number, number | undefined, number>;
  last_error: ColumnType<string | null, string | null | undefined, string | null>;
  sent_message_id: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

declare module '../../../db/tables.js' {
  interface Database {
    emulated_scheduled_messages: EmulatedScheduledMessagesTable;
  }
}
