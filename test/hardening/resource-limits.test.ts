import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { FileCollector } from '../../src/files/collector.js';
import { DEFAULT_LIMITS } from '../../src/limits/settings.js';
import { decodeGlobalId } from '../../src/providers/ids.js';
import { startTestApp, type TestApp } from '../../testkit/app.js';
import { createTestDatabase, type TestDatabase } from '../../testkit/databases.js';
import { demoDirectory, type DemoDirectory } from '../../testkit/demo.js';
import { EventsDocument, startLiveServer, within, type LiveServer } from '../../testkit/subscriptions.js';

/**
 * Issue 15, item 4: nothing bounded what one API key could take — requests, subscriptions, upload bytes —
 * and uploads never attached, and files of deleted messages, stayed on disk for good. Each key gets a token
 * bucket (shared across instances through Redis), a cap on subscriptions per connection and per key, an
 * upload quota, and a collector removes what no message holds.
 */

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const HOUR = 3_600_000;
const VIEWER = '{ viewer { name } }';

describe('a token bucket per API key', () => {
  let database: TestDatabase;
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    const redis = { url: REDIS_URL, channel: `switchboard:test:${randomBytes(6).toString('hex')}` };
    // Three requests, then (practically) no refill: the bucket decides, not the clock.
    const limits = { requestsPerSecond: 1 / 3600, requestBurst: 3 };
    first = await startTestApp('postgres', { database, redis, limits });
    second = await startTestApp('postgres', { database, redis, limits, seed: false });
  }, 60_000);
  afterAll(async () => {
    await second?.close();
    await first?.close();
    await database?.drop();
  });

  it('answers RATE_LIMITED with retryAfterSeconds (HTTP 429, Retry-After) once a key spent its bucket, on every instance', async () => {
    expect((await first.gql('demo-bob', VIEWER)).errors).toBeUndefined();
    expect((await second.gql('demo-bob', VIEWER)).errors).toBeUndefined();
    expect((await first.gql('demo-bob', VIEWER)).errors).toBeUndefined();
    // The fourth, on the other instance: the bucket is shared through Redis.
    const response = await second.app.fetch('http://switchboard.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer demo-bob' },
      body: JSON.stringify({ query: VIEWER }),
    });
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
    expect(body.errors).toEqual([
      {
        message: expect.stringMatching(/^This API key made too many requests; retry in \d+ s\.$/),
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter },
      },
    ]);
    // Another key has its own bucket.
    expect((await first.gql('demo-carol', VIEWER)).errors).toBeUndefined();
  });
});

describe('subscriptions, uploads and stored files', () => {
  let live: LiveServer;
  let demo: DemoDirectory;

  beforeAll(async () => {
    live = await startLiveServer('pglite', { limits: { subscriptionsPerConnection: 2, subscriptionsPerKey: 3, uploadBytesPerDay: 100 * 1024 } });
    demo = await demoDirectory(live.testApp);
  }, 60_000);
  afterAll(() => live?.close());

  /** Starts `events` on a client; resolves with null once it runs, or with the errors it was refused with. */
  function start(client: ReturnType<LiveServer['wsClient']>): Promise<{ errors: Array<{ message: string; extensions?: Record<string, unknown> }> | null; stop: () => void }> {
    return new Promise((resolve) => {
      const before = live.busListeners;
      let stop = () => {};
      stop = client.subscribe(
        { query: print(EventsDocument) },
        {
          next: (result) => {
            if (result.errors) resolve({ errors: result.errors as never, stop });
          },
          error: (error) => resolve({ errors: Array.isArray(error) ? (error as never) : [{ message: String(error) }], stop }),
          complete: () => {},
        },
      );
      void live.waitForBusListeners(before + 1).then(() => resolve({ errors: null, stop }), () => {});
    });
  }

  it('caps the subscriptions of one connection and of one key with RATE_LIMITED', async () => {
    const socket = live.wsClient({ authorization: 'Bearer demo-bob' });
    const a = await within(start(socket), 'first subscription');
    const b = await within(start(socket), 'second subscription');
    expect([a.errors, b.errors]).toEqual([null, null]);
    const c = await within(start(socket), 'third subscription on the same connection');
    expect(c.errors?.[0]).toMatchObject({ message: 'A connection may hold at most 2 subscriptions.', extensions: { code: 'RATE_LIMITED' } });

    const other = live.wsClient({ authorization: 'Bearer demo-bob' });
    const d = await within(start(other), 'a subscription on another connection');
    expect(d.errors).toBeNull();
    const e = await within(start(other), 'a fourth subscription of the key');
    expect(e.errors?.[0]).toMatchObject({ message: 'This API key may hold at most 3 subscriptions at once.', extensions: { code: 'RATE_LIMITED' } });
    // Over server-sent events the key's cap is the same one (it is counted by Subscription.events).
    const overSse = await fetch(new URL('/graphql/stream', live.httpUrl), {
      method: 'POST',
      headers: { accept: 'text/event-stream', 'content-type': 'application/json', authorization: 'Bearer demo-bob' },
      body: JSON.stringify({ query: print(EventsDocument) }),
    });
    expect(overSse.status).toBe(200);
    expect(JSON.parse(await within(firstNext(overSse), 'the SSE refusal'))).toMatchObject({
      errors: [{ message: 'This API key may hold at most 3 subscriptions at once.', extensions: { code: 'RATE_LIMITED' } }],
    });
    // One ends: the key may start another.
    const listeners = live.busListeners;
    d.stop();
    await live.waitForBusListeners(listeners - 1);
    expect((await within(start(other), 'a subscription after one ended')).errors).toBeNull();
    // Another key is not affected.
    expect((await within(start(live.wsClient({ authorization: 'Bearer demo-carol' })), "carol's subscription")).errors).toBeNull();
    await live.disposeClients();
  });

  /** The data of the first `next` event of a server-sent event stream; the stream is closed after it. */
  async function firstNext(response: Response): Promise<string> {
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffered = '';
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) throw new Error(`the stream ended without a next event: ${buffered}`);
        buffered += decoder.decode(value, { stream: true });
        const next = /event: next\ndata: (.*)\n\n/.exec(buffered);
        if (next) return next[1];
      }
    } finally {
      await reader.cancel().catch(() => {});
    }
  }

  async function upload(key: string, bytes: Uint8Array, name: string) {
    const form = new FormData();
    const query = 'mutation U($input: UploadAttachmentInput!) { uploadAttachment(input: $input) { attachment { id url } userErrors { code message retryAfterSeconds } } }';
    form.set('operations', JSON.stringify({ query, variables: { input: { file: null, workspaceId: demo.acmeId } } }));
    form.set('map', JSON.stringify({ 0: ['variables.input.file'] }));
    form.set('0', new File([new Uint8Array(bytes)], name, { type: 'application/octet-stream' }));
    const response = await fetch(live.httpUrl, { method: 'POST', headers: { authorization: `Bearer ${key}` }, body: form });
    const body = (await response.json()) as { data: { uploadAttachment: { attachment: { id: string; url: string } | null; userErrors: Array<{ code: string; message: string; retryAfterSeconds: number | null }> } } };
    return body.data.uploadAttachment;
  }

  it('holds each API key to an upload quota per day', async () => {
    expect((await upload('demo-carol', randomBytes(60 * 1024), 'one.bin')).userErrors).toEqual([]);
    const over = await upload('demo-carol', randomBytes(60 * 1024), 'two.bin');
    expect(over.attachment).toBeNull();
    expect(over.userErrors).toEqual([
      {
        code: 'RATE_LIMITED',
        message: expect.stringMatching(/^Uploads are limited to 100 KiB a day per API key; this key uploaded 60 KiB in the last 24 hours\. Retry in \d+ s\.$/),
        retryAfterSeconds: expect.any(Number),
      },
    ]);
    expect((await upload('demo-bob', randomBytes(60 * 1024), 'bobs.bin')).userErrors).toEqual([]);
  });

  it('removes uploads never attached, and the files of deleted messages, and nothing that is still held', async () => {
    const { services } = live.testApp.started;
    const { db } = services.database;
    const pathOf = async (id: string) => {
      const row = await db.selectFrom('attachments').select('storage_key').where('id', '=', decodeGlobalId(id).nativeId).executeTakeFirst();
      return row?.storage_key ? services.files.store.path(row.storage_key) : null;
    };
    const orphan = (await upload('demo-alice', randomBytes(1024), 'never-sent.bin')).attachment!;
    const kept = (await upload('demo-alice', randomBytes(1024), 'sent.bin')).attachment!;
    const doomed = (await upload('demo-alice', randomBytes(1024), 'deleted-later.bin')).attachment!;
    const [orphanPath, keptPath, doomedPath] = await Promise.all([pathOf(orphan.id), pathOf(kept.id), pathOf(doomed.id)]);
    const send = async (attachmentId: string) => {
      const result = await live.testApp.gql<{ sendMessage: { message: { id: string } } }>(
        'demo-alice',
        'mutation S($input: SendMessageInput!) { sendMessage(input: $input) { message { id } userErrors { message } } }',
        { input: { channelId: demo.channel.general, text: 'with a file', attachmentIds: [attachmentId] } },
      );
      return result.data!.sendMessage.message.id;
    };
    await send(kept.id);
    const deleted = await send(doomed.id);
    await live.testApp.gql('demo-alice', 'mutation D($input: DeleteMessageInput!) { deleteMessage(input: $input) { userErrors { message } } }', { input: { messageId: deleted } });
    expect([orphanPath, keptPath, doomedPath].every((path) => path !== null && existsSync(path))).toBe(true);

    const collector = new FileCollector(db, services.files.store);
    // An hour on: the deleted message's file goes; the upload never sent is still within its day.
    expect(await collector.collect(new Date(Date.now() + HOUR))).toMatchObject({ expiredUploads: 0, unreferencedFiles: 1 });
    expect(existsSync(doomedPath!)).toBe(false);
    expect(existsSync(orphanPath!)).toBe(true);
    // A day on: the upload never sent goes, row and file; the sent one stays.
    expect((await collector.collect(new Date(Date.now() + 25 * HOUR))).expiredUploads).toBeGreaterThanOrEqual(1);
    expect(existsSync(orphanPath!)).toBe(false);
    expect(await pathOf(orphan.id)).toBeNull();
    expect(existsSync(keptPath!)).toBe(true);
  });
});

describe('the limits of npm start', () => {
  it('come from the environment, with defaults, and a bad value names its variable', () => {
    expect(loadConfig({}).limits).toEqual(DEFAULT_LIMITS);
    expect(loadConfig({ RATE_LIMIT_PER_SECOND: '5', SUBSCRIPTIONS_PER_KEY: '10' }).limits).toMatchObject({ requestsPerSecond: 5, subscriptionsPerKey: 10 });
    expect(() => loadConfig({ UPLOAD_QUOTA_BYTES_PER_DAY: 'lots' })).toThrow(ConfigError);
    expect(() => loadConfig({ UPLOAD_QUOTA_BYTES_PER_DAY: 'lots' })).toThrow('UPLOAD_QUOTA_BYTES_PER_DAY must be a number of at least 0, got "lots".');
  });
});
