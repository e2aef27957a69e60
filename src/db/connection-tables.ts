import type { ColumnType, Generated } from 'kysely';

/** Kysely's view of the tables created in ./migrations/0006_connections.ts. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface ProviderConnectionsTable {
  provider: string;
  workspace_id: string;
  name: string;
  web_url: string | null;
  app_id: string | null;
  bot_user_id: string | null;
  access_token_sealed: string;
  signing_secret_sealed: string | null;
  /** ./migrations/0008_connection_refresh.ts */
  refresh_token_sealed: ColumnType<string | null, string | null | undefined, string | null>;
  access_token_expires_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  event_delivery: ColumnType<'PUSH' | 'POLL', 'PUSH' | 'POLL' | undefined, 'PUSH' | 'POLL'>;
  connected_by: string | null;
  generation: ColumnType<number, number | undefined, number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ProviderUserLinksTable {
  provider: string;
  workspace_id: string;
  account_id: string;
  external_user_id: string;
  user_token_sealed: string | null;
  linked_via: 'CONNECT' | 'OAUTH' | 'TOKEN';
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OAuthStatesTable {
  state_hash: string;
  provider: string;
  purpose: 'INSTALL' | 'LINK_USER';
  account_id: string;
  workspace_id: string | null;
  expires_at: Timestamp;
  used_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface ProcessedProviderEventsTable {
  provider: string;
  workspace_id: string;
  event_id: string;
  received_at: Timestamp;
}

export interface ProviderEchoesTable {
  id: Generated<string>;
  provider: string;
  workspace_id: string;
  type: string;
  message_id: string;
  detail: ColumnType<string, string | undefined, string>;
  origin: 'SWITCHBOARD' | 'PROVIDER';
  created_at: Timestamp;
}

export interface ProviderPollCursorsTable {
  provider: string;
  workspace_id: string;
  channel_id: string;
  last_seen: string;
  updated_at: Timestamp;
}
