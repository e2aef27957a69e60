import type { ColumnType, Generated } from 'kysely';

/** Kysely's view of the table created in ./migrations/0004_scheduled_messages.ts. */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface ScheduledMessagesTable {
  id: Generated<string>;
  workspace_id: string;
  channel_id: string;
  author_id: string;
  parent_id: string | null;
  content: string;
  content_format: 'markdown' | 'text';
  also_send_to_channel: ColumnType<boolean, boolean | undefined, boolean>;
  attachment_ids: ColumnType<string[], string[] | undefined, string[]>;
  scheduled_for: Timestamp;
  status: ColumnType<
    'PENDING' | 'SENDING' | 'SENT' | 'FAILED' | 'CANCELLED',
    'PENDING' | 'SENDING' | 'SENT' | 'FAILED' | 'CANCELLED' | undefined
  >;
  due_at: Timestamp;
  attempts: ColumnType<number, number | undefined, number>;
  revision: ColumnType<number, number | undefined, number>;
  last_error: ColumnType<string | null, string | null | undefined, string | null>;
  sent_message_id: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
}
