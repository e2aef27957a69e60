import type { ColumnType } from 'kysely';

/** Kysely's view of the tables created in ./migrations/0002_read_state.ts. */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface ChannelReadStatesTable {
  user_id: string;
  channel_id: string;
  read_at: Timestamp;
  read_id: string;
  updated_at: Timestamp;
}

export interface ThreadStatesTable {
  user_id: string;
  root_id: string;
  subscription: 'SUBSCRIBED' | 'UNSUBSCRIBED' | null;
  read_at: Timestamp;
  read_id: string;
  updated_at: Timestamp;
}
