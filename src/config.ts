import { resolve } from 'node:path';
import type { DatabaseTarget } from './db/database.js';
import { loadEncryptionKeys, type ConnectionSettings } from './connections/settings.js';
import type { ProviderDefinition } from './providers/definition.js';
import { PROVIDERS } from './providers/index.js';
import { loadSchedulerSettings, type SchedulerSettings } from './scheduler/settings.js';
import { loadFilesConfig } from './files/config.js';
import { parseCorsOrigins, type CorsOrigins } from './http/cors.js';
import { DEFAULT_REDIS_CHANNEL } from './subscriptions/redis-bus.js';
import { loadOperationsSettings, type OperationsSettings } from './observability/settings.js';
import type { FilesConfig } from './files/service.js';
import type { UnfurlOptions } from './unfurl/unfurler.js';
import { loadLimits, type ResourceLimits } from './limits/settings.js';

/** Everything the server reads from its environment, validated once at start. */
export interface Config {
  port: number;
  /** Base of absolute URLs the server hands out (attachment links). Default `http://localhost:{port}`. */
  publicUrl: string;
  database: DatabaseTarget;
  /** Seed the demo workspace when the store is empty. Default true; `SEED_DEMO=false` turns it off. */
  seedDemo: boolean;
  /** With a Redis URL, events cross every instance sharing it; without, the bus stays in this process. */
  redisUrl: string | null;
  /** The Redis channel of this deployment's events: REDIS_CHANNEL, default `switchboard:events`. */
  redisChannel: string;
  /** Connecting provider workspaces: the credential encryption key and each provider's own settings (its folder's settings.ts). */
  connections: ConnectionSettings;
  /** Uploaded files: DATA_DIR/files, MAX_ATTACHMENT_BYTES (25 MiB), FILE_URL_SECRET (src/files/config.ts). */
  files: FilesConfig;
  /** Scheduled-message delivery: SCHEDULER (default true) and SCHEDULER_INTERVAL_MS (src/scheduler/settings.ts). */
  scheduler: SchedulerSettings;
  /** Link previews: LINK_PREVIEWS (default true), LINK_PREVIEWS_ALLOW_PRIVATE_NETWORKS (default false; src/unfurl/). */
  linkPreviews: Pick<UnfurlOptions, 'enabled' | 'allowPrivateNetworks'>;
  /** Browser origins allowed to call the API: CORS_ORIGINS, default `*` without credentials (src/http/cors.ts). */
  corsOrigins: CorsOrigins;
  /** METRICS_TOKEN, SHUTDOWN_GRACE_MS; LOG_LEVEL and LOG_FORMAT checked (src/observability/settings.ts). */
  operations: OperationsSettings;
  /**
   * What one API key may take (src/limits/settings.ts): RATE_LIMIT_PER_SECOND and RATE_LIMIT_BURST (its token
   * bucket), SUBSCRIPTIONS_PER_CONNECTION and SUBSCRIPTIONS_PER_KEY, UPLOAD_QUOTA_BYTES_PER_DAY; and the file
   * collector's UNATTACHED_UPLOAD_HOURS and FILE_GC_INTERVAL_MS.
   */
  limits: ResourceLimits;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads and validates the configuration; throws ConfigError naming the bad variable and value. Each
 * provider of `providers` (default: src/providers/index.ts) reads its own variables.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, providers: readonly ProviderDefinition[] = PROVIDERS): Config {
  const port = env.PORT === undefined || env.PORT === '' ? 4000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be an integer between 0 and 65535, got ${JSON.stringify(env.PORT)}.`);
  }
  const databaseUrl = env.DATABASE_URL?.trim();
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// or postgresql:// URL.');
  }
  const database: DatabaseTarget = databaseUrl
    ? { kind: 'postgres', url: databaseUrl }
    : { kind: 'pglite', dataDir: resolve(env.DATA_DIR ?? '.data', 'pglite') };
  const seedDemo = parseBoolean('SEED_DEMO', env.SEED_DEMO, true);
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  try {
    new URL(publicUrl);
  } catch {
    throw new ConfigError(`PUBLIC_URL must be an absolute URL, got ${JSON.stringify(env.PUBLIC_URL)}.`);
  }
  const redisUrl = env.REDIS_URL?.trim() || null;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) {
    throw new ConfigError('REDIS_URL must be a redis:// or rediss:// URL.');
  }
  const redisChannel = env.REDIS_CHANNEL?.trim() || DEFAULT_REDIS_CHANNEL;
  if (!/^[\x21-\x7e]{1,200}$/.test(redisChannel)) {
    throw new ConfigError(`REDIS_CHANNEL must be 1 to 200 printable characters without spaces, got ${JSON.stringify(env.REDIS_CHANNEL)}.`);
  }
  const connections = connectionSettings(env, providers);
  const files = filesConfig(env);
  const scheduler = loadSchedulerSettings(env, (message) => new ConfigError(message));
  const linkPreviews = {
    enabled: parseBoolean('LINK_PREVIEWS', env.LINK_PREVIEWS, true),
    allowPrivateNetworks: parseBoolean('LINK_PREVIEWS_ALLOW_PRIVATE_NETWORKS', env.LINK_PREVIEWS_ALLOW_PRIVATE_NETWORKS, false),
  };
  let corsOrigins: CorsOrigins;
  try {
    corsOrigins = parseCorsOrigins(env.CORS_ORIGINS);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
  const operations = loadOperationsSettings(env, (message) => new ConfigError(message));
  let limits: ResourceLimits;
  try {
    limits = loadLimits(env);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
  return { port, publicUrl, database, seedDemo, redisUrl, redisChannel, connections, files, scheduler, linkPreviews, corsOrigins, operations, limits };
}

function filesConfig(env: NodeJS.ProcessEnv): FilesConfig {
  try {
    return loadFilesConfig(env);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
}

function connectionSettings(env: NodeJS.ProcessEnv, providers: readonly ProviderDefinition[]): ConnectionSettings {
  try {
    return loadConnectionSettings(env, providers);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
}

/**
 * The encryption key (SWITCHBOARD_ENCRYPTION_KEY, …) and each provider's own settings, read by its
 * definition; throws SettingsError or EncryptionKeyError naming the variable.
 */
export function loadConnectionSettings(env: NodeJS.ProcessEnv, providers: readonly ProviderDefinition[] = PROVIDERS): ConnectionSettings {
  const settings: Record<string, unknown> = {};
  for (const provider of providers) if (provider.readSettings) settings[provider.name] = provider.readSettings(env);
  return { encryption: loadEncryptionKeys(env), providers: settings };
}

function parseBoolean(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new ConfigError(`${name} must be true or false, got ${JSON.stringify(value)}.`);
}
