import { Repeater } from '@repeaterjs/repeater';
import type { LoggedEvent } from '../providers/events.js';
import type { EventBus } from './bus.js';
import type { EventLog } from './event-log.js';

/** Events a subscriber may fall behind by before it is cut off (it can resume with its last cursor). */
export const MAX_PENDING_EVENTS = 10_000;
const REPLAY_BATCH = 500;

export interface EventStreamOptions {
  bus: EventBus;
  log: EventLog;
  /** Workspaces whose logged events are replayed. */
  workspaceIds: string[];
  /** Replay events after this log position first; null: live events only. */
  afterSeq: string | null;
  /** Whether this subscriber gets the event (its filter and its access rules); checked per event. */
  accept: (event: LoggedEvent) => Promise<boolean>;
  /** Whether the stream ends (completes, without delivering it) at this event; default never. */
  endsWith?: (event: LoggedEvent) => boolean;
}

/**
 * One subscriber's event stream: the log's events after `afterSeq`, then live events from the bus, in log
 * order, each exactly once. Live events that arrive during the replay are held back and delivered after
 * it, skipping any the replay already covered, so nothing is lost or doubled at the seam.
 */
export function eventStream(options: EventStreamOptions): AsyncIterableIterator<LoggedEvent> {
  return new Repeater<LoggedEvent>(async (push, stop) => {
    let lastSeq = options.afterSeq === null ? null : BigInt(options.afterSeq);
    let pending = 0;
    let delivery = Promise.resolve();
    let replaying = options.afterSeq !== null;
    const heldBack: LoggedEvent[] = [];

    const deliver = (event: LoggedEvent) => {
      pending += 1;
      if (pending > MAX_PENDING_EVENTS) {
        stop(new Error(`Subscriber fell more than ${MAX_PENDING_EVENTS} events behind; resubscribe with after: its last cursor.`));
        return;
      }
      delivery = delivery
        .then(async () => {
          const seq = BigInt(event.seq);
          if (lastSeq !== null && seq <= lastSeq) return;
          lastSeq = seq;
          if (options.endsWith?.(event)) return void stop();
          if (await options.accept(event)) await push(event);
        })
        .catch((error: unknown) => stop(error))
        .finally(() => {
          pending -= 1;
        });
    };

    const hold = (event: LoggedEvent) => {
      if (heldBack.length >= MAX_PENDING_EVENTS) {
        stop(new Error(`Subscriber fell more than ${MAX_PENDING_EVENTS} events behind; resubscribe with after: its last cursor.`));
        return;
      }
      heldBack.push(event);
    };
    const unsubscribe = options.bus.subscribe((event) => (replaying ? hold(event) : deliver(event)));
    try {
      if (options.afterSeq !== null) {
        let cursor = options.afterSeq;
        for (;;) {
          const batch = await options.log.since(cursor, options.workspaceIds, REPLAY_BATCH);
          for (const event of batch) deliver(event);
          await delivery;
          if (batch.length < REPLAY_BATCH) break;
          cursor = batch[batch.length - 1].seq;
        }
        replaying = false;
        for (const event of heldBack.splice(0)) deliver(event);
      }
      await stop;
    } finally {
      unsubscribe();
    }
  });
}
