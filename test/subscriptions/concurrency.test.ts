import { describe, expect, it } from 'vitest';
import { STORES, type StoreKind } from '../../testkit/databases.js';
import { useLiveServer, type LiveServer } from '../../testkit/subscriptions.js';

/**
 * Many mutations at once, from several API keys over HTTP, to one live subscriber.
 *
 * On PostgreSQL, concurrent writers get sequence numbers in one order and would commit them in another;
 * the event log serialises its writers so that a live subscriber, which drops anything at or below the
 * last seq it delivered, loses nothing. PGlite runs one statement at a time and checks the same contract.
 */

const CONCURRENT_SENDS = 40;

describe.each(STORES)('Subscription.events under concurrent mutations on %s', (kind: StoreKind) => {
  let live: LiveServer;
  useLiveServer(kind, (server) => (live = server));

  it(
    'delivers the event of every one of 40 concurrent sends to a live subscriber, each once',
    async () => {
      const general = live.directory.channel.general;
      const bob = await live.subscribe('demo-bob', { filter: { channelIds: [general] } });
      const keys = ['demo-alice', 'demo-bob', 'demo-carol', 'demo-dave'];

      const sent = await Promise.all(
        Array.from({ length: CONCURRENT_SENDS }, (_, i) => live.send(keys[i % keys.length], general, `Concurrent ${i + 1}`)),
      );
      // A sentinel sent after all of them: once it arrived, every earlier event had its chance to.
      const sentinelId = await live.send('demo-alice', general, 'Concurrent sentinel');

      const received: string[] = [];
      for (;;) {
        const event = await bob.events.next(`event ${received.length + 1} (of ${CONCURRENT_SENDS} and a sentinel)`);
        if (event.message?.id === sentinelId) break;
        received.push(event.message!.id);
      }
      expect(received.length).toBe(CONCURRENT_SENDS);
      expect(new Set(received)).toEqual(new Set(sent));
      const cursors = bob.events.history.map((event) => event.cursor);
      expect(new Set(cursors).size).toBe(cursors.length);
    },
  );
});
