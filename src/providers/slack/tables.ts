import type { ColumnType } from 'kysely';

/**
 * Kysely's view of the Slack metadata table (created in src/db/migrations/0007_slack_thread_metadata.ts, in
 * the one numbered sequence; its thread table moved to ../kit/read-positions/ in 0017), added to the shared Database type here so that src/db names no provider.
 */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface SlackScheduledMessagesTable {
  provider: ColumnType<'slack', 'slack' | undefined, 'slack'>;
  workspace_id: string;
  channel_id: string;
  scheduled_id: string;
  author_id: string;
  parent_ts: string | null;
  thread_ts: string | null;
  reply_broadcast: ColumnType<boolean, boolean | undefined, boolean>;
  content_format: 'text' | 'markdown';
  created_at: Timestamp;
}

declare module '../../db/tables.js' {
  interface Database {
    slack_scheduled_messages: SlackScheduledMessagesTable;
  }
}
