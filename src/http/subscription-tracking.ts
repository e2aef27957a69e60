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

  private removed(tracked: Tracked): void {
    this.active.delete(tracked);
    if (this.active.size > 0) return;
    for (const resolve of this.idleWaiters) resolve();
    this.idleWaiters.clear();
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
            if (isAsyncIterable(result)) setResult(this.track(result as AsyncIterable<ExecutionResult>, facts, transport, scope));
          },
        };
      },
    };
  }

  private track(source: AsyncIterable<ExecutionResult>, facts: OperationFacts, transport: Transport, scope: RequestScope): AsyncIterableIterator<ExecutionResult> {
    const iterator = source[Symbol.asyncIterator]();
    const start = performance.now();
    const codes = new Set<string>();
    let results = 0;
    let finished = false;
    let endReason: StopReason | null = null;
    let interrupt!: (result: IteratorResult<ExecutionResult>) => void;
    const interrupted = new Promise<IteratorResult<ExecutionResult>>((resolve) => (interrupt = resolve));
    const log = (line: Record<string, unknown>) => runInRequestScope(scope, () => logger.info({ ...line, transport, ...facts }));

    const finish = (reason: StopReason) => {
      if (finished) return;
      finished = true;
      this.removed(tracked);
      activeSubscriptions.dec({ transport });
      log({
        event: 'subscription_stopped',
        reason,
        durationMs: Math.round(performance.now() - start),
        results,
        ...(codes.size > 0 ? { errorCodes: [...codes] } : {}),
      });
    };
    const tracked: Tracked = {
      end: (reason) => {
        endReason ??= reason;
        interrupt({ done: true, value: undefined });
        void Promise.resolve(iterator.return?.()).catch(() => {});
      },
    };

    this.active.add(tracked);
    activeSubscriptions.inc({ transport });
    log({ event: 'subscription_started' });

    const stream: AsyncIterableIterator<ExecutionResult> = {
      [Symbol.asyncIterator]: () => stream,
      next: async () => {
        if (finished) return { done: true, value: undefined };
        let step: IteratorResult<ExecutionResult>;
        try {
          step = await Promise.race([runInRequestScope(scope, () => iterator.next()), interrupted]);
        } catch (error) {
          finish('error');
          throw error;
        }
        if (step.done) {
          finish(endReason ?? 'completed');
          return { done: true, value: undefined };
        }
        results += 1;
        eventsDelivered.inc({ transport });
        countErrorCodes(step.value, 'subscription', codes);
        return step;
      },
      return: async () => {
        finish(endReason ?? 'client');
        interrupt({ done: true, value: undefined });
        await Promise.resolve(iterator.return?.()).catch(() => {});
        return { done: true, value: undefined };
      },
      throw: async (error: unknown) => {
        finish('error');
        await Promise.resolve(iterator.return?.()).catch(() => {});
        throw error;
      },
    };
    return stream;
  }
}
