import type { ColumnType } from 'kysely';

/**
 * Kysely's view of graph_subscriptions (src/db/migrations/0012_graph_subscriptions.ts, in the one numbered
 * sequence), added to the shared Database type here so that src/db names no provider.
 */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface GraphSubscriptionsTable {
  subscription_id: string;
  provider: string;
  workspace_id: string;
  resource: string;
  change_type: string;
  notification_url: string;
  expires_at: Timestamp;
  client_state_sealed: string;
  lease_until: NullableTimestamp;
  renewed_at: NullableTimestamp;
  created_at: Timestamp;
}

declare module '../../../db/tables.js' {
  interface Database {
    graph_subscriptions: GraphSubscriptionsTable;
  }
}
