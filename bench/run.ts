import { spawn } from 'node:child_process';

/**
 * `npm run bench` runs every part in sequence, each in a process of its own; `npm run bench -- fanout`
 * (or several names) runs only those. Each part prints its table and writes bench/results/<part>.json.
 * Benchmarks print figures; they never fail on a number (a part fails only if it could not run).
 */

const PARTS: Record<string, { script: string; what: string }> = {
  calls: { script: 'calls/run.ts', what: 'provider calls per query (built-in SQL statements, Slack Web API calls, Outlook Graph requests)' },
  http: { script: 'http/run.ts', what: 'HTTP throughput and latency against a node:http + SQL baseline' },
  fanout: { script: 'fanout/run.ts', what: 'subscription fan-out at 1,000 and 5,000 graphql-ws subscribers' },
  search: { script: 'search/run.ts', what: 'search at 100,000 and 1,000,000 messages' },
};

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in PARTS));
if (unknown.length > 0) {
  process.stderr.write(`unknown part(s): ${unknown.join(', ')}; the parts are ${Object.keys(PARTS).join(', ')}\n`);
  process.exit(2);
}
const parts = asked.length > 0 ? asked : Object.keys(PARTS);
const failed: string[] = [];
for (const name of parts) {
  const part = PARTS[name];
  process.stdout.write(`\n=== ${name}: ${part.what}\n`);
  const started = Date.now();
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', new URL(part.script, import.meta.url).pathname], { stdio: 'inherit' });
    child.on('exit', (exitCode) => resolve(exitCode ?? 1));
  });
  process.stdout.write(`=== ${name}: ${code === 0 ? 'done' : `FAILED (exit ${code})`} in ${Math.round((Date.now() - started) / 1000)} s\n`);
  if (code !== 0) failed.push(name);
}
if (failed.length > 0) {
  process.stderr.write(`\nparts that could not run: ${failed.join(', ')}\n`);
  process.exit(1);
}
