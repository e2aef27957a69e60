import type { ColumnType } from 'kysely';

/**
 * Kysely's view of the Slack metadata tables (created in src/db/migrations/0007_slack_thread_metadata.ts, in
 * the one numbered sequence), added to the shared Database type here so that src/db names no provider.
 */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface SlackThreadStatesTable {
  provider: ColumnType<'slack', 'slack' | undefined, 'slack'>;
  workspace_id: string;
  user_id: string;
  channel_id: string;
  root_ts: string;
  subscription: 'SUBSCRIBED' | 'UNSUBSCRIBED' | null;
  read_ts: string;
  updated_at: Timestamp;
}

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
    slack_thread_states: SlackThreadStatesTable;
    slack_scheduled_messages: SlackScheduledMessagesTable;
  }
}
