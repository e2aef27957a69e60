import type { ColumnType } from 'kysely';

/**
 * Kysely's view of provider_thread_states and provider_channel_positions (src/db/migrations/0017_read_positions.ts, in
 * the one numbered sequence), added to the shared Database type here so that src/db names no provider.
 */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface ProviderThreadStatesTable {
  provider: string;
  workspace_id: string;
  user_id: string;
  channel_id: string;
  root_id: string;
  subscription: 'SUBSCRIBED' | 'UNSUBSCRIBED' | null;
  read_position: string;
  updated_at: Timestamp;
}

export interface ProviderChannelPositionsTable {
  provider: string;
  workspace_id: string;
  user_id: string;
  channel_id: string;
  read_position: string;
  updated_at: Timestamp;
}

declare module '../../../db/tables.js' {
  interface Database {
    provider_thread_states: ProviderThreadStatesTable;
    provider_channel_positions: ProviderChannelPositionsTable;
  }
}
