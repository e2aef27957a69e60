import { print } from 'graphql';
import { stringifyMessage, MessageType } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { preparedSerializations } from '../../src/subscriptions/prepared-frames.js';
import { EventsDocument, Inbox, useLiveServer, type LiveServer } from '../../testkit/subscriptions.js';

/**
 * Shared results go out as prepared frames (src/subscriptions/prepared-frames.ts): the payload is
 * serialized once per visibility class and spliced behind each subscriber's own id. A real graphql-ws
 * client must see exactly the messages graphql-ws itself would send.
 */

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
    const subscriptions = [];
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
    const messageId = await live.send('demo-alice', general, 'One payload for three sockets');
    const events = await Promise.all(subscriptions.map((subscription, index) => subscription.events.next(`${subscribers[index]}'s event`)));
    expect(preparedSerializations() - before).toBe(1);
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
    // The execution read the viewer, so it was not shared and nothing was prepared.
    expect(preparedSerializations() - before).toBe(0);
    const [message] = received.filter((entry) => entry.text.includes('"type":"next"'));
    const parsed = JSON.parse(message.text) as { id: string; payload: unknown };
    expect(message.text).toBe(stringifyMessage({ id: 'personal-1', type: MessageType.Next, payload: parsed.payload as never }));
  });
});
