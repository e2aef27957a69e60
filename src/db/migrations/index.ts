import type { Migration } from 'kysely';
import * as core from './0001_core.js';
import * as readState from './0002_read_state.js';
import * as searchPinsPreviews from './0003_search_pins_previews.js';
import * as scheduledMessages from './0004_scheduled_messages.js';
import * as connections from './0006_connections.js';
import * as slackThreadMetadata from './0007_slack_thread_metadata.js';
import * as connectionRefresh from './0008_connection_refresh.js';
import * as apiKeyLifetime from './0009_api_key_lifetime.js';
import * as subscriptionTickets from './0010_subscription_tickets.js';
import * as idempotencyLeases from './0011_idempotency_leases.js';
import * as graphSubscriptions from './0012_graph_subscriptions.js';
import * as uploadQuota from './0013_upload_quota.js';
import * as emulatedScheduledMessages from './0014_emulated_scheduled_messages.js';
import * as gmailMailboxes from './0016_gmail_mailboxes.js';
import * as readPositions from './0017_read_positions.js';
import * as stagedUploads from './0019_staged_uploads.js';
import * as messagesByTime from './0020_messages_by_time.js';

/** The one numbered sequence of migrations, every provider's metadata tables included; names never change. */
export const migrations: Record<string, Migration> = {
  '0001_core': core,
  '0002_read_state': readState,
  '0003_search_pins_previews': searchPinsPreviews,
  '0004_scheduled_messages': scheduledMessages,
  '0006_connections': connections,
  '0007_slack_thread_metadata': slackThreadMetadata,
  '0008_connection_refresh': connectionRefresh,
  '0009_api_key_lifetime': apiKeyLifetime,
  '0010_subscription_tickets': subscriptionTickets,
  '0011_idempotency_leases': idempotencyLeases,
  '0012_graph_subscriptions': graphSubscriptions,
  '0013_upload_quota': uploadQuota,
  '0014_emulated_scheduled_messages': emulatedScheduledMessages,
  '0016_gmail_mailboxes': gmailMailboxes,
  '0017_read_positions': readPositions,
  '0019_staged_uploads': stagedUploads,
  '0020_messages_by_time': messagesByTime,
};
