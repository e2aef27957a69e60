import { pino, type DestinationStream, type Level, type Logger } from 'pino';
import { prettyStream } from './pretty.js';
import { currentRequestScope } from './request-scope.js';

/**
 * The process's logger: pino, one JSON object per line on stdout (`LOG_FORMAT=pretty`, or a terminal
 * outside production, prints them readably instead). `LOG_LEVEL` sets the level (default info).
 *
 * Never log message content, tokens or keys: log ids, codes, counts and durations. The redaction paths
 * below are the net under that rule (a field with one of these names is replaced wherever it appears at
 * the top level or one level down), not a licence to pass content in; test/server/log-redaction.test.ts
 * scans everything a running server logs for a marker sent in messages, variables and headers.
 */

export const LOG_LEVELS: readonly string[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

const SECRET_FIELDS = [
  'authorization',
  'cookie',
  'token',
  'botToken',
  'userToken',
  'accessToken',
  'refreshToken',
  'signingSecret',
  'clientSecret',
  'apiKey',
  'key',
  'password',
  'secret',
];
const CONTENT_FIELDS = ['text', 'markdown', 'body', 'variables', 'query', 'content', 'blocks', 'payload'];

/** `x` and `*.x` for every field: redaction at the top level and one level down (headers.authorization, err.message…). */
export const REDACT_PATHS: string[] = [...SECRET_FIELDS, ...CONTENT_FIELDS, 'message'].flatMap((field) => [field, `*.${field}`]);

export function levelFromEnv(env: NodeJS.ProcessEnv = process.env): Level | 'silent' {
  const level = (env.LOG_LEVEL ?? '').trim().toLowerCase();
  return (LOG_LEVELS.includes(level) ? level : 'info') as Level | 'silent';
}

export function prettyFromEnv(env: NodeJS.ProcessEnv = process.env, isTTY = Boolean(process.stdout.isTTY)): boolean {
  const format = (env.LOG_FORMAT ?? '').trim().toLowerCase();
  if (format === 'json') return false;
  if (format === 'pretty') return true;
  return isTTY && env.NODE_ENV !== 'production';
}

/** Writes through `process.stdout.write` looked up per line, so that a test can capture what is logged. */
const stdout: DestinationStream = { write: (line: string) => void process.stdout.write(line) };

export function createLogger(env: NodeJS.ProcessEnv = process.env, destination?: DestinationStream): Logger {
  return pino(
    {
      level: levelFromEnv(env),
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      // pino would print an error's message as the line's `msg` (under its errorKey, `err` by default): no
      // field gets that treatment, and an error passed anyway is reduced to its name and code.
      errorKey: '\u0000none',
      serializers: { err: errorSummary, error: errorSummary },
      // The request id and account of the request being served, on every line written while serving it.
      mixin: () => {
        const scope = currentRequestScope();
        if (!scope) return {};
        return scope.accountId ? { requestId: scope.requestId, accountId: scope.accountId } : { requestId: scope.requestId };
      },
    },
    destination ?? (prettyFromEnv(env) ? prettyStream(process.stdout) : stdout),
  );
}

/** An error as a log line may show it: its class name and code, never its message (it can quote data). */
function errorSummary(error: unknown): { name: string; code?: string | number } {
  const code = (error as { code?: unknown } | null)?.code;
  return {
    name: error instanceof Error ? error.name : typeof error,
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
  };
}

export const logger: Logger = createLogger();
