/**
 * Native ids of a Gmail mailbox (one workspace):
 * - channel: the label id (`INBOX`, `SENT`, `STARRED`, `IMPORTANT`, `Label_12`);
 * - message: `<threadId>:<messageId>` (Gmail's hex ids). The thread travels in the id so that any read of
 *   a message is one `threads.get`, which also gives its place in the reply tree;
 * - user: the address, normalized (../address-users.ts: mail has no user directory; a person is their address).
 */

import { addressUserId, isAddressUserId } from '../address-users.js';

const HEX = /^[0-9a-f]{6,32}$/;

export function messageNativeId(threadId: string, messageId: string): string {
  return `${threadId}:${messageId}`;
}

export function parseMessageId(id: string): { threadId: string; messageId: string } | null {
  const [threadId, messageId, extra] = id.split(':');
  if (extra !== undefined || !threadId || !messageId || !HEX.test(threadId) || !HEX.test(messageId)) return null;
  return { threadId, messageId };
}

export function isLabelId(id: string): boolean {
  return /^[A-Za-z0-9_]{1,64}$/.test(id);
}

/** Whether a user id is a person's (an address in its normalized form, ../address-users.ts). */
export function isAddressId(id: string): boolean {
  return isAddressUserId(id) && id === addressUserId(id);
}

/** The system labels shown as channels; others (UNREAD, DRAFT, SPAM, TRASH, CHAT, CATEGORY_*) are states or hidden. */
export const CHANNEL_SYSTEM_LABELS = ['INBOX', 'SENT', 'STARRED', 'IMPORTANT'] as const;

export function isChannelLabel(label: { id: string; type?: string | null }): boolean {
  return label.type === 'user' || (CHANNEL_SYSTEM_LABELS as readonly string[]).includes(label.id);
}

export const gmailNativeIds = { messageNativeId, parseMessageId, isLabelId, isAddressId };
