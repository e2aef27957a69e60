import type { Capabilities } from '../../../src/providers/capabilities.js';

/** Longest message text the memory workspace accepts (the built-in workspace's and Slack's limit). */
export const MAX_MESSAGE_LENGTH = 40_000;

/**
 * What the memory workspace does: the core of a messaging platform and nothing more. Reply trees of any
 * depth (TREE), edits, tombstones that always stay (ALWAYS), reactions. None of the optional features:
 * read state, thread subscriptions, scheduled messages, search, pins, link previews, uploads and channel
 * administration are parts it does not have (callers get UNSUPPORTED), and the flags below say so. Events are the ones
 * Switchboard publishes for writes made through it (PUSH: nobody needs to poll a store in the process).
 */
export const memoryCapabilities: Capabilities = {
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
  channelAdministration: false,
  linkPreviewRemoval: false,
  attachmentUpload: false,
  threadModel: 'TREE',
  eventDelivery: 'PUSH',
  eventTypes: ['MESSAGE_CREATED', 'MESSAGE_UPDATED', 'MESSAGE_DELETED', 'REACTION_ADDED', 'REACTION_REMOVED'],
  maxMessageLength: MAX_MESSAGE_LENGTH,
  tombstones: 'ALWAYS',
};

/** A memory mailbox (`new MemoryWorkspace({ email: true })`): the same, with mail's subject, recipients and html. */
export const memoryMailCapabilities: Capabilities = { ...memoryCapabilities, email: true };

/**
 * A memory mailbox of one person (`new MemoryWorkspace({ personal: true })`): the owner alone reads it, and
 * like every mailbox it has no reply "also sent to the channel".
 */
export const memoryPersonalCapabilities: Capabilities = { ...memoryMailCapabilities, audience: 'PERSONAL', replyBroadcast: false };
