import { ProviderError, SwitchboardError, type ErrorCode } from '../../../errors.js';

/**
 * Microsoft Graph failures mapped to the closed codes. Messages name the operation, the HTTP status and
 * Graph's `error.code`, never Graph's `error.message` (which may quote what was sent) nor any token.
 * `provider` is the Switchboard provider the call was made for (teams, outlook).
 */

/** Graph error codes whose meaning does not follow from the HTTP status alone. */
const CODES: Record<string, ErrorCode> = {
  InvalidAuthenticationToken: 'NOT_AUTHENTICATED',
  Unauthenticated: 'NOT_AUTHENTICATED',
  Forbidden: 'PERMISSION_DENIED',
  AccessDenied: 'PERMISSION_DENIED',
  ErrorAccessDenied: 'PERMISSION_DENIED',
  Authorization_RequestDenied: 'PERMISSION_DENIED',
  NotFound: 'NOT_FOUND',
  ItemNotFound: 'NOT_FOUND',
  ResourceNotFound: 'NOT_FOUND',
  ErrorItemNotFound: 'NOT_FOUND',
  Request_ResourceNotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  NameAlreadyExists: 'CONFLICT',
  PreconditionFailed: 'CONFLICT',
  BadRequest: 'VALIDATION_ERROR',
  ValidationError: 'VALIDATION_ERROR',
  InvalidRequest: 'VALIDATION_ERROR',
  RequestEntityTooLarge: 'VALIDATION_ERROR',
  TooManyRequests: 'RATE_LIMITED',
};

function codeOfStatus(status: number): ErrorCode {
  if (status === 400 || status === 413 || status === 422) return 'VALIDATION_ERROR';
  if (status === 401) return 'NOT_AUTHENTICATED';
  if (status === 403) return 'PERMISSION_DENIED';
  if (status === 404 || status === 410) return 'NOT_FOUND';
  if (status === 409 || status === 412) return 'CONFLICT';
  if (status === 429) return 'RATE_LIMITED';
  return 'PROVIDER_ERROR';
}

/** What Graph answered, in the parts the mapping needs (from a GraphError or a `$batch` item). */
export interface GraphFailure {
  status: number;
  /** Graph's `error.code`; '' when the body had none. */
  code: string;
  /** Seconds from `Retry-After`, when present. */
  retryAfterSeconds: number | null;
}

/** Seconds to wait from a Retry-After value (delta-seconds, fractional as Graph sends them, or an HTTP date). */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, (at - now) / 1000) : null;
}

export function rateLimited(provider: string, operation: string, retryAfterSeconds: number, source: 'graph' | 'budget'): ProviderError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  const wait = `${seconds} second${seconds === 1 ? '' : 's'}`;
  const message =
    source === 'graph'
      ? `Microsoft Graph throttled ${operation}; retry after ${wait}.`
      : `The Microsoft Graph rate budget for ${operation} is spent; retry after ${wait}.`;
  return new ProviderError(provider, 'RATE_LIMITED', message, { retryAfterSeconds: seconds });
}

/** One Graph failure as a SwitchboardError. A 503 with Retry-After is throttling too (Graph says so). */
export function graphError(provider: string, operation: string, failure: GraphFailure, cause?: unknown): SwitchboardError {
  if ((failure.status === 429 || failure.status === 503) && failure.retryAfterSeconds !== null) {
    return rateLimited(provider, operation, failure.retryAfterSeconds, 'graph');
  }
  if (failure.status === 429) return rateLimited(provider, operation, 60, 'graph');
  const code = failure.status >= 500 ? 'PROVIDER_ERROR' : (CODES[failure.code] ?? codeOfStatus(failure.status));
  const graphCode = failure.code ? ` ${failure.code}` : '';
  return new ProviderError(provider, code, `Microsoft Graph answered ${operation} with ${failure.status}${graphCode}.`, { cause });
}

/** Graph could not be reached at all (DNS, TLS, reset, timeout). */
export function unreachable(provider: string, operation: string, cause: unknown): SwitchboardError {
  return new ProviderError(provider, 'PROVIDER_ERROR', `Microsoft Graph could not be reached for ${operation}.`, { cause });
}

/** Reads the parts of a thrown GraphError (or anything else the SDK threw). */
export function failureOf(error: unknown, now: number = Date.now()): GraphFailure | null {
  const candidate = error as { statusCode?: unknown; code?: unknown; headers?: { get?: (name: string) => string | null } };
  if (typeof candidate?.statusCode !== 'number' || candidate.statusCode < 100) return null;
  return {
    status: candidate.statusCode,
    code: typeof candidate.code === 'string' ? candidate.code : '',
    retryAfterSeconds: parseRetryAfter(candidate.headers?.get?.('retry-after'), now),
  };
}

/** Read failures meaning "not there for you": batch reads answer null instead. */
export function isAbsent(error: unknown): boolean {
  return error instanceof SwitchboardError && (error.code === 'NOT_FOUND' || error.code === 'PERMISSION_DENIED');
}

/** Whether a read is worth retrying: Graph's own 5xx (not throttling) or transport trouble. */
export function isTransient(failure: GraphFailure | null): boolean {
  return failure === null || (failure.status >= 500 && failure.status !== 503) || failure.status === 503 && failure.retryAfterSeconds === null;
}
