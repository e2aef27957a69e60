import { addressUserId } from '../address-users.js';

/**
 * Native ids of an Outlook mailbox (a workspace of one person):
 * - a channel is a mail folder, by Graph's folder id;
 * - a message is Graph's immutable message id (every call asks `Prefer: IdType="ImmutableId"`, so an id
 *   survives moves between folders, deleting to Deleted Items included);
 * - a user is a mail address (../address-users.ts): people outside the organisation are users too, by address.
 */

export const userIdOf = (address: string | null | undefined): string | null => (address?.trim() ? addressUserId(address) : null);

/** A folder id or message id in a Graph path segment. */
export const segment = (id: string): string => encodeURIComponent(id);
