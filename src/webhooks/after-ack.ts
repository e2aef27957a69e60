import { logUnexpected } from '../log.js';

/**
 * Work a webhook does after it has answered. Providers want an answer within a few seconds or they retry,
 * so a webhook route verifies, de-duplicates and acknowledges, and hands the rest here. Failures
 * are logged (without content) and never reach the provider, which has its 200 already.
 */
export class AfterAck {
  private readonly running = new Set<Promise<void>>();

  /** Starts `work` without waiting for it. */
  run(work: () => Promise<void>): void {
    const task: Promise<void> = Promise.resolve()
      .then(work)
      .catch((error: unknown) => logUnexpected(error))
      .finally(() => this.running.delete(task));
    this.running.add(task);
  }

  /** Work still running. */
  get pending(): number {
    return this.running.size;
  }

  /** Resolves once everything started so far (and anything it started) has finished. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}
