import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

describe('configuration from the environment', () => {
  it('defaults to port 4000, embedded PGlite under ./.data, the demo seed and an in-process bus', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, publicUrl: 'http://localhost:4000', seedDemo: true, redisUrl: null });
    expect(config.database).toEqual({ kind: 'pglite', dataDir: expect.stringMatching(/\.data\/pglite$/) });
  });

  it('uses PostgreSQL and Redis when their URLs are given', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@db:5432/x', REDIS_URL: 'redis://cache:6379', PORT: '8080', SEED_DEMO: 'false' });
    expect(config).toMatchObject({
      port: 8080,
      database: { kind: 'postgres', url: 'postgres://u@db:5432/x' },
      redisUrl: 'redis://cache:6379',
      seedDemo: false,
    });
  });

  it('refuses bad values with a message naming the variable and the value', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow('PORT must be an integer between 0 and 65535, got "eighty".');
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow('DATABASE_URL must be a postgres:// or postgresql:// URL.');
    expect(() => loadConfig({ REDIS_URL: 'localhost:6379' })).toThrow('REDIS_URL must be a redis:// or rediss:// URL.');
    expect(() => loadConfig({ SEED_DEMO: 'maybe' })).toThrow('SEED_DEMO must be true or false, got "maybe".');
    expect(() => loadConfig({ PUBLIC_URL: 'not a url' })).toThrow('PUBLIC_URL must be an absolute URL, got "not a url".');
  });

  it('reads the operations settings: metrics token, shutdown grace and delay, log level and format', () => {
    expect(loadConfig({}).operations).toEqual({ metricsToken: null, shutdownGraceMs: 10_000, shutdownDelayMs: 0 });
    expect(
      loadConfig({ METRICS_TOKEN: 'a-long-enough-token', SHUTDOWN_GRACE_MS: '30000', SHUTDOWN_DELAY_MS: '5000', LOG_LEVEL: 'debug', LOG_FORMAT: 'pretty' }).operations,
    ).toEqual({ metricsToken: 'a-long-enough-token', shutdownGraceMs: 30_000, shutdownDelayMs: 5_000 });
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow('METRICS_TOKEN must be at least 16 characters.');
    expect(() => loadConfig({ SHUTDOWN_GRACE_MS: '-1' })).toThrow('SHUTDOWN_GRACE_MS must be an integer between 0 and 600000, got "-1".');
    expect(() => loadConfig({ SHUTDOWN_DELAY_MS: '10000' })).toThrow('SHUTDOWN_DELAY_MS must be an integer from 0 to less than SHUTDOWN_GRACE_MS (10000), got "10000".');
    expect(() => loadConfig({ LOG_LEVEL: 'verbose' })).toThrow('LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "verbose".');
    expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow('LOG_FORMAT must be json or pretty, got "xml".');
  });
});
