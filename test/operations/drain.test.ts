import { connect } from 'node:net';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseTarget } from '../../src/db/database.js';
import { operationsOf } from '../../src/http/app.js';
import { startLiveServer, within, type LiveServer } from '../../testkit/subscriptions.js';

/**
 * A drain, as SIGTERM starts it (src/shutdown.ts): readiness turns 503 and new requests are refused, the
 * port closes, subscriptions end properly on both transports (SSE: a final `complete` event; graphql-ws:
 * complete, then close 1001), and a request in flight finishes, or is cut once the grace time runs out.
 * A request is held in flight by a table lock taken from another connection: the server's authentication
 * query waits on it until the test releases it.
 */
const ViewerQuery = 'query Me { viewer { name } }';

async function holdApiKeys(target: DatabaseTarget): Promise<{ waiting(): Promise<number>; release(): Promise<void> }> {
  const client = new pg.Client({ connectionString: (target as { url: string }).url });
  await client.connect();
  await client.query('begin');
  await client.query('lock table api_keys in access exclusive mode');
  return {
    waiting: async () => Number((await client.query<{ n: string }>(`select count(*) as n from pg_locks where not granted and relation = 'api_keys'::regclass`)).rows[0].n),
    release: async () => {
      await client.query('rollback');
      await client.end();
    },
  };
}

/** Resolves once `check` holds (re-checked on each turn of the event loop); bounds a hang only. */
async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  await within(
    (async () => {
      while (!(await check())) await new Promise((resolve) => setImmediate(resolve));
    })(),
    what,
  );
}

/** A GraphQL request over the real port: status and body. */
async function post(url: string, apiKey: string, query: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: await response.json() };
}

function portRefuses(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

async function readAll(body: ReadableStream<Uint8Array>): Promise<string> {
  let text = '';
  const decoder = new TextDecoder();
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) text += decoder.decode(chunk, { stream: true });
  return text;
}

describe('draining a server', () => {
  let live: LiveServer;
  let releaseLock: (() => Promise<void>) | null = null;

  beforeEach(async () => {
    live = await startLiveServer('postgres');
  });
  afterEach(async () => {
    await releaseLock?.();
    releaseLock = null;
    await live?.server.close().catch(() => {});
    await live?.testApp.close();
  });

  it('turns unready, refuses new work, ends subscriptions properly and lets the request in flight finish', async () => {
    // The app the listener serves (the test app has one of its own).
    const served = live.server.app;
    const { lifecycle } = operationsOf(served);

    // A graphql-ws subscriber, watching how its socket closes.
    let closeCode: number | null = null;
    const client = live.wsClient({ authorization: 'Bearer demo-bob' }, { on: { closed: (event) => (closeCode = (event as { code: number }).code) } });
    const ws = await live.subscribe('demo-bob', {}, client);
    // An SSE subscriber.
    const listeners = live.busListeners;
    const sse = await fetch(live.httpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: 'Bearer demo-carol' },
      body: JSON.stringify({ query: 'subscription Live { events { type } }' }),
    });
    const sseText = readAll(sse.body!);
    await live.waitForBusListeners(listeners + 1, 'the SSE subscription');

    // A request in flight, held by the lock.
    const lock = await holdApiKeys(live.testApp.started.services.database.target);
    releaseLock = lock.release;
    const inFlight = post(live.httpUrl, 'demo-alice', ViewerQuery);
    await until(async () => (await lock.waiting()) > 0, 'the request to wait on the lock');

    const drained = live.server.drain(30_000);
    expect(lifecycle.draining).toBe(true);
    const ready = await served.fetch('http://switchboard.test/readyz');
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'unavailable', checks: { draining: 'draining' } });
    const refused = await served.fetch('http://switchboard.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer demo-alice' },
      body: JSON.stringify({ query: ViewerQuery }),
    });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'PROVIDER_ERROR' } }] });
    // Liveness stays up while draining.
    expect((await served.fetch('http://switchboard.test/healthz')).status).toBe(200);

    // Subscriptions end at once, on both transports.
    await within(ws.completed, 'the graphql-ws subscription to complete');
    expect(await within(sseText, 'the SSE stream to end')).toMatch(/event: complete\ndata:\n\n$/);
    await until(async () => closeCode !== null, 'the WebSocket to close');
    expect(closeCode).toBe(1001);
    expect(await portRefuses(live.port)).toBe(true);

    // The request in flight finishes once the database answers; then the drain is done, nothing cut.
    releaseLock = null;
    await lock.release();
    expect(await inFlight).toEqual({ status: 200, body: { data: { viewer: { name: 'Alice Chen' } } } });
    expect(await drained).toEqual({ cutRequests: 0 });
  });

  it('cuts a request still running when the grace time is over', async () => {
    const lock = await holdApiKeys(live.testApp.started.services.database.target);
    try {
      const inFlight = post(live.httpUrl, 'demo-alice', ViewerQuery).then(
        () => 'answered',
        () => 'cut',
      );
      await until(async () => (await lock.waiting()) > 0, 'the request to wait on the lock');
      expect(await live.server.drain(50)).toEqual({ cutRequests: 1 });
      expect(await inFlight).toBe('cut');
      expect(await portRefuses(live.port)).toBe(true);
    } finally {
      await lock.release();
    }
  });
});
