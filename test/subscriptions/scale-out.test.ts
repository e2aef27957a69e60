import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../testkit/databases.js';
import { startLiveServer, type LiveServer } from '../../testkit/subscriptions.js';

/**
 * Two Switchboard instances on one PostgreSQL and one Redis, started together on an empty store: the demo
 * is seeded once, and an event caused through either instance reaches subscribers of both.
 */
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('two instances sharing PostgreSQL and Redis', () => {
  let database: TestDatabase;
  let first: LiveServer;
  let second: LiveServer;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    // A channel of its own, so parallel test files sharing the Redis server never hear each other.
    const redis = { url: REDIS_URL, channel: `switchboard:test:${randomBytes(6).toString('hex')}` };
    [first, second] = await Promise.all([
      startLiveServer('postgres', { database, redis }),
      startLiveServer('postgres', { database, redis }),
    ]);
  });
  afterEach(async () => {
    await Promise.all([first?.disposeClients(), second?.disposeClients()]);
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await database?.drop();
  });

  it('seeds the demo once when both start on an empty store', async () => {
    const seeded = [first.testApp.started.seeded, second.testApp.started.seeded].filter(Boolean);
    expect(seeded).toHaveLength(1);
    const { rows } = await sql<{ accounts: number }>`select count(*)::int as accounts from accounts`.execute(
      first.testApp.started.services.database.db,
    );
    expect(rows[0].accounts).toBe(4);
  });

  it('a message sent through one instance reaches a subscriber of the other', async () => {
    const general = first.directory.channel.general;
    const onFirst = await first.subscribe('demo-bob', { filter: { channelIds: [general] } });
    const onSecond = await second.subscribe('demo-carol', { filter: { channelIds: [general] } });

    const id = await second.send('demo-alice', general, 'across instances');
    const [heardOnFirst, heardOnSecond] = await Promise.all([onFirst.events.next('event on the first instance'), onSecond.events.next('event on the second')]);
    for (const event of [heardOnFirst, heardOnSecond]) {
      expect(event).toMatchObject({ type: 'MESSAGE_CREATED', message: { id, text: 'across instances', author: { name: 'Alice Chen' } } });
    }
    expect(heardOnFirst.cursor).toBe(heardOnSecond.cursor);
  });

  it('events from both instances arrive everywhere in the one order of the event log', async () => {
    const general = first.directory.channel.general;
    const onFirst = await first.subscribe('demo-bob', { filter: { channelIds: [general] } });
    const onSecond = await second.subscribe('demo-dave', { filter: { channelIds: [general] } });
    const sends = await Promise.all(
      Array.from({ length: 10 }, (_, index) => (index % 2 === 0 ? first : second).send('demo-alice', general, `interleaved ${index}`)),
    );
    const read = async (subscription: typeof onFirst) => {
      const cursors: string[] = [];
      for (let index = 0; index < sends.length; index += 1) cursors.push((await subscription.events.next(`event ${index}`)).cursor);
      return cursors;
    };
    const [seenFirst, seenSecond] = await Promise.all([read(onFirst), read(onSecond)]);
    expect(seenSecond).toEqual(seenFirst);
    expect(new Set(seenFirst).size).toBe(sends.length);
  });
});
