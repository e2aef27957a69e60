import { Redis } from 'ioredis';
import { logUnexpected } from '../log.js';

/**
 * A token bucket per API key: `burst` requests at once, refilled at `perSecond`. In one process the buckets
 * live in memory; with REDIS_URL every instance takes from the same bucket in Redis (one Lua script, so the
 * read, refill and take are one atomic step, timed by Redis's own clock).
 */
export interface RateLimiter {
  /** Takes one token from the key's bucket; how long to wait when it is empty. */
  take(keyId: string): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }>;
  close(): Promise<void>;
}

export interface BucketSettings {
  perSecond: number;
  burst: number;
}

/** The answer when the bucket has `tokens` left (after refill) and a request needs one. */
function decide(tokens: number, perSecond: number): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
  return tokens >= 1 ? { allowed: true } : { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perSecond)) };
}

export class MemoryRateLimiter implements RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly settings: BucketSettings,
    private readonly clock: () => number = Date.now,
  ) {}

  async take(keyId: string) {
    if (this.settings.perSecond <= 0) return { allowed: true } as const;
    const now = this.clock();
    const bucket = this.buckets.get(keyId) ?? { tokens: this.settings.burst, at: now };
    bucket.tokens = Math.min(this.settings.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.settings.perSecond);
    bucket.at = now;
    const answer = decide(bucket.tokens, this.settings.perSecond);
    if (answer.allowed) bucket.tokens -= 1;
    this.buckets.set(keyId, bucket);
    // A full bucket is the same as none: forget it, so idle keys cost no memory.
    if (bucket.tokens >= this.settings.burst) this.buckets.delete(keyId);
    return answer;
  }

  async close(): Promise<void> {
    this.buckets.clear();
  }
}

// KEYS[1]: the bucket; ARGV: tokens per ms, burst. Returns {allowed, tokens left ×1000}.
const TAKE = `
local now = redis.call('TIME')
local ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or burst
local at = tonumber(state[2]) or ms
tokens = math.min(burst, tokens + math.max(0, ms - at) * rate)
local allowed = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(ms))
redis.call('PEXPIRE', KEYS[1], math.ceil(burst / rate) + 1000)
return {allowed, math.floor(tokens * 1000)}
`;

export class RedisRateLimiter implements RateLimiter {
  private constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly settings: BucketSettings,
  ) {}

  /** `prefix` keeps deployments sharing a Redis apart (the bus channel name is used). */
  static async connect(url: string, prefix: string, settings: BucketSettings): Promise<RedisRateLimiter> {
    const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
    redis.on('error', (error: unknown) => logUnexpected(error));
    await redis.connect();
    return new RedisRateLimiter(redis, prefix, settings);
  }

  async take(keyId: string) {
    if (this.settings.perSecond <= 0) return { allowed: true } as const;
    const [allowed, milliTokens] = (await this.redis.eval(TAKE, 1, `${this.prefix}:rate:${keyId}`, this.settings.perSecond / 1000, this.settings.burst)) as [number, number];
    return allowed === 1 ? ({ allowed: true } as const) : decide(milliTokens / 1000, this.settings.perSecond);
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }
}
