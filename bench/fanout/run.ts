import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { startChild, type Child } from '../lib/child.js';
import { createBenchDatabase, dropBenchDatabase, postgresVersion } from '../lib/postgres.js';
import { percentile, printTable, round, sleep, writeResult } from '../lib/report.js';
import { writeFanoutChart } from './chart.js';
import { messageText, subscriberKey, type WindowReport } from './selection.js';

/**
 * Subscription fan-out: 1,000 and 5,000 graphql-ws subscribers (1,000 per load-generator process) on one
 * busy channel, events published at increasing rates. For each step: delivered events/s, publish→receipt
 * p50/p99, SQL statements per published event; per connection: server memory when idle. Switchboard
 * against a bare graphql-ws + yoga server with an in-memory pubsub and the same selection set.
 *
 *   npm run bench -- fanout        (FANOUT_QUICK=1 for a short smoke run)
 *
 * FANOUT_SUBSCRIBERS=1000 (or 1000,5000): these subscriber counts instead. FANOUT_MEMORY_ONLY=1: only the
 * idle-connection memory step, no events published. FANOUT_HEAP_SNAPSHOT=<dir>: each server writes a heap
 * snapshot there with its subscribers connected and idle (to see what holds memory per connection).
 */

/**
 * The servers run as this file does: from TypeScript through tsx (`npm run bench`), or compiled (`tsc` of src
 * and bench into a folder holding a package.json with "type": "module", else tsx transforms the .js files
 * too; then `node <folder>/bench/fanout/run.js`), which is how production runs. Memory differs: tsx keeps
 * function names by defining a `name` property on every named function, which puts each closure's
 * properties in dictionary mode (~250 bytes more per closure held).
 */
const SCRIPT_EXTENSION = import.meta.url.endsWith('.js') ? 'js' : 'ts';

const quick = process.env.FANOUT_QUICK === '1';
const memoryOnly = process.env.FANOUT_MEMORY_ONLY === '1';
const heapSnapshotDir = process.env.FANOUT_HEAP_SNAPSHOT;
const chosenCounts = process.env.FANOUT_SUBSCRIBERS?.split(',').map(Number);
const SUBSCRIBER_COUNTS = chosenCounts ?? (quick ? [200, 400] : [1000, 5000]);
const PER_PROCESS = quick ? 200 : 1000;
/** Published events per second, per subscriber count; a series stops once the server cannot keep up. */
const RATES: Record<number, number[]> = quick
  ? { 200: [5, 20], 400: [5, 20] }
  : { 1000: [2, 5, 10, 20, 40, 80], 5000: [1, 2, 4, 8, 16] };
const STEP_SECONDS = quick ? 2 : 5;
/** How long to wait for stragglers after the last publish before counting a step as lossy. */
const DRAIN_MS = 15_000;
const DATABASE = 'switchboard_bench_fanout';

interface Target {
  name: string;
  description: string;
  /** Subscriber counts and rates of this target, when not the defaults. */
  plan?: { subscribers: number[]; rates: Record<number, number[]> };
  start(maxSubscribers: number): Promise<Child>;
  publish(info: ServerInfo, index: number): Promise<void>;
  /** The API key of subscriber i (null: the baseline has no authentication). */
  key(index: number): string | null;
  close?(): Promise<void>;
}

interface ServerInfo {
  url: string;
  wsUrl: string;
  channelId: string;
}

export interface FanoutStep {
  target: string;
  subscribers: number;
  rate: number;
  published: number;
  expected: number;
  delivered: number;
  errors: number;
  deliveredPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  statementsPerEvent: number;
  /** Server CPU time (user + system) per delivered event, in microseconds. */
  serverCpuUsPerDelivery: number;
  /** Load generators' CPU time per delivered event, in microseconds (they must stay cheaper than the server). */
  clientCpuUsPerDelivery: number;
  /** 1-minute load average at the end of the step (the machine is shared; compare ratios within a run). */
  loadAverage: number;
  /** Events actually published per second (the publish requests complete late when the server is saturated). */
  publishedPerSecond: number;
}

export interface FanoutMemory {
  target: string;
  subscribers: number;
  rssPerConnectionKB: number;
  heapPerConnectionKB: number;
}

const post = async (url: string, body: unknown, apiKey?: string) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}) },
    body: JSON.stringify(body),
  });
  const result = (await response.json()) as { errors?: unknown; data?: Record<string, { userErrors?: unknown[] }> };
  const userErrors = result.data && Object.values(result.data).flatMap((payload) => (payload && typeof payload === 'object' && payload.userErrors) || []);
  if (result.errors || userErrors?.length) throw new Error(`publish failed: ${JSON.stringify(result.errors ?? userErrors)}`);
};

const SEND = `mutation FanoutSend($input: SendMessageInput!) { sendMessage(input: $input) { message { id } userErrors { message } } }`;

function switchboardTarget(name: string, description: string, env: Record<string, string>, plan?: Target['plan']): Target {
  return {
    name,
    description,
    plan,
    async start(maxSubscribers) {
      const url = await createBenchDatabase(DATABASE);
      return startChild(new URL(`./switchboard-server.${SCRIPT_EXTENSION}`, import.meta.url), {
        exposeGc: true,
        env: { ...env, BENCH_DATABASE_URL: url, SUBSCRIBERS: String(maxSubscribers) },
      });
    },
    publish: (info, index) => post(info.url, { query: SEND, variables: { input: { channelId: info.channelId, text: messageText(index) } } }, 'demo-alice'),
    key: subscriberKey,
    close: () => dropBenchDatabase(DATABASE),
  };
}

const baseline: Target = {
  name: 'baseline',
  description: 'bare graphql-ws + yoga, in-memory pubsub, no database or access rules',
  start: () => startChild(new URL(`./baseline-server.${SCRIPT_EXTENSION}`, import.meta.url), { exposeGc: true }),
  publish: (info, index) => post(info.url, { query: 'mutation($text: String!) { publish(text: $text) }', variables: { text: messageText(index) } }),
  key: () => null,
};

const TARGETS: Target[] = [
  switchboardTarget('switchboard', 'Switchboard on PostgreSQL, one access decision and one execution per event shared by equal viewers', {}),
  baseline,
  // The "before": the app without the shared-delivery plugin, so each subscriber executes the selection set
  // on its own. It saturates long before the others, so it runs one short step at 1,000 subscribers.
  switchboardTarget(
    'switchboard-unshared',
    'Switchboard without the shared-delivery plugin: one execution per subscriber per event',
    { SHARED_DELIVERY: 'false' },
    quick ? undefined : { subscribers: [1000], rates: { 1000: [1] } },
  ),
];

async function waitFor(what: string, done: () => Promise<boolean>, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** Publishes `count` events at `rate` per second on schedule (not waiting for one to finish before the next). */
async function publishAt(target: Target, info: ServerInfo, rate: number, count: number, offset: number): Promise<number> {
  const start = performance.timeOrigin + performance.now();
  const sends: Array<Promise<void>> = [];
  for (let i = 0; i < count; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - (performance.timeOrigin + performance.now());
    if (wait > 0) await sleep(wait);
    sends.push(target.publish(info, offset + i));
  }
  await Promise.all(sends);
  return start;
}

/** CPU time of every load generator together, in microseconds. */
async function clientCpu(workers: Child[]): Promise<number> {
  return (await Promise.all(workers.map((worker) => worker.call<number>('cpu')))).reduce((a, b) => a + b, 0);
}

async function measureTarget(target: Target, steps: FanoutStep[], memory: FanoutMemory[]): Promise<void> {
  const counts = chosenCounts ?? target.plan?.subscribers ?? SUBSCRIBER_COUNTS;
  const rates = target.plan?.rates ?? RATES;
  const server = await target.start(Math.max(...counts));
  let published = 0;
  try {
    const info = await server.call<ServerInfo>('info');
    for (const subscribers of counts) {
      const before = await server.call<{ rss: number; heapUsed: number }>('memory');
      if (heapSnapshotDir) process.stdout.write(`  heap snapshot before connecting: ${await server.call<string>('heapSnapshot', heapSnapshotDir)}\n`);
      const workers: Child[] = [];
      for (let start = 0; start < subscribers; start += PER_PROCESS) {
        const worker = await startChild(new URL(`./subscribers.${SCRIPT_EXTENSION}`, import.meta.url));
        workers.push(worker);
        const keys = Array.from({ length: Math.min(PER_PROCESS, subscribers - start) }, (_, i) => target.key(start + i));
        await worker.call('connect', { url: info.wsUrl, keys, channelId: info.channelId });
      }
      await waitFor(`${subscribers} subscriptions on ${target.name}`, async () => (await server.call<number>('listeners')) === subscribers);
      await sleep(1000);
      const after = await server.call<{ rss: number; heapUsed: number }>('memory');
      memory.push({
        target: target.name,
        subscribers,
        rssPerConnectionKB: round((after.rss - before.rss) / subscribers / 1024),
        heapPerConnectionKB: round((after.heapUsed - before.heapUsed) / subscribers / 1024),
      });
      process.stdout.write(`  ${target.name} ${subscribers} idle connections: heap ${memory.at(-1)!.heapPerConnectionKB} KB, RSS ${memory.at(-1)!.rssPerConnectionKB} KB per connection\n`);
      if (heapSnapshotDir) process.stdout.write(`  heap snapshot: ${await server.call<string>('heapSnapshot', heapSnapshotDir)}\n`);

      // Warm-up: a few events through the whole path, then measure.
      const sum = async () => (await Promise.all(workers.map((worker) => worker.call<number>('received')))).reduce((a, b) => a + b, 0);
      if (!memoryOnly) {
        await publishAt(target, info, 5, 3, published);
        published += 3;
        await waitFor('the warm-up events', async () => (await sum()) >= 3 * subscribers, 60_000).catch(() => {});
        await Promise.all(workers.map((worker) => worker.call('reset')));
      }

      for (const rate of memoryOnly ? [] : (rates[subscribers] ?? [2, 5, 10, 20])) {
        const count = Math.max(3, Math.round(rate * STEP_SECONDS));
        const statementsBefore = await server.call<number>('statements');
        const cpuBefore = await server.call<number>('cpu');
        const clientCpuBefore = await clientCpu(workers);
        const firstPublishAt = await publishAt(target, info, rate, count, published);
        // Every publish request answered: a server that cannot keep up answers them late.
        const publishSeconds = (performance.timeOrigin + performance.now() - firstPublishAt) / 1000;
        published += count;
        const expected = count * subscribers;
        const lastPublishAt = Date.now();
        let lastSeen = -1;
        let lastProgressAt = Date.now();
        // Drained when every delivery arrived, or nothing arrived for a while after the last publish.
        await waitFor('deliveries', async () => {
          const received = await sum();
          if (received !== lastSeen) {
            lastSeen = received;
            lastProgressAt = Date.now();
          }
          return received >= expected || (Date.now() - lastPublishAt > DRAIN_MS && Date.now() - lastProgressAt > 2000);
        }, 10 * 60_000);
        const statements = (await server.call<number>('statements')) - statementsBefore;
        const serverCpu = (await server.call<number>('cpu')) - cpuBefore;
        const clientCpuUsed = (await clientCpu(workers)) - clientCpuBefore;
        const reports = await Promise.all(workers.map((worker) => worker.call<WindowReport>('report')));
        const latencies = Float64Array.from(reports.flatMap((report) => report.latencies)).sort();
        const delivered = reports.reduce((total, report) => total + report.received, 0);
        const lastReceivedAt = Math.max(...reports.map((report) => report.lastReceivedAt ?? 0));
        const step: FanoutStep = {
          target: target.name,
          subscribers,
          rate,
          published: count,
          expected,
          delivered,
          errors: reports.reduce((total, report) => total + report.errors, 0),
          deliveredPerSecond: round(delivered / Math.max(0.001, (lastReceivedAt - firstPublishAt) / 1000)),
          p50: round(percentile(latencies, 50)),
          p99: round(percentile(latencies, 99)),
          max: round(latencies[latencies.length - 1] ?? Number.NaN),
          statementsPerEvent: round(statements / count),
          serverCpuUsPerDelivery: round(serverCpu / Math.max(1, delivered)),
          clientCpuUsPerDelivery: round(clientCpuUsed / Math.max(1, delivered)),
          loadAverage: round(loadavg()[0]),
          publishedPerSecond: round(count / Math.max(publishSeconds, count / rate)),
        };
        steps.push(step);
        process.stdout.write(
          `  ${target.name} ${subscribers} subs @ ${rate}/s (published ${step.publishedPerSecond}/s): ${delivered}/${expected} delivered, ${step.deliveredPerSecond}/s, p50 ${step.p50} ms, p99 ${step.p99} ms, ${step.statementsPerEvent} statements/event, server CPU ${step.serverCpuUsPerDelivery} µs/delivery (load generators ${step.clientCpuUsPerDelivery}), load ${step.loadAverage}\n`,
        );
        // Past saturation the backlog only grows: stop this series once deliveries (or the publishing
        // itself) fall below 80% of the offered rate, deliveries are lost, or p99 passes 5 s.
        const saturated = step.deliveredPerSecond < 0.8 * rate * subscribers || step.publishedPerSecond < 0.8 * rate;
        if (saturated || delivered < expected * 0.99 || step.p99 > 5000) break;
        await sleep(500);
      }
      for (const worker of workers) await worker.call('disconnect');
      await Promise.all(workers.map((worker) => worker.stop()));
      await waitFor(`${target.name} to drop its subscriptions`, async () => (await server.call<number>('listeners')) === 0);
    }
  } finally {
    await server.stop();
    await target.close?.();
  }
}

const steps: FanoutStep[] = [];
const memory: FanoutMemory[] = [];
const only = process.env.FANOUT_TARGETS?.split(',');
for (const target of TARGETS.filter((candidate) => !only || only.includes(candidate.name))) {
  process.stdout.write(`fan-out: ${target.name} (${target.description})\n`);
  await measureTarget(target, steps, memory);
}

printTable('Subscription fan-out: delivered events/s and publish→receipt latency (ms)', [
  ['target', 'subscribers', 'offered events/s', 'published/s', 'offered deliveries/s', 'delivered/s', 'delivered', 'p50', 'p99', 'max', 'SQL/event', 'server µs/delivery', 'clients µs/delivery'],
  ...steps.map((step) => [
    step.target,
    step.subscribers,
    step.rate,
    step.publishedPerSecond,
    step.rate * step.subscribers,
    step.deliveredPerSecond,
    `${step.delivered}/${step.expected}`,
    step.p50,
    step.p99,
    step.max,
    step.statementsPerEvent,
    step.serverCpuUsPerDelivery,
    step.clientCpuUsPerDelivery,
  ]),
]);
printTable('Server memory per idle subscribed connection (KB)', [
  ['target', 'connections', 'RSS', 'heap'],
  ...memory.map((row) => [row.target, row.subscribers, row.rssPerConnectionKB, row.heapPerConnectionKB]),
]);
// A memory-only run writes its own file and no chart, leaving the full run's results alone.
const chart = memoryOnly ? null : writeFanoutChart(steps, quick ? 'fanout-latency-quick.svg' : 'fanout-latency.svg');
const file = writeResult(memoryOnly ? 'fanout-memory' : quick ? 'fanout-quick' : 'fanout', {
  command: 'npm run bench -- fanout',
  dataset: {
    description: `demo seed on PostgreSQL ${await postgresVersion()} plus #firehose with ${Math.max(...SUBSCRIBER_COUNTS)} member accounts, one API key and one graphql-ws connection each; alice sends plain-text messages to #firehose over HTTP`,
    subscribersPerProcess: PER_PROCESS,
    stepSeconds: STEP_SECONDS,
  },
  steps,
  memory,
  chart,
});
process.stdout.write(`\nwrote ${file}${chart ? ` and ${chart}` : ''}\n`);
