import type { EventType } from '../../events.js';
import type { ProviderReadCache } from './read-cache.js';

/**
 * Which provider reads an event makes stale, and the caches to tell. Every ProviderReadCache registers
 * under its provider and workspace; the ingest path (src/subscriptions/ingest.ts) calls
 * `invalidateProviderReads` with every event before it is published, and the server does so again for
 * events that arrive over the bus from other instances. Tags are provider-neutral: a provider tags each
 * read with the channel it reads (`channelTag`) or, for the lists of channels a user is in, MEMBERSHIPS.
 */

/** The tag of reads of one channel's messages, threads, info and members (the provider's native id). */
export function channelTag(channelId: string): string {
  return `channel:${channelId}`;
}

/** The tag of reads that list channels (a user's memberships, the channel directory). */
export const MEMBERSHIPS = 'memberships';

/** What an event must say for invalidation: where it happened and what kind of change it is. */
export interface ReadInvalidatingEvent {
  provider: string;
  workspaceId: string;
  type: EventType;
  channelId: string | null;
}

/** Caches by `provider|workspaceId`, weakly: a connection's cache goes with its provider. */
const registered = new Map<string, Set<WeakRef<ProviderReadCache>>>();

const keyOf = (provider: string, workspaceId: string) => `${provider}|${workspaceId}`;

/** Lets events of `provider`'s workspace `workspaceId` invalidate `cache`. */
export function registerReadCache(provider: string, workspaceId: string, cache: ProviderReadCache): void {
  const key = keyOf(provider, workspaceId);
  let caches = registered.get(key);
  if (!caches) registered.set(key, (caches = new Set()));
  caches.add(new WeakRef(cache));
}

/** Drops the cached reads `event` makes stale, in every cache of its workspace. */
export function invalidateProviderReads(event: ReadInvalidatingEvent): void {
  const key = keyOf(event.provider, event.workspaceId);
  const caches = registered.get(key);
  if (!caches) return;
  for (const ref of caches) {
    const cache = ref.deref();
    if (!cache) {
      caches.delete(ref);
      continue;
    }
    if (event.channelId === null) cache.invalidateAll();
    // Channel changes (joined, left, created, renamed, deleted) also change the lists of channels.
    else cache.invalidate(event.type.startsWith('CHANNEL_') ? [channelTag(event.channelId), MEMBERSHIPS] : [channelTag(event.channelId)]);
  }
  if (caches.size === 0) registered.delete(key);
}
