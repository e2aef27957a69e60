import { LOG_LEVELS } from './logger.js';

/** How the server is operated, read from the environment (README, "Operating Switchboard"). */
export interface OperationsSettings {
  /** Bearer token /metrics requires (`METRICS_TOKEN`); null: /metrics is open. */
  metricsToken: string | null;
  /** Longest a graceful stop may take after SIGTERM/SIGINT before connections are cut (`SHUTDOWN_GRACE_MS`, default 10,000). */
  shutdownGraceMs: number;
  /**
   * After readiness turns 503, how long the server keeps its port open (answering 503) before closing it,
   * so that a load balancer polling /readyz stops sending first (`SHUTDOWN_DELAY_MS`, default 0; counts
   * within the grace time).
   */
  shutdownDelayMs: number;
}

export const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;

/** Reads METRICS_TOKEN, SHUTDOWN_GRACE_MS and SHUTDOWN_DELAY_MS, and checks LOG_LEVEL and LOG_FORMAT (read by the logger itself). */
export function loadOperationsSettings(env: NodeJS.ProcessEnv, invalid: (message: string) => Error): OperationsSettings {
  const level = env.LOG_LEVEL?.trim().toLowerCase() ?? '';
  if (level !== '' && !LOG_LEVELS.includes(level)) {
    throw invalid(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got ${JSON.stringify(env.LOG_LEVEL)}.`);
  }
  const format = env.LOG_FORMAT?.trim().toLowerCase() ?? '';
  if (format !== '' && format !== 'json' && format !== 'pretty') {
    throw invalid(`LOG_FORMAT must be json or pretty, got ${JSON.stringify(env.LOG_FORMAT)}.`);
  }
  const token = env.METRICS_TOKEN?.trim() ?? '';
  if (token !== '' && token.length < 16) throw invalid('METRICS_TOKEN must be at least 16 characters.');
  const grace = env.SHUTDOWN_GRACE_MS?.trim() ?? '';
  const shutdownGraceMs = grace === '' ? DEFAULT_SHUTDOWN_GRACE_MS : Number(grace);
  if (!Number.isInteger(shutdownGraceMs) || shutdownGraceMs < 0 || shutdownGraceMs > 600_000) {
    throw invalid(`SHUTDOWN_GRACE_MS must be an integer between 0 and 600000, got ${JSON.stringify(env.SHUTDOWN_GRACE_MS)}.`);
  }
  const delay = env.SHUTDOWN_DELAY_MS?.trim() ?? '';
  const shutdownDelayMs = delay === '' ? 0 : Number(delay);
  if (!Number.isInteger(shutdownDelayMs) || shutdownDelayMs < 0 || shutdownDelayMs >= Math.max(shutdownGraceMs, 1)) {
    throw invalid(`SHUTDOWN_DELAY_MS must be an integer from 0 to less than SHUTDOWN_GRACE_MS (${shutdownGraceMs}), got ${JSON.stringify(env.SHUTDOWN_DELAY_MS)}.`);
  }
  return { metricsToken: token === '' ? null : token, shutdownGraceMs, shutdownDelayMs };
}
