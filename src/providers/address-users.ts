import type { ProviderName, UserRecord } from './model.js';
import { isValidAddress, normalizeAddress } from './kit/email/addresses.js';

/**
 * People known only by an email address. On mail, anyone can write to a mailbox: senders and recipients
 * outside the organisation have no account on the platform, yet `Message.author` and `recipients` must
 * name them. They are users of the workspace whose id is their address (lower-cased), so a provider names
 * them in records without a lookup, and the user loader (src/loaders.ts) answers for such an id even when
 * the provider does not know it.
 */

/** The user id of the person at `address`: the address, normalized (so one person has one id). */
export function addressUserId(address: string): string {
  return normalizeAddress(address);
}

/** Whether a user id is an address (a person known by address only), as opposed to a platform's user id. */
export function isAddressUserId(id: string): boolean {
  return isValidAddress(id);
}

/**
 * The user record of a person known only by address: the display name when a header gave one, else the
 * address itself; never a bot, and a plain MEMBER (an outsider holds no role that grants anything).
 */
export function addressUser(provider: ProviderName, workspaceId: string, address: string, name?: string | null): UserRecord {
  const id = addressUserId(address);
  return { provider, workspaceId, id, name: name?.trim() || id, handle: null, email: id, avatarUrl: null, isBot: false, role: 'MEMBER' };
}
