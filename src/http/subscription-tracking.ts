import { randomUUID } from 'node:crypto';
import type { ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { logger } from '../log.js';
import { activeSubscriptions, eventsDelivered } from '../observability/metrics.js';
import { currentRequestScope, runInRequestScope, type RequestScope } from '../observability/request-scope.js';
import type { Lifecycle } from './lifecycle.js';
import { countErrorCodes, operationFacts, type OperationFacts } from './operation-facts.js';

/**
 * Every subscription being served, over either transport (server-sent events or graphql-ws):
 *
 * - logs `subscription_started` and `subscription_stopped` (reason, duration, results sent, error codes),
 *   with the request id of the HTTP request or WebSocket operation that started it;
 * - counts switchboard_active_subscriptions and switchboard_events_delivered_total, and the errors of each
 *   result by closed code;
 * - runs each result's execution in the subscription's request scope, so lines it logs carry the id;
 * - ends them all when the server drains: SSE clients get a final `complete` event and graphql-ws clients a
 *   `complete` message before their socket closes with 1001.
 */
type StopReason = 'completed' | 'client' | 'server_shutdown' | 'error';
type Transport = 'sse' | 'http' | 'ws';

interface Tracked {
  end(reason: StopReason): void;
}

export class SubscriptionTracker {
  private readonly active = new Set<Tracked>();

  constructor(lifecycle?: Lifecycle) {
    lifecycle?.onDrain(() => this.endAll('server_shutdown'));
  }

  get size(): number {
    return this.active.size;
  }

  endAll(reason: StopReason): void {
    for (const tracked of [...this.active]) tracked.end(reason);
  }

  /** Resolves once no subscription is left, or after `timeoutMs`. */
  async idle(timeoutMs: number): Promise<void> {
    if (this.active.size === 0) return;
    let timer: NodeJS.Timeout | undefined;
    await new Promise<void>((resolve) => {
      this.idleWaiters.add(resolve);
      timer = setTimeout(resolve, timeoutMs);
    });
    clearTimeout(timer);
  }

  private readonly idleWaiters = new Set<() => void>();

  /** A tracked subscription ended (called by TrackedStream). */
  removed(tracked: Tracked): void {
    this.active.delete(tracked);
    if (this.active.size > 0) return;
    for (const resolve of this.idleWaiters) resolve();
    this.idleWaiters.clear();
  }

  /** A tracked subscription started (called by TrackedStream). */
  added(tracked: Tracked): void {
    this.active.add(tracked);
  }

  plugin(): Plugin<{ request?: Request; viewer?: { accountId?: string } }> {
    return {
      onSubscribe: ({ args }) => {
        const facts = operationFacts(args.document, args.operationName);
        const request = args.contextValue.request;
        const transport: Transport = !request ? 'ws' : (request.headers.get('accept') ?? '').includes('text/event-stream') ? 'sse' : 'http';
        const scope = currentRequestScope() ?? { requestId: randomUUID() };
        if (args.contextValue.viewer?.accountId) scope.accountId = args.contextValue.viewer.accountId;
        return {
          onSubscribeResult: ({ result, setResult }) => {
            if (isAsyncIterable(result)) setResult(new TrackedStream(this, (result as AsyncIterable<ExecutionResult>)[Symbol.asyncIterator](), facts, transport, scope));
          },
        };
      },
    };
  }
}

const DONE: IteratorReturnResult<undefined> = Object.freeze({ done: true, value: undefined });

/**
 * One tracked subscription stream. A class rather than closures: a subscription is held for its whole
 * life, idle most of it, and closures per subscription were a measurable part of an idle connection's
 * memory (issue 14).
 */
class TrackedStream implements AsyncIterableIterator<ExecutionResult>, Tracked {
  private readonly start = performance.now();
  /** Closed error codes its results carried (made on the first one). */
  private codes: Set<string> | null = null;
  private results = 0;
  private finished = false;
  private endReason: StopReason | null = null;
  /** Settles the pending `next` when the subscription is ended from outside (made on the first `next`). */
  private interrupt: ((result: IteratorResult<ExecutionResult>) => void) | null = null;
  private interrupted: Promise<IteratorResult<ExecutionResult>> | null = null;

  constructor(
    private readonly tracker: SubscriptionTracker,
    private readonly iterator: AsyncIterator<ExecutionResult>,
    private readonly facts: OperationFacts,
    private readonly transport: Transport,
    private readonly scope: RequestScope,
  ) {
    tracker.added(this);
    activeSubscriptions.inc({ transport });
    this.log({ event: 'subscription_started' });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  end(reason: StopReason): void {
    this.endReason ??= reason;
    this.interrupt?.(DONE);
    void Promise.resolve(this.iterator.return?.()).catch(() => {});
  }

  async next(): Promise<IteratorResult<ExecutionResult>> {
    if (this.finished) return DONE;
    if (!this.interrupted) this.interrupted = new Promise((resolve) => (this.interrupt = resolve));
    let step: IteratorResult<ExecutionResult>;
    try {
      step = await Promise.race([runInRequestScope(this.scope, () => this.iterator.next()), this.interrupted]);
    } catch (error) {
      this.finish('error');
      throw error;
    }
    if (step.done) {
      this.finish(this.endReason ?? 'completed');
      return DONE;
    }
    this.results += 1;
    eventsDelivered.inc({ transport: this.transport });
    if (step.value.errors) countErrorCodes(step.value, 'subscription', (this.codes ??= new Set()));
    return step;
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    this.finish(this.endReason ?? 'client');
    this.interrupt?.(DONE);
    await Promise.resolve(this.iterator.return?.()).catch(() => {});
    return DONE;
  }

  async throw(error: unknown): Promise<IteratorResult<ExecutionResult>> {
    this.finish('error');
    await Promise.resolve(this.iterator.return?.()).catch(() => {});
    throw error;
  }

  private finish(reason: StopReason): void {
    if (this.finished) return;
    this.finished = true;
    this.tracker.removed(this);
    activeSubscriptions.dec({ transport: this.transport });
    this.log({
      event: 'subscription_stopped',
      reason,
      durationMs: Math.round(performance.now() - this.start),
      results: this.results,
      ...(this.codes && this.codes.size > 0 ? { errorCodes: [...this.codes] } : {}),
    });
  }

  private log(line: Record<string, unknown>): void {
    runInRequestScope(this.scope, () => logger.info({ ...line, transport: this.transport, ...this.facts }));
  }
}
