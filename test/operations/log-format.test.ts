import { describe, expect, it } from 'vitest';
import { createLogger, levelFromEnv, prettyFromEnv } from '../../src/observability/logger.js';
import { formatLine } from '../../src/observability/pretty.js';

/** The logger's settings, its redaction net, and the development format. */
describe('the logger', () => {
  const capture = (env: NodeJS.ProcessEnv = {}) => {
    const lines: string[] = [];
    return { logger: createLogger(env, { write: (line: string) => void lines.push(line) }), lines };
  };

  it('takes its level from LOG_LEVEL (default info) and its format from LOG_FORMAT or the terminal', () => {
    expect(levelFromEnv({})).toBe('info');
    expect(levelFromEnv({ LOG_LEVEL: 'DEBUG' })).toBe('debug');
    expect(prettyFromEnv({}, true)).toBe(true);
    expect(prettyFromEnv({ NODE_ENV: 'production' }, true)).toBe(false);
    expect(prettyFromEnv({}, false)).toBe(false);
    expect(prettyFromEnv({ LOG_FORMAT: 'pretty' }, false)).toBe(true);
    expect(prettyFromEnv({ LOG_FORMAT: 'json' }, true)).toBe(false);

    const { logger, lines } = capture({ LOG_LEVEL: 'warn' });
    logger.info({ event: 'hidden' });
    logger.warn({ event: 'shown' });
    expect(lines.map((line) => JSON.parse(line).event)).toEqual(['shown']);
  });

  it('redacts secrets and content that reach it by mistake, at the top level and one level down', () => {
    const { logger, lines } = capture();
    logger.info({
      event: 'careless',
      authorization: 'Bearer sb_secret',
      text: 'message content',
      headers: { authorization: 'Bearer sb_other', cookie: 'session=1' },
      input: { markdown: '**content**', botToken: 'xoxb-1', variables: { a: 1 } },
      err: new TypeError('quoted content'),
      failure: { message: 'quoted too' },
      count: 3,
    });
    const entry = JSON.parse(lines[0]) as Record<string, unknown>;
    expect(entry).toMatchObject({
      event: 'careless',
      authorization: '[redacted]',
      text: '[redacted]',
      headers: { authorization: '[redacted]', cookie: '[redacted]' },
      input: { markdown: '[redacted]', botToken: '[redacted]', variables: '[redacted]' },
      err: { name: 'TypeError' },
      failure: { message: '[redacted]' },
      count: 3,
    });
    expect(entry).not.toHaveProperty('msg');
    expect(lines[0]).not.toMatch(/sb_secret|sb_other|message content|\*\*content|xoxb-1|quoted/);
  });

  it('prints a line readably in development', () => {
    const line = JSON.stringify({ level: 'info', time: '2026-12-07T09:05:54.613Z', pid: 1, event: 'request', status: 200, path: '/graphql' });
    expect(formatLine(line, false)).toBe('09:05:54 INFO  request  status=200 path=/graphql\n');
    expect(formatLine('not json', false)).toBe('not json\n');
  });
});
