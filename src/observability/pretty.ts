import type { DestinationStream } from 'pino';

/**
 * A small development formatter for pino's JSON lines: `12:04:31 INFO  request  status=200 durationMs=4 …`.
 * pino-pretty would do more, but it would be a production dependency for a development nicety.
 */
const LEVEL_COLOURS: Record<string, string> = { fatal: '35', error: '31', warn: '33', info: '32', debug: '36', trace: '90' };
const OMITTED = new Set(['level', 'time', 'event', 'pid', 'msg']);

export function formatLine(line: string, colour: boolean): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line.endsWith('\n') ? line : `${line}\n`;
  }
  const time = typeof entry.time === 'string' ? entry.time.slice(11, 19) : '';
  const level = String(entry.level ?? 'info');
  const label = level.toUpperCase().padEnd(5);
  const paint = (code: string | undefined, text: string) => (colour && code ? `\u001b[${code}m${text}\u001b[0m` : text);
  const fields = Object.entries(entry)
    .filter(([name, value]) => !OMITTED.has(name) && value !== undefined && value !== null)
    .map(([name, value]) => `${name}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  const event = String(entry.event ?? entry.msg ?? '');
  return `${paint('90', time)} ${paint(LEVEL_COLOURS[level], label)} ${event}${fields.length ? `  ${fields.join(' ')}` : ''}\n`;
}

export function prettyStream(target: NodeJS.WriteStream): DestinationStream {
  return { write: (line: string) => void target.write(formatLine(line, Boolean(target.isTTY))) };
}
