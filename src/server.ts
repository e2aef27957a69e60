import { createApp } from './http/app.js';
import { ConfigError, loadConfig } from './config.js';
import { listen } from './http/listen.js';
import { logInfo } from './log.js';
import { startServices } from './services.js';

/** Entry point: `npm start`. Reads the environment, opens the store, serves HTTP and WebSocket. */
async function main(): Promise<void> {
  const config = loadConfig();
  const started = await startServices(config);
  const app = createApp(started.services, { graphiqlApiKey: started.demoMode ? 'demo-alice' : null });
  const running = await listen(app, started.services, config.port);

  const where = config.database.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.database.dataDir}`;
  // With PORT=0 the system picks the port: show the one actually bound.
  const base = process.env.PUBLIC_URL ? config.publicUrl : `http://localhost:${running.port}`;
  const lines = [
    `Switchboard is running.`,
    `  GraphiQL      ${base}/graphql`,
    `  WebSocket     ${base.replace(/^http/, 'ws')}/graphql (graphql-ws)`,
    `  Health        ${base}/healthz`,
    `  Store         ${where}`,
    `  Event bus     ${config.redisUrl ? 'Redis (REDIS_URL), shared by every instance' : 'in-process (set REDIS_URL to scale out)'}`,
    `  Scheduler     ${config.scheduler.enabled ? `delivers scheduled messages, polling every ${config.scheduler.pollIntervalMs} ms` : 'off (SCHEDULER=false)'}`,
  ];
  if (started.seeded) lines.push(`  Demo seed     ${started.seeded.messages} messages in ${started.seeded.workspaces} workspaces (new store)`);
  if (started.demoMode) lines.push(`  Demo API keys demo-alice, demo-bob, demo-carol, demo-dave`);
  process.stdout.write(`${lines.join('\n')}\n`);
  logInfo('server_started', { port: running.port, database: config.database.kind, demoMode: started.demoMode });

  const shutdown = async (signal: string) => {
    logInfo('server_stopping', { signal });
    await running.close();
    await started.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`Configuration error: ${error.message}\n`);
  } else {
    process.stderr.write(`Switchboard failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
