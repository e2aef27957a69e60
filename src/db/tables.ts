import type { ColumnType, Generated } from 'kysely';
import type * as Connections from './connection-tables.js';
import type * as LinkPreviews from './link-preview-tables.js';
import type * as ReadState from './read-state-tables.js';
import type * as Scheduled from './scheduled-tables.js';
import type * as Tickets from './ticket-tables.js';

/** Kysely's view of the tables created in ./migrations (a provider's own metadata tables are added by its folder). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface AccountsTable {
  id: Generated<string>;
  name: string;
  email: string | null;
  created_at: Timestamp;
}

export interface ApiKeysTable {
  id: Generated<string>;
  account_id: string;
  key_hash: string;
  label: string;
  scopes: ColumnType<string[], string[] | undefined, string[]>;
  created_at: Timestamp;
  /** After this the key no longer authenticates; null: never expires (migration 0009). */
  expires_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** When `npm run admin -- revoke-key` revoked it; null: in force (migration 0009). */
  revoked_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface IdempotencyKeysTable {
  account_id: string;
  key: string;
  request_hash: string;
  workspace_id: string | null;
  message_id: string | null;
  created_at: Timestamp;
  /** While a send to an outside provider is in progress: when another attempt may take the key over. */
  lease_expires_at: NullableTimestamp;
}

export interface EventLogTable {
  seq: ColumnType<string, never, never>;
  id: string;
  type: string;
  occurred_at: Timestamp;
  provider: string;
  workspace_id: string;
  channel_id: string | null;
  message_id: string | null;
  thread_root_id: string | null;
  actor_id: string | null;
  emoji: string | null;
  button_id: string | null;
  /** Set for private events (read state): only this account's subscriptions receive them. */
  audience_account_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** The scheduled message of SCHEDULED_MESSAGE_SENT / _FAILED events. */
  scheduled_message_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface WorkspacesTable {
  id: Generated<string>;
  name: string;
  created_at: Timestamp;
}

export interface UsersTable {
  id: Generated<string>;
  workspace_id: string;
  account_id: string | null;
  name: string;
  display_name: string;
  email: string | null;
  avatar_url: string | null;
  is_bot: Generated<boolean>;
  role: 'OWNER' | 'ADMIN' | 'MEMBER' | 'BOT';
  created_at: Timestamp;
}

export interface ChannelsTable {
  id: Generated<string>;
  workspace_id: string;
  parent_id: string | null;
  name: string;
  description: string | null;
  type: 'PUBLIC' | 'PRIVATE' | 'DIRECT' | 'GROUP';
  archived_at: NullableTimestamp;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ChannelMembersTable {
  channel_id: string;
  user_id: string;
  role: ColumnType<'ADMIN' | 'MEMBER', 'ADMIN' | 'MEMBER' | undefined>;
  joined_at: Timestamp;
}

export interface MessagesTable {
  id: Generated<string>;
  workspace_id: string;
  channel_id: string;
  author_id: string | null;
  type: ColumnType<'USER' | 'SYSTEM', 'USER' | 'SYSTEM' | undefined>;
  system_event: ColumnType<unknown, string | null | undefined, string | null>;
  content: string;
  content_format: ColumnType<'markdown' | 'text', 'markdown' | 'text' | undefined>;
  parent_id: string | null;
  thread_root_id: string | null;
  ancestors: ColumnType<string[], string[] | undefined, string[]>;
  also_sent_to_channel: Generated<boolean>;
  pinned_at: NullableTimestamp;
  pinned_by: string | null;
  edited_at: NullableTimestamp;
  deleted_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MessageMentionsTable {
  message_id: string;
  user_id: string;
}

export interface ReactionsTable {
  message_id: string;
  user_id: string;
  emoji: string;
  created_at: Timestamp;
}

export interface AttachmentsTable {
  id: Generated<string>;
  workspace_id: string;
  message_id: string | null;
  uploader_id: string;
  filename: string;
  content_type: string;
  size_bytes: number;
  storage_key: string | null;
  created_at: Timestamp;
  /** Reserved by this pending scheduled message: it cannot be attached to another message meanwhile. */
  scheduled_message_id: ColumnType<string | null, string | null | undefined, string | null>;
}

/** One upload of an API key, for its daily quota (migration 0013). */
export interface UploadUsageTable {
  id: Generated<string>;
  api_key_id: string;
  /** bigint: read back as a string by the PostgreSQL driver. */
  size_bytes: ColumnType<string | number, number, number>;
  created_at: Timestamp;
}

export interface Database {
  accounts: AccountsTable;
  api_keys: ApiKeysTable;
  idempotency_keys: IdempotencyKeysTable;
  event_log: EventLogTable;
  settings: SettingsTable;
  workspaces: WorkspacesTable;
  users: UsersTable;
  channels: ChannelsTable;
  channel_members: ChannelMembersTable;
  messages: MessagesTable;
  message_mentions: MessageMentionsTable;
  reactions: ReactionsTable;
  attachments: AttachmentsTable;
  upload_usage: UploadUsageTable;
  link_previews: LinkPreviews.LinkPreviewsTable;
  scheduled_messages: Scheduled.ScheduledMessagesTable;
  channel_read_states: ReadState.ChannelReadStatesTable;
  thread_states: ReadState.ThreadStatesTable;
  provider_connections: Connections.ProviderConnectionsTable;
  provider_user_links: Connections.ProviderUserLinksTable;
  oauth_states: Connections.OAuthStatesTable;
  processed_provider_events: Connections.ProcessedProviderEventsTable;
  provider_echoes: Connections.ProviderEchoesTable;
  provider_poll_cursors: Connections.ProviderPollCursorsTable;
  subscription_tickets: Tickets.SubscriptionTicketsTable;
}
