/**
 * Structured logging to stdout. Nothing here ever prints message content: unexpected errors are logged by
 * name, code and stack frames only, because a provider's or the database's error message can quote the
 * data it failed on.
 */
export function logInfo(event: string, fields: Record<string, unknown> = {}): void {
  process.stdout.write(`${JSON.stringify({ level: 'info', time: new Date().toISOString(), event, ...fields })}\n`);
}

export function logUnexpected(error: unknown): void {
  const err = error instanceof Error ? error : new Error('non-error thrown');
  const frames = (err.stack ?? '').split('\n').slice(1, 8).map((line) => line.trim());
  const code = (err as { code?: unknown }).code;
  process.stderr.write(
    `${JSON.stringify({ level: 'error', time: new Date().toISOString(), event: 'unexpected_error', name: err.name, code, frames })}\n`,
  );
}
