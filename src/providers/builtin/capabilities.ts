import type { Capabilities } from '../capabilities.js';
import { MAX_PINS_PER_CHANNEL } from './pins.js';

/** Longest message the built-in workspace accepts, in characters (Slack's limit, so content ports both ways). */
export const MAX_MESSAGE_LENGTH = 40_000;

/**
 * What the built-in workspace does today. Reply trees have any depth. Pins, scheduling, search, read state,
 * thread subscriptions, link previews and uploads arrive with the operation-reference work (issue 3) and
 * are switched on here when they do: a capability is never claimed before it works.
 */
export const builtinCapabilities: Capabilities = {
  editMessages: true,
  deleteMessages: true,
  reactions: true,
  buttons: false,
  pins: 'NATIVE', // ./pins.ts
  maxPinsPerChannel: MAX_PINS_PER_CHANNEL,
  scheduledMessages: 'NATIVE', // stored by ./scheduled.ts, delivered by src/scheduler/
  search: 'NATIVE', // PostgreSQL full-text search: ./search.ts
  readState: 'NATIVE', // channel read positions: ./read-state.ts
  threadSubscriptions: 'NATIVE', // thread subscriptions and thread read positions: ./threads.ts
  linkPreviewRemoval: true, // ./link-previews.ts
  attachmentUpload: true, // stored by ./files.ts in src/files/, served by signed links
  threadModel: 'TREE',
  eventDelivery: 'PUSH',
  eventTypes: ['MESSAGE_CREATED', 'MESSAGE_UPDATED', 'MESSAGE_DELETED', 'REACTION_ADDED', 'REACTION_REMOVED', 'APP_MENTION', 'THREAD_READ', 'CHANNEL_READ', 'SCHEDULED_MESSAGE_SENT', 'SCHEDULED_MESSAGE_FAILED', 'MESSAGE_PINNED', 'MESSAGE_UNPINNED', 'LINK_PREVIEW_REMOVED', 'CHANNEL_CREATED', 'CHANNEL_RENAMED', 'CHANNEL_UPDATED', 'CHANNEL_JOINED', 'CHANNEL_LEFT'],
  maxMessageLength: MAX_MESSAGE_LENGTH,
};
