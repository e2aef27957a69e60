import { logInfo, logUnexpected } from '../../../log.js';
import { SwitchboardError } from '../../../errors.js';
import type { GraphSubscriptionStore, StoredGraphSubscription } from './subscription-store.js';

/**
 * Renews Graph subscriptions before they expire, exactly once across server processes sharing a database,
 * as the scheduler delivers scheduled messages (src/scheduler/scheduler.ts):
 *
 * - Claim: subscriptions expiring within `marginMs` are taken with `for update skip locked` and leased
 *   (GraphSubscriptionStore.claimDue), so two renewers never take the same one.
 * - Renew: PATCH /subscriptions/{id} through the owning provider (`renew`); the new expiry is stored and the
 *   lease released. A subscription Graph no longer knows (404) is recreated (`recreate`); any other failure
 *   leaves the lease to run out, and the next run after it tries again.
 * - Time: every decision takes `now` from the injected clock; `runDue(now)` is what the timer calls and what
 *   tests call directly.
 */

export interface RenewerOptions {
  /** Renew what expires within this much of now. Default 10 minutes. */
  marginMs?: number;
  /** How long a claim holds before another renewer may take it over. Default 2 minutes. */
  leaseMs?: number;
  /** How often to look. Default 1 minute. */
  intervalMs?: number;
  /** Subscriptions claimed per transaction. Default 20. */
  batchSize?: number;
  /** The time; tests inject their own. */
  clock?: () => Date;
}

export interface RenewalWork {
  /** Renews one subscription at Graph; answers its new expiry. Throws NOT_FOUND when Graph no longer has it. */
  renew(subscription: StoredGraphSubscription, now: Date): Promise<Date>;
  /** Creates a replacement for a subscription Graph dropped (and forgets the old one). */
  recreate(subscription: StoredGraphSubscription, now: Date): Promise<void>;
}

export interface RenewalReport {
  renewed: number;
  recreated: number;
  failed: number;
}

export class GraphSubscriptionRenewer {
  private readonly marginMs: number;
  private readonly leaseMs: number;
  private readonly intervalMs: number;
  private readonly batchSize: number;
  private readonly clock: () => Date;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly store: GraphSubscriptionStore,
    private readonly work: RenewalWork,
    options: RenewerOptions = {},
  ) {
    this.marginMs = options.marginMs ?? 10 * 60_000;
    this.leaseMs = options.leaseMs ?? 2 * 60_000;
    this.intervalMs = options.intervalMs ?? 60_000;
    this.batchSize = options.batchSize ?? 20;
    this.clock = options.clock ?? (() => new Date());
  }

  /** Renews every subscription due at `now`, batch after batch. Safe to call concurrently, from any number of processes. */
  async runDue(now: Date = this.clock()): Promise<RenewalReport> {
    const report: RenewalReport = { renewed: 0, recreated: 0, failed: 0 };
    for (;;) {
      const claimed = await this.store.claimDue({ now, marginMs: this.marginMs, leaseMs: this.leaseMs, limit: this.batchSize });
      for (const subscription of claimed) {
        const outcome = await this.renewOne(subscription, now);
        report[outcome] += 1;
      }
      if (claimed.length < this.batchSize) return report;
    }
  }

  private async renewOne(subscription: StoredGraphSubscription, now: Date): Promise<keyof RenewalReport> {
    const where = { provider: subscription.provider, workspaceId: subscription.workspaceId, subscriptionId: subscription.subscriptionId };
    try {
      const expiresAt = await this.work.renew(subscription, now);
      await this.store.renewed(subscription.subscriptionId, expiresAt, now);
      return 'renewed';
    } catch (error) {
      if (!(error instanceof SwitchboardError) || error.code !== 'NOT_FOUND') {
        // The lease stays: the next run after it runs out tries again (a spent budget, Graph down, a revoked grant).
        logInfo('graph_subscription_renewal_failed', { ...where, code: error instanceof SwitchboardError ? error.code : 'INTERNAL' });
        return 'failed';
      }
    }
    try {
      await this.work.recreate(subscription, now);
      logInfo('graph_subscription_recreated', where);
      return 'recreated';
    } catch (error) {
      logInfo('graph_subscription_recreate_failed', { ...where, code: error instanceof SwitchboardError ? error.code : 'INTERNAL' });
      return 'failed';
    }
  }

  /** Runs on its interval until `stop`; a run never overlaps the previous one. Idempotent. */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.runDue()
        .catch(logUnexpected)
        .finally(() => (this.running = null));
    }, this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
