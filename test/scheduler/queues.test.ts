import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseEncryptionKey } from '../../src/connections/crypto.js';
import { PROVIDERS } from '../../src/providers/index.js';
import { withEmulatedScheduledMessages } from '../../src/providers/kit/scheduled/index.js';
import { Scheduler } from '../../src/scheduler/scheduler.js';
import { startTestApp, type TestApp } from '../../testkit/app.js';
import { MemoryWorkspaces } from '../../testkit/providers/memory/index.js';

/**
 * What a scheduler run costs in SQL statements, by the queues of the server's providers: the built-in
 * workspace's claim (one transaction) as before; the provider kit's emulated queue adds one statement for
 * every provider on it together (Teams and the memory provider here), and nothing without an encryption key
 * (then no provider has the emulated part).
 */
describe('scheduler queues', () => {
  let app: TestApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  const emptyRun = async (started: TestApp) => {
    started.takeStatementCount();
    expect(await new Scheduler(started.started.services).runDue(new Date())).toEqual({ sent: 0, failed: 0, retried: 0, interrupted: 0 });
    return started.takeStatementCount();
  };

  it('without an encryption key, a run with nothing due is the built-in claim alone', async () => {
    app = await startTestApp('pglite', { seed: false, providers: [...PROVIDERS, withEmulatedScheduledMessages(new MemoryWorkspaces().definition)] });
    const queues = app.started.services.registry.providers.filter(({ runtime }) => runtime.scheduledQueue).map(({ definition }) => definition.name);
    expect(queues).toEqual(['builtin']);
    expect(await emptyRun(app)).toBe(3);
  }, 120_000);

  it('with a key, every emulated provider shares one queue: one more statement per run, whatever their number', async () => {
    const connections = { encryption: { current: parseEncryptionKey('test key', randomBytes(32).toString('hex')), previous: [] }, providers: {} };
    app = await startTestApp('pglite', { seed: false, connections, providers: [...PROVIDERS, withEmulatedScheduledMessages(new MemoryWorkspaces().definition)] });
    const runtimes = app.started.services.registry.providers.filter(({ runtime }) => runtime.scheduledQueue);
    // The built-in queue, then every provider on the kit's emulated part (Teams, Outlook, Gmail and the memory one).
    expect(runtimes[0].definition.name).toBe('builtin');
    expect(runtimes.map(({ definition }) => definition.name)).toEqual(expect.arrayContaining(['teams', 'outlook', 'gmail', 'memory']));
    expect(new Set(runtimes.slice(1).map(({ runtime }) => runtime.scheduledQueue)).size).toBe(1);
    expect(await emptyRun(app)).toBe(4);
  }, 120_000);
});
