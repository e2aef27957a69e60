/**
 * Provider-call economy for one connection: concurrent identical reads share one call (coalescing across
 * requests), and answers stay in memory for a short time so that a client refreshing the same view does not
 * spend the provider's rate budget again. Never on disk or in the database: message content passes through.
 *
 * Freshness: every entry carries tags (a channel, the membership lists) and the events that webhooks and
 * pollers deliver invalidate them (./invalidation.ts, called by the ingest path before an event is
 * published), as do writes made through the connection. So a change the provider reported is visible on the
 * very next read; what no event reports (a platform that pushes nothing, a change missed) is at most `ttlMs`
 * old.
 *
 * Access: the key is the caller's (the provider's) and must name whatever the provider's answer depends
 * on, in particular the token (or user) that reads: a viewer never gets an answer read with a token it could
 * not use. Values are shared between callers: treat them as read-only.
 */

export interface ReadCacheOptions {
  /** How long an answer is reused when no event invalidated it. Default 30 s. */
  ttlMs?: number;
  /** Entries kept at most (the oldest are dropped first). Default 2,000. */
  maxEntries?: number;
  /** Milliseconds since the epoch. Default Date.now. */
  clock?: () => number;
}

/** What the cache saved: calls made, answers reused, calls joined while in flight. */
export interface ReadCacheStats {
  loads: number;
  hits: number;
  coalesced: number;
  invalidations: number;
}

interface Entry {
  value: Promise<unknown>;
  /** Infinity while the call is in flight. */
  expiresAt: number;
  tags: readonly string[];
}

/** The tag of every read that depends on nothing narrower (invalidated by every event). */
export const ANY = '*';

export class ProviderReadCache {
  private readonly entries = new Map<string, Entry>();
  private readonly keysByTag = new Map<string, Set<string>>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly clock: () => number;
  readonly stats: ReadCacheStats = { loads: 0, hits: 0, coalesced: 0, invalidations: 0 };

  constructor(options: ReadCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? 30_000;
    this.maxEntries = options.maxEntries ?? 2_000;
    this.clock = options.clock ?? Date.now;
  }

  /**
   * The answer of `load`, shared with every identical read (same `key`) in flight or made within the TTL
   * and not invalidated since (`ttlMs`: a shorter TTL for this read). Failures are never kept: the next read
   * calls again.
   */
  read<T>(key: string, tags: readonly string[], load: () => Promise<T>, ttlMs = this.ttlMs): Promise<T> {
    const now = this.clock();
    const found = this.entries.get(key);
    if (found && found.expiresAt > now) {
      if (found.expiresAt === Infinity) this.stats.coalesced += 1;
      else this.stats.hits += 1;
      return found.value as Promise<T>;
    }
    if (found) this.remove(key);
    this.stats.loads += 1;
    const entry: Entry = { value: load(), expiresAt: Infinity, tags };
    this.entries.set(key, entry);
    for (const tag of tags) {
      let keys = this.keysByTag.get(tag);
      if (!keys) this.keysByTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
    entry.value.then(
      () => {
        // Only if still current: an invalidation during the call dropped it, and its answer may be stale.
        if (this.entries.get(key) === entry) entry.expiresAt = this.clock() + Math.min(ttlMs, this.ttlMs);
      },
      () => {
        if (this.entries.get(key) === entry) this.remove(key);
      },
    );
    if (this.entries.size > this.maxEntries) this.remove(this.entries.keys().next().value as string);
    return entry.value as Promise<T>;
  }

  /**
   * Drops every entry tagged with one of `tags`, and every entry tagged ANY. Calls in flight finish for
   * those already waiting, but later reads call again.
   */
  invalidate(tags: readonly string[]): void {
    this.stats.invalidations += 1;
    for (const tag of [...tags, ANY]) {
      const keys = this.keysByTag.get(tag);
      if (!keys) continue;
      for (const key of [...keys]) this.remove(key);
    }
  }

  /** Drops everything (the connection changed, or an event says nothing narrower). */
  invalidateAll(): void {
    this.stats.invalidations += 1;
    this.entries.clear();
    this.keysByTag.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    for (const tag of entry.tags) {
      const keys = this.keysByTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.keysByTag.delete(tag);
    }
  }
}
