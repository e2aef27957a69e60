import { createRequestContext, type Services } from '../context.js';
import { logInfo, logUnexpected } from '../log.js';
import type { ClaimedScheduledMessage, ScheduledQueue } from '../providers/features/scheduled.js';
import type { Actor } from '../providers/model.js';
import { requireFeature } from '../providers/provider.js';
import { deliverScheduledMessage, type RetryPolicy } from '../resolvers/scheduled.js';
import { DEFAULT_POLL_INTERVAL_MS } from './settings.js';

/**
 * Delivers scheduled messages at their time, exactly once, also when several server processes share one
 * PostgreSQL database.
 *
 * - Claim: every provider runtime with a `scheduledQueue` (the built-in workspace's table; the provider
 *   kit's table for providers without native scheduling, src/providers/kit/scheduled/) hands over its due
 *   rows, taken with `for update skip locked` and marked SENDING under a lease in the same statement or
 *   transaction, so two schedulers never take the same row, and neither waits for the other. A queue
 *   shared by several providers is asked once.
 * - Send: through `sendMessage`, as the author, with an idempotency key derived from the scheduled message
 *   (deliverScheduledMessage). If a process dies after sending and before marking SENT, the row's lease
 *   runs out, another run claims it again, and the same key returns the message already sent.
 * - Outcome: SENT; FAILED with a lastError for what the author must fix (no retries); PENDING again with
 *   exponential backoff for a transient failure, FAILED once the attempts run out.
 * - Time: every decision takes `now` from the injected clock; `runDue(now)` is what the timer calls and
 *   what tests call directly. On start the scheduler runs at once, delivering what fell due while no server
 *   was running; then it runs every `pollIntervalMs`, or sooner when the next due time is nearer.
 */

export interface SchedulerOptions {
  /** How often to look for due messages, in milliseconds. Default 1000. */
  pollIntervalMs?: number;
  /** Rows claimed per transaction. Default 50. */
  batchSize?: number;
  /** How long a claim holds before another scheduler may take the row over. Default 2 minutes. */
  leaseMs?: number;
  /** Transient failures before a message is given up as FAILED. Default 8. */
  maxAttempts?: number;
  /** First retry delay after a transient failure, doubled per attempt up to `retryMaxMs`. Default 5 s. */
  retryBaseMs?: number;
  /** Longest retry delay. Default 10 minutes. */
  retryMaxMs?: number;
  /** The time; tests inject their own. Default: the system clock. */
  clock?: () => Date;
}

/** What one `runDue` did. */
export interface RunReport {
  sent: number;
  failed: number;
  retried: number;
  /** Claimed rows whose delivery broke off (e.g. the database went away); their lease brings them back. */
  interrupted: number;
}

const EMPTY_REPORT: RunReport = { sent: 0, failed: 0, retried: 0, interrupted: 0 };

export class Scheduler {
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;
  private readonly leaseMs: number;
  private readonly maxAttempts: number;
  private readonly retryBaseMs: number;
  private readonly retryMaxMs: number;
  private readonly clock: () => Date;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = true;
  /** Consecutive runs that threw (the database unreachable…): the timer backs off by it. */
  private failedRuns = 0;

  constructor(
    private readonly services: Services,
    options: SchedulerOptions = {},
  ) {
    this.pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
    this.batchSize = options.batchSize ?? 50;
    this.leaseMs = options.leaseMs ?? 120_000;
    this.maxAttempts = options.maxAttempts ?? 8;
    this.retryBaseMs = options.retryBaseMs ?? 5_000;
    this.retryMaxMs = options.retryMaxMs ?? 600_000;
    this.clock = options.clock ?? (() => new Date());
  }

  /** Starts the timer; the first run is immediate (catch-up after a restart). Idempotent. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    void this.tick();
  }

  /** Resolves when the run in progress (if any) has finished; after `start()`, that is the catch-up run. */
  async idle(): Promise<void> {
    await this.running?.catch(() => {});
  }

  /** Stops the timer and waits for a run in progress to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running?.catch(() => {});
  }

  /**
   * Delivers every message due at `now` (default: the clock), batch after batch until none is left.
   * Safe to call concurrently, from any number of processes.
   */
  async runDue(now: Date = this.clock()): Promise<RunReport> {
    const report = { ...EMPTY_REPORT };
    for (const queue of this.queues()) {
      for (;;) {
        const claimed = await queue.claimDue({ now, limit: this.batchSize, leaseMs: this.leaseMs });
        for (const message of claimed) {
          const status = await this.deliver(message, now);
          if (status === 'SENT') report.sent += 1;
          else if (status === 'FAILED') report.failed += 1;
          else if (status === 'PENDING') report.retried += 1;
          else report.interrupted += 1;
        }
        if (claimed.length < this.batchSize) break;
      }
    }
    return report;
  }

  /** The distinct queues of the server's providers, in list order (the built-in workspace's first by default). */
  private queues(): ScheduledQueue[] {
    const queues = this.services.registry.providers.map(({ runtime }) => runtime.scheduledQueue);
    return [...new Set(queues.filter((queue): queue is ScheduledQueue => queue !== undefined))];
  }

  /** When the next message of any queue falls due; null when nothing waits. */
  private async nextDueAt(): Promise<Date | null> {
    let next: Date | null = null;
    for (const queue of this.queues()) {
      const due = await queue.nextDueAt();
      if (due && (!next || due < next)) next = due;
    }
    return next;
  }

  private async deliver(claimed: ClaimedScheduledMessage, now: Date): Promise<string> {
    const handle = { provider: claimed.provider, workspaceId: claimed.workspaceId };
    try {
      if (!claimed.account) {
        // Nobody to act as, and nobody to tell: no event.
        const actor: Actor = { accountId: '', userId: claimed.authorId };
        const finished = await requireFeature(this.services.registry.open(handle), 'scheduled').finishScheduledMessage(actor, claimed.id, {
          kind: 'failed',
          error: "The author's Switchboard account no longer exists.",
        });
        return finished.status;
      }
      const account = claimed.account;
      const ctx = createRequestContext(this.services, {
        accountId: account.id,
        name: account.name,
        email: account.email,
        // The author had the write scope when scheduling; delivery acts on that decision.
        scopes: ['write'],
      });
      const scope = ctx.scope(handle);
      const actor: Actor = { accountId: account.id, userId: claimed.authorId };
      const [scheduled] = await requireFeature(scope.provider, 'scheduled').loadScheduledMessages(actor, [claimed.id]);
      if (!scheduled || scheduled instanceof Error) return 'GONE';
      const result = await deliverScheduledMessage(ctx, scope, actor, scheduled, this.retryPolicy(now));
      if (result.scheduled.status !== 'SENT') {
        logInfo('scheduled_message_not_sent', { scheduledMessageId: claimed.id, status: result.scheduled.status });
      }
      return result.scheduled.status;
    } catch (error) {
      // The row stays SENDING; when its lease runs out, a run claims it again.
      logUnexpected(error);
      return 'INTERRUPTED';
    }
  }

  private retryPolicy(now: Date): RetryPolicy {
    return {
      maxAttempts: this.maxAttempts,
      retryAt: (attempt) => new Date(now.getTime() + Math.min(this.retryBaseMs * 2 ** (attempt - 1), this.retryMaxMs)),
    };
  }

  private arm(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.tick(), delayMs);
    // The scheduler alone never keeps a process (a tool, a test) alive.
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    this.timer = null;
    let delay = this.pollIntervalMs;
    const run = (async () => {
      await this.runDue(this.clock());
      this.failedRuns = 0;
      const next = await this.nextDueAt();
      // Wake for the next due message if it comes before the next poll.
      // A short floor: a row another process holds locked for a moment must not make this loop spin.
      if (next) delay = Math.max(Math.min(50, delay), Math.min(delay, next.getTime() - this.clock().getTime()));
    })();
    this.running = run;
    try {
      await run;
    } catch (error) {
      // The database is away or failing: try again later, backing off up to a minute.
      this.failedRuns += 1;
      delay = Math.min(this.pollIntervalMs * 2 ** this.failedRuns, 60_000);
      logUnexpected(error);
    } finally {
      this.running = null;
    }
    this.arm(delay);
  }
}
