import { MemoryRateLimiter, RedisRateLimiter, type RateLimiter } from './rate-limiter.js';
import { NO_LIMITS, type ResourceLimits } from './settings.js';
import { SubscriptionQuota } from './subscription-quota.js';

/**
 * The per-key limits of one server process: request buckets in Redis when instances share one (under the
 * deployment's channel name, so deployments sharing a Redis stay apart), else in memory.
 */
export async function openLimits(
  overrides: Partial<ResourceLimits> | undefined,
  redis: { url: string | null | undefined; prefix: string },
): Promise<{ limits: ResourceLimits; rateLimiter: RateLimiter; subscriptionQuota: SubscriptionQuota }> {
  // Without a configuration (tests, benchmarks, tools) nothing is limited but what is asked for;
  // `npm start` passes the environment's (src/config.ts), whose defaults are DEFAULT_LIMITS.
  const limits: ResourceLimits = { ...NO_LIMITS, ...overrides };
  const bucket = { perSecond: limits.requestsPerSecond, burst: limits.requestBurst };
  const rateLimiter = redis.url && bucket.perSecond > 0 ? await RedisRateLimiter.connect(redis.url, redis.prefix, bucket) : new MemoryRateLimiter(bucket);
  return { limits, rateLimiter, subscriptionQuota: new SubscriptionQuota(limits.subscriptionsPerKey) };
}
