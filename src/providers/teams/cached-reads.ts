import type { GraphCall } from '../kit/graph/client.js';
import { channelTag, MEMBERSHIPS } from '../kit/read-cache/invalidation.js';
import { principalKey, type Principal } from '../kit/graph/tokens.js';

/**
 * Which Graph reads of Teams the connection's read cache keeps (src/providers/kit/read-cache/), and what
 * makes them stale. Tags are the native container ids Teams' events carry as `channelId` (changes.ts,
 * roster-changes.ts: `channel:<team>:<channel>`, `chat:<chat>`, `team:<team>`), so an event of a container —
 * a message created, edited, reacted to or deleted, a channel renamed, someone joining or leaving — drops
 * exactly its reads; lists that decide access (teams, channels, chats, members) are also tagged MEMBERSHIPS,
 * which every channel event drops. Users and team infos have the connection's own caches (users.ts,
 * connection.ts); reads that resolve an event (changes.ts, roster-changes.ts, bot.ts) and the poller go to
 * Graph directly, never through this cache: they must see Graph's present.
 */

/** Reads of one channel's or chat's messages, replies and pins. */
const CONTAINER_READS = new Set([
  'channel.messages.list',
  'chat.messages.list',
  'channel.message.get',
  'channel.reply.get',
  'chat.message.get',
  'channel.replies.list',
  'chat.pins.list',
]);

/**
 * Reads that decide who sees what: a person's teams and chats, a team's channels, members of a team,
 * channel or chat; a channel read with a person's grant (Graph answers 403 to a non-member, and private
 * channels' memberships are not notified); a team's info (its archived state changes without any event).
 */
const MEMBERSHIP_READS = new Set(['teams.joined', 'chats.list', 'channels.list', 'channel.get', 'team.get', 'team.members', 'channel.members', 'chat.members']);

/**
 * Not cached (null tags): `chat.get` carries the reader's `viewpoint` (their read position), which Teams'
 * own clients move without any notification; users and the organization (cached elsewhere); search (a
 * POST, and results change with every message); membership lookups by id (event resolution).
 */

/** How long reads are reused at most when no event invalidated them. */
export interface ReadCacheTtls {
  /** Reads of one channel or chat (messages, replies, pins, the channel). */
  containerMs: number;
  /** Lists that decide access (MEMBERSHIP_READS): Graph does not notify every change of them. */
  listsMs: number;
}

/**
 * The container a read or write is about, as events name it, from the resource its cost names
 * (client.ts: `channel:<team>/<channel>`, `chat:<chat>`, `team:<team>`); null when it names none.
 */
function containerOf(call: GraphCall): string | null {
  const resource = call.cost?.resource;
  if (!resource) return null;
  if (resource.startsWith('channel:')) {
    const slash = resource.indexOf('/');
    return slash < 0 ? null : `channel:${resource.slice('channel:'.length, slash)}:${resource.slice(slash + 1)}`;
  }
  return resource.startsWith('chat:') || resource.startsWith('team:') ? resource : null;
}

/** The tags of a cacheable read, or null for a request that is always made. */
export function readTags(call: GraphCall): string[] | null {
  if (call.method !== 'GET') return null;
  const container = containerOf(call);
  if (CONTAINER_READS.has(call.operation)) return container ? [channelTag(container)] : null;
  if (MEMBERSHIP_READS.has(call.operation)) return container ? [channelTag(container), MEMBERSHIPS] : [MEMBERSHIPS];
  return null;
}

/** The longest a read may be reused (the cache's TTL caps it). */
export function readTtlMs(call: GraphCall, ttls: ReadCacheTtls): number {
  return MEMBERSHIP_READS.has(call.operation) ? ttls.listsMs : ttls.containerMs;
}

/** What a write makes stale: its container; null for a write that names none (drop everything). */
export function writeTags(call: GraphCall): string[] | null {
  const container = containerOf(call);
  return container ? [channelTag(container)] : null;
}

/**
 * The key of a read: the principal whose token reads (Graph answers by token: a person's delegated grant
 * sees what that person may see, the app's grant everything), the path with its query, and the headers
 * (Prefer changes what Graph includes). Two viewers share an answer only when they read with one grant.
 */
export function readCacheKey(principal: Principal, path: string, call: GraphCall): string {
  return `${principalKey(principal)}\u0000${path}\u0000${JSON.stringify(call.headers ?? {})}`;
}
