import { ConfigError } from './config.js';
import { StoreLockedError } from './db/pglite-lock.js';
import { logInfo } from './log.js';
import { installProcessErrorHandlers } from './process-errors.js';

/**
 * Entry point: `npm start` (through tsx) and `npm run start:prod` (compiled, dist/server.js); nothing
 * imports it. It says it is starting before loading the rest: under tsx, a first start compiles every
 * module, which takes seconds before anything else could be printed.
 */
installProcessErrorHandlers();
logInfo('starting', { step: 'loading Switchboard', node: process.version });
try {
  const { main } = await import('./main.js');
  await main();
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`Configuration error: ${error.message}\n`);
  } else if (error instanceof StoreLockedError) {
    process.stderr.write(`Switchboard cannot start: ${error.message}\n`);
  } else if (/^Port \d+ /.test((error as Error).message ?? '')) {
    // A port that cannot be bound (src/http/listen.ts): the message says which and why, no stack needed.
    process.stderr.write(`Switchboard failed to start: ${(error as Error).message}\n`);
  } else {
    process.stderr.write(`Switchboard failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
}
