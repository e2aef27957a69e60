import { rateLimited } from './errors.js';

/**
 * The rate budget of one Microsoft 365 tenant for Switchboard's app. Graph throttles each kind of request
 * per app per tenant, per resource (a chat, a channel, a team, a mailbox) and per user
 * (shared/reference/limits.md 5b/5c); each limit is a token bucket here, refilled at `utilisation` (80%) of
 * the listed rate and holding `burstSeconds` of it. A call takes one token from every bucket its cost names,
 * or none: when one is empty it fails at once with RATE_LIMITED and the seconds until a token is back, so a
 * read never hangs on Graph's limits. A 429 or 503 from Graph pauses the buckets of the call for its
 * Retry-After: nothing of that kind is sent before Graph would take it.
 */

export interface RequestLimits {
  /** Requests per second for the app in the tenant. */
  perTenant: number;
  /** Requests per second on one resource (the `resource` of the cost). */
  perResource?: number;
  /** Requests per second by one user (delegated calls). */
  perUser?: number;
  /** Requests per day on one resource (Teams: 3,000 messages per app per day to a channel). */
  perResourcePerDay?: number;
}

/** Which limits a call counts against. */
export interface RequestCost {
  /** A row of the limits table (`channel-messages.read`, `mail.read`…). */
  kind: string;
  /** The resource the per-resource limit is about (`channel:<team>/<channel>`, `chat:<id>`, `mailbox:<user>`). */
  resource?: string | null;
  /** The acting user, for per-user limits; null for application calls. */
  userId?: string | null;
}

/**
 * Teams limits per app per tenant (limits.md 5b, throttling-limits 2025-01): the per-resource column where
 * Microsoft lists one, and 1 rps per chat or channel for unlisted requests. The global per-app limits are far
 * above what one tenant may use and are not tracked.
 */
export const TEAMS_LIMITS: Record<string, RequestLimits> = {
  'channel-messages.read': { perTenant: 20, perResource: 1 },
  'channel-messages.post': { perTenant: 50, perResource: 1, perUser: 1, perResourcePerDay: 3000 },
  'chats.list': { perTenant: 20, perUser: 1 },
  'chat.read': { perTenant: 200, perResource: 1, perUser: 5 },
  'chat-messages.read': { perTenant: 20, perResource: 1 },
  'chat-messages.post': { perTenant: 20, perResource: 1, perUser: 1 },
  'channels.list': { perTenant: 60, perResource: 4 },
  // Unlisted requests: "Default, unlisted GET" 30 rps per tenant, 1 rps per chat or channel.
  default: { perTenant: 30, perResource: 1 },
  // Subscriptions and batches of users are directory calls, far less constrained; kept generous but finite.
  directory: { perTenant: 30 },
};

export interface GraphRateBudgetOptions {
  /** The limits table; default TEAMS_LIMITS. */
  limits?: Record<string, RequestLimits>;
  /** Milliseconds since the epoch; injectable so tests move time. Default Date.now. */
  clock?: () => number;
  /** Share of the listed rate to use (limits.md: at most 80%; Graph also enforces ~83% sustained). Default 0.8. */
  utilisation?: number;
  /**
   * Seconds of calls a bucket holds for a burst. Default 10: Graph evaluates its limits over windows (and
   * ~83% sustained over longer ones), so a request may read, say, eight messages of one channel at once
   * while the channel's 1 rps holds on average.
   */
  burstSeconds?: number;
  /** The provider name errors carry. Default 'teams'. */
  provider?: string;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
  pausedUntil: number;
  perMs: number;
  capacity: number;
}

export class GraphRateBudget {
  private readonly buckets = new Map<string, Bucket>();
  private readonly limits: Record<string, RequestLimits>;
  private readonly clock: () => number;
  private readonly utilisation: number;
  private readonly burstSeconds: number;
  private readonly provider: string;

  constructor(options: GraphRateBudgetOptions = {}) {
    this.limits = options.limits ?? TEAMS_LIMITS;
    this.clock = options.clock ?? Date.now;
    this.utilisation = options.utilisation ?? 0.8;
    this.burstSeconds = options.burstSeconds ?? 10;
    this.provider = options.provider ?? 'teams';
  }

  /** Takes one token from every bucket of `cost`, or throws RATE_LIMITED (taking nothing). */
  take(cost: RequestCost, operation: string): void {
    const now = this.clock();
    const buckets = this.bucketsOf(cost, now);
    let wait = 0;
    for (const bucket of buckets) {
      if (bucket.pausedUntil > now) wait = Math.max(wait, bucket.pausedUntil - now);
      else if (bucket.tokens < 1) wait = Math.max(wait, (1 - bucket.tokens) / bucket.perMs);
    }
    if (wait > 0) throw rateLimited(this.provider, operation, wait / 1000, 'budget');
    for (const bucket of buckets) bucket.tokens -= 1;
  }

  /** Honours a 429/503: nothing counted against `cost`'s buckets goes out for `seconds`. */
  pause(cost: RequestCost, seconds: number): void {
    const now = this.clock();
    for (const bucket of this.bucketsOf(cost, now)) {
      bucket.pausedUntil = Math.max(bucket.pausedUntil, now + seconds * 1000);
      // Graph knows better than our estimate: one call when the pause ends, then the listed pace.
      bucket.tokens = Math.min(bucket.tokens, 1);
    }
  }

  /** Tokens left in the tightest bucket of `cost` (tests and diagnostics). */
  remaining(cost: RequestCost): number {
    return Math.min(...this.bucketsOf(cost, this.clock()).map((bucket) => bucket.tokens));
  }

  private bucketsOf(cost: RequestCost, now: number): Bucket[] {
    const limits = this.limits[cost.kind] ?? this.limits.default ?? { perTenant: 30 };
    const buckets = [this.bucket(`${cost.kind}|tenant`, limits.perTenant, now)];
    if (cost.resource && limits.perResource) buckets.push(this.bucket(`${cost.kind}|resource|${cost.resource}`, limits.perResource, now));
    if (cost.userId && limits.perUser) buckets.push(this.bucket(`${cost.kind}|user|${cost.userId}`, limits.perUser, now));
    if (cost.resource && limits.perResourcePerDay) {
      // A daily quota is not a burst allowance: the bucket holds the whole day and refills over the day.
      buckets.push(this.bucket(`${cost.kind}|day|${cost.resource}`, limits.perResourcePerDay / 86_400, now, limits.perResourcePerDay * this.utilisation));
    }
    return buckets;
  }

  private bucket(key: string, perSecond: number, now: number, capacityOverride?: number): Bucket {
    const perMs = (perSecond * this.utilisation) / 1000;
    const capacity = capacityOverride ?? Math.max(1, perSecond * this.utilisation * this.burstSeconds);
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = { tokens: capacity, updatedAt: now, pausedUntil: 0, perMs, capacity };
      this.buckets.set(key, bucket);
      return bucket;
    }
    // A pause earns no tokens: refill from the later of the last update and the end of the pause.
    const from = Math.max(bucket.updatedAt, Math.min(bucket.pausedUntil, now));
    if (now > from) bucket.tokens = Math.min(bucket.capacity, bucket.tokens + (now - from) * bucket.perMs);
    bucket.updatedAt = now;
    return bucket;
  }
}
