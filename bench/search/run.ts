import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { createApp } from '../../src/http/app.js';
import { encodeGlobalId } from '../../src/providers/ids.js';
import { startServices, type StartedServices } from '../../src/services.js';
import { createApiKey } from '../../src/store/api-keys.js';
import { generateDataset, type Dataset } from '../dataset.js';
import { createBenchDatabase, dropBenchDatabase, postgresVersion } from '../lib/postgres.js';
import { percentile, printTable, round, writeResult } from '../lib/report.js';

/**
 * Search at scale on PostgreSQL: the real migrations (the generated tsvector column and its GIN index) and
 * the real path (Workspace.search through the GraphQL app, in process, one request at a time), at 100,000
 * then 1,000,000 generated messages (the second step adds 900,000 to the first). For each size: p50/p99 of
 * a selective query (a ticket number found in 1–3 messages, with a date filter) and of a broad one (a word
 * in about 10% of messages, last 30 days), and insert throughput with the index in place: multi-row
 * inserts, and sendMessage mutations one after another.
 *
 *   npm run bench -- search        (SEARCH_QUICK=1: 20,000 and 100,000 messages)
 */

const quick = process.env.SEARCH_QUICK === '1';
const SIZES = quick ? [20_000, 100_000] : [100_000, 1_000_000];
const SELECTIVE_RUNS = 200;
const BROAD_RUNS = 20;
const SENDS = 200;
const DATABASE = 'switchboard_bench_search';
const DAYS = 180;

const SEARCH = /* GraphQL */ `
  query BenchSearchScale($workspaceId: ID!, $query: String!, $after: DateTime) {
    workspace(id: $workspaceId) {
      search(query: $query, first: 20, after: $after) {
        totalCount
        nodes { score highlights message { id text createdAt author { name } channel { name } } }
      }
    }
  }
`;
const SEND = /* GraphQL */ `
  mutation BenchSearchSend($input: SendMessageInput!) { sendMessage(input: $input) { message { id } userErrors { message } } }
`;

interface SizeResult {
  messages: number;
  generateSeconds: number;
  selective: { query: string; p50: number; p99: number; runs: number; medianHits: number };
  broad: { query: string; p50: number; p99: number; runs: number; hits: number };
  bulkInsertRowsPerSecond: number;
  sendMessagesPerSecond: number;
  tableMB: number;
  searchIndexMB: number;
}

const url = await createBenchDatabase(DATABASE);
let started: StartedServices | null = null;
const results: SizeResult[] = [];
try {
  started = await startServices({ database: { kind: 'postgres', url }, publicUrl: 'http://bench.test', seedDemo: false });
  const { db } = started.services.database;
  const app = createApp(started.services);
  // One workspace, one viewer (API key bench-search) who is a member of every channel.
  const workspaceId = randomUUID();
  const accountId = randomUUID();
  const viewerId = randomUUID();
  await db.insertInto('accounts').values({ id: accountId, name: 'Search Viewer', email: 'viewer@search.test' }).execute();
  await db.insertInto('workspaces').values({ id: workspaceId, name: 'Searchco' }).execute();
  await db.insertInto('users').values({ id: viewerId, workspace_id: workspaceId, account_id: accountId, name: 'viewer', display_name: 'Search Viewer', role: 'OWNER' }).execute();
  await createApiKey(db, accountId, 'bench-search', 'bench');
  const gql = async (query: string, variables: Record<string, unknown>) => {
    const response = await app.fetch('http://bench.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer bench-search' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  };
  const workspaceGid = encodeGlobalId({ typename: 'Workspace', provider: 'builtin', workspaceId, nativeId: workspaceId });

  let total = 0;
  const datasets: Dataset[] = [];
  for (const size of SIZES) {
    const generateStart = performance.now();
    process.stdout.write(`search: generating ${(size - total).toLocaleString('en-US')} messages (to ${size.toLocaleString('en-US')})\n`);
    // A bulk load, done as one is done: the two GIN indexes (search and thread ancestors) are dropped and
    // rebuilt from their own definitions afterwards, which is much faster than growing them row by row.
    // Insert throughput below is measured with every index in place.
    const deferred = (
      await sql<{ indexdef: string; indexname: string }>`
        select indexname, indexdef from pg_indexes where tablename = 'messages' and indexname in ('messages_search', 'messages_ancestors')`.execute(db)
    ).rows;
    for (const index of deferred) await sql`drop index ${sql.id(index.indexname)}`.execute(db);
    const dataset = await generateDataset(db, {
      workspaceId,
      users: total === 0 ? 2000 : 0,
      channels: total === 0 ? 200 : 100,
      messages: size - total,
      members: [viewerId, ...(datasets[0]?.userIds.slice(0, 200) ?? [])],
      channelsPerUser: 10,
      reactionShare: 0,
      days: DAYS,
      seed: 1000 + size,
      ticketRange: 1_000_000,
    });
    for (const index of deferred) {
      await db.transaction().execute(async (trx) => {
        await sql`set local maintenance_work_mem = '256MB'`.execute(trx);
        await sql.raw(index.indexdef).execute(trx);
      });
    }
    datasets.push(dataset);
    total += dataset.messages;
    await sql`analyze messages`.execute(db);
    const generateSeconds = round((performance.now() - generateStart) / 1000);

    // Selective: rare ticket numbers (each in 1–3 messages), a different one per request.
    const tickets = datasets.flatMap((entry) => entry.rareTickets);
    const after = new Date(Date.now() - DAYS * 24 * 3600 * 1000).toISOString();
    const selectiveTimes: number[] = [];
    const hits: number[] = [];
    for (let i = 0; i < SELECTIVE_RUNS; i++) {
      const query = tickets[i % tickets.length];
      const start = performance.now();
      const data = (await gql(SEARCH, { workspaceId: workspaceGid, query, after })) as { workspace: { search: { totalCount: number } } };
      selectiveTimes.push(performance.now() - start);
      hits.push(data.workspace.search.totalCount);
    }
    // Broad: a word in about 10% of messages (from a sample of the index), in the last 30 days.
    const word = (
      await sql<{ word: string }>`
        select word from ts_stat('select search_vector from messages tablesample system (2)')
         where length(word) > 3 and word ~ '^[a-z]+$'
         order by abs(ndoc::float / (select count(*) from messages tablesample system (2)) - 0.1) limit 1`.execute(db)
    ).rows[0].word;
    const recent = new Date(Date.now() - 30 * 24 * 3600 * 1000).toISOString();
    const broadTimes: number[] = [];
    let broadHits = 0;
    for (let i = 0; i < BROAD_RUNS; i++) {
      const start = performance.now();
      const data = (await gql(SEARCH, { workspaceId: workspaceGid, query: word, after: recent })) as { workspace: { search: { totalCount: number } } };
      broadTimes.push(performance.now() - start);
      broadHits = data.workspace.search.totalCount;
    }

    // Inserts with the index in place: 20,000 rows in statements of 1,000, then sendMessage one by one.
    const bulkStart = performance.now();
    const bulk = await generateDataset(db, {
      workspaceId, users: 0, channels: 1, messages: 20_000, members: [viewerId], channelsPerUser: 0, reactionShare: 0,
      days: 1, seed: 9000 + size, ticketRange: 1_000_000, batch: 1000,
    });
    const bulkSeconds = (performance.now() - bulkStart) / 1000;
    total += bulk.messages;
    const channel = encodeGlobalId({ typename: 'Channel', provider: 'builtin', workspaceId, nativeId: bulk.channelIds[0] });
    const sendStart = performance.now();
    for (let i = 0; i < SENDS; i++) {
      await gql(SEND, { input: { channelId: channel, text: `Rollout ${i} of search-indexer finished, tracking in INC-${i}.` } });
    }
    const sendSeconds = (performance.now() - sendStart) / 1000;
    const sizes = (
      await sql<{ table: number; index: number }>`
        select pg_total_relation_size('messages') / 1048576.0 as table, pg_relation_size('messages_search') / 1048576.0 as index`.execute(db)
    ).rows[0];

    const sortedSelective = Float64Array.from(selectiveTimes).sort();
    const sortedBroad = Float64Array.from(broadTimes).sort();
    const result: SizeResult = {
      messages: size,
      generateSeconds,
      selective: {
        query: 'INC-<number> (a ticket in 1–3 messages), after: 180 days ago',
        p50: round(percentile(sortedSelective, 50)),
        p99: round(percentile(sortedSelective, 99)),
        runs: SELECTIVE_RUNS,
        medianHits: Int32Array.from(hits).sort()[Math.floor(hits.length / 2)],
      },
      broad: { query: `"${word}", after: 30 days ago`, p50: round(percentile(sortedBroad, 50)), p99: round(percentile(sortedBroad, 99)), runs: BROAD_RUNS, hits: broadHits },
      bulkInsertRowsPerSecond: round(bulk.messages / bulkSeconds),
      sendMessagesPerSecond: round(SENDS / sendSeconds),
      tableMB: round(Number(sizes.table)),
      searchIndexMB: round(Number(sizes.index)),
    };
    results.push(result);
    process.stdout.write(
      `  ${size.toLocaleString('en-US')} messages: selective p50 ${result.selective.p50} ms p99 ${result.selective.p99} ms; broad p50 ${result.broad.p50} ms p99 ${result.broad.p99} ms (${broadHits} hits); inserts ${result.bulkInsertRowsPerSecond} rows/s bulk, ${result.sendMessagesPerSecond} sends/s\n`,
    );
  }
} finally {
  await started?.close();
  await dropBenchDatabase(DATABASE);
}

printTable('Search at scale (PostgreSQL, Workspace.search through GraphQL in process; ms)', [
  ['messages', 'selective p50', 'selective p99', 'broad p50', 'broad p99', 'broad hits', 'bulk insert rows/s', 'sendMessage/s', 'generated in s', 'table MB', 'search index MB'],
  ...results.map((row) => [
    row.messages.toLocaleString('en-US'),
    row.selective.p50,
    row.selective.p99,
    row.broad.p50,
    row.broad.p99,
    row.broad.hits,
    row.bulkInsertRowsPerSecond,
    row.sendMessagesPerSecond,
    row.generateSeconds,
    row.tableMB,
    row.searchIndexMB,
  ]),
]);
const file = writeResult(quick ? 'search-quick' : 'search', {
  command: 'npm run bench -- search',
  dataset: {
    description: `generated workspace on PostgreSQL ${await postgresVersion()}: 2,000 users, 200 channels (300 at the larger size), messages from the demo's templates and words, 1–3 sentences, 25% with a ticket number, threads to depth 4, over ${DAYS} days; the viewer is in every channel`,
  },
  results,
});
process.stdout.write(`\nwrote ${file}\n`);
