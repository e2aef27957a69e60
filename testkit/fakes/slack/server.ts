import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { announcementMethods } from './methods/announcements.js';
import { chatMethods } from './methods/chat.js';
import { conversationMethods } from './methods/conversations.js';
import { deliverScheduled, extraMethods } from './methods/extras.js';
import { peopleMethods } from './methods/people.js';
import type { MethodHandler, MethodTable } from './methods/support.js';
import { FakeSlackWorkspace, SlackApiError, type FakeToken, type WorkspaceOptions } from './workspace.js';

/**
 * A loopback Slack Web API for tests. It speaks the wire format `@slack/web-api` uses: every call a POST to
 * `/api/<method>` with a form body (JSON bodies are accepted too), the token in `Authorization: Bearer`,
 * errors as HTTP 200 `{ok:false,error}`, rate limits as HTTP 429 with `Retry-After`. See README.md.
 */

/** One call the fake received, for tests that count provider calls. */
export interface RecordedCall {
  method: string;
  /** The request's parameters without the token. */
  params: Record<string, unknown>;
  token: string | null;
  tokenKind: 'bot' | 'user' | null;
  userId: string | null;
  /** `ok`, `error:<code>`, `429` or `http:<status>`. */
  outcome: string;
}

/** A fault the next call(s) of one method answer with instead of running the method. */
export type Fault =
  | { error: string; extra?: Record<string, unknown> }
  | { rateLimited: number }
  | { status: number; body?: string };

export interface FakeSlack {
  /** Base URL for `new WebClient(token, { slackApiUrl })`: `http://127.0.0.1:<port>/api/`. */
  apiUrl: string;
  workspace: FakeSlackWorkspace;
  calls: RecordedCall[];
  /** Calls of one method (or of all methods) since the start or the last `resetCalls()`. */
  count(method?: string): number;
  /** Calls since the last reset, as `{ method: count }`. */
  countByMethod(): Record<string, number>;
  resetCalls(): void;
  /** The next `times` calls of `method` answer `fault` (default once). `times: Infinity` until `clearFaults`. */
  inject(method: string, fault: Fault, times?: number): void;
  clearFaults(): void;
  /** Answer 429 once `method` got more than `perMinute` calls in the current minute of the workspace clock. */
  limitRate(method: string, perMinute: number): void;
  close(): Promise<void>;
}

export interface FakeSlackOptions extends WorkspaceOptions {
  /** Extra or replacement method handlers. */
  methods?: MethodTable;
}

// announcementMethods wraps some of the others with what Slack adds around them (pinned_item, search context, unfurls).
const ALL_METHODS: MethodTable = { ...peopleMethods, ...conversationMethods, ...chatMethods, ...extraMethods, ...announcementMethods };

/** Methods a caller may use without a bearer token (they authenticate with client credentials). */
const UNAUTHENTICATED = new Set(['oauth.v2.access', 'api.test']);

export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const workspace = new FakeSlackWorkspace(options);
  const methods: MethodTable = { ...ALL_METHODS, ...options.methods };
  const calls: RecordedCall[] = [];
  const faults = new Map<string, Array<{ fault: Fault; remaining: number }>>();
  const rateLimits = new Map<string, { perMinute: number; minute: number; used: number }>();

  const takeFault = (method: string): Fault | null => {
    const queue = faults.get(method);
    const head = queue?.[0];
    if (!head) return null;
    head.remaining -= 1;
    if (head.remaining <= 0) queue.shift();
    return head.fault;
  };

  /** Seconds until the method's window resets, or null while under its limit. */
  const overLimit = (method: string): number | null => {
    const limit = rateLimits.get(method);
    if (!limit) return null;
    const now = workspace.clock();
    const minute = Math.floor(now / 60_000);
    if (minute !== limit.minute) {
      limit.minute = minute;
      limit.used = 0;
    }
    limit.used += 1;
    if (limit.used <= limit.perMinute) return null;
    return Math.max(1, Math.ceil(((minute + 1) * 60_000 - now) / 1000));
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://fake-slack');
    const match = /^\/api\/([A-Za-z0-9_.]+)$/.exec(url.pathname);
    if (!match) return send(response, 404, { ok: false, error: 'unknown_method' });
    const method = match[1];
    const params = await readParams(request, url);
    const token = bearerToken(request) ?? (typeof params.token === 'string' ? params.token : null);
    delete params.token;
    const known = token ? workspace.tokens.get(token) : undefined;
    const call: RecordedCall = {
      method,
      params,
      token,
      tokenKind: known?.kind ?? null,
      userId: known?.userId ?? null,
      outcome: 'ok',
    };
    calls.push(call);

    const fault = takeFault(method);
    if (fault && 'rateLimited' in fault) {
      call.outcome = '429';
      return send(response, 429, { ok: false, error: 'ratelimited' }, { 'Retry-After': String(fault.rateLimited) });
    }
    if (fault && 'status' in fault) {
      call.outcome = `http:${fault.status}`;
      response.writeHead(fault.status, { 'Content-Type': 'text/plain' });
      response.end(fault.body ?? 'Internal Server Error');
      return;
    }
    const retryAfter = overLimit(method);
    if (retryAfter !== null) {
      call.outcome = '429';
      return send(response, 429, { ok: false, error: 'ratelimited' }, { 'Retry-After': String(retryAfter) });
    }

    try {
      if (fault) throw new SlackApiError(fault.error, fault.extra);
      deliverScheduled(workspace);
      const handler: MethodHandler | undefined = methods[method];
      if (!handler) throw new SlackApiError('unknown_method');
      let caller: FakeToken | null = null;
      if (!UNAUTHENTICATED.has(method)) {
        if (!token) throw new SlackApiError('not_authed');
        if (!known || known.revoked) throw new SlackApiError(known?.revoked ? 'token_revoked' : 'invalid_auth');
        caller = known;
      }
      const body = handler({ workspace, params, caller: caller as FakeToken, authorization: request.headers.authorization ?? null });
      return send(response, 200, { ok: true, ...body });
    } catch (error) {
      if (error instanceof SlackApiError) {
        call.outcome = `error:${error.error}`;
        return send(response, 200, { ok: false, error: error.error, ...error.extra });
      }
      call.outcome = 'error:internal_error';
      return send(response, 200, { ok: false, error: 'internal_error' });
    }
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) send(response, 500, { ok: false, error: 'fatal_error' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const counted = (method?: string) => calls.filter((call) => method === undefined || call.method === method).length;

  return {
    apiUrl: `http://127.0.0.1:${port}/api/`,
    workspace,
    calls,
    count: counted,
    countByMethod() {
      const counts: Record<string, number> = {};
      for (const call of calls) counts[call.method] = (counts[call.method] ?? 0) + 1;
      return counts;
    },
    resetCalls() {
      calls.length = 0;
    },
    inject(method, fault, times = 1) {
      const queue = faults.get(method) ?? [];
      queue.push({ fault, remaining: times });
      faults.set(method, queue);
    },
    clearFaults() {
      faults.clear();
      rateLimits.clear();
    },
    limitRate(method, perMinute) {
      rateLimits.set(method, { perMinute, minute: -1, used: 0 });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function bearerToken(request: IncomingMessage): string | null {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match ? match[1] : null;
}

/** Form (what WebClient sends), JSON, or the query string of a GET. */
async function readParams(request: IncomingMessage, url: URL): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  const params: Record<string, unknown> = Object.fromEntries(url.searchParams);
  if (type === 'application/json' && raw) {
    const parsed = JSON.parse(raw) as unknown;
    if (parsed && typeof parsed === 'object') Object.assign(params, parsed);
  } else if (raw) {
    Object.assign(params, Object.fromEntries(new URLSearchParams(raw)));
  }
  return params;
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}
