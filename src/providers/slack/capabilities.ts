import type { Capabilities, EventDelivery, EventType } from '../types.js';

/** Slack's limit on a message's `text` (chat.postMessage answers msg_too_long beyond). */
export const MAX_MESSAGE_LENGTH = 40_000;

/**
 * What a Slack workspace does through Switchboard today. Threads are one level deep (FLAT). Pins, search,
 * scheduled messages and read state have Slack methods and come next: each stays NONE until it works (the
 * methods answer UNSUPPORTED, see ./unsupported.ts). Deleting keeps a tombstone only for a thread root that
 * still has replies, as Slack does. Events arrive by push (Events API); the event types listed are those
 * published for changes made through Switchboard; the webhook work adds what Slack's events bring.
 */
export const slackCapabilities: Capabilities = {
  editMessages: true,
  deleteMessages: true,
  reactions: true,
  buttons: true,
  pins: 'NONE',
  maxPinsPerChannel: null,
  scheduledMessages: 'EMULATED', // native schedule, list, cancel; update and send-now emulated (scheduled.ts)
  search: 'NONE',
  readState: 'NONE',
  threadSubscriptions: 'NONE',
  linkPreviewRemoval: false,
  attachmentUpload: false,
  threadModel: 'FLAT',
  eventDelivery: 'PUSH',
  eventTypes: ['MESSAGE_CREATED', 'MESSAGE_UPDATED', 'MESSAGE_DELETED', 'REACTION_ADDED', 'REACTION_REMOVED', 'APP_MENTION'],
  maxMessageLength: MAX_MESSAGE_LENGTH,
  tombstones: 'WITH_REPLIES',
};

/** Events a polled workspace emits on its own: the poller sees new messages only. */
const POLLED_EVENT_TYPES: EventType[] = ['MESSAGE_CREATED'];

/** The capabilities of one connection: how its events arrive is the connection's choice. */
export function capabilitiesFor(options: { eventDelivery?: EventDelivery; eventTypes?: EventType[] }): Capabilities {
  const delivery = options.eventDelivery ?? 'PUSH';
  return {
    ...slackCapabilities,
    eventDelivery: delivery,
    eventTypes: options.eventTypes ?? (delivery === 'POLL' ? POLLED_EVENT_TYPES : slackCapabilities.eventTypes),
  };
}
