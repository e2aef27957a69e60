import { rateLimited } from './errors.js';

/**
 * A rate budget for one Slack connection. Slack limits every Web API method per workspace per app, at the
 * rate of the method's tier (../shared/reference/limits.md): Tier 1 1+/min, Tier 2 20+/min, Tier 3 50+/min,
 * Tier 4 100+/min, and special limits such as chat.postMessage's one message per second per channel.
 *
 * Each method (chat.postMessage: each method and channel) gets a token bucket refilled at `utilisation` of
 * its tier's rate, holding up to `burstMinutes` of it. A call takes a token or fails at once with
 * RATE_LIMITED and the seconds until a token is back: a read must fail fast, not hang. A 429 from Slack
 * pauses the method's bucket for its Retry-After, so no call is sent before Slack would take it.
 */

export type Tier = 1 | 2 | 3 | 4 | 'post' | 'special';

/** Calls per minute Slack allows for each tier (the documented lower bound of each tier). */
export const TIER_RATES_PER_MINUTE: Record<Tier, number> = {
  1: 1,
  2: 20,
  3: 50,
  4: 100,
  /** chat.postMessage: about one message per second per channel. */
  post: 60,
  /** Other special methods (chat.getPermalink…) have no published number; treated like Tier 4. */
  special: 100,
};

/** The tier of each method this codebase calls (docs.slack.dev method pages; see limits.md). */
export const METHOD_TIERS: Record<string, Tier> = {
  'auth.test': 'special',
  'team.info': 3,
  'users.info': 4,
  'users.list': 2,
  'users.lookupByEmail': 3,
  'users.conversations': 3,
  'bots.info': 3,
  'conversations.list': 2,
  'conversations.info': 3,
  'conversations.members': 4,
  'conversations.history': 3,
  'conversations.replies': 3,
  'conversations.mark': 3,
  'chat.postMessage': 'post',
  'chat.update': 3,
  'chat.delete': 3,
  'chat.getPermalink': 'special',
  'chat.scheduleMessage': 3,
  'chat.scheduledMessages.list': 3,
  'chat.deleteScheduledMessage': 3,
  'reactions.add': 3,
  'reactions.remove': 2,
  'pins.add': 2,
  'pins.remove': 2,
  'pins.list': 2,
  'search.messages': 2,
};

export interface RateBudgetOptions {
  /** Milliseconds since the epoch; injectable so tests move time without waiting. Default Date.now. */
  clock?: () => number;
  /** Share of Slack's rate to use, leaving room for other clients of the app (limits.md: at most 80%). Default 0.8. */
  utilisation?: number;
  /** How many minutes of calls a bucket holds for a burst. Default 1. */
  burstMinutes?: number;
  /** Overrides of calls per minute per tier (before `utilisation`), e.g. `{ 3: 5 }` in a test. */
  tierRates?: Partial<Record<Tier, number>>;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
  pausedUntil: number;
}

export class RateBudget {
  private readonly buckets = new Map<string, Bucket>();
  private readonly clock: () => number;
  private readonly utilisation: number;
  private readonly burstMinutes: number;
  private readonly rates: Record<Tier, number>;

  constructor(options: RateBudgetOptions = {}) {
    this.clock = options.clock ?? Date.now;
    this.utilisation = options.utilisation ?? 0.8;
    this.burstMinutes = options.burstMinutes ?? 1;
    this.rates = { ...TIER_RATES_PER_MINUTE, ...options.tierRates };
  }

  /** Calls per minute this budget allows `method`. */
  ratePerMinute(method: string): number {
    return this.rates[METHOD_TIERS[method] ?? 3] * this.utilisation;
  }

  /**
   * Takes one call's token for `method` (`scope`: a channel, for per-channel limits), or throws RATE_LIMITED
   * with `retryAfterSeconds` when the budget is spent or Slack asked us to wait.
   */
  take(method: string, scope: string | null = null): void {
    const now = this.clock();
    const bucket = this.bucket(method, scope, now);
    if (bucket.pausedUntil > now) throw rateLimited(method, (bucket.pausedUntil - now) / 1000, 'budget');
    if (bucket.tokens < 1) {
      const perMs = this.ratePerMinute(method) / 60_000;
      throw rateLimited(method, (1 - bucket.tokens) / perMs / 1000, 'budget');
    }
    bucket.tokens -= 1;
  }

  /** Honours a 429: no call of `method` goes out for `seconds`. */
  pause(method: string, seconds: number, scope: string | null = null): void {
    const now = this.clock();
    const bucket = this.bucket(method, scope, now);
    bucket.pausedUntil = Math.max(bucket.pausedUntil, now + seconds * 1000);
    // Slack knows better than our estimate: one call when the pause ends, then the tier's pace.
    bucket.tokens = 1;
  }

  /** Tokens left for `method` now (for tests and diagnostics). */
  remaining(method: string, scope: string | null = null): number {
    return this.bucket(method, scope, this.clock()).tokens;
  }

  private bucket(method: string, scope: string | null, now: number): Bucket {
    const key = scope === null ? method : `${method}|${scope}`;
    const perMinute = this.ratePerMinute(method);
    const capacity = Math.max(1, perMinute * this.burstMinutes);
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = { tokens: capacity, updatedAt: now, pausedUntil: 0 };
      this.buckets.set(key, bucket);
      return bucket;
    }
    // Refill from the later of the last update and the end of a pause: a pause earns no tokens.
    const from = Math.max(bucket.updatedAt, Math.min(bucket.pausedUntil, now));
    if (now > from) bucket.tokens = Math.min(capacity, bucket.tokens + ((now - from) * perMinute) / 60_000);
    bucket.updatedAt = now;
    return bucket;
  }
}
