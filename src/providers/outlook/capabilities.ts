import type { Capabilities, EventDelivery } from '../capabilities.js';

/** Longest body Switchboard sends (Exchange takes far more; a message record's text is capped here). */
export const MAX_MESSAGE_LENGTH = 1_000_000;

/**
 * What an Outlook mailbox does through Switchboard:
 * - threads are real reply trees built from Message-ID / In-Reply-To / References (TREE);
 * - sent mail cannot be edited, mail has no reactions, pins or buttons (UNSUPPORTED);
 * - deleting moves mail to Deleted Items; it stays a tombstone only while replies hang below it;
 * - read state and search are Outlook's own (NATIVE: `isRead`, `unreadItemCount`, `$search`);
 * - messages are mail (`email`): sends take subject, to, cc, bcc and html; records carry recipients;
 * - the mailbox is one person's (`audience: PERSONAL`): only its linked owner reads or acts; others are senders
 *   and recipients by address, and the owner's own mail lands in Sent Items;
 * - scheduled messages are kept (sealed) and sent by Switchboard's scheduler: the definition adds that part
 *   and `scheduledMessages: EMULATED` (../kit/scheduled/); the bare provider says NONE;
 * - outgoing files are staged (sealed) in Switchboard until their mail is sent, then put on the draft inline
 *   (≤ 3 MB) or through an upload session (outgoing-attachments.ts): the definition adds the `uploads` part
 *   and `attachmentUpload: true` (../kit/uploads/); the bare provider, with nowhere to stage, says false;
 * - events are pushed (PUSH: change notifications of each watched folder through the `microsoft` route
 *   family) for mailboxes connected to a server with an https PUBLIC_URL, and come from per-folder delta
 *   polling (POLL) otherwise; the static value says POLL, what every mailbox can have. Both report
 *   MESSAGE_CREATED / UPDATED / DELETED (a move: DELETED in one folder, CREATED or, polled, UPDATED in the other).
 */
export const outlookCapabilities: Capabilities = {
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
  eventDelivery: 'POLL',
  eventTypes: ['MESSAGE_CREATED', 'MESSAGE_UPDATED', 'MESSAGE_DELETED'],
  maxMessageLength: MAX_MESSAGE_LENGTH,
  tombstones: 'WITH_REPLIES',
  replyBroadcast: false,
  email: true,
  audience: 'PERSONAL',
};

/** A mailbox's capabilities by how its events arrive (its stored connection's eventDelivery; default POLL). */
export function capabilitiesFor(options: { eventDelivery?: EventDelivery }): Capabilities {
  return { ...outlookCapabilities, eventDelivery: options.eventDelivery ?? 'POLL' };
}
