import type { Capabilities } from '../types.js';

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
  pins: 'NONE',
  maxPinsPerChannel: null,
  scheduledMessages: 'NONE',
  search: 'NONE',
  readState: 'NONE',
  threadSubscriptions: 'NONE',
  linkPreviewRemoval: false,
  attachmentUpload: false,
  threadModel: 'TREE',
  eventDelivery: 'PUSH',
  eventTypes: ['MESSAGE_CREATED', 'MESSAGE_UPDATED', 'MESSAGE_DELETED', 'REACTION_ADDED', 'REACTION_REMOVED', 'APP_MENTION'],
  maxMessageLength: MAX_MESSAGE_LENGTH,
};
