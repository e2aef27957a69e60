import { print } from 'graphql';
import { stringifyMessage, MessageType } from 'graphql-ws';
import type { Socket } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { decodeEventCursor } from '../../src/subscriptions/event-log.js';
import { PreparedPayload, preparedFramesWritten, preparedSerializations } from '../../src/subscriptions/prepared-frames.js';
import { EventsDocument, Inbox, useLiveServer, type EventSubscription, type LiveServer } from '../../testkit/subscriptions.js';

/**
 * Shared results go out as prepared frames (src/subscriptions/prepared-frames.ts): the payload is
 * serialized once per visibility class and spliced behind each subscriber's own id, and the frame is
 * written below graphql-ws (which never stringifies those messages). A real graphql-ws client must see
 * exactly the messages graphql-ws itself would send, in order, and `complete` last.
 */

/** graphql-ws's own `next` messages stringified while `work` runs (its stringifyMessage calls JSON.stringify on the message). */
async function countGraphqlWsNexts<T>(work: () => Promise<T>): Promise<{ value: T; nexts: number }> {
  const stringify = JSON.stringify;
  let nexts = 0;
  const spy = vi.spyOn(JSON, 'stringify').mockImplementation(((value: unknown, ...rest: unknown[]) => {
    if (typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'next' && 'id' in value) nexts += 1;
    return stringify(value, ...(rest as [never]));
  }) as typeof JSON.stringify);
  try {
    return { value: await work(), nexts };
  } finally {
    spy.mockRestore();
  }
}

interface RawMessage {
  text: string;
  binary: boolean;
}

/** A ws WebSocket that records every message the server sends it, as the bytes arrived. */
function recordingWebSocket(received: RawMessage[]): typeof WebSocket {
  return class RecordingWebSocket extends WebSocket {
    constructor(...args: ConstructorParameters<typeof WebSocket>) {
      super(...args);
      this.on('message', (data, isBinary) => received.push({ text: String(data), binary: isBinary }));
    }
  } as typeof WebSocket;
}

describe('Prepared frames for shared subscription results', () => {
  let live: LiveServer;
  useLiveServer('pglite', (server) => (live = server));

  it('sends each subscriber of a class the message graphql-ws would send, with its own id, serializing the payload once', async () => {
    const general = live.directory.channel.general;
    const subscribers = ['demo-bob', 'demo-carol', 'demo-dave'];
    const raw = new Map<string, RawMessage[]>();
    const subscriptions: EventSubscription[] = [];
    for (const [index, apiKey] of subscribers.entries()) {
      const received: RawMessage[] = [];
      raw.set(apiKey, received);
      const client = live.wsClient(
        { authorization: `Bearer ${apiKey}` },
        { webSocketImpl: recordingWebSocket(received), generateID: () => `operation-${index}-of-${apiKey}` },
      );
      subscriptions.push(await live.subscribe(apiKey, { filter: { channelIds: [general] } }, client));
    }

    const before = preparedSerializations();
    const framesBefore = preparedFramesWritten();
    const { value: [messageId, events], nexts } = await countGraphqlWsNexts(async () => {
      const id = await live.send('demo-alice', general, 'One payload for three sockets');
      return [id, await Promise.all(subscriptions.map((subscription, index) => subscription.events.next(`${subscribers[index]}'s event`)))] as const;
    });
    expect(preparedSerializations() - before).toBe(1);
    // Three frames written below graphql-ws, none stringified by it.
    expect(preparedFramesWritten() - framesBefore).toBe(3);
    expect(nexts).toBe(0);
    expect(events.map((event) => event.message?.id)).toEqual([messageId, messageId, messageId]);

    const payloads = subscribers.map((apiKey, index) => {
      const nexts = raw.get(apiKey)!.filter((message) => message.text.includes('"type":"next"'));
      expect(nexts).toHaveLength(1);
      const [message] = nexts;
      // A text frame, exactly as graphql-ws stringifies a next message: id, type, payload, in that order.
      expect(message.binary).toBe(false);
      const parsed = JSON.parse(message.text) as { id: string; type: string; payload: unknown };
      expect(parsed.id).toBe(`operation-${index}-of-${apiKey}`);
      expect(message.text).toBe(stringifyMessage({ id: parsed.id, type: MessageType.Next, payload: parsed.payload as never }));
      // What the client library handed to the sink is that payload.
      expect(parsed.payload).toEqual({ data: { events: events[index] } });
      return message.text.slice(message.text.indexOf('"payload":'));
    });
    // The same payload bytes for every subscriber of the class.
    expect(new Set(payloads).size).toBe(1);
  });

  it('serializes once per class: viewers with a personal selection each get their own, ordinary message', async () => {
    const general = live.directory.channel.general;
    const received: RawMessage[] = [];
    const client = live.wsClient({ authorization: 'Bearer demo-bob' }, { webSocketImpl: recordingWebSocket(received), generateID: () => 'personal-1' });
    const events = new Inbox<unknown>();
    const listeners = live.busListeners;
    const personal = print(EventsDocument).replace('text', 'text viewerCanUpdate');
    client.subscribe(
      { query: personal, variables: { filter: { channelIds: [general] } } },
      { next: (result) => events.push(result), error: (error) => events.fail(error), complete: () => events.complete() },
    );
    await live.waitForBusListeners(listeners + 1, "bob's personal subscription");
    const before = preparedSerializations();
    await live.send('demo-alice', general, 'A personal view');
    const result = (await events.next("bob's personal event")) as { data?: { events: { message: { viewerCanUpdate: boolean } } } };
    expect(result.data?.events.message.viewerCanUpdate).toBe(false);
    // The execution read the viewer, so it was not shared and nothing was prepared: graphql-ws sent it.
    expect(preparedSerializations() - before).toBe(0);
    const [message] = received.filter((entry) => entry.text.includes('"type":"next"'));
    const parsed = JSON.parse(message.text) as { id: string; payload: unknown };
    expect(message.text).toBe(stringifyMessage({ id: 'personal-1', type: MessageType.Next, payload: parsed.payload as never }));
  });

  it('keeps each subscription in event order', async () => {
    const general = live.directory.channel.general;
    const subscribers = ['demo-bob', 'demo-carol', 'demo-dave'];
    const subscriptions: EventSubscription[] = [];
    for (const [index, apiKey] of subscribers.entries()) {
      const client = live.wsClient({ authorization: `Bearer ${apiKey}` }, { generateID: () => `ordered-${index}` });
      subscriptions.push(await live.subscribe(apiKey, { filter: { channelIds: [general] } }, client));
    }
    const before = preparedSerializations();
    const framesBefore = preparedFramesWritten();
    // Sent without waiting for one another: the events are logged in some order, which every subscriber must keep.
    const sent = await Promise.all([1, 2, 3, 4, 5].map((n) => live.send('demo-alice', general, `Burst ${n}`)));
    const received = await Promise.all(
      subscriptions.map(async (subscription, index) => {
        const events = [];
        for (let n = 0; n < sent.length; n++) events.push(await subscription.events.next(`${subscribers[index]}'s event ${n + 1}`));
        return events;
      }),
    );
    expect(preparedSerializations() - before).toBe(5);
    expect(preparedFramesWritten() - framesBefore).toBe(15);
    const order = received[0].map((event) => event.message?.id);
    expect(new Set(order)).toEqual(new Set(sent));
    for (const events of received) {
      expect(events.map((event) => event.message?.id)).toEqual(order);
      // In the order of the event log.
      const positions = events.map((event) => BigInt(decodeEventCursor(event.cursor)));
      expect(positions.every((position, index) => index === 0 || position > positions[index - 1])).toBe(true);
    }
  });

  describe('a socket closing mid-fan-out', () => {
    afterEach(() => vi.restoreAllMocks());

    it('still writes the others, and ends the closed socket\'s subscription without an error', async () => {
      const general = live.directory.channel.general;
      // The server side of each WebSocket, in the order they connect (each client connects on its subscribe).
      const serverSockets: Socket[] = [];
      const onUpgrade = (_request: unknown, socket: Socket) => serverSockets.push(socket);
      live.server.server.on('upgrade', onUpgrade);
      const subscribers = ['demo-bob', 'demo-carol', 'demo-dave'];
      const subscriptions: EventSubscription[] = [];
      try {
        for (const apiKey of subscribers) subscriptions.push(await live.subscribe(apiKey, { filter: { channelIds: [general] } }));
      } finally {
        live.server.server.off('upgrade', onUpgrade);
      }
      expect(serverSockets).toHaveLength(3);
      const listeners = live.busListeners;
      // Carol's connection breaks while the first event's frames are being written.
      const frameFor = PreparedPayload.prototype.frameFor;
      vi.spyOn(PreparedPayload.prototype, 'frameFor').mockImplementation(function (this: PreparedPayload, id: string) {
        if (!serverSockets[1].destroyed) serverSockets[1].destroy();
        return frameFor.call(this, id);
      });
      const first = await live.send('demo-alice', general, 'While carol drops');
      expect((await subscriptions[0].events.next("bob's first event")).message?.id).toBe(first);
      expect((await subscriptions[2].events.next("dave's first event")).message?.id).toBe(first);
      // The server notices the closed socket and ends its subscription (its bus listener goes).
      await live.waitForBusListeners(listeners - 1, "carol's subscription to end with her socket");
      const framesBefore = preparedFramesWritten();
      const second = await live.send('demo-alice', general, 'After carol dropped');
      expect((await subscriptions[0].events.next("bob's second event")).message?.id).toBe(second);
      expect((await subscriptions[2].events.next("dave's second event")).message?.id).toBe(second);
      expect(preparedFramesWritten() - framesBefore).toBe(2);
      expect(subscriptions[0].errors.buffered).toHaveLength(0);
      expect(subscriptions[2].errors.buffered).toHaveLength(0);
    });
  });
});
