import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { ExecutionResult } from 'graphql';
import { logger } from '../log.js';
import { currentRequestScope, requestIdFrom, runInRequestScope, type RequestScope } from '../observability/request-scope.js';
import { startSpan, tracingEnabled, type RunningSpan } from '../observability/tracing.js';
import { countErrorCodes, operationFacts, type OperationFacts } from './operation-facts.js';

/**
 * One log line per HTTP request, written when its response starts:
 *
 *   {"event":"request","requestId":"…","accountId":"…","method":"POST","path":"/graphql","status":200,
 *    "durationMs":12.3,"operationName":"ThreadTrees","operationType":"query","errorCodes":[]}
 *
 * The request id is the caller's `x-request-id` when sane, else a new one; it is answered in the
 * `x-request-id` response header and carried (AsyncLocalStorage) onto every line logged while the request
 * is served, so an error a user reports can be found. Probes and scrapes log at debug. Never logged: the
 * query text, variables, headers, bodies. Errors are counted by closed code (switchboard_graphql_errors_total).
 * With tracing on, the request is a span. WebSocket operations are logged by ./listen.ts; subscription
 * start and stop by ./subscription-tracking.ts.
 */
interface RequestRecord {
  start: number;
  method: string;
  path: string;
  operation: OperationFacts | null;
  codes: Set<string>;
  span: RunningSpan | null;
}

const records = new WeakMap<RequestScope, RequestRecord>();
const QUIET_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

function current(): { scope: RequestScope; record: RequestRecord } | null {
  const scope = currentRequestScope();
  const record = scope && records.get(scope);
  return scope && record ? { scope, record } : null;
}

export function requestLog(): Plugin<{ viewer?: { accountId?: string } }> {
  return {
    instrumentation: {
      request({ request }, wrapped) {
        const scope: RequestScope = { requestId: requestIdFrom(request.headers.get('x-request-id')) };
        const path = routeOf(request.url);
        const span = tracingEnabled() ? startSpan(`${request.method} ${path}`, { 'http.request.method': request.method, 'http.route': path }) : null;
        records.set(scope, { start: performance.now(), method: request.method, path, operation: null, codes: new Set(), span });
        return runInRequestScope(scope, () => (span ? span.run(wrapped) : wrapped()));
      },
    },
    onParams({ params }) {
      const found = current();
      if (found && !found.record.operation) found.record.operation = operationFacts(null, params.operationName);
    },
    // Parsing comes before authentication: a refused request is logged with its operation too.
    onParse() {
      return ({ result }) => {
        const found = current();
        if (found && result && !(result instanceof Error)) found.record.operation = operationFacts(result, found.record.operation?.operationName);
      };
    },
    onExecute({ args }) {
      noteOperation(args.document, args.operationName, args.contextValue.viewer?.accountId);
    },
    onSubscribe({ args }) {
      noteOperation(args.document, args.operationName, args.contextValue.viewer?.accountId);
    },
    onResultProcess({ result }) {
      const found = current();
      if (!found || isAsyncIterable(result)) return;
      for (const single of Array.isArray(result) ? result : [result]) {
        countErrorCodes(single as ExecutionResult, found.record.operation?.operationType ?? null, found.record.codes);
      }
    },
    onResponse({ response, setResponse }) {
      const found = current();
      if (!found) return;
      const { scope, record } = found;
      setResponse(withRequestId(response, scope.requestId));
      const durationMs = Math.round((performance.now() - record.start) * 10) / 10;
      const line = {
        event: 'request',
        method: record.method,
        path: record.path,
        status: response.status,
        durationMs,
        ...(record.operation ? { operationName: record.operation.operationName, operationType: record.operation.operationType } : {}),
        ...(record.codes.size > 0 ? { errorCodes: [...record.codes] } : {}),
      };
      if (QUIET_PATHS.has(record.path)) logger.debug(line);
      else logger.info(line);
      if (record.span) {
        record.span.end(response.status >= 500 ? { code: `HTTP_${response.status}` } : undefined);
      }
    },
  };
}

function noteOperation(document: Parameters<typeof operationFacts>[0], operationName: string | null | undefined, accountId: string | undefined): void {
  const found = current();
  if (!found) return;
  found.record.operation = operationFacts(document, operationName);
  if (accountId) found.scope.accountId = accountId;
}

/**
 * The route of a request, as logged and named in spans: the known routes, with ids replaced; any other
 * path is "(unmatched)", since a path is the caller's text. A GET's query string (the GraphQL query and
 * variables, a download's signature) is never part of it.
 */
function routeOf(url: string): string {
  let path: string;
  try {
    path = new URL(url).pathname.replace(/\/+$/, '') || '/';
  } catch {
    return '(unmatched)';
  }
  if (path === '/graphql' || path === '/healthz' || path === '/readyz' || path === '/metrics' || path === '/') return path;
  if (path.startsWith('/files/')) return '/files/{id}/download';
  if (/^\/(webhooks|oauth)\/[a-z0-9-]{1,40}(\/[a-z0-9-]{1,40})?$/.test(path)) return path;
  return '(unmatched)';
}

/** The response with `x-request-id`; a response whose headers are immutable is copied. */
function withRequestId(response: Response, requestId: string): Response {
  try {
    response.headers.set('x-request-id', requestId);
    return response;
  } catch {
    const headers = new Headers(response.headers);
    headers.set('x-request-id', requestId);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
}
