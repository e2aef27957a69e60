import { describe, expect, it } from 'vitest';
import type { EventLog } from '../../src/subscriptions/event-log.js';
import { useLiveServer, within, type LiveServer, type StreamEvent } from '../../testkit/subscriptions.js';

/** Resuming Subscription.events with `after: cursor`: replay of what was missed, then live, each once. */

describe('Subscription.events replay with after (pglite)', () => {
  let live: LiveServer;
  useLiveServer('pglite', (server) => (live = server));

  /**
   * Holds the next replay (EventLog.since) at a gate, before or after its query ran, so that live events
   * can be published at a chosen point of the seam. Only the first call is gated.
   */
  function gateReplay(at: 'before-query' | 'after-query') {
    const log: EventLog = live.testApp.started.services.eventLog;
    const original = log.since;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let markReached!: () => void;
    const reached = new Promise<void>((resolve) => (markReached = resolve));
    let used = false;
    log.since = async function (this: EventLog, ...args: Parameters<EventLog['since']>) {
      if (used) return original.apply(this, args);
      used = true;
      if (at === 'before-query') {
        markReached();
        await gate;
        return original.apply(this, args);
      }
      const rows = await original.apply(this, args);
      markReached();
      await gate;
      return rows;
    };
    return {
      reached: () => within(reached, `the replay to reach its gate (${at})`),
      release,
      restore: () => {
        release();
        log.since = original;
      },
    };
  }

  /** Subscribes bob to #general and returns the cursor of one fresh event, then disconnects. */
  async function freshCursor(text: string): Promise<string> {
    const general = live.directory.channel.general;
    const first = await live.subscribe('demo-bob', { filter: { channelIds: [general] } });
    const id = await live.send('demo-alice', general, text);
    const event = await first.events.next(`the event of "${text}"`);
    expect(event.message?.id).toBe(id);
    await live.disposeClients();
    return event.cursor;
  }

  /** Reads `count` events, in order. */
  async function take(events: { next(what: string): Promise<StreamEvent> }, count: number, what: string): Promise<StreamEvent[]> {
    const taken: StreamEvent[] = [];
    for (let i = 0; i < count; i++) taken.push(await events.next(`${what} (${i + 1} of ${count})`));
    return taken;
  }

  it('replays exactly the three messages sent while disconnected, in order, then continues live without a duplicate', async () => {
    const general = live.directory.channel.general;
    const filter = { channelIds: [general] };

    const first = await live.subscribe('demo-bob', { filter });
    const seenId = await live.send('demo-alice', general, 'Before the disconnect');
    const seen = await first.events.next('the event before the disconnect');
    expect(seen.message?.id).toBe(seenId);

    // Disconnect; the server drops the subscription's bus listener.
    await live.disposeClients();
    expect(live.busListeners).toBe(0);

    const missed: string[] = [];
    for (const text of ['Missed one', 'Missed two', 'Missed three']) missed.push(await live.send('demo-alice', general, text));

    const resumed = await live.subscribe('demo-bob', { filter, after: seen.cursor });
    const replayed = await take(resumed.events, 3, 'replayed event');
    expect(replayed.map((event) => [event.type, event.message?.id, event.message?.text])).toEqual([
      ['MESSAGE_CREATED', missed[0], 'Missed one'],
      ['MESSAGE_CREATED', missed[1], 'Missed two'],
      ['MESSAGE_CREATED', missed[2], 'Missed three'],
    ]);

    // The stream listened on the bus before it replayed, so a message sent now arrives live.
    const liveId = await live.send('demo-alice', general, 'Sent after the replay');
    const fourth = await resumed.events.next('the live event after the replay');
    expect(fourth).toMatchObject({ type: 'MESSAGE_CREATED', message: { id: liveId, text: 'Sent after the replay' } });

    // Nothing doubled at the seam: the next event is the next message, not a repeat.
    const sentinelId = await live.send('demo-alice', general, 'Sentinel');
    expect((await resumed.events.next('the sentinel event')).message?.id).toBe(sentinelId);
    const all = resumed.events.history;
    expect(all.map((event) => event.message?.id)).toEqual([...missed, liveId, sentinelId]);
    expect(new Set(all.map((event) => event.id)).size).toBe(all.length);
    expect(new Set(all.map((event) => event.cursor)).size).toBe(all.length);
    expect(all.map((event) => event.cursor)).not.toContain(seen.cursor);
  });

  it('replays from a cursor across event types and channels the subscriber may see', async () => {
    const { channel } = live.directory;
    const carol = await live.subscribe('demo-carol');
    const anchorId = await live.send('demo-alice', channel.random, 'Anchor');
    const anchor = await carol.events.next('the anchor event');
    expect(anchor.message?.id).toBe(anchorId);
    await live.disposeClients();

    const inGeneral = await live.send('demo-bob', channel.general, 'Coffee machine fixed');
    await live.send('demo-alice', channel.leadership, 'Private: hiring plan');
    const inRandom = await live.send('demo-dave', channel.random, 'Cat picture incoming');

    const resumed = await live.subscribe('demo-carol', { after: anchor.cursor });
    const replayed = await take(resumed.events, 2, 'replayed event');
    expect(replayed.map((event) => [event.channel?.name, event.message?.id, event.actor?.name])).toEqual([
      ['general', inGeneral, 'Bob Martinez'],
      ['random', inRandom, 'Dave Okafor'],
    ]);
    const liveId = await live.send('demo-alice', channel.general, 'Live again');
    expect((await resumed.events.next('the live event')).message?.id).toBe(liveId);
  });

  it('delivers every message sent while the replay is still running exactly once, in log order', async () => {
    const general = live.directory.channel.general;
    const filter = { channelIds: [general] };
    const first = await live.subscribe('demo-bob', { filter });
    const anchorId = await live.send('demo-alice', general, 'Seam anchor');
    const anchor = await first.events.next('the anchor event');
    expect(anchor.message?.id).toBe(anchorId);
    await live.disposeClients();

    const before: string[] = [];
    for (let i = 1; i <= 5; i++) before.push(await live.send('demo-alice', general, `Before resume ${i}`));

    // Resubscribe and keep sending without waiting: some of these land during the replay, some after.
    const resumed = await live.subscribe('demo-bob', { filter, after: anchor.cursor });
    const during: string[] = [];
    for (let i = 1; i <= 8; i++) during.push(await live.send('demo-dave', general, `During resume ${i}`));

    const received = await take(resumed.events, before.length + during.length, 'event');
    expect(received.map((event) => event.message?.id)).toEqual([...before, ...during]);

    const sentinelId = await live.send('demo-alice', general, 'Seam sentinel');
    expect((await resumed.events.next('the sentinel event')).message?.id).toBe(sentinelId);
    expect(resumed.events.buffered).toEqual([]);
  });

  it('delivers once an event published live while the replay had not yet read the log (it is in both)', async () => {
    const general = live.directory.channel.general;
    const filter = { channelIds: [general] };
    const cursor = await freshCursor('Gate anchor A');
    const missed = await live.send('demo-alice', general, 'Missed before resuming');

    const gate = gateReplay('before-query');
    try {
      const resumed = await live.subscribe('demo-bob', { filter, after: cursor });
      await gate.reached();
      // The stream listens on the bus and has not queried the log: these are held back, and the replay will
      // read them from the log as well.
      expect(live.busListeners).toBe(1);
      const during = [
        await live.send('demo-carol', general, 'During gate A 1'),
        await live.send('demo-dave', general, 'During gate A 2'),
      ];
      gate.release();

      const received = await take(resumed.events, 3, 'event');
      expect(received.map((event) => event.message?.id)).toEqual([missed, ...during]);
      const sentinelId = await live.send('demo-alice', general, 'Gate A sentinel');
      expect((await resumed.events.next('the sentinel event')).message?.id).toBe(sentinelId);
      expect(resumed.events.history.map((event) => event.message?.id)).toEqual([missed, ...during, sentinelId]);
    } finally {
      gate.restore();
    }
  });

  it('does not lose an event published live after the replay read the log but before it finished', async () => {
    const general = live.directory.channel.general;
    const filter = { channelIds: [general] };
    const cursor = await freshCursor('Gate anchor B');
    const missed = await live.send('demo-alice', general, 'Missed before resuming B');

    const gate = gateReplay('after-query');
    try {
      const resumed = await live.subscribe('demo-bob', { filter, after: cursor });
      await gate.reached();
      // The replay's query already ran without these: only the held-back live events can deliver them.
      const during = [
        await live.send('demo-carol', general, 'During gate B 1'),
        await live.send('demo-dave', general, 'During gate B 2'),
      ];
      gate.release();

      const received = await take(resumed.events, 3, 'event');
      expect(received.map((event) => event.message?.id)).toEqual([missed, ...during]);
      const sentinelId = await live.send('demo-alice', general, 'Gate B sentinel');
      expect((await resumed.events.next('the sentinel event')).message?.id).toBe(sentinelId);
      expect(resumed.events.history.map((event) => event.message?.id)).toEqual([missed, ...during, sentinelId]);
    } finally {
      gate.restore();
    }
  });
});
