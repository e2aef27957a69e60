import { logger } from './observability/logger.js';

/**
 * Structured logging (pino, JSON lines on stdout; src/observability/logger.ts). Every line is an `event`
 * name and fields: ids, codes, counts, durations. Nothing here ever prints message content, tokens or keys:
 * unexpected errors are logged by name, code and stack frames only, because a provider's or the
 * database's error message can quote the data it failed on. A line written while a request is served
 * carries its `requestId` (and `accountId`) on its own.
 */
export type LogFields = Record<string, unknown>;

export function logInfo(event: string, fields: LogFields = {}): void {
  logger.info({ event, ...fields });
}

export function logWarn(event: string, fields: LogFields = {}): void {
  logger.warn({ event, ...fields });
}

export function logDebug(event: string, fields: LogFields = {}): void {
  logger.debug({ event, ...fields });
}

/**
 * An error nobody expected (masked as PROVIDER_ERROR for the client): its name, code and first stack
 * frames, with the request id when there is a request, so that a user's report can be traced.
 */
export function logUnexpected(error: unknown, fields: LogFields = {}): void {
  const err = error instanceof Error ? error : new Error('non-error thrown');
  const frames = (err.stack ?? '').split('\n').slice(1, 8).map((line) => line.trim());
  const code = (err as { code?: unknown }).code;
  logger.error({ event: 'unexpected_error', name: err.name, code: typeof code === 'string' || typeof code === 'number' ? code : undefined, frames, ...fields });
}

export { logger };
