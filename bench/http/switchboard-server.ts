import { createApp } from '../../src/http/app.js';
import { listen, type RunningServer } from '../../src/http/listen.js';
import { startServices, type StartedServices } from '../../src/services.js';
import { serveParent } from '../lib/child.js';

/** Switchboard's real HTTP server in its own process, on the benchmark's PostgreSQL database. */

let started: StartedServices;
let server: RunningServer;

serveParent(
  { info: () => ({ url: server.url }), statements: () => started.services.database.stats.statements },
  {
    setup: async () => {
      started = await startServices({ database: { kind: 'postgres', url: process.env.BENCH_DATABASE_URL! }, publicUrl: 'http://bench.test', seedDemo: false });
      server = await listen(createApp(started.services), started.services, 0, '127.0.0.1');
    },
    teardown: async () => {
      await server?.close();
      await started?.close();
    },
  },
);
