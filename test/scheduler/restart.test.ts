import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startServices } from '../../src/services.js';
import { startTestApp } from '../../testkit/app.js';
import { createTestDatabase, STORES, type StoreKind, type TestDatabase } from '../../testkit/databases.js';
import { acmeChannel, HOUR, postedCount, scheduleText, statusOf } from './support.js';

/**
 * A server that was down when a message fell due delivers it when it starts again, once. "Down" is a
 * closed set of services over a store that persists (PostgreSQL, or PGlite in a folder); "later" is the
 * injected clock of the restarted scheduler.
 */

/** A store that outlives the services opened on it. */
async function persistentStore(kind: StoreKind): Promise<TestDatabase> {
  if (kind === 'postgres') return createTestDatabase('postgres');
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-restart-'));
  return { target: { kind: 'pglite', dataDir: dir }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

describe.each(STORES)('scheduler restart on %s', (kind) => {
  it('delivers on start what fell due while the server was down, exactly once, and never again on the next start', async () => {
    const store = await persistentStore(kind);
    try {
      const text = `fell due while down (${kind})`;
      const app = await startTestApp(kind, { database: store });
      const general = await acmeChannel(app, 'general');
      const id = await scheduleText(app, 'demo-alice', general, text, new Date(Date.now() + HOUR));
      await app.close();

      const later = new Date(Date.now() + 3 * HOUR);
      const restart = () =>
        startServices(
          // An hour between polls: only the catch-up run on start can deliver within this test.
          { database: store.target, publicUrl: 'http://switchboard.test', seedDemo: true, scheduler: { enabled: true, pollIntervalMs: 3_600_000 } },
          { scheduler: { clock: () => later } },
        );
      const first = await restart();
      expect(first.seeded).toBeNull();
      expect(first.scheduler).not.toBeNull();
      await first.scheduler!.idle();
      expect(await postedCount(first.services.database.db, text)).toBe(1);
      await first.close();

      const second = await restart();
      await second.scheduler!.idle();
      expect(await postedCount(second.services.database.db, text)).toBe(1);
      expect(await second.scheduler!.runDue(new Date(later.getTime() + HOUR))).toMatchObject({ sent: 0 });
      await second.close();

      const check = await startTestApp(kind, { database: store });
      expect(await statusOf(check, 'demo-alice', id)).toMatchObject({ status: 'SENT', sentMessage: { text } });
      await check.close();
    } finally {
      await store.drop();
    }
  }, 180_000); // four starts of a PGlite store; slow on a loaded 2-core machine
});

describe('scheduler configuration', () => {
  it('runs by default, every second, and is switched off with SCHEDULER=false', () => {
    expect(loadConfig({}).scheduler).toEqual({ enabled: true, pollIntervalMs: 1000 });
    expect(loadConfig({ SCHEDULER: 'false', SCHEDULER_INTERVAL_MS: '250' }).scheduler).toEqual({ enabled: false, pollIntervalMs: 250 });
  });

  it('names a bad value', () => {
    expect(() => loadConfig({ SCHEDULER: 'sometimes' })).toThrow('SCHEDULER must be true or false, got "sometimes".');
    expect(() => loadConfig({ SCHEDULER_INTERVAL_MS: '10' })).toThrow(
      'SCHEDULER_INTERVAL_MS must be an integer between 50 and 3600000, got "10".',
    );
  });

  it('leaves the scheduler off when the services are started without it (tools, most tests)', async () => {
    const services = await startServices({ database: { kind: 'pglite', dataDir: null }, publicUrl: 'http://switchboard.test', seedDemo: false });
    expect(services.scheduler).toBeNull();
    await services.close();
  });
});
