import { logger } from '../src/log.js';

/**
 * What the operations tests share: reading Prometheus' text format, and capturing every log line.
 */

/** The sum of the samples of `name` whose labels include `labels` (0 when there is none). */
export function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[3] ?? '').matchAll(/([a-zA-Z_]+)="((?:[^"\\]|\\.)*)"/g)].map((pair) => [pair[1], pair[2]]));
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) total += Number(match[4]);
  }
  return total;
}

/** Whether the exposition has a sample line of `name` at all. */
export function hasMetric(text: string, name: string): boolean {
  return text.split('\n').some((line) => line.startsWith(`${name} `) || line.startsWith(`${name}{`));
}

export interface CapturedLogs {
  /** Every line written to stdout or stderr since the capture began. */
  readonly text: string;
  /** The JSON log lines, parsed (other output skipped). */
  entries(): Array<Record<string, unknown>>;
  stop(): void;
}

/** Captures stdout and stderr with the logger at its most verbose level, until `stop()`. */
export function captureLogs(): CapturedLogs {
  const chunks: string[] = [];
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  const capture = (chunk: unknown) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
    return true;
  };
  process.stdout.write = capture as typeof process.stdout.write;
  process.stderr.write = capture as typeof process.stderr.write;
  const level = logger.level;
  logger.level = 'trace';
  return {
    get text() {
      return chunks.join('');
    },
    entries() {
      return chunks
        .join('')
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    },
    stop() {
      logger.level = level;
      process.stdout.write = out;
      process.stderr.write = err;
    },
  };
}
