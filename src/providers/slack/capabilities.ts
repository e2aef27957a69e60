import type { Capabilities, EventDelivery } from '../capabilities.js';
import type { EventType } from '../events.js';
import { MAX_PINS_PER_CHANNEL } from './features/pins.js';

/** Slack's limit on a message's `text` (chat.postMessage answers msg_too_long beyond). */
export const MAX_MESSAGE_LENGTH = 40_000;

/**
 * What a Slack workspace does through Switchboard today. Threads are one level deep (FLAT). Pins, search,
 * scheduled messages and read state use Slack's methods; thread subscriptions, which Slack's API lacks, are
 * kept by Switchboard (each is a part in ./features/). What SlackProvider has no part for says NONE or
 * false here, and callers get UNSUPPORTED. Deleting keeps a tombstone only for a thread root that
 * still has replies, as Slack does. Events arrive by push (Events API); the event types listed are those
 * published for changes made through Switchboard; the webhook work adds what Slack's events bring.
 */
export const slackCapabilities: Capabilities = {
  editMessages: true,
  deleteMessages: true,
  reactions: true,
  buttons: true,
  pins: 'NATIVE', // pins.add / remove / list (features/pins.ts)
  maxPinsPerChannel: MAX_PINS_PER_CHANNEL,
  scheduledMessages: 'EMULATED', // native schedule, list, cancel; update and send-now emulated (features/scheduled.ts)
  search: 'NATIVE', // search.messages with the viewer's own user token; UNSUPPORTED for a viewer without one (features/search.ts)
  readState: 'NATIVE', // conversations.mark / conversations.info (features/read-state.ts)
  threadSubscriptions: 'EMULATED', // kept by Switchboard (features/thread-subscriptions.ts); NONE without a database, see capabilitiesFor
  linkPreviewRemoval: false,
  attachmentUpload: false,
  channelAdministration: false,
  threadModel: 'FLAT',
  eventDelivery: 'PUSH',
  eventTypes: ['MESSAGE_CREATED', 'MESSAGE_UPDATED', 'MESSAGE_DELETED', 'REACTION_ADDED', 'REACTION_REMOVED', 'APP_MENTION', 'MESSAGE_PINNED', 'MESSAGE_UNPINNED', 'THREAD_READ', 'CHANNEL_READ'],
  maxMessageLength: MAX_MESSAGE_LENGTH,
  tombstones: 'WITH_REPLIES',
};

/** Events a polled workspace emits on its own: the poller sees new messages only. */
const POLLED_EVENT_TYPES: EventType[] = ['MESSAGE_CREATED'];

/** The capabilities of one connection: how its events arrive is the connection's choice. */
export function capabilitiesFor(options: { eventDelivery?: EventDelivery; eventTypes?: EventType[]; db?: unknown }): Capabilities {
  const delivery = options.eventDelivery ?? 'PUSH';
  return {
    ...slackCapabilities,
    // Thread subscriptions live in Switchboard's database; a connection opened without one has none.
    threadSubscriptions: options.db ? slackCapabilities.threadSubscriptions : 'NONE',
    eventDelivery: delivery,
    eventTypes: options.eventTypes ?? (delivery === 'POLL' ? POLLED_EVENT_TYPES : slackCapabilities.eventTypes),
  };
}
