import autocannon from 'autocannon';
import { sql } from 'kysely';
import { openDatabase } from '../../src/db/database.js';
import { encodeGlobalId } from '../../src/providers/ids.js';
import { seedDemo } from '../../src/seed/demo.js';
import { generateDataset } from '../dataset.js';
import { startChild } from '../lib/child.js';
import { createBenchDatabase, dropBenchDatabase, postgresVersion } from '../lib/postgres.js';
import { printTable, round, sleep, writeResult } from '../lib/report.js';
import { CHANNEL_PAGE, SEARCH, THREAD_TREE, type BenchRequest } from './requests.js';

/**
 * HTTP throughput and latency: autocannon (in this process) against Switchboard's real HTTP server and
 * against a hand-written node:http + SQL baseline (each in its own process), on the demo workspace grown
 * about ten times. Each request runs for DURATION seconds with CONNECTIONS concurrent connections.
 *
 *   npm run bench -- http        (HTTP_QUICK=1: 3-second runs)
 */

const quick = process.env.HTTP_QUICK === '1';
const DURATION = quick ? 3 : 10;
const CONNECTIONS = 10;
const DATABASE = 'switchboard_bench_http';

const url = await createBenchDatabase(DATABASE);
process.stdout.write('http: generating the dataset (the demo seed, then about ten times its messages)\n');
const database = await openDatabase({ kind: 'postgres', url });
await seedDemo(database.db);
const acme = await database.db.selectFrom('workspaces').select('id').where('name', '=', 'Acme').executeTakeFirstOrThrow();
const viewers = await database.db.selectFrom('users').select('id').where('workspace_id', '=', acme.id).where('name', 'in', ['alice', 'bob']).execute();
const dataset = await generateDataset(database.db, {
  workspaceId: acme.id,
  users: 40,
  channels: 10,
  messages: 5000,
  members: viewers.map((viewer) => viewer.id),
  channelsPerUser: 4,
  reactionShare: 0.3,
  days: 60,
  seed: 7,
  ticketRange: 20_000,
});
const totals = await sql<{ messages: number; channels: number; users: number; reactions: number }>`
  select (select count(*)::int from messages) as messages, (select count(*)::int from channels) as channels,
         (select count(*)::int from users) as users, (select count(*)::int from reactions) as reactions`.execute(database.db);
// A search word found in about 3% of messages: broad enough to rank, like a typical query.
const word = await sql<{ word: string; ndoc: number }>`
  select word, ndoc from ts_stat('select search_vector from messages')
   where length(word) > 3 and word ~ '^[a-z]+$'
   order by abs(ndoc - ${Math.round(totals.rows[0].messages * 0.03)}) limit 1`.execute(database.db);
// Fresh tables have no statistics until autovacuum runs; a live server's have.
await sql`analyze`.execute(database.db);
await database.close();

const gid = (typename: string, nativeId: string) => encodeGlobalId({ typename, provider: 'builtin', workspaceId: acme.id, nativeId });
const channelId = gid('Channel', dataset.channelIds[0]);
const rootId = gid('Message', dataset.deepRoots[0]);
const workspaceId = gid('Workspace', acme.id);
const searchWord = word.rows[0].word;
const requests: BenchRequest[] = [
  { name: 'channel page (50 messages, authors, reactions)', graphql: { query: CHANNEL_PAGE, variables: { id: channelId } }, baselinePath: `/channel-page?id=${channelId}` },
  { name: 'thread tree (depth 4, authors)', graphql: { query: THREAD_TREE, variables: { id: rootId } }, baselinePath: `/thread-tree?id=${rootId}` },
  {
    name: `search ("${searchWord}", 20 hits)`,
    graphql: { query: SEARCH, variables: { workspaceId, query: searchWord } },
    baselinePath: `/search?workspaceId=${workspaceId}&query=${encodeURIComponent(searchWord)}`,
  },
];

const env = { BENCH_DATABASE_URL: url };
const switchboard = await startChild(new URL('./switchboard-server.ts', import.meta.url), { env });
const baseline = await startChild(new URL('./baseline-server.ts', import.meta.url), { env });
const headers = { authorization: 'Bearer demo-alice' };

interface Row {
  request: string;
  sameJson: boolean;
  responseBytes: number;
  statements: number;
  switchboard: { rps: number; p50: number; p99: number; errors: number };
  baseline: { rps: number; p50: number; p99: number; errors: number };
  ratio: number;
}
const rows: Row[] = [];
try {
  const { url: graphqlUrl } = await switchboard.call<{ url: string }>('info');
  const { url: baselineUrl } = await baseline.call<{ url: string }>('info');
  for (const request of requests) {
    const body = JSON.stringify(request.graphql);
    const post = { ...headers, 'content-type': 'application/json', accept: 'application/json' };
    // Same answer from both, and Switchboard's SQL statements for one request.
    const before = await switchboard.call<number>('statements');
    const ours = await (await fetch(graphqlUrl, { method: 'POST', headers: post, body })).text();
    const statements = (await switchboard.call<number>('statements')) - before;
    const theirs = await (await fetch(`${baselineUrl}${request.baselinePath}`, { headers })).text();
    if (JSON.parse(ours).errors) throw new Error(`${request.name}: ${ours}`);
    const sameJson = canonical(JSON.parse(ours)) === canonical(JSON.parse(theirs));
    const load = async (target: Parameters<typeof autocannon>[0]) => {
      await autocannon({ ...target, connections: CONNECTIONS, duration: 2 }); // warm-up
      const result = await autocannon({ ...target, connections: CONNECTIONS, duration: DURATION });
      return { rps: round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
    };
    const ourLoad = await load({ url: graphqlUrl, method: 'POST', headers: post, body });
    await sleep(500);
    const baselineLoad = await load({ url: `${baselineUrl}${request.baselinePath}`, headers });
    const row: Row = {
      request: request.name,
      sameJson,
      responseBytes: Buffer.byteLength(ours),
      statements,
      switchboard: ourLoad,
      baseline: baselineLoad,
      ratio: round(baselineLoad.rps / ourLoad.rps),
    };
    rows.push(row);
    process.stdout.write(`  ${request.name}: ${ourLoad.rps} req/s vs baseline ${baselineLoad.rps} req/s (${row.ratio}×), same JSON: ${sameJson}\n`);
  }
} finally {
  await switchboard.stop();
  await baseline.stop();
  await dropBenchDatabase(DATABASE);
}

printTable(`HTTP: ${CONNECTIONS} connections, ${DURATION} s per run (latency in ms)`, [
  ['request', 'Switchboard req/s', 'p50', 'p99', 'baseline req/s', 'p50', 'p99', 'baseline/ours', 'same JSON', 'bytes', 'SQL/request'],
  ...rows.map((row) => [
    row.request,
    row.switchboard.rps,
    row.switchboard.p50,
    row.switchboard.p99,
    row.baseline.rps,
    row.baseline.p50,
    row.baseline.p99,
    row.ratio,
    row.sameJson ? 'yes' : 'NO',
    row.responseBytes,
    row.statements,
  ]),
]);
const file = writeResult(quick ? 'http-quick' : 'http', {
  command: 'npm run bench -- http',
  dataset: {
    description: `demo seed plus generated data in Acme on PostgreSQL ${await postgresVersion()} (${dataset.messages} generated messages in ${dataset.channelIds.length} channels, ${dataset.userIds.length} users, reply trees to depth 4)`,
    totals: totals.rows[0],
    searchWord,
  },
  connections: CONNECTIONS,
  durationSeconds: DURATION,
  rows,
});
process.stdout.write(`\nwrote ${file}\n`);

/** JSON with object keys sorted, to compare two answers regardless of key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}
