import { logUnexpected } from './log.js';

/**
 * Process-wide last resort, installed by the entry points (src/server.ts). A rejected promise nobody awaited
 * is logged and the server keeps serving; an exception that reached the event loop leaves the process in an
 * unknown state, so it is logged and the process exits non-zero for its supervisor to restart it. Both are
 * logged by name and stack frames only (src/log.ts): an error's message may quote content.
 */
export function installProcessErrorHandlers(): void {
  process.on('unhandledRejection', (reason) => logUnexpected(reason, { event: 'unhandled_rejection' }));
  process.on('uncaughtException', (error) => {
    logUnexpected(error, { event: 'uncaught_exception' });
    process.exit(1);
  });
}
