import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MessagingProvider } from '../../src/providers/provider.js';
import { startTestApp, type TestApp } from '../../testkit/app.js';
import { captureLogs, type CapturedLogs } from '../../testkit/operations.js';

/**
 * One log line per request with its id (echoed as x-request-id), operation, status, duration, error codes
 * and account; subscription start and stop lines; and an unexpected error, masked as PROVIDER_ERROR for the
 * client, logged with the id the client got, without its message.
 */
describe('request logs', () => {
  let test: TestApp;
  let logs: CapturedLogs;

  const post = (headers: Record<string, string>, body: unknown) =>
    test.app.fetch('http://switchboard.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  const requestLines = () => logs.entries().filter((entry) => entry.event === 'request');

  beforeAll(async () => {
    test = await startTestApp('pglite');
  });
  afterAll(async () => {
    await test?.close();
  });
  beforeEach(() => {
    logs = captureLogs();
  });
  afterEach(() => logs.stop());

  it('logs a request once, with the id it answers in x-request-id', async () => {
    const response = await post({ authorization: 'Bearer demo-alice' }, { query: 'query Who { viewer { name } }' });
    expect(response.status).toBe(200);
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const alice = await test.started.services.database.db.selectFrom('accounts').select('id').where('email', '=', 'alice@acme.test').executeTakeFirstOrThrow();
    const lines = requestLines();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 'info',
      requestId,
      accountId: alice.id,
      method: 'POST',
      path: '/graphql',
      status: 200,
      operationName: 'Who',
      operationType: 'query',
    });
    expect(typeof lines[0].durationMs).toBe('number');
    expect(lines[0]).not.toHaveProperty('errorCodes');
  });

  it("keeps a caller's sane x-request-id and replaces anything else", async () => {
    const kept = await post({ authorization: 'Bearer demo-alice', 'x-request-id': 'edge-7f3a.42' }, { query: '{ viewer { name } }' });
    expect(kept.headers.get('x-request-id')).toBe('edge-7f3a.42');
    const replaced = await post({ authorization: 'Bearer demo-alice', 'x-request-id': 'has spaces & "quotes"' }, { query: '{ viewer { name } }' });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestLines().map((line) => line.requestId)).toEqual(['edge-7f3a.42', replaced.headers.get('x-request-id')]);
  });

  it('logs the error codes of a refused request, and no account', async () => {
    const response = await post({ authorization: 'Bearer not-a-key' }, { query: 'query Who { viewer { name } }' });
    expect(response.status).toBe(401);
    const [line] = requestLines();
    expect(line).toMatchObject({ status: 401, operationName: 'Who', operationType: 'query', errorCodes: ['NOT_AUTHENTICATED'] });
    expect(line).not.toHaveProperty('accountId');
    expect(logs.text).not.toContain('not-a-key');
  });

  it('logs an unexpected error with the request id the client got, and without its message', async () => {
    const registry = test.started.services.registry;
    const open = registry.open.bind(registry);
    // The provider, and the view it hands a request (forRequest), fail to list channels.
    const failing = (provider: MessagingProvider): MessagingProvider =>
      new Proxy(provider, {
        get: (target, property, receiver) => {
          if (property === 'listChannels') return async () => Promise.reject(new TypeError('secret detail of the failure'));
          if (property === 'forRequest' && target.forRequest) {
            return (...args: Parameters<NonNullable<MessagingProvider['forRequest']>>) => failing(target.forRequest!(...args));
          }
          return Reflect.get(target, property, receiver);
        },
      });
    registry.open = (handle) => failing(open(handle));
    try {
      const response = await post({ authorization: 'Bearer demo-alice' }, { query: 'query Channels { workspaces { channels(first: 1) { nodes { id } } } }' });
      const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
      expect(body.errors[0]).toMatchObject({ message: 'Unexpected error.', extensions: { code: 'PROVIDER_ERROR' } });
      const requestId = response.headers.get('x-request-id');
      const unexpected = logs.entries().filter((entry) => entry.event === 'unexpected_error');
      expect(unexpected.length).toBeGreaterThan(0);
      for (const entry of unexpected) expect(entry).toMatchObject({ level: 'error', requestId, name: 'TypeError' });
      expect(requestLines()).toEqual([expect.objectContaining({ requestId, errorCodes: ['PROVIDER_ERROR'] })]);
      expect(logs.text).not.toContain('secret detail');
    } finally {
      registry.open = open;
    }
  });

  it('logs a subscription when it starts and when the client leaves', async () => {
    const response = await post(
      { authorization: 'Bearer demo-bob', accept: 'text/event-stream' },
      { query: 'subscription Live { events { type } }' },
    );
    const reader = response.body!.getReader();
    await reader.read();
    const requestId = response.headers.get('x-request-id');
    expect(logs.entries().filter((entry) => entry.event === 'subscription_started')).toEqual([
      expect.objectContaining({ requestId, transport: 'sse', operationName: 'Live', operationType: 'subscription' }),
    ]);
    await reader.cancel();
    expect(logs.entries().filter((entry) => entry.event === 'subscription_stopped')).toEqual([
      expect.objectContaining({ requestId, transport: 'sse', reason: 'client', results: 0 }),
    ]);
  });

  it('logs probes at debug only', async () => {
    await test.app.fetch('http://switchboard.test/healthz');
    expect(requestLines()).toEqual([expect.objectContaining({ level: 'debug', path: '/healthz', status: 200 })]);
  });
});
