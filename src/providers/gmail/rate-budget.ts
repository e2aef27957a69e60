import { SwitchboardError } from '../../errors.js';
import { QUOTA_UNITS } from './quota.js';

/**
 * Gmail's per-user quota (limits.md 5d: 15,000 units per user per minute, 6,000 for projects created from
 * May 2026), spent at 80% as a token bucket refilled continuously. A call takes its units before it is
 * made; when they are not there it fails at once with RATE_LIMITED and the seconds until they are, never
 * waiting inside a request. A 429 (or 403 rate-limit reason) from Google pauses the mailbox for its
 * Retry-After (default 10 s) the same way.
 */
export class GmailRateBudget {
  private tokens: number;
  private readonly capacity: number;
  private readonly perMs: number;
  private last: number;
  private pausedUntil = 0;

  constructor(
    unitsPerMinute: number,
    private readonly clock: () => number = Date.now,
  ) {
    this.capacity = Math.floor(unitsPerMinute * 0.8);
    this.tokens = this.capacity;
    this.perMs = this.capacity / 60_000;
    this.last = clock();
  }

  /** Takes the units of `methods` (one per call, a batch's parts together) or throws RATE_LIMITED. */
  take(methods: readonly string[]): void {
    const now = this.clock();
    if (now < this.pausedUntil) throw rateLimited(Math.ceil((this.pausedUntil - now) / 1000), 'Gmail asked to slow down');
    this.tokens = Math.min(this.capacity, this.tokens + (now - this.last) * this.perMs);
    this.last = now;
    const units = methods.reduce((sum, method) => sum + (QUOTA_UNITS[method] ?? 5), 0);
    if (units > this.tokens) throw rateLimited(Math.max(1, Math.ceil((units - this.tokens) / this.perMs / 1000)), "this mailbox's Gmail quota for the minute is spent");
    this.tokens -= units;
  }

  /** Google answered 429 or a rate-limit reason: no calls until `seconds` have passed. */
  pause(seconds: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.clock() + seconds * 1000);
  }

  /** Units left now (for tests and metrics). */
  available(): number {
    return Math.floor(Math.min(this.capacity, this.tokens + (this.clock() - this.last) * this.perMs));
  }
}

export function rateLimited(retryAfterSeconds: number, why: string): SwitchboardError {
  return new SwitchboardError('RATE_LIMITED', `Gmail rate limit: ${why}; retry in ${retryAfterSeconds} s.`, { retryAfterSeconds });
}
