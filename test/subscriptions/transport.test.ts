import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EventsDocument, useLiveServer, within, type LiveServer, type StreamEvent } from '../../testkit/subscriptions.js';

/** Authentication of WebSocket subscribers, server-sent events, and the `after` argument's validation. */

describe('Subscription transports (pglite)', () => {
  let live: LiveServer;
  useLiveServer('pglite', (server) => (live = server));

  /** Opens a non-lazy graphql-ws connection and reports how it ended up: acknowledged, or closed with a code. */
  function connect(connectionParams: Record<string, unknown> | undefined) {
    return new Promise<{ outcome: 'connected' } | { outcome: 'closed'; code: number; reason: string }>((resolve) => {
      live.wsClient(connectionParams, {
        lazy: false,
        onNonLazyError: () => {},
        on: {
          connected: () => resolve({ outcome: 'connected' }),
          closed: (event) => {
            const { code, reason } = event as { code: number; reason: string };
            resolve({ outcome: 'closed', code, reason: String(reason) });
          },
        },
      });
    });
  }

  it('closes a WebSocket with code 4403 when it brings no API key, an unknown key or a key without Bearer', async () => {
    for (const params of [undefined, {}, { authorization: 'Bearer not-a-real-key' }, { authorization: 'demo-alice' }]) {
      const result = await within(connect(params), `the socket with ${JSON.stringify(params)} to close`);
      expect(result, JSON.stringify(params)).toEqual({ outcome: 'closed', code: 4403, reason: 'Forbidden' });
    }
    // The same server acknowledges a good key (also spelled Authorization).
    expect(await within(connect({ authorization: 'Bearer demo-carol' }), 'carol to connect')).toEqual({ outcome: 'connected' });
    expect(await within(connect({ Authorization: 'Bearer demo-dave' }), 'dave to connect')).toEqual({ outcome: 'connected' });
  });

  it('streams an event over server-sent events to a POST with accept: text/event-stream, and stops listening when aborted', async () => {
    const general = live.directory.channel.general;
    const controller = new AbortController();
    const listenersBefore = live.busListeners;
    const responding = fetch(live.httpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: 'Bearer demo-bob' },
      body: JSON.stringify({ query: print(EventsDocument), variables: { filter: { channelIds: [general] } } }),
      signal: controller.signal,
    });
    try {
      await live.waitForBusListeners(listenersBefore + 1, 'the SSE subscription to start');
      const messageId = await live.send('demo-alice', general, 'Heard over SSE');

      const response = await within(responding, 'the SSE response');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);

      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      let buffered = '';
      let event: StreamEvent | null = null;
      const read = async () => {
        while (!event) {
          const { value, done } = await reader.read();
          if (done) throw new Error(`the SSE stream ended before the event; got ${JSON.stringify(buffered)}`);
          buffered += decoder.decode(value, { stream: true });
          for (const line of buffered.split('\n')) {
            if (!line.startsWith('data:')) continue;
            const payload = JSON.parse(line.slice('data:'.length)) as { data?: { events: StreamEvent }; errors?: unknown };
            if (payload.errors) throw new Error(`SSE errors: ${JSON.stringify(payload.errors)}`);
            if (payload.data?.events) event = payload.data.events;
          }
        }
        return event;
      };
      const received = await within(read(), 'the SSE data line');
      expect(received).toMatchObject({
        type: 'MESSAGE_CREATED',
        channel: { name: 'general' },
        actor: { name: 'Alice Chen' },
        message: { id: messageId, text: 'Heard over SSE', author: { name: 'Alice Chen' } },
      });
    } finally {
      controller.abort();
    }
    await responding.then(
      (response) => response.body?.cancel().catch(() => {}),
      () => {},
    );
    await live.waitForBusListeners(listenersBefore, 'the server to drop the aborted SSE subscription');
  });

  it('answers a subscribe with an invalid after cursor with a VALIDATION_ERROR', async () => {
    const malformed = ['not-a-cursor', Buffer.from('ev:-1', 'utf8').toString('base64url'), Buffer.from('seq:5', 'utf8').toString('base64url')];
    for (const after of malformed) {
      const subscription = await live.subscribe('demo-bob', { after });
      const errors = await subscription.errors.next(`the error for after: ${after}`);
      expect(errors, after).toHaveLength(1);
      expect(errors[0].extensions?.code, after).toBe('VALIDATION_ERROR');
      expect(errors[0].message, after).toContain('is not an event cursor');
      await within(subscription.completed, 'the operation to complete');
      expect(subscription.events.history).toEqual([]);
    }
    expect(live.busListeners).toBe(0);
  });

  it('answers an invalid subscription over WebSocket with errors that carry VALIDATION_ERROR', async () => {
    const client = live.wsClient({ authorization: 'Bearer demo-bob' });
    for (const query of ['subscription { events { nope } }', 'subscription { events { type ']) {
      const errors = await within(
        new Promise<ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>>((resolve, reject) => {
          client.subscribe({ query }, { next: () => reject(new Error('no data expected')), error: (error) => resolve(error as never), complete: () => {} });
        }),
        `the errors for ${query}`,
      );
      expect(errors.length, query).toBeGreaterThan(0);
      expect(errors.map((error) => error.extensions?.code), query).toEqual(errors.map(() => 'VALIDATION_ERROR'));
    }
  });
});
