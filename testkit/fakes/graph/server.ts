import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeAccessToken } from './directory.js';
import { handleAuthorize, handleToken, isIdentityPath, readForm, type IdentityState } from './identity.js';
import { FakeNotifier } from './notifications.js';
import { FakeMail } from './mailbox.js';
import { mailRouteTable } from './routes/mail.js';
import { parseQuery } from './odata.js';
import { containerRouteTable } from './routes/containers.js';
import { messageRouteTable } from './routes/messages.js';
import { searchRouteTable } from './routes/search.js';
import { subscriptionRouteTable } from './routes/subscriptions.js';
import { compile, type CompiledRoute, type RouteCall } from './routes/support.js';
import { userRouteTable } from './routes/users.js';
import { FakeGraphTenant, type TenantOptions } from './tenant.js';
import { loopbackCertificate } from './tls.js';
import { errorBody, GraphFakeError } from './wire.js';

/**
 * A loopback Microsoft Graph (v1.0) and identity platform for tests, over HTTPS with a certificate made at
 * test time (tls.ts). It speaks Graph's wire format (OData JSON, `@odata.nextLink`/`@odata.deltaLink`,
 * the `{"error":{"code","message","innerError"}}` body, 429 with `Retry-After`, `$batch` with per-item
 * status), records every call (batch items too) and injects faults. See README.md.
 */

export interface RecordedGraphCall {
  /** The route's name (`channel.messages.list`, `chat.message.post`, `$batch`, `token`…); `unknown` when none matched. */
  route: string;
  method: string;
  /** The path under /v1.0 (or the identity path), without the query. */
  path: string;
  query: string;
  /** The user a delegated token acts as; null for app tokens and unauthenticated calls. */
  userId: string | null;
  app: boolean;
  status: number;
  /** Set for requests that were items of a `$batch`: the batch's own request id. */
  batchId: string | null;
  /** `outcome` of identity calls: `ok:refresh_token`, `error:invalid_grant`… */
  outcome?: string;
}

/** What the next call(s) of a route answer instead of running it. */
export type GraphFault =
  | { status: number; code?: string; message?: string }
  | { throttle: number; status?: 429 | 503 };

export interface FakeGraph {
  /** `https://127.0.0.1:<port>/`: the SDK's `baseUrl` (MICROSOFT_GRAPH_URL); the version is appended. */
  graphUrl: string;
  /** The identity platform's base (MICROSOFT_LOGIN_URL): `…/{tenant}/oauth2/v2.0/token`. */
  loginUrl: string;
  /** The certificate the clients under test must trust (their CA). */
  ca: string;
  tenant: FakeGraphTenant;
  notifications: FakeNotifier;
  /** Outlook mail of the tenant's users (mailbox.ts, routes/mail.ts). */
  mail: FakeMail;
  identity: IdentityState;
  calls: RecordedGraphCall[];
  /** Calls of one route (or all), batch items included. */
  count(route?: string): number;
  /** HTTP requests that reached the server (a `$batch` counts once). */
  httpRequests(): number;
  countByRoute(): Record<string, number>;
  resetCalls(): void;
  inject(route: string, fault: GraphFault, times?: number): void;
  clearFaults(): void;
  /** 429 with Retry-After once a route gets more than `perSecond` calls in one second of the tenant clock. */
  limitRate(route: string, perSecond: number): void;
  close(): Promise<void>;
}

export type FakeGraphOptions = TenantOptions;

const MAX_BATCH = 20;

export async function startFakeGraph(options: FakeGraphOptions = {}): Promise<FakeGraph> {
  const tenant = new FakeGraphTenant(options);
  const notifications = new FakeNotifier(tenant);
  const mail = new FakeMail(tenant);
  notifications.watchMail(mail);
  const identity: IdentityState = { refuseConsent: new Set() };
  const routes: CompiledRoute[] = [...userRouteTable, ...containerRouteTable, ...messageRouteTable, ...searchRouteTable, ...subscriptionRouteTable(notifications), ...mailRouteTable(mail)].map(compile);
  const calls: RecordedGraphCall[] = [];
  const faults = new Map<string, Array<{ fault: GraphFault; remaining: number }>>();
  const rates = new Map<string, { perSecond: number; second: number; used: number }>();
  const { key, cert } = await loopbackCertificate();
  let origin = '';

  const takeFault = (route: string): GraphFault | null => {
    const queue = faults.get(route);
    const head = queue?.[0];
    if (!head) return null;
    head.remaining -= 1;
    if (head.remaining <= 0) queue.shift();
    return head.fault;
  };

  const overRate = (route: string): number | null => {
    const rate = rates.get(route);
    if (!rate) return null;
    const now = tenant.clock();
    const second = Math.floor(now / 1000);
    if (second !== rate.second) Object.assign(rate, { second, used: 0 });
    rate.used += 1;
    return rate.used > rate.perSecond ? Math.max(1, Math.ceil(((second + 1) * 1000 - now) / 1000)) : null;
  };

  interface Answer {
    status: number;
    headers: Record<string, string>;
    body: unknown;
    /** A raw body (a route's `stream`), sent as it is produced. */
    stream?: AsyncIterable<Uint8Array>;
  }

  /** Runs one Graph request (top-level or a batch item) as `caller`. */
  const dispatch = async (method: string, relative: string, body: unknown, headers: Record<string, string>, caller: FakeAccessToken, batchId: string | null): Promise<Answer> => {
    const url = new URL(`${origin}/v1.0${relative.startsWith('/') ? '' : '/'}${relative}`);
    const path = url.pathname.slice('/v1.0'.length);
    const requestId = randomUUID();
    let route: CompiledRoute | undefined;
    let params: Record<string, string> = {};
    for (const candidate of routes) {
      if (candidate.method !== method) continue;
      const match = candidate.pattern.exec(path);
      if (!match) continue;
      route = candidate;
      params = Object.fromEntries(candidate.names.map((name, index) => [name, decodeURIComponent(match[index + 1])]));
      break;
    }
    const call: RecordedGraphCall = { route: route?.name ?? 'unknown', method, path, query: url.search, userId: caller.userId, app: caller.userId === null, status: 0, batchId };
    calls.push(call);
    const answer = (status: number, payload: unknown, extra: Record<string, string> = {}): Answer => {
      call.status = status;
      return { status, headers: { 'request-id': requestId, 'client-request-id': requestId, ...extra }, body: payload };
    };
    const failure = (error: GraphFakeError) => answer(error.status, errorBody(error.code, error.message, requestId, new Date(tenant.clock())), error.headers);
    if (!route) return failure(new GraphFakeError(400, 'BadRequest', `Resource not found for the segment '${path.split('/').pop()}'.`));
    const fault = takeFault(route.name);
    if (fault && 'throttle' in fault) {
      const status = fault.status ?? 429;
      return failure(new GraphFakeError(status, status === 429 ? 'TooManyRequests' : 'ServiceUnavailable', 'Please retry again later.', { 'Retry-After': String(fault.throttle) }));
    }
    if (fault) return failure(new GraphFakeError(fault.status, fault.code ?? 'InternalServerError', fault.message ?? 'An internal server error occurred.'));
    const retryAfter = overRate(route.name);
    if (retryAfter !== null) return failure(new GraphFakeError(429, 'TooManyRequests', 'Please retry again later.', { 'Retry-After': String(retryAfter) }));
    try {
      const routeCall: RouteCall = { tenant, method, params, query: parseQuery(url.searchParams), url, body, headers, caller };
      const result = await route.handler(routeCall);
      const status = result.status ?? 200;
      if (result.stream) return { ...answer(status, null, result.headers), stream: result.stream };
      const prefer = (headers.prefer ?? headers.Prefer ?? '').includes('include-unknown-enum-members');
      return answer(status, status === 204 ? null : withEnumMembers(result.body, prefer), { 'OData-Version': '4.0', ...result.headers });
    } catch (error) {
      if (error instanceof GraphFakeError) return failure(error);
      return failure(new GraphFakeError(500, 'InternalServerError', 'An internal server error occurred.'));
    }
  };

  /** Resolves the bearer token of a request, or the 401 Graph answers. */
  const authenticate = (request: IncomingMessage): FakeAccessToken | GraphFakeError => {
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    if (!match) return new GraphFakeError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
    const token = tenant.accessTokens.get(match[1]);
    if (!token) return new GraphFakeError(401, 'InvalidAuthenticationToken', 'Access token validation failure. Invalid audience.');
    if (token.expiresAt <= tenant.clock()) return new GraphFakeError(401, 'InvalidAuthenticationToken', 'Lifetime validation failed, the token is expired.');
    return token;
  };

  const batch = async (body: unknown, caller: FakeAccessToken, batchId: string): Promise<Answer> => {
    const requests = (body as { requests?: unknown } | null)?.requests;
    if (!Array.isArray(requests) || requests.length === 0) throw new GraphFakeError(400, 'BadRequest', 'Invalid batch payload format.');
    if (requests.length > MAX_BATCH) throw new GraphFakeError(400, 'BadRequest', `The number of batch requests exceeds ${MAX_BATCH}.`);
    const statusById = new Map<string, number>();
    const responses: Array<Record<string, unknown>> = [];
    for (const item of requests as Array<{ id?: unknown; method?: unknown; url?: unknown; body?: unknown; headers?: Record<string, string>; dependsOn?: string[] }>) {
      const id = String(item.id ?? '');
      if (!id || statusById.has(id)) throw new GraphFakeError(400, 'BadRequest', 'Batch request ids must be unique and present.');
      const failedDependency = (item.dependsOn ?? []).some((dependency) => (statusById.get(dependency) ?? 424) >= 400);
      const answer = failedDependency
        ? { status: 424, headers: {}, body: errorBody('FailedDependency', 'A dependency of this request failed.', batchId, new Date(tenant.clock())) }
        : await dispatch(String(item.method ?? 'GET').toUpperCase(), String(item.url ?? ''), item.body ?? null, lowerKeys(item.headers ?? {}), caller, batchId);
      statusById.set(id, answer.status);
      if (answer.stream) {
        // Graph answers a non-JSON body inside a `$batch` base64-encoded.
        const chunks: Buffer[] = [];
        for await (const chunk of answer.stream) chunks.push(Buffer.from(chunk));
        responses.push({ id, status: answer.status, headers: answer.headers, body: Buffer.concat(chunks).toString('base64') });
        continue;
      }
      responses.push({ id, status: answer.status, headers: { ...answer.headers, ...(answer.body === null ? {} : { 'Content-Type': 'application/json' }) }, body: answer.body });
    }
    // Graph does not promise any order; answering in reverse keeps clients honest about correlating by id.
    return { status: 200, headers: {}, body: { responses: responses.reverse() } };
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', origin);
    if (isIdentityPath(url.pathname)) {
      const isToken = url.pathname.endsWith('/token');
      const outcome = isToken
        ? handleToken(tenant, await readForm(request), request.headers.authorization, response)
        : handleAuthorize(tenant, identity, url, response);
      calls.push({ route: isToken ? 'token' : 'authorize', method: request.method ?? 'GET', path: url.pathname, query: '', userId: null, app: false, status: response.statusCode, batchId: null, outcome });
      return;
    }
    if (url.pathname.startsWith('/upload/')) return uploadChunk(request, url);
    const raw = await readBody(request);
    if (!url.pathname.startsWith('/v1.0/')) return send(response, { status: 404, headers: {}, body: errorBody('NotFound', 'Unknown API version.', randomUUID(), new Date()) });
    const caller = authenticate(request);
    if (caller instanceof GraphFakeError) {
      calls.push({ route: 'unauthenticated', method: request.method ?? 'GET', path: url.pathname.slice(5), query: url.search, userId: null, app: false, status: 401, batchId: null });
      return send(response, { status: 401, headers: {}, body: errorBody(caller.code, caller.message, randomUUID(), new Date(tenant.clock())) });
    }
    let body: unknown = null;
    try {
      body = raw ? JSON.parse(raw) : null;
    } catch {
      return send(response, { status: 400, headers: {}, body: errorBody('BadRequest', 'Unable to read JSON request payload.', randomUUID(), new Date()) });
    }
    const relative = `${url.pathname.slice('/v1.0'.length)}${url.search}`;
    if (request.method === 'POST' && url.pathname === '/v1.0/$batch') {
      const batchId = randomUUID();
      const record: RecordedGraphCall = { route: '$batch', method: 'POST', path: '/$batch', query: '', userId: caller.userId, app: caller.userId === null, status: 200, batchId: null };
      calls.push(record);
      try {
        return send(response, await batch(body, caller, batchId));
      } catch (error) {
        const failure = error instanceof GraphFakeError ? error : new GraphFakeError(500, 'InternalServerError', 'Batch failed.');
        record.status = failure.status;
        return send(response, { status: failure.status, headers: {}, body: errorBody(failure.code, failure.message, batchId, new Date()) });
      }
    }
    const answer = await dispatch(request.method ?? 'GET', relative, body, lowerKeys(request.headers as Record<string, string>), caller, null);
    if (answer.stream) return sendStream(response, answer.status, answer.headers, answer.stream);
    send(response, answer);
  };

  /** PUT to an upload session's URL (no bearer: the URL is the credential, as Outlook's are). */
  const uploadChunk = async (request: IncomingMessage, url: URL): Promise<void> => {
    const call: RecordedGraphCall = { route: 'mail.upload.put', method: request.method ?? 'PUT', path: url.pathname, query: '', userId: null, app: false, status: 0, batchId: null };
    calls.push(call);
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    try {
      const fault = takeFault(call.route);
      if (fault) throw new GraphFakeError('throttle' in fault ? (fault.status ?? 429) : fault.status, 'code' in fault && fault.code ? fault.code : 'ServiceUnavailable', 'Upload failed.');
      if (request.method !== 'PUT') throw new GraphFakeError(405, 'MethodNotAllowed', 'Only PUT is allowed on an upload session.');
      const next = mail.uploadChunk(url.pathname.slice('/upload/'.length), request.headers['content-range'], Buffer.concat(chunks), tenant.clock());
      call.status = next ? 200 : 201;
      return send(response(request), { status: call.status, headers: {}, body: next ?? null });
    } catch (error) {
      const failure = error instanceof GraphFakeError ? error : new GraphFakeError(500, 'InternalServerError', 'Upload failed.');
      call.status = failure.status;
      return send(response(request), { status: failure.status, headers: {}, body: errorBody(failure.code, failure.message, randomUUID(), new Date()) });
    }
  };
  const responses = new WeakMap<IncomingMessage, ServerResponse>();
  const response = (request: IncomingMessage): ServerResponse => responses.get(request)!;

  const server: Server = createServer({ key, cert }, (request, response) => {
    responses.set(request, response);
    handle(request, response).catch(() => {
      if (!response.headersSent) send(response, { status: 500, headers: {}, body: errorBody('InternalServerError', 'The fake failed.', randomUUID(), new Date()) });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    graphUrl: `${origin}/`,
    loginUrl: `${origin}/`,
    ca: cert,
    tenant,
    notifications,
    mail,
    identity,
    calls,
    count: (route) => calls.filter((call) => call.route !== '$batch' && (route === undefined || call.route === route)).length,
    httpRequests: () => calls.filter((call) => call.batchId === null).length,
    countByRoute() {
      const counts: Record<string, number> = {};
      for (const call of calls) counts[call.route] = (counts[call.route] ?? 0) + 1;
      return counts;
    },
    resetCalls: () => void (calls.length = 0),
    inject(route, fault, times = 1) {
      faults.set(route, [...(faults.get(route) ?? []), { fault, remaining: times }]);
    },
    clearFaults() {
      faults.clear();
      rates.clear();
    },
    limitRate(route, perSecond) {
      rates.set(route, { perSecond, second: -1, used: 0 });
    },
    close: async () => {
      await notifications.flush();
      await new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      });
    },
  };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, answer: { status: number; headers: Record<string, string>; body: unknown }): void {
  const json = answer.body !== null && answer.body !== undefined;
  response.writeHead(answer.status, {
    ...(json ? { 'Content-Type': 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8' } : {}),
    ...answer.headers,
  });
  response.end(json ? JSON.stringify(answer.body) : undefined);
}

/** A raw body chunk by chunk, waiting for the socket to drain (so a reader that stops reading stops the writer). */
async function sendStream(response: ServerResponse, status: number, headers: Record<string, string>, chunks: AsyncIterable<Uint8Array>): Promise<void> {
  response.writeHead(status, headers);
  for await (const chunk of chunks) {
    if (response.destroyed) return;
    if (!response.write(chunk)) await Promise.race([once(response, 'drain'), once(response, 'close')]);
  }
  response.end();
}

function lowerKeys(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== undefined).map(([key, value]) => [key.toLowerCase(), String(value)]));
}

/** Without `Prefer: include-unknown-enum-members`, Graph reports `systemEventMessage` as `unknownFutureValue`. */
function withEnumMembers(body: unknown, include: boolean): unknown {
  if (include || body === null || body === undefined) return body;
  return JSON.parse(JSON.stringify(body, (key, value: unknown) => (key === 'messageType' && value === 'systemEventMessage' ? 'unknownFutureValue' : value)));
}
