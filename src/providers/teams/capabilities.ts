import type { Capabilities, EventDelivery } from '../capabilities.js';
import type { EventType } from '../events.js';

/** Teams' limit on a message body (about 28 KB of HTML; Graph answers 413 beyond). */
export const MAX_MESSAGE_LENGTH = 28_000;

/**
 * What a Teams workspace does through Switchboard today, honestly:
 * - threads are one level deep in channels (FLAT), chats have none;
 * - Graph soft-deletes: every deleted message stays a tombstone (`tombstones: ALWAYS`);
 * - Graph has no reply "also sent to the channel" (`replyBroadcast: false`);
 * - pins exist for chat messages only (pins.ts); the workspace-level flag cannot say "chats only", so it
 *   says NONE and channel messages answer UNSUPPORTED (a per-channel capability is needed; see README);
 * - scheduled messages are kept (sealed) and delivered by Switchboard's scheduler: the definition adds
 *   that part and `scheduledMessages: EMULATED` to every provider its runtime opens (../kit/scheduled/);
 * - read state is EMULATED, half native: a chat's position is Graph's own (NATIVE: the signed-in person's
 *   `viewpoint.lastMessageReadDateTime`, moved by `markChatReadForUser` / `markChatUnreadForUser`, so it
 *   needs the person's delegated grant), a channel's position is Switchboard's (Graph has none: kept as
 *   metadata, ids only, in ../kit/read-positions/), and so is every thread position (read-state.ts);
 * - thread subscriptions are Switchboard's (EMULATED, ../kit/read-positions/thread-store.ts): Graph has none
 *   (thread-subscriptions.ts);
 * - read state and thread subscriptions need Switchboard's database: a connection opened without one says
 *   NONE for both (capabilitiesFor);
 * - search is NATIVE: Microsoft Search (`POST /search/query`, entityTypes chatMessage) with the viewer's own
 *   delegated grant (Graph refuses application permissions for it); a viewer without one gets UNSUPPORTED
 *   (search.ts);
 * - change notifications without resource data (encrypted resource data is not supported yet): Graph reports
 *   a reaction as an update of the message, so the message is read and compared with the reactions last
 *   seen of it (a bounded in-memory map per connection, ids and emoji only; changes.ts): REACTION_ADDED /
 *   REACTION_REMOVED with emoji and actor. When the previous state is unknown (first sight of the message,
 *   or after a restart) the update stays MESSAGE_UPDATED, as Graph gave it.
 * - channel events from the notifications on channels and memberships (roster-changes.ts): CHANNEL_CREATED,
 *   CHANNEL_RENAMED (a channel whose name was seen before; else CHANNEL_UPDATED), CHANNEL_UPDATED,
 *   CHANNEL_DELETED, CHANNEL_JOINED / CHANNEL_LEFT of teams and chats; polled tenants compare the lists each
 *   round (roster-poll.ts), private and shared channels' members included;
 * - BUTTON_CLICKED: adaptive-card clicks reach the app's bot through the Bot Framework, not Graph
 *   (POST /webhooks/microsoft/bot, bot.ts); a polled tenant has no public URL, so it has none.
 */
const MESSAGE_EVENT_TYPES: EventType[] = ['MESSAGE_CREATED', 'MESSAGE_UPDATED', 'MESSAGE_DELETED', 'REACTION_ADDED', 'REACTION_REMOVED'];
const CHANNEL_EVENT_TYPES: EventType[] = ['CHANNEL_CREATED', 'CHANNEL_RENAMED', 'CHANNEL_UPDATED', 'CHANNEL_DELETED', 'CHANNEL_JOINED', 'CHANNEL_LEFT'];

export const teamsCapabilities: Capabilities = {
  editMessages: true,
  deleteMessages: true,
  reactions: true,
  buttons: true,
  pins: 'NONE',
  maxPinsPerChannel: null,
  scheduledMessages: 'NONE', // of the bare provider: the definition (index.ts) adds the part and says EMULATED (../kit/scheduled/)
  search: 'NATIVE', // Microsoft Search with the viewer's own delegated grant; UNSUPPORTED without one (search.ts)
  readState: 'EMULATED', // chats NATIVE (Graph's viewpoint), channels and threads Switchboard's (read-state.ts); NONE without a database
  threadSubscriptions: 'EMULATED', // Switchboard's (thread-subscriptions.ts); NONE without a database
  linkPreviewRemoval: false,
  attachmentUpload: false,
  channelAdministration: false,
  threadModel: 'FLAT',
  eventDelivery: 'PUSH',
  eventTypes: [...MESSAGE_EVENT_TYPES, ...CHANNEL_EVENT_TYPES, 'BUTTON_CLICKED'],
  maxMessageLength: MAX_MESSAGE_LENGTH,
  tombstones: 'ALWAYS',
  replyBroadcast: false,
};

/**
 * Events a polled workspace sees: delta queries report new, changed and deleted messages alike (reactions
 * compared as above), and the lists compared each round the channel events; no clicks (no public URL).
 */
const POLLED_EVENT_TYPES: EventType[] = [...MESSAGE_EVENT_TYPES, ...CHANNEL_EVENT_TYPES];

/** The capabilities of one connection: how its events arrive is the connection's choice. */
export function capabilitiesFor(options: { eventDelivery?: EventDelivery; db?: unknown }): Capabilities {
  const delivery = options.eventDelivery ?? 'PUSH';
  return {
    ...teamsCapabilities,
    // Channel and thread positions live in Switchboard's database; a connection opened without one has neither.
    readState: options.db ? teamsCapabilities.readState : 'NONE',
    threadSubscriptions: options.db ? teamsCapabilities.threadSubscriptions : 'NONE',
    eventDelivery: delivery,
    eventTypes: delivery === 'POLL' ? POLLED_EVENT_TYPES : teamsCapabilities.eventTypes,
  };
}
