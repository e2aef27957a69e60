import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { startTestApp, type TestApp } from '../../testkit/app.js';
import { POSTGRES_URL } from '../../testkit/databases.js';

/**
 * /healthz says the process answers; /readyz whether it should get traffic: database reachable,
 * migrations applied, bus connected, not draining (draining: test/operations/drain.test.ts).
 */
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

async function asAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe('probes on PostgreSQL with Redis', () => {
  let test: TestApp;
  let database: string;

  const probe = async (path: string, app = test.app) => {
    const response = await app.fetch(`http://switchboard.test${path}`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  beforeAll(async () => {
    test = await startTestApp('postgres', { seed: false, redis: { url: REDIS_URL, channel: `readiness-${process.pid}-${Date.now()}` } });
    database = new URL((test.started.services.database.target as { url: string }).url).pathname.slice(1);
  });
  afterAll(async () => {
    await asAdmin((client) => client.query(`alter database ${database} allow_connections true`)).catch(() => {});
    await test?.close();
  });

  it('is live and ready when everything is up', async () => {
    expect(await probe('/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await probe('/readyz')).toEqual({
      status: 200,
      body: { status: 'ready', checks: { draining: 'ok', database: 'ok', migrations: 'ok', bus: 'ok' } },
    });
  });

  it('is unready while the database refuses connections, live all along, and ready again after', async () => {
    await asAdmin(async (client) => {
      await client.query(`alter database ${database} allow_connections false`);
      await client.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = $1`, [database]);
    });
    const down = await probe('/readyz');
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: 'unavailable', checks: { database: 'unreachable', migrations: 'unknown' } });
    expect((await probe('/healthz')).status).toBe(200);
    await asAdmin((client) => client.query(`alter database ${database} allow_connections true`));
    expect((await probe('/readyz')).status).toBe(200);
  });

  it('is unready when a migration of this code is not applied', async () => {
    const { db } = test.started.services.database;
    const [latest] = await db.selectFrom('kysely_migration' as never).selectAll().orderBy('name' as never, 'desc').limit(1).execute() as Array<{ name: string; timestamp: string }>;
    await db.deleteFrom('kysely_migration' as never).where('name' as never, '=', latest.name as never).execute();
    try {
      // A fresh app: a ready one remembers that its migrations were applied (they never un-apply).
      const unready = await probe('/readyz', createApp(test.started.services));
      expect(unready).toEqual({ status: 503, body: { status: 'unavailable', checks: { draining: 'ok', database: 'ok', migrations: '1 pending', bus: 'ok' } } });
    } finally {
      await db.insertInto('kysely_migration' as never).values(latest as never).execute();
    }
    expect((await probe('/readyz', createApp(test.started.services))).status).toBe(200);
  });

  it('is unready when the event bus has lost Redis', async () => {
    const bus = test.started.services.bus;
    // Both Redis connections up, the subscription active (RedisBus.connected).
    expect(bus.connected?.()).toBe(true);
    const connected = bus.connected;
    bus.connected = () => false;
    try {
      expect(await probe('/readyz')).toMatchObject({ status: 503, body: { checks: { bus: 'disconnected' } } });
    } finally {
      bus.connected = connected;
    }
  });
});
