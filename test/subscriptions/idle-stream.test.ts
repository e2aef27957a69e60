import { describe, expect, it } from 'vitest';
import type { LoggedEvent } from '../../src/providers/events.js';
import { InProcessBus } from '../../src/subscriptions/bus.js';
import type { EventLog } from '../../src/subscriptions/event-log.js';
import { eventStream } from '../../src/subscriptions/stream.js';

/**
 * What one subscriber's event stream (src/subscriptions/stream.ts) holds and does while its consumer is idle
 * or slow, counted: one bus listener, events checked one at a time and only once the one before was taken,
 * none checked twice, all delivered in order, nothing left listening after it ends.
 */

/** A bus that counts its listeners. */
class CountingBus extends InProcessBus {
  listening = 0;

  override subscribe(listener: (event: LoggedEvent) => void): () => void {
    this.listening += 1;
    const unsubscribe = super.subscribe(listener);
    let active = true;
    return () => {
      if (active) this.listening -= 1;
      active = false;
      unsubscribe();
    };
  }
}

const noLog = { since: async () => [] } as unknown as EventLog;

function event(seq: number): LoggedEvent {
  return { seq: String(seq), id: `event-${seq}`, type: 'MESSAGE_CREATED', workspaceId: 'w', channelId: 'c' } as unknown as LoggedEvent;
}

const turns = async (count = 5) => {
  for (let i = 0; i < count; i++) await new Promise((resolve) => setImmediate(resolve));
};

describe('One subscriber event stream', () => {
  it('checks events one at a time, only once the consumer took the one before, and delivers them all in order', async () => {
    const bus = new CountingBus();
    const checked: string[] = [];
    const stream = eventStream({
      bus,
      log: noLog,
      workspaceIds: ['w'],
      afterSeq: null,
      accept: async (candidate) => {
        checked.push(candidate.seq);
        return candidate.seq !== '3';
      },
    });
    expect(bus.listening).toBe(1);
    for (let seq = 1; seq <= 5; seq++) await bus.publish(event(seq));
    await turns();
    // Nobody reads: the first event was accepted and waits to be taken; the others wait unchecked.
    expect(checked).toEqual(['1']);
    const received: string[] = [];
    for (let i = 0; i < 4; i++) received.push(((await stream.next()) as IteratorYieldResult<LoggedEvent>).value.seq);
    expect(received).toEqual(['1', '2', '4', '5']);
    expect(checked).toEqual(['1', '2', '3', '4', '5']);
    // An event seen twice (a replay seam) is delivered once.
    await bus.publish(event(5));
    await bus.publish(event(6));
    expect(((await stream.next()) as IteratorYieldResult<LoggedEvent>).value.seq).toBe('6');
    expect(checked).toEqual(['1', '2', '3', '4', '5', '6']);
    await stream.return?.();
    expect(bus.listening).toBe(0);
    expect(await stream.next()).toEqual({ done: true, value: undefined });
  });

  it('ends a consumer waiting for the next event when the stream ends (endsWith), and stops listening', async () => {
    const bus = new CountingBus();
    const stream = eventStream({ bus, log: noLog, workspaceIds: ['w'], afterSeq: null, accept: async () => true, endsWith: (candidate) => candidate.seq === '2' });
    const first = stream.next();
    await bus.publish(event(1));
    expect(((await first) as IteratorYieldResult<LoggedEvent>).value.seq).toBe('1');
    const second = stream.next();
    await bus.publish(event(2));
    expect(await second).toEqual({ done: true, value: undefined });
    expect(bus.listening).toBe(0);
  });

  it('gives the consumer what it had accepted before a failure, then the failure', async () => {
    const bus = new CountingBus();
    const stream = eventStream({
      bus,
      log: noLog,
      workspaceIds: ['w'],
      afterSeq: null,
      accept: async (candidate) => {
        if (candidate.seq === '2') throw new Error('access check failed');
        return true;
      },
    });
    await bus.publish(event(1));
    await bus.publish(event(2));
    await turns();
    expect(((await stream.next()) as IteratorYieldResult<LoggedEvent>).value.seq).toBe('1');
    await expect(stream.next()).rejects.toThrow('access check failed');
    expect(bus.listening).toBe(0);
  });
});
