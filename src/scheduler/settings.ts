/** How the scheduler runs in a server, read from the environment (see README, Configuration). */
export interface SchedulerSettings {
  /** Deliver scheduled messages in this process. Default true; `SCHEDULER=false` for tools and extra instances. */
  enabled: boolean;
  /** How often to look for due messages, in milliseconds. Default 1000 (`SCHEDULER_INTERVAL_MS`, 50…3,600,000). */
  pollIntervalMs: number;
}

export const DEFAULT_POLL_INTERVAL_MS = 1_000;

/** Reads SCHEDULER and SCHEDULER_INTERVAL_MS; `invalid` builds the error that names a bad value. */
export function loadSchedulerSettings(env: NodeJS.ProcessEnv, invalid: (message: string) => Error): SchedulerSettings {
  const flag = env.SCHEDULER?.trim() ?? '';
  let enabled = true;
  if (/^(0|false|no|off)$/i.test(flag)) enabled = false;
  else if (flag !== '' && !/^(1|true|yes|on)$/i.test(flag)) {
    throw invalid(`SCHEDULER must be true or false, got ${JSON.stringify(env.SCHEDULER)}.`);
  }
  const interval = env.SCHEDULER_INTERVAL_MS?.trim() ?? '';
  const pollIntervalMs = interval === '' ? DEFAULT_POLL_INTERVAL_MS : Number(interval);
  if (!Number.isInteger(pollIntervalMs) || pollIntervalMs < 50 || pollIntervalMs > 3_600_000) {
    throw invalid(`SCHEDULER_INTERVAL_MS must be an integer between 50 and 3600000, got ${JSON.stringify(env.SCHEDULER_INTERVAL_MS)}.`);
  }
  return { enabled, pollIntervalMs };
}
