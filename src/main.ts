import { createApp } from './http/app.js';
import { loadConfig } from './config.js';
import { listen } from './http/listen.js';
import { Lifecycle } from './http/lifecycle.js';
import { logInfo } from './log.js';
import { startTracing } from './observability/tracing.js';
import { startServices } from './services.js';
import { GracefulStop } from './shutdown.js';

/** The server: reads the environment, opens the store, serves HTTP and WebSocket. Started by src/server.ts. */
export async function main(): Promise<void> {
  const config = loadConfig();
  const stop = new GracefulStop(config.operations.shutdownGraceMs, config.operations.shutdownDelayMs);
  stop.install();
  const tracing = await startTracing();
  const started = await startServices(config, { holder: 'npm start', progress: (step) => logInfo('starting', { step }) });
  const lifecycle = new Lifecycle();
  const app = createApp(started.services, {
    graphiqlApiKey: started.demoMode ? 'demo-alice' : null,
    lifecycle,
    metricsToken: config.operations.metricsToken,
    corsOrigins: config.corsOrigins,
  });
  // A port that cannot be bound ends the start: the scheduler stops and the store closes before the exit.
  const running = await listen(app, started.services, config.port).catch(async (error: unknown) => {
    await started.close();
    await tracing?.shutdown?.().catch(() => {});
    throw error;
  });

  const where = config.database.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.database.dataDir}`;
  // With PORT=0 the system picks the port: show the one actually bound.
  const base = process.env.PUBLIC_URL ? config.publicUrl : `http://localhost:${running.port}`;
  const lines = [
    `Switchboard is running.`,
    `  GraphiQL      ${base}/graphql`,
    `  WebSocket     ${base.replace(/^http/, 'ws')}/graphql (graphql-ws)`,
    `  Probes        ${base}/healthz (live), ${base}/readyz (ready)`,
    `  Metrics       ${base}/metrics${config.operations.metricsToken ? ' (METRICS_TOKEN required)' : ''}`,
    `  Store         ${where}`,
    `  Event bus     ${config.redisUrl ? 'Redis (REDIS_URL), shared by every instance' : 'in-process (set REDIS_URL to scale out)'}`,
    `  Scheduler     ${config.scheduler.enabled ? `delivers scheduled messages, polling every ${config.scheduler.pollIntervalMs} ms` : 'off (SCHEDULER=false)'}`,
  ];
  if (tracing) lines.push(`  Tracing       OpenTelemetry to ${process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? process.env.OTEL_EXPORTER_OTLP_ENDPOINT}`);
  if (started.seeded) lines.push(`  Demo seed     ${started.seeded.messages} messages in ${started.seeded.workspaces} workspaces (new store)`);
  if (started.demoMode) lines.push(`  Demo API keys demo-alice, demo-bob, demo-carol, demo-dave`);
  process.stdout.write(`${lines.join('\n')}\n`);
  logInfo('server_started', { port: running.port, database: config.database.kind, demoMode: started.demoMode });
  stop.ready({ running, started, tracing });
}
