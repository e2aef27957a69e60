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
  return new EventStream(options);
}

type Consumer = { resolve: (result: IteratorResult<LoggedEvent>) => void; reject: (error: unknown) => void };

const DONE: IteratorReturnResult<undefined> = Object.freeze({ done: true, value: undefined });

/**
 * The stream itself. Events are checked (`accept`) one after another, each once the one before was taken
 * by the consumer, so a subscriber that does not read holds at most one accepted event and a queue of
 * unchecked ones (bounded by MAX_PENDING_EVENTS). A class with its state in fields rather than a Repeater
 * and closures: a subscription is held for its whole life, idle most of it, and that state was a
 * measurable part of an idle connection's memory (issue 14).
 */
class EventStream implements AsyncIterableIterator<LoggedEvent> {
  private lastSeq: bigint | null;
  /** Events handed to `deliver` and not yet done with. */
  private pending = 0;
  /** The chain that checks and offers events one at a time. */
  private delivery: Promise<void> = Promise.resolve();
  private replaying: boolean;
  /** Live events that arrived during the replay (made when the first one does). */
  private heldBack: LoggedEvent[] | null = null;
  /** An accepted event the consumer has not taken yet, and what to call when it is taken. */
  private offered: { event: LoggedEvent; taken: () => void } | null = null;
  /** The consumer's `next` waiting for an event. */
  private waiting: Consumer | null = null;
  /** Set once the stream was stopped: how it ends once the consumer has taken what was offered. */
  private ending: { error: unknown } | null = null;
  private finished = false;
  private readonly unsubscribe: () => void;

  constructor(private readonly options: EventStreamOptions) {
    this.lastSeq = options.afterSeq === null ? null : BigInt(options.afterSeq);
    this.replaying = options.afterSeq !== null;
    this.unsubscribe = options.bus.subscribe((event) => (this.replaying ? this.hold(event) : this.deliver(event)));
    if (this.replaying) void this.replay(options.afterSeq!);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  next(): Promise<IteratorResult<LoggedEvent>> {
    if (this.offered) {
      const { event, taken } = this.offered;
      this.offered = null;
      taken();
      return Promise.resolve({ done: false, value: event });
    }
    if (this.ending) return this.end();
    if (this.finished) return Promise.resolve(DONE);
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  return(): Promise<IteratorResult<LoggedEvent>> {
    this.finish();
    this.waiting?.resolve(DONE);
    this.waiting = null;
    return Promise.resolve(DONE);
  }

  throw(error?: unknown): Promise<IteratorResult<LoggedEvent>> {
    this.finish();
    this.waiting?.resolve(DONE);
    this.waiting = null;
    return Promise.reject(error);
  }

  /** Stops the stream: the consumer gets what was offered, then the end (or `error`). */
  private stop(error?: unknown): void {
    if (this.finished || this.ending) return;
    this.ending = { error };
    if (this.waiting && !this.offered) {
      const waiting = this.waiting;
      this.waiting = null;
      void this.end().then(waiting.resolve, waiting.reject);
    }
  }

  /** The end the consumer sees once: done, or the stop's error. */
  private end(): Promise<IteratorResult<LoggedEvent>> {
    const error = this.ending?.error;
    this.ending = null;
    this.finish();
    return error === undefined ? Promise.resolve(DONE) : Promise.reject(error);
  }

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.unsubscribe();
    this.heldBack = null;
    // A delivery waiting for its event to be taken goes on (and finds the stream finished).
    this.offered?.taken();
    this.offered = null;
  }

  private deliver(event: LoggedEvent): void {
    if (this.finished) return;
    this.pending += 1;
    if (this.pending > MAX_PENDING_EVENTS) {
      this.stop(new Error(`Subscriber fell more than ${MAX_PENDING_EVENTS} events behind; resubscribe with after: its last cursor.`));
      return;
    }
    this.delivery = this.delivery.then(() => this.checkCounted(event));
  }

  /** `check`, its failure stopping the stream; never rejects (the delivery chain goes on). */
  private async checkCounted(event: LoggedEvent): Promise<void> {
    try {
      await this.check(event);
    } catch (error) {
      this.stop(error);
    } finally {
      this.pending -= 1;
    }
  }

  /** Checks one event and, when the subscriber gets it, offers it and waits until it is taken. */
  private async check(event: LoggedEvent): Promise<void> {
    if (this.finished || this.ending) return;
    const seq = BigInt(event.seq);
    if (this.lastSeq !== null && seq <= this.lastSeq) return;
    this.lastSeq = seq;
    if (this.options.endsWith?.(event)) return this.stop();
    if (!(await this.options.accept(event)) || this.finished || this.ending) return;
    if (this.waiting) {
      const waiting = this.waiting;
      this.waiting = null;
      waiting.resolve({ done: false, value: event });
      return;
    }
    await new Promise<void>((taken) => (this.offered = { event, taken }));
  }

  private hold(event: LoggedEvent): void {
    if (this.finished) return;
    this.heldBack ??= [];
    if (this.heldBack.length >= MAX_PENDING_EVENTS) {
      this.stop(new Error(`Subscriber fell more than ${MAX_PENDING_EVENTS} events behind; resubscribe with after: its last cursor.`));
      return;
    }
    this.heldBack.push(event);
  }

  private async replay(afterSeq: string): Promise<void> {
    try {
      let cursor = afterSeq;
      for (;;) {
        const batch = await this.options.log.since(cursor, this.options.workspaceIds, REPLAY_BATCH);
        if (this.finished) return;
        for (const event of batch) this.deliver(event);
        await this.delivery;
        if (batch.length < REPLAY_BATCH) break;
        cursor = batch[batch.length - 1].seq;
      }
      this.replaying = false;
      const held = this.heldBack ?? [];
      this.heldBack = null;
      for (const event of held) this.deliver(event);
    } catch (error) {
      this.stop(error);
    }
  }
}
