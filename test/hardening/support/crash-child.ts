import { loadConnectionSettings } from '../../../src/config.js';
import { createApp } from '../../../src/http/app.js';
import { Scheduler } from '../../../src/scheduler/scheduler.js';
import { startServices } from '../../../src/services.js';

/**
 * A server process for test/hardening/crash-safety.test.ts, run as `node --import tsx crash-child.ts <database
 * url> <job json>` with SWITCHBOARD_FAULT_POINT set: it does one job on the shared PostgreSQL database — a
 * GraphQL operation, or one scheduler run at a given time — and is killed (-9) when it reaches that point.
 */
interface Job {
  action: 'graphql' | 'scheduler';
  apiKey?: string;
  query?: string;
  variables?: Record<string, unknown>;
  /** For the scheduler: the time it runs at (ISO). */
  now?: string;
}

const [url, raw] = process.argv.slice(2);
const job = JSON.parse(raw) as Job;
// The parent's encryption key and fake Slack (SWITCHBOARD_ENCRYPTION_KEY, SLACK_API_URL), when it has them.
const connections = loadConnectionSettings(process.env);
const started = await startServices(
  { database: { kind: 'postgres', url }, publicUrl: 'http://switchboard.test', seedDemo: false, connections },
  { integrations: { pollers: false } },
);
try {
  if (job.action === 'graphql') {
    const response = await createApp(started.services).fetch('http://switchboard.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${job.apiKey}` },
      body: JSON.stringify({ query: job.query, variables: job.variables }),
    });
    process.stdout.write(`${await response.text()}\n`);
  } else {
    const report = await new Scheduler(started.services).runDue(new Date(job.now!));
    process.stdout.write(`${JSON.stringify(report)}\n`);
  }
} finally {
  await started.close();
}
