import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { loadBusSecret, sealBusMessage } from '../../src/subscriptions/bus-messages.js';
import { startLiveServer, type LiveServer } from '../../testkit/subscriptions.js';

/**
 * Issue 15, item 6: one malformed message on the Redis channel crashed every instance (JSON.parse unguarded,
 * no handler for uncaught errors), and one foreign event with a huge `seq` made every subscriber drop all
 * later events. Bus messages are validated (shape and origin: signed with the deployment's secret) and
 * skipped with a log line when bad, and none may move a stream past what the event log holds.
 */

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('the Redis bus takes only valid messages of its own deployment', () => {
  let live: LiveServer;
  let raw: Redis;
  const channel = `switchboard:test:${randomBytes(6).toString('hex')}`;

  beforeAll(async () => {
    live = await startLiveServer('pglite', { redis: { url: REDIS_URL, channel } });
    raw = new Redis(REDIS_URL);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await live.disposeClients();
  });
  afterAll(async () => {
    raw?.disconnect();
    await live?.close();
  });

  /** A well-formed event envelope, as an instance would publish it, with the given seq. */
  function envelope(seq: string) {
    const { workspaceId } = { workspaceId: Buffer.from(live.directory.acmeId, 'base64url').toString('utf8').split(':')[3] };
    return {
      seq,
      id: randomUUID(),
      type: 'MESSAGE_CREATED',
      occurredAt: new Date().toISOString(),
      provider: 'builtin',
      workspaceId,
      channelId: null,
      messageId: null,
      threadRootId: null,
      actorId: null,
      emoji: null,
      buttonId: null,
      audienceAccountId: null,
      scheduledMessageId: null,
    };
  }

  it('skips malformed, foreign and unsigned messages with a log line, and keeps delivering real events', async () => {
    const logged: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
      if (String(chunk).includes('bus_message_skipped')) logged.push(String(chunk));
      return write(chunk as never, ...(rest as []));
    });
    const general = live.directory.channel.general;
    const bob = await live.subscribe('demo-bob', { filter: { channelIds: [general] } });

    await raw.publish(channel, 'not json at all {');
    await raw.publish(channel, JSON.stringify({ hello: 'world' }));
    // A foreign (unsigned) event far ahead of the log: before, every subscriber's position jumped past it.
    await raw.publish(channel, JSON.stringify(envelope('9000000000000000000')));
    const wrongSecret = sealBusMessage({ ...envelope('9000000000000000001'), occurredAt: new Date() } as never, randomBytes(32));
    await raw.publish(channel, wrongSecret);

    const id = await live.send('demo-alice', general, 'still delivered after the junk');
    const event = await bob.events.next('the real event');
    expect(event).toMatchObject({ type: 'MESSAGE_CREATED', message: { id } });
    await vi.waitFor(() => expect(logged).toHaveLength(4));
    expect(logged.map((line) => JSON.parse(line).reason)).toEqual([
      'not JSON',
      'not a signed bus message',
      'not a signed bus message',
      'signature does not match (another deployment on this channel?)',
    ]);
    // The log names the problem, never the payload.
    expect(logged.join('')).not.toContain('hello');
  });

  it('never lets a correctly signed message move a stream past what the event log holds', async () => {
    const secret = await loadBusSecret(live.testApp.started.services.database.db);
    const general = live.directory.channel.general;
    const bob = await live.subscribe('demo-bob', { filter: { channelIds: [general] } });
    await raw.publish(channel, sealBusMessage({ ...envelope('8000000000000000000'), occurredAt: new Date() } as never, secret));
    const id = await live.send('demo-alice', general, 'after a signed message from the future');
    expect(await bob.events.next('the real event')).toMatchObject({ type: 'MESSAGE_CREATED', message: { id } });
  });
});

describe('configuration and process-wide errors', () => {
  it('REDIS_CHANNEL names the channel, so deployments sharing a Redis stay apart', () => {
    expect(loadConfig({}).redisChannel).toBe('switchboard:events');
    expect(loadConfig({ REDIS_CHANNEL: 'acme-prod:events' }).redisChannel).toBe('acme-prod:events');
    expect(() => loadConfig({ REDIS_CHANNEL: 'has space' })).toThrow(ConfigError);
  });

  it('an uncaught error is logged without its message; a stray rejection does not stop the process', () => {
    const script = `
      import { installProcessErrorHandlers } from './src/process-errors.ts';
      installProcessErrorHandlers();
      Promise.reject(new Error('secret rejection text'));
      setTimeout(() => { console.log('still running'); throw new TypeError('secret exception text'); }, 50);
    `;
    const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(result.stdout).toContain('still running');
    expect(result.status).toBe(1);
    // The process logs JSON lines on stdout (src/log.ts); 'still running' is the script's own line.
    const lines = result.stdout
      .trim()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { event: string; name: string });
    expect(lines.map((line) => [line.event, line.name])).toEqual([
      ['unhandled_rejection', 'Error'],
      ['uncaught_exception', 'TypeError'],
    ]);
    expect(result.stdout + result.stderr).not.toContain('secret');
  });
});
