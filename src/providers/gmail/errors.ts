import { SwitchboardError } from '../../errors.js';

/**
 * Google's errors as Switchboard's closed codes. The message names the operation, the HTTP status and
 * Google's `reason`, never Google's message text (it may quote content) nor a token.
 */

export interface GoogleErrorFacts {
  status: number;
  reason: string | null;
  retryAfterSeconds: number | null;
}

const RATE_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded', 'dailyLimitExceeded', 'quotaExceeded', 'concurrentLimitExceeded']);

/** Status, reason and Retry-After of a failed call (a GaxiosError, a batch part, a token error). */
export function factsOf(error: unknown): GoogleErrorFacts | null {
  if (!error || typeof error !== 'object') return null;
  const response = (error as { response?: { status?: number; data?: unknown; headers?: unknown } }).response;
  const status = response?.status ?? (error as { status?: number }).status;
  if (typeof status !== 'number') return null;
  const data = response?.data as { error?: { errors?: Array<{ reason?: string }>; status?: string } | string } | undefined;
  const reason = typeof data?.error === 'object' ? (data.error.errors?.[0]?.reason ?? data.error.status ?? null) : typeof data?.error === 'string' ? data.error : null;
  const headers = response?.headers as { get?: (name: string) => string | null } | Record<string, string> | undefined;
  const retryAfter = headers ? (typeof headers.get === 'function' ? headers.get('retry-after') : (headers as Record<string, string>)['retry-after']) : null;
  return { status, reason, retryAfterSeconds: retryAfter && /^\d+$/.test(retryAfter) ? Number(retryAfter) : null };
}

export function isRateLimit(facts: GoogleErrorFacts): boolean {
  return facts.status === 429 || (facts.status === 403 && facts.reason !== null && RATE_REASONS.has(facts.reason));
}

export function gmailError(operation: string, error: unknown): SwitchboardError {
  if (error instanceof SwitchboardError) return error;
  const facts = factsOf(error);
  if (!facts) return new SwitchboardError('PROVIDER_ERROR', `Gmail ${operation} failed: the API could not be reached.`, { cause: error });
  const what = `Gmail ${operation} answered ${facts.status}${facts.reason ? ` (${facts.reason})` : ''}`;
  if (isRateLimit(facts)) {
    const retryAfterSeconds = facts.retryAfterSeconds ?? 10;
    return new SwitchboardError('RATE_LIMITED', `${what}; retry in ${retryAfterSeconds} s.`, { retryAfterSeconds });
  }
  if (facts.reason === 'invalid_grant') return new SwitchboardError('NOT_AUTHENTICATED', `The Gmail grant of this mailbox was revoked or expired (${operation}); reconnect the mailbox.`);
  switch (facts.status) {
    case 400:
      return new SwitchboardError('VALIDATION_ERROR', `${what}.`);
    case 401:
      return new SwitchboardError('NOT_AUTHENTICATED', `${what}: the mailbox's grant is not accepted; reconnect it.`);
    case 403:
      return new SwitchboardError('PERMISSION_DENIED', `${what}.`);
    case 404:
      return new SwitchboardError('NOT_FOUND', `${what}: not found.`);
    default:
      return new SwitchboardError('PROVIDER_ERROR', `${what}.`);
  }
}
