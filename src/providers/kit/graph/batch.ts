import { SwitchboardError } from '../../../errors.js';
import type { GraphApi, GraphCall } from './client.js';
import { graphError, parseRetryAfter } from './errors.js';
import type { Principal } from './tokens.js';

/**
 * Graph JSON batching (`POST /$batch`, providers.md B.4) as a batch function with dataloader's contract:
 * the answers have the requests' length and order, and a failed item is an Error in its own slot only.
 * Requests go out in batches of at most 20 (Graph's limit), all batches of one call in parallel. Each item
 * takes its own cost from the rate budget first (Graph throttles batch items one by one); an item refused
 * by the budget is RATE_LIMITED without being sent. Items Graph throttled (inner 429/503 with their own
 * `Retry-After`) pause their budget and are sent again after their own wait, up to `throttleRetries` times
 * and only when that wait is at most `maxThrottleWaitSeconds`; otherwise their slot is RATE_LIMITED.
 * Writes in a batch are never sent twice except after such an explicit throttle (Graph did not run them).
 */

export const MAX_BATCH_SIZE = 20;

export interface BatchLoaderOptions {
  /** How often a throttled item is tried again. Default 1. */
  throttleRetries?: number;
  /** The longest Retry-After waited for inside a request. Default 2 s. */
  maxThrottleWaitSeconds?: number;
  sleep?: (ms: number) => Promise<void>;
}

interface BatchItemAnswer {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export class GraphBatchLoader {
  private readonly throttleRetries: number;
  private readonly maxWait: number;
  private readonly sleep: (ms: number) => Promise<void>;
  /** `$batch` requests sent (tests and diagnostics). */
  batches = 0;

  constructor(
    private readonly api: GraphApi,
    options: BatchLoaderOptions = {},
  ) {
    this.throttleRetries = options.throttleRetries ?? 1;
    this.maxWait = options.maxThrottleWaitSeconds ?? 2;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /**
   * Runs `calls` as `principal`, batched. A single call goes out on its own (a batch of one costs the same
   * request and hides nothing). Answers each item's body (undefined for 204) or its Error.
   */
  async load(principal: Principal, calls: readonly GraphCall[]): Promise<Array<unknown | Error>> {
    if (calls.length === 0) return [];
    if (calls.length === 1) {
      try {
        return [await this.api.call(principal, calls[0])];
      } catch (error) {
        return [error as Error];
      }
    }
    const results: Array<unknown | Error> = new Array(calls.length);
    let pending = calls.map((_, index) => index);
    for (let round = 0; pending.length > 0; round += 1) {
      const throttled: Array<{ index: number; seconds: number }> = [];
      const sendable: number[] = [];
      for (const index of pending) {
        try {
          const cost = calls[index].cost;
          if (cost) this.api.budget.take(cost, calls[index].operation);
          sendable.push(index);
        } catch (error) {
          results[index] = error as Error;
        }
      }
      const chunks: number[][] = [];
      for (let start = 0; start < sendable.length; start += MAX_BATCH_SIZE) chunks.push(sendable.slice(start, start + MAX_BATCH_SIZE));
      await Promise.all(chunks.map((chunk) => this.send(principal, calls, chunk, results, throttled)));
      pending = [];
      if (throttled.length === 0) break;
      const wait = Math.max(...throttled.map((item) => item.seconds));
      for (const item of throttled) {
        const call = calls[item.index];
        if (round < this.throttleRetries && item.seconds <= this.maxWait) pending.push(item.index);
        else results[item.index] = this.api.throttled(call.operation, item.seconds);
      }
      if (pending.length > 0) await this.sleep(wait * 1000);
    }
    return results;
  }

  private async send(
    principal: Principal,
    calls: readonly GraphCall[],
    chunk: number[],
    results: Array<unknown | Error>,
    throttled: Array<{ index: number; seconds: number }>,
  ): Promise<void> {
    const requests = chunk.map((index) => {
      const call = calls[index];
      const headers = { ...call.headers, ...(call.body !== undefined ? { 'Content-Type': 'application/json' } : {}) };
      return {
        id: String(index),
        method: call.method,
        url: this.api.checkedPath(call.path),
        ...(call.body !== undefined ? { body: call.body } : {}),
        ...(Object.keys(headers).length ? { headers } : {}),
      };
    });
    let answer: { responses?: BatchItemAnswer[] };
    try {
      this.batches += 1;
      // Graph throttles a batch's items, not the envelope: the items were counted above, the envelope is not.
      answer = await this.api.call(principal, {
        operation: '$batch',
        method: 'POST',
        path: '/$batch',
        body: { requests },
        cost: null,
        write: chunk.some((index) => calls[index].write),
      });
    } catch (error) {
      for (const index of chunk) results[index] = error as Error;
      return;
    }
    const byId = new Map((answer.responses ?? []).map((item) => [item.id, item]));
    for (const index of chunk) {
      const item = byId.get(String(index));
      const call = calls[index];
      if (!item) {
        results[index] = new SwitchboardError('PROVIDER_ERROR', `Microsoft Graph's $batch answer left out ${call.operation}.`);
      } else if (item.status >= 200 && item.status < 300) {
        results[index] = item.status === 204 ? undefined : item.body;
      } else {
        const retryAfter = parseRetryAfter(headerOf(item.headers, 'retry-after'));
        if ((item.status === 429 || item.status === 503) && retryAfter !== null) {
          if (call.cost) this.api.budget.pause(call.cost, retryAfter);
          throttled.push({ index, seconds: retryAfter });
          continue;
        }
        const code = (item.body as { error?: { code?: unknown } } | undefined)?.error?.code;
        results[index] = graphError(this.api.provider, call.operation, { status: item.status, code: typeof code === 'string' ? code : '', retryAfterSeconds: retryAfter });
      }
    }
  }
}

function headerOf(headers: Record<string, string> | undefined, name: string): string | null {
  if (!headers) return null;
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
  return key ? headers[key] : null;
}
