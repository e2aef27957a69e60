import { AuthenticationHandler, Client, GraphError, ResponseType, TelemetryHandler, type Context, type Middleware, type MiddlewareOptions } from '@microsoft/microsoft-graph-client';
import { SwitchboardError } from '../../../errors.js';
import { failureOf, graphError, isTransient, rateLimited, unreachable } from './errors.js';
import type { GraphRateBudget, RequestCost } from './rate-budget.js';
import { principalKey, type GraphTokens, type Principal } from './tokens.js';
import type { MicrosoftTransport } from './transport.js';

/**
 * Every Microsoft Graph call of Switchboard goes through `GraphApi`, the only module that touches
 * `@microsoft/microsoft-graph-client` (in maintenance: a move to a generated Kiota client changes this file
 * alone). Per principal (the app, or one linked person) it keeps one SDK Client whose middleware chain is
 * the SDK's AuthenticationHandler (bearer from GraphTokens) → TelemetryHandler → our transport (Node https
 * with this connection's CA; see transport.ts). The SDK's RetryHandler is left out on purpose: it would sleep
 * up to 180 s on a 429 inside a GraphQL request. Instead each call takes its cost from the rate budget first,
 * a 429/503 pauses the budget for Retry-After and answers RATE_LIMITED, a 401 InvalidAuthenticationToken
 * refreshes the token once and repeats the call, and only reads are retried on Graph's 5xx. `stream` is the same
 * for a body that must not be held whole (attachment bytes): the transport hands it on as it arrives.
 */

export const DEFAULT_GRAPH_URL = 'https://graph.microsoft.com/';
const VERSION = 'v1.0';

export interface GraphCall {
  /** What the call does, for budgets and error messages: `channel.messages.list`, `chat.message.post`… */
  operation: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** A path under the version root (`/teams/{id}/channels`, values already URI-encoded), or a link Graph gave us. */
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** The limits the call counts against (rate-budget.ts); null only for a `$batch` envelope, whose items count one by one. */
  cost: RequestCost | null;
  /** Writes are never repeated after an unclear failure: Graph may have done them. */
  write?: boolean;
}

export interface GraphApiOptions {
  /** MICROSOFT_GRAPH_URL; default `https://graph.microsoft.com/`. */
  graphUrl?: string;
  transport: MicrosoftTransport;
  tokens: GraphTokens;
  budget: GraphRateBudget;
  /** The provider name errors carry. Default 'teams'. */
  provider?: string;
  /** Extra attempts for reads that met Graph's 5xx or transport trouble. Default 2. */
  readRetries?: number;
  /** Base wait between those attempts (`retryDelayMs · 2^n`). Default 250 ms. */
  retryDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  clock?: () => number;
}

/** A streamed answer (`GraphApi.stream`): the body as it arrives, with what Graph said about it. */
export interface GraphStream {
  body: ReadableStream<Uint8Array>;
  /** Graph's Content-Type, when it sent one. */
  contentType: string | null;
  /** Graph's Content-Length, when it sent one. */
  contentLength: number | null;
}

/** Marks a request whose successful body the transport hands on unread (`MiddlewareControl` finds it by class). */
class StreamedBody implements MiddlewareOptions {}

/** Hands the SDK's request to our transport (the last link of the middleware chain). */
class TransportHandler implements Middleware {
  constructor(private readonly transport: MicrosoftTransport) {}

  async execute(context: Context): Promise<void> {
    const request = context.request;
    const url = typeof request === 'string' ? request : request.url;
    const headers = new Headers(typeof request === 'string' ? undefined : request.headers);
    new Headers(context.options?.headers as HeadersInit | undefined).forEach((value, key) => headers.set(key, value));
    const body = context.options?.body;
    context.response = await this.transport.send({
      url,
      method: context.options?.method ?? (typeof request === 'string' ? 'GET' : request.method),
      headers,
      body: body === undefined || body === null ? null : typeof body === 'string' ? body : new Uint8Array(body as ArrayBuffer),
      stream: context.middlewareControl?.getMiddlewareOptions(StreamedBody) !== undefined,
    });
  }

  setNext(): void {
    // The transport is the end of the chain.
  }
}

export class GraphApi {
  /** `https://graph.microsoft.com/v1.0`: links Graph hands out start with it. */
  readonly root: string;
  private readonly clients = new Map<string, Client>();
  /** The provider name errors carry (teams, outlook). */
  readonly provider: string;
  private readonly readRetries: number;
  private readonly retryDelayMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly clock: () => number;

  constructor(private readonly options: GraphApiOptions) {
    const base = options.graphUrl ?? DEFAULT_GRAPH_URL;
    this.root = `${base.endsWith('/') ? base : `${base}/`}${VERSION}`;
    this.provider = options.provider ?? 'teams';
    this.readRetries = options.readRetries ?? 2;
    this.retryDelayMs = options.retryDelayMs ?? 250;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.clock = options.clock ?? Date.now;
  }

  get budget(): GraphRateBudget {
    return this.options.budget;
  }

  get tokens(): GraphTokens {
    return this.options.tokens;
  }

  /** One Graph request as `principal`; throws a SwitchboardError on any failure. 204 answers undefined. */
  call<T>(principal: Principal, call: GraphCall): Promise<T> {
    return this.attempt(principal, call, (path) => this.send(principal, call, path) as Promise<T>);
  }

  /**
   * A GET whose successful body is streamed rather than parsed (`/$value`: attachment bytes), under the same
   * rules as `call` (budget, 401 refresh, throttling, read retries before the body starts, closed codes).
   * The caller must read the body to its end or cancel it, else the connection stays taken.
   */
  stream(principal: Principal, call: GraphCall): Promise<GraphStream> {
    return this.attempt(principal, call, (path) => this.sendStreamed(principal, call, path));
  }

  /** Budget, token refresh, throttling and retries around one request; `send` makes it. */
  private async attempt<T>(principal: Principal, call: GraphCall, send: (path: string) => Promise<T>): Promise<T> {
    const path = this.checkedPath(call.path);
    const attempts = call.write ? 1 : 1 + this.readRetries;
    let refreshed = false;
    for (let attempt = 0; ; ) {
      // The token first: a grant that fails (unlinked, revoked) must not spend the budget of a call never made.
      const token = await this.options.tokens.accessToken(principal);
      if (call.cost) this.options.budget.take(call.cost, call.operation);
      try {
        return await send(path);
      } catch (error) {
        const failure = failureOf(error, this.clock());
        if (failure?.status === 401 && !refreshed) {
          // An access token Graph no longer takes (revoked session, clock skew): refresh once, then give up.
          refreshed = true;
          this.options.tokens.invalidate(principal, token);
          continue;
        }
        if (call.cost && failure && (failure.status === 429 || failure.status === 503) && failure.retryAfterSeconds !== null) {
          this.options.budget.pause(call.cost, failure.retryAfterSeconds);
        }
        attempt += 1;
        if (call.write || attempt >= attempts || !isTransient(failure)) {
          throw failure ? graphError(this.provider, call.operation, failure, error) : error instanceof SwitchboardError ? error : unreachable(this.provider, call.operation, error);
        }
        await this.sleep(this.retryDelayMs * 2 ** (attempt - 1));
      }
    }
  }

  /** Follows `@odata.nextLink` from `call` until the list ends or `maxItems` are read. */
  async callAll<T>(principal: Principal, call: GraphCall, maxItems = Infinity): Promise<T[]> {
    const items: T[] = [];
    let next: string | undefined = call.path;
    while (next && items.length < maxItems) {
      const page: { value?: T[]; '@odata.nextLink'?: string } = await this.call(principal, { ...call, path: next });
      items.push(...(page.value ?? []));
      next = page['@odata.nextLink'];
    }
    return items;
  }

  /**
   * A path or a link Graph handed out (nextLink, deltaLink, a cursor made from one) as a path under the
   * version root. A link to any other host or version is refused: following it would send the bearer token
   * to whoever wrote the link.
   */
  checkedPath(path: string): string {
    if (path.startsWith('/')) return path;
    if (path.startsWith(`${this.root}/`)) return path.slice(this.root.length);
    throw new SwitchboardError('VALIDATION_ERROR', 'A paging link does not point at this Microsoft Graph; refusing to follow it.');
  }

  /** A RATE_LIMITED error for a `$batch` item Graph throttled (the batch loader decides whether to wait). */
  throttled(operation: string, seconds: number): SwitchboardError {
    return rateLimited(this.provider, operation, seconds, 'graph');
  }

  private async send(principal: Principal, call: GraphCall, path: string): Promise<unknown> {
    let request = this.client(principal).api(path);
    for (const [key, value] of Object.entries(call.headers ?? {})) request = request.header(key, value);
    switch (call.method) {
      case 'GET':
        return request.get();
      case 'POST':
        return request.post(call.body ?? {});
      case 'PATCH':
        return request.patch(call.body ?? {});
      case 'DELETE':
        return request.delete();
    }
  }

  /** A GET answered raw, its body unread on success; a failure thrown as the SDK's GraphError would be. */
  private async sendStreamed(principal: Principal, call: GraphCall, path: string): Promise<GraphStream> {
    let request = this.client(principal).api(path).middlewareOptions([new StreamedBody()]).responseType(ResponseType.RAW);
    for (const [key, value] of Object.entries(call.headers ?? {})) request = request.header(key, value);
    const response = (await request.get()) as Response;
    if (!response.ok) {
      // Error bodies come whole (transport.ts): Graph's `{"error":{"code",…}}`, read for the code only.
      const payload = (await response.json().catch(() => null)) as { error?: { code?: unknown } } | null;
      const error = new GraphError(response.status);
      error.code = typeof payload?.error?.code === 'string' ? payload.error.code : null;
      error.headers = response.headers;
      throw error;
    }
    const length = Number(response.headers.get('content-length'));
    return {
      body: response.body ?? new ReadableStream<Uint8Array>({ start: (controller) => controller.close() }),
      contentType: response.headers.get('content-type'),
      contentLength: response.headers.has('content-length') && Number.isSafeInteger(length) && length >= 0 ? length : null,
    };
  }

  private client(principal: Principal): Client {
    const key = principalKey(principal);
    let client = this.clients.get(key);
    if (!client) {
      const auth = new AuthenticationHandler({ getAccessToken: () => this.options.tokens.accessToken(principal) });
      client = Client.initWithMiddleware({
        middleware: [auth, new TelemetryHandler(), new TransportHandler(this.options.transport)],
        baseUrl: this.root.slice(0, -VERSION.length),
        defaultVersion: VERSION,
        // The SDK only sends the bearer to hosts it knows; a configured Graph URL (or a test's fake) is one.
        customHosts: new Set([new URL(this.root).hostname]),
      });
      this.clients.set(key, client);
    }
    return client;
  }
}
