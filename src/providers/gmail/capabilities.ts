import type { Capabilities, EventDelivery } from '../capabilities.js';

/** Gmail's limit on a raw message sent through the API (35 MB); text far below it is what clients send. */
export const MAX_MESSAGE_LENGTH = 1_000_000;

/**
 * What a Gmail mailbox does through Switchboard:
 * - messages are mail (`email`): sends take subject, to, cc, bcc and html; records carry recipients, and
 *   people are users by address (../address-users.ts), named from the headers (../kit/email/people.ts);
 * - threads are real reply trees inside each Gmail thread (TREE), from Message-ID/In-Reply-To/References;
 * - delete moves to Trash: a trashed message that still has replies stays a tombstone, others are gone
 *   (`tombstones: WITH_REPLIES`); mail has no "also sent to the channel" (`replyBroadcast: false`);
 * - read state (the UNREAD label) and search (Gmail's `q`) are NATIVE;
 * - the mailbox is one person's (`audience: PERSONAL`): only its linked owner reads or acts; others are senders
 *   and recipients by address, and the owner's own mail is filed under SENT;
 * - reactions, pins, buttons and edits of sent mail do not exist in mail: NONE/false, and they answer UNSUPPORTED;
 * - scheduled messages are kept (sealed) and sent by Switchboard's scheduler: the definition adds that part
 *   and `scheduledMessages: EMULATED` (../kit/scheduled/, index.ts); the bare provider says NONE;
 * - labels are not edited here (no channel administration);
 * - outgoing files are staged (sealed) in Switchboard until their mail is sent as multipart/mixed through the
 *   media upload endpoint (writes.ts, ≤ 35 MB a mail): the definition adds the `uploads` part and
 *   `attachmentUpload: true` (../kit/uploads/); the bare provider, with nowhere to stage, says false.
 */
export const gmailCapabilities: Capabilities = {
  editMessages: false,
  deleteMessages: true,
  reactions: false,
  buttons: false,
  pins: 'NONE',
  maxPinsPerChannel: null,
  scheduledMessages: 'NONE',
  search: 'NATIVE',
  readState: 'NATIVE',
  threadSubscriptions: 'NONE',
  linkPreviewRemoval: false,
  attachmentUpload: false,
  channelAdministration: false,
  threadModel: 'TREE',
  eventDelivery: 'PUSH',
  eventTypes: ['MESSAGE_CREATED', 'MESSAGE_UPDATED', 'MESSAGE_DELETED'],
  maxMessageLength: MAX_MESSAGE_LENGTH,
  tombstones: 'WITH_REPLIES',
  replyBroadcast: false,
  audience: 'PERSONAL',
  email: true,
};

/** One mailbox's capabilities: push (users.watch) or polling (history.list) is the connection's choice. */
export function capabilitiesFor(options: { eventDelivery?: EventDelivery }): Capabilities {
  return { ...gmailCapabilities, eventDelivery: options.eventDelivery ?? 'PUSH' };
}
