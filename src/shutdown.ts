import type { RunningServer } from './http/listen.js';
import { logInfo, logWarn } from './log.js';
import type { Tracing } from './observability/tracing.js';
import type { StartedServices } from './services.js';

/**
 * The graceful stop on SIGTERM or SIGINT, bounded by SHUTDOWN_GRACE_MS:
 *
 * 1. /readyz turns 503 and new requests are refused (503); after SHUTDOWN_DELAY_MS (default 0: at once,
 *    for load balancers that poll /readyz) the listening socket closes;
 * 2. subscriptions end (SSE: a final `complete` event; graphql-ws: complete, then close 1001), the
 *    scheduler and the providers' pollers stop taking new work, in-flight requests finish;
 * 3. webhook work still running after its acknowledgement finishes, then the bus and the database close;
 * 4. exit 0.
 *
 * In-flight requests get the grace time minus a reserve for step 3; any still running then are cut (and
 * counted in the log). If step 3 itself hangs past the grace time the process exits 1. A second signal
 * exits at once (1). A signal during start-up (migrations, seeding) is held until start-up has finished,
 * so the store is never left half-migrated, within the same deadline.
 */
export interface StoppableParts {
  running: RunningServer;
  started: StartedServices;
  tracing: Tracing | null;
}

export class GracefulStop {
  private parts: StoppableParts | null = null;
  private requested: NodeJS.Signals | null = null;
  private stopping = false;

  constructor(
    private readonly graceMs: number,
    /** SHUTDOWN_DELAY_MS: how long the port stays open (answering 503) after readiness turned 503. */
    private readonly delayMs: number,
    private readonly exit: (code: number) => void = (code) => process.exit(code),
  ) {}

  /** Catches SIGTERM and SIGINT from now on (before start-up, so that none kills a migration). */
  install(): void {
    process.on('SIGTERM', () => this.signal('SIGTERM'));
    process.on('SIGINT', () => this.signal('SIGINT'));
  }

  /** Start-up has finished: a signal received meanwhile is acted on now. */
  ready(parts: StoppableParts): void {
    this.parts = parts;
    if (this.requested) void this.stop(this.requested);
  }

  signal(signal: NodeJS.Signals): void {
    if (this.requested) {
      logWarn('server_stop_forced', { signal, reason: 'second signal' });
      this.exit(1);
      return;
    }
    this.requested = signal;
    logInfo('server_stopping', { signal, graceMs: this.graceMs });
    setTimeout(() => {
      logWarn('server_stop_forced', { signal, reason: 'grace time exceeded' });
      this.exit(1);
    }, this.graceMs).unref();
    if (this.parts) void this.stop(signal);
  }

  private async stop(signal: NodeJS.Signals): Promise<void> {
    if (this.stopping || !this.parts) return;
    this.stopping = true;
    const { running, started, tracing } = this.parts;
    const start = performance.now();
    // Closing the services needs a moment too: in-flight requests get the rest.
    const reserve = Math.min(3_000, Math.floor(this.graceMs / 3));
    try {
      const [report] = await Promise.all([
        running.drain(Math.max(0, this.graceMs - reserve), { delayMs: this.delayMs }),
        started.scheduler?.stop(),
        started.stopPollers(),
      ]);
      await started.close();
      await tracing?.shutdown().catch(() => {});
      logInfo('server_stopped', { signal, durationMs: Math.round(performance.now() - start), cutRequests: report.cutRequests });
      this.exit(0);
    } catch (error) {
      logWarn('server_stop_failed', { signal, name: error instanceof Error ? error.name : 'Error' });
      this.exit(1);
    }
  }
}
