import type { Capabilities } from '../capabilities.js';
import { MAX_PINS_PER_CHANNEL } from './features/pins.js';

/** Longest message the built-in workspace accepts, in characters (Slack's limit, so content ports both ways). */
export const MAX_MESSAGE_LENGTH = 40_000;

/**
 * What the built-in workspace does. Reply trees have any depth. Every optional feature is a part in
 * ./features/, assembled by ./provider.ts; uploads only with a file store (BuiltinProvider.capabilities).
 */
export const builtinCapabilities: Capabilities = {
  editMessages: true,
  deleteMessages: true,
  reactions: true,
  buttons: false,
  pins: 'NATIVE', // ./features/pins.ts
  maxPinsPerChannel: MAX_PINS_PER_CHANNEL,
  scheduledMessages: 'NATIVE', // stored by ./features/scheduled.ts, delivered by src/scheduler/
  search: 'NATIVE', // PostgreSQL full-text search: ./features/search.ts
  readState: 'NATIVE', // channel read positions: ./features/read-state.ts
  threadSubscriptions: 'NATIVE', // thread subscriptions and thread read positions: ./features/thread-subscriptions.ts
  linkPreviewRemoval: true, // ./features/link-previews.ts
  attachmentUpload: true, // stored by ./features/uploads.ts in src/files/, served by signed links
  channelAdministration: true, // ./features/channel-admin.ts
  threadModel: 'TREE',
  eventDelivery: 'PUSH',
  eventTypes: ['MESSAGE_CREATED', 'MESSAGE_UPDATED', 'MESSAGE_DELETED', 'REACTION_ADDED', 'REACTION_REMOVED', 'APP_MENTION', 'THREAD_READ', 'CHANNEL_READ', 'SCHEDULED_MESSAGE_SENT', 'SCHEDULED_MESSAGE_FAILED', 'MESSAGE_PINNED', 'MESSAGE_UNPINNED', 'LINK_PREVIEW_REMOVED', 'CHANNEL_CREATED', 'CHANNEL_RENAMED', 'CHANNEL_UPDATED', 'CHANNEL_JOINED', 'CHANNEL_LEFT'],
  maxMessageLength: MAX_MESSAGE_LENGTH,
};
