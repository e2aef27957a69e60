import { LogLevel, WebClient, type Logger } from '@slack/web-api';
import { observeBudgetRefusal, observeUpstreamCall, upstreamSpan } from '../../observability/provider-calls.js';
import { isTransient, slackFailure } from './errors.js';
import type { RateBudget } from './rate-budget.js';
import type { ProviderReadCache } from '../kit/read-cache/read-cache.js';
import { readCacheKey, readTags, readTtlMs, writeTags } from './cached-reads.js';

/**
 * Every Slack Web API call of the provider goes through `SlackApi.call`: the real `WebClient` pointed at
 * `apiUrl`, one client per token, the connection's rate budget taken before each call, Slack's errors
 * mapped to the closed codes, and transient failures of reads retried a bounded number of times.
 *
 * The SDK's own retries are off (`retries: 0`) and 429s are rejected at once (`rejectRateLimitedCalls`):
 * left alone, the SDK would sleep for Retry-After and retry for up to half an hour, inside a GraphQL request.
 * Writes are never retried: Slack may have posted a message whose answer was lost.
 */

/** The SDK logs request bodies at debug level; message content must never reach a log, so it is silenced. */
export const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  setLevel: () => {},
  getLevel: () => LogLevel.ERROR,
  setName: () => {},
};

export interface SlackApiOptions {
  /** Base URL of the Web API, with a trailing slash. Default `https://slack.com/api/`. */
  apiUrl?: string;
  budget: RateBudget;
  /** Extra attempts for a read that failed on transport or a Slack 5xx. Default 2. */
  readRetries?: number;
  /** Waits between those attempts: `retryDelayMs * 2^attempt`. Default 250. */
  retryDelayMs?: number;
  /** Per-call timeout in milliseconds. Default 30,000. */
  timeoutMs?: number;
  /**
   * The connection's provider-read cache (src/providers/kit/read-cache/): identical reads in flight share a
   * call, answers are reused until an event or a write invalidates them or the TTL passes (cached-reads.ts
   * says which methods and tags). Absent: every read calls Slack.
   */
  readCache?: ProviderReadCache;
}

export interface CallOptions {
  /** Writes are not retried. */
  write?: boolean;
  /** Narrows the budget bucket (chat.postMessage is limited per channel). */
  budgetScope?: string | null;
}

/** Fields every Slack response may carry. */
export interface SlackResponse {
  ok: boolean;
  response_metadata?: { next_cursor?: string };
}

export class SlackApi {
  private readonly clients = new Map<string, WebClient>();
  private readonly apiUrl: string;
  private readonly readRetries: number;
  private readonly retryDelayMs: number;
  private readonly timeoutMs: number;

  constructor(private readonly options: SlackApiOptions) {
    this.apiUrl = options.apiUrl ?? 'https://slack.com/api/';
    this.readRetries = options.readRetries ?? 2;
    this.retryDelayMs = options.retryDelayMs ?? 250;
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  /** Calls one Web API method with `token`; throws a SwitchboardError on any failure. */
  async call<T extends SlackResponse>(method: string, args: Record<string, unknown>, token: string, options: CallOptions = {}): Promise<T> {
    const cache = this.options.readCache;
    if (!cache) return this.callSlack<T>(method, args, token, options);
    if (options.write) {
      try {
        return await this.callSlack<T>(method, args, token, options);
      } finally {
        // Whether or not the answer came back, Slack may have changed: forget what this write touches.
        const tags = writeTags(method, args);
        if (tags) cache.invalidate(tags);
        else cache.invalidateAll();
      }
    }
    const tags = readTags(method, args);
    if (!tags) return this.callSlack<T>(method, args, token, options);
    return cache.read(readCacheKey(method, args, token), tags, () => this.callSlack<T>(method, args, token, options), readTtlMs(method));
  }

  private async callSlack<T extends SlackResponse>(method: string, args: Record<string, unknown>, token: string, options: CallOptions): Promise<T> {
    const attempts = options.write ? 1 : 1 + this.readRetries;
    for (let attempt = 0; ; attempt += 1) {
      try {
        this.options.budget.take(method, options.budgetScope ?? null);
      } catch (error) {
        observeBudgetRefusal('slack', method);
        throw error;
      }
      const start = performance.now();
      try {
        const answer = (await upstreamSpan('slack', method, () => this.client(token).apiCall(method, args))) as T;
        observeUpstreamCall('slack', method, start, 'ok');
        return answer;
      } catch (error) {
        const retryAfter = (error as { retryAfter?: unknown }).retryAfter;
        observeUpstreamCall('slack', method, start, slackFailure(method, error).code, typeof retryAfter === 'number');
        if (typeof retryAfter === 'number') this.options.budget.pause(method, retryAfter, options.budgetScope ?? null);
        if (attempt + 1 >= attempts || !isTransient(error)) throw slackFailure(method, error);
        await new Promise((resolve) => setTimeout(resolve, this.retryDelayMs * 2 ** attempt));
      }
    }
  }

  /**
   * Follows `next_cursor` until the list ends (an empty or absent cursor, as the SDK's own paginate does),
   * collecting `field` of every page.
   */
  async callAll<Item>(method: string, args: Record<string, unknown>, token: string, field: string): Promise<Item[]> {
    const items: Item[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.call<SlackResponse & Record<string, unknown>>(method, { ...args, cursor }, token);
      items.push(...((page[field] as Item[] | undefined) ?? []));
      cursor = page.response_metadata?.next_cursor || undefined;
    } while (cursor);
    return items;
  }

  private client(token: string): WebClient {
    let client = this.clients.get(token);
    if (!client) {
      client = new WebClient(token, {
        slackApiUrl: this.apiUrl,
        logger: silentLogger,
        retryConfig: { retries: 0 },
        rejectRateLimitedCalls: true,
        timeout: this.timeoutMs,
      });
      this.clients.set(token, client);
    }
    return client;
  }
}
