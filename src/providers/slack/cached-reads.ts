import { channelTag, MEMBERSHIPS } from '../kit/read-cache/invalidation.js';

/**
 * Which Slack reads the connection's read cache keeps (src/providers/kit/read-cache/), and what makes them
 * stale. Reads of one channel are tagged with it, so an event of that channel (a webhook's message, edit,
 * reaction, pin) or a write to it drops them; lists of channels are tagged MEMBERSHIPS, dropped by channel
 * events (joined, left, created…). users.info and team.info have the connection's own longer-lived cache
 * (users.ts, connection.ts); search and conversations.info are never cached.
 */

/**
 * Reads whose answer is about one channel (`args.channel`). Not conversations.info: with a user's token it
 * carries that user's read position (last_read, unread counts), which Slack changes without telling the
 * app (a read in Slack's own client sends no event), so it is always read.
 */
const CHANNEL_READS = new Set(['conversations.replies', 'conversations.history', 'conversations.members', 'pins.list']);
/** Reads that list channels. */
const MEMBERSHIP_READS = new Set(['users.conversations', 'conversations.list']);

/**
 * How long a read may be reused at most when no event invalidated it. Lists of a user's channels decide
 * access, and Slack sends no event for channels the app is not in: they stay short, like account links.
 */
export function readTtlMs(method: string): number {
  return MEMBERSHIP_READS.has(method) ? 30_000 : Infinity;
}

/** The tags of a cacheable read, or null for a read that is always made. */
export function readTags(method: string, args: Record<string, unknown>): string[] | null {
  if (CHANNEL_READS.has(method) && typeof args.channel === 'string') return [channelTag(args.channel)];
  if (MEMBERSHIP_READS.has(method)) return [MEMBERSHIPS];
  return null;
}

/** What a write makes stale: its channel (and channel lists, for conversations.* writes); null: everything. */
export function writeTags(method: string, args: Record<string, unknown>): string[] | null {
  if (typeof args.channel !== 'string') return null;
  return method.startsWith('conversations.') ? [channelTag(args.channel), MEMBERSHIPS] : [channelTag(args.channel)];
}

/**
 * The key of a read: method, arguments and the token. Slack answers by token (a bot sees the channels it
 * was invited to, a user token what that user is in), so two viewers share an answer only when they read
 * with the same token; access of a viewer is decided by its own reads (users.conversations for that user).
 */
export function readCacheKey(method: string, args: Record<string, unknown>, token: string): string {
  return `${method}\u0000${token}\u0000${JSON.stringify(args)}`;
}
