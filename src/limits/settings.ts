/**
 * What one API key may take of a server (issue 15): requests (a token bucket), subscriptions held at once,
 * upload bytes a day; and how long an upload may wait for a message before it is collected. Each from the
 * environment, with the defaults below; `loadLimits` throws an Error naming a bad variable and value.
 */
export interface ResourceLimits {
  /** Tokens a key's bucket gains per second (RATE_LIMIT_PER_SECOND); 0 turns request limiting off. */
  requestsPerSecond: number;
  /** The bucket's size: requests a key may make at once after a quiet spell (RATE_LIMIT_BURST). */
  requestBurst: number;
  /** Subscriptions one graphql-ws connection may hold (SUBSCRIPTIONS_PER_CONNECTION). */
  subscriptionsPerConnection: number;
  /** Subscriptions one API key may hold at once on this instance, over every connection (SUBSCRIPTIONS_PER_KEY). */
  subscriptionsPerKey: number;
  /** Bytes one user may upload to a workspace in 24 hours (UPLOAD_QUOTA_BYTES_PER_DAY). */
  uploadBytesPerDay: number;
  /** Hours an upload may wait for a message before it is removed (UNATTACHED_UPLOAD_HOURS). */
  unattachedUploadHours: number;
  /** How often stored files are collected, in ms (FILE_GC_INTERVAL_MS); 0 turns it off. */
  fileCollectionIntervalMs: number;
}

export const DEFAULT_LIMITS: ResourceLimits = Object.freeze({
  requestsPerSecond: 20,
  requestBurst: 200,
  subscriptionsPerConnection: 50,
  subscriptionsPerKey: 200,
  uploadBytesPerDay: 1024 * 1024 * 1024,
  unattachedUploadHours: 24,
  fileCollectionIntervalMs: 3_600_000,
});

/**
 * No limits: what a process started without a configuration (tests, benchmarks, tools) gets; `npm start`
 * reads the environment (loadLimits), whose defaults are DEFAULT_LIMITS.
 */
export const NO_LIMITS: ResourceLimits = Object.freeze({
  requestsPerSecond: 0,
  requestBurst: 1,
  subscriptionsPerConnection: Infinity,
  subscriptionsPerKey: Infinity,
  uploadBytesPerDay: Infinity,
  unattachedUploadHours: 24,
  fileCollectionIntervalMs: 0,
});

const VARIABLES: Record<keyof ResourceLimits, string> = {
  requestsPerSecond: 'RATE_LIMIT_PER_SECOND',
  requestBurst: 'RATE_LIMIT_BURST',
  subscriptionsPerConnection: 'SUBSCRIPTIONS_PER_CONNECTION',
  subscriptionsPerKey: 'SUBSCRIPTIONS_PER_KEY',
  uploadBytesPerDay: 'UPLOAD_QUOTA_BYTES_PER_DAY',
  unattachedUploadHours: 'UNATTACHED_UPLOAD_HOURS',
  fileCollectionIntervalMs: 'FILE_GC_INTERVAL_MS',
};

export function loadLimits(env: NodeJS.ProcessEnv): ResourceLimits {
  const limits: ResourceLimits = { ...DEFAULT_LIMITS };
  for (const [key, variable] of Object.entries(VARIABLES) as Array<[keyof ResourceLimits, string]>) {
    const raw = env[variable]?.trim();
    if (!raw) continue;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0) throw new Error(`${variable} must be a number of at least 0, got ${JSON.stringify(env[variable])}.`);
    limits[key] = value;
  }
  if (limits.requestsPerSecond > 0 && limits.requestBurst < 1) throw new Error('RATE_LIMIT_BURST must be at least 1 while RATE_LIMIT_PER_SECOND is above 0.');
  return limits;
}
