import { print } from 'graphql';
import { BenchInbox, ThreadTreeByDescendants } from '../../testkit/documents.js';
import { startTestApp, type TestApp } from '../../testkit/app.js';
import { STORES } from '../../testkit/databases.js';
import { demoDirectory } from '../../testkit/demo.js';
import { printTable, writeResult } from '../lib/report.js';
import { measureSlack, type SlackCalls } from './slack.js';
import { measureGmail } from './gmail.js';
import { measureOutlook } from './outlook.js';
import { measureTeams } from './teams.js';
import { measureSlackEconomy } from './slack-economy.js';
import { measureOutlookEconomy } from './outlook-economy.js';
import { measureTeamsEconomy } from './teams-economy.js';
import { measureGmailEconomy } from './gmail-economy.js';

/**
 * Provider calls per query: the thread-tree query (channels → messages → whole reply trees → authors →
 * reactions) and the unified inbox, on every provider that exists. Built-in workspace: SQL statements
 * (PGlite and PostgreSQL), batched and naive (loaders with batch size 1 and no cache, the resolver-per-field
 * server without loaders). Slack: calls received by the fake Slack (./slack.ts). Teams: HTTP requests received
 * by the fake Graph (./teams.ts; a $batch is one). Beside each: the minimum.
 *
 *   npm run bench -- calls
 */

// The documents the regression tests pin, so that both measure the same thing.
const THREAD_TREE = print(ThreadTreeByDescendants);
const INBOX = print(BenchInbox);


/**
 * The built-in minimum, in statements: one per level of the answer that depends on the level before
 * (a relational store can read any number of rows of one level in one statement, joins included):
 * thread tree: API key → viewer's workspaces → channels → their messages → reply trees → users (authors
 * and reactors of every level together) = 6. Inbox: API key → workspaces → the merged page → its users
 * and channels (one statement with a join) = 4.
 */
const BUILTIN_MINIMUM = { threadTree: 6, inbox: 4 };

interface Row {
  provider: string;
  store: string;
  query: string;
  messages: number;
  ours: number;
  minimum: number;
  naive: number | null;
  note: string;
}

const rows: Row[] = [];
const count = (data: unknown) => (JSON.stringify(data).match(/"author":/g) ?? []).length;

for (const kind of STORES) {
  const batched = await startTestApp(kind);
  const naive = await startTestApp(kind, { loaderOptions: { batch: false, cache: false } });
  try {
    for (const [name, text, minimum] of [
      ['thread tree', THREAD_TREE, BUILTIN_MINIMUM.threadTree],
      ['unified inbox', INBOX, BUILTIN_MINIMUM.inbox],
    ] as const) {
      const counts: number[] = [];
      let messages = 0;
      for (const app of [batched, naive]) {
        const { acmeId } = await demoDirectory(app);
        counts.push(await statements(app, text, { workspaceId: acmeId }, (data) => (messages = count(data))));
      }
      rows.push({ provider: 'builtin', store: kind, query: name, messages, ours: counts[0], minimum, naive: counts[1], note: 'SQL statements' });
    }
  } finally {
    await batched.close();
    await naive.close();
  }
}

async function statements(app: TestApp, query: string, variables: Record<string, unknown>, seen: (data: unknown) => void): Promise<number> {
  app.takeStatementCount();
  const result = await app.gql('demo-alice', query, variables);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  seen(result.data);
  return app.takeStatementCount();
}

/** A provider's rows, or a line saying why it was not measured (a bench prints; it never fails on one provider). */
async function measureProvider(provider: string, store: string, measure: () => Promise<SlackCalls[]>): Promise<void> {
  try {
    for (const entry of await measure()) rows.push({ provider, store, ...entry });
  } catch (error) {
    process.stdout.write(`${provider}: not measured (${error instanceof Error ? error.message : String(error)})\n`);
  }
}
await measureProvider('slack', 'fake Slack', () => measureSlack(THREAD_TREE, INBOX));
await measureProvider('teams', 'fake Graph', () => measureTeams(THREAD_TREE, INBOX));
await measureProvider('outlook', 'fake Graph', () => measureOutlook(THREAD_TREE, INBOX));
await measureProvider('gmail', 'fake Gmail', () => measureGmail(THREAD_TREE, INBOX));

// Provider-call economy (issue 14, target 5): 60 thread-tree queries in one minute against each provider's
// fake with its rate limits, the connection's read cache on (./slack-economy.ts, ./teams-economy.ts,
// ./outlook-economy.ts, ./gmail-economy.ts): requests that reached the provider and RATE_LIMITED answers.
interface EconomyRow {
  provider: string;
  queries: number;
  viewers: number;
  spreadMs: number;
  /** What reached the provider: Web API calls (Slack), HTTP requests (Graph, Gmail; a batch once). */
  requests: number;
  detail: string;
  rateLimited: number;
  otherErrors: number;
}
const spread = Number(process.env.ECONOMY_SPREAD_MS ?? 60_000);
const byName = (counts: Record<string, number>) => Object.entries(counts).map(([name, calls]) => `${name} ${calls}`).join(', ');
const economies: EconomyRow[] = [];
for (const [provider, measure] of [
  ['slack', async (): Promise<EconomyRow> => {
    const result = await measureSlackEconomy(60, spread);
    return { provider: 'slack', ...result, requests: result.calls, detail: `Web API calls by method: ${byName(result.byMethod)}` };
  }],
  ['teams', async (): Promise<EconomyRow> => {
    const result = await measureTeamsEconomy(60, spread);
    return { provider: 'teams', ...result, detail: `${result.calls} Graph calls ($batch items one by one): ${byName(result.byMethod)}` };
  }],
  ['outlook', async (): Promise<EconomyRow> => {
    const result = await measureOutlookEconomy(60, spread);
    return { provider: 'outlook', ...result, detail: `${result.calls} Graph calls ($batch items one by one): ${byName(result.byMethod)}` };
  }],
  ['gmail', async (): Promise<EconomyRow> => {
    const result = await measureGmailEconomy(60, spread);
    return { provider: 'gmail', ...result, viewers: 1, detail: `${result.units} quota units (a cold tree: ${result.firstQuery.requests} requests, ${result.firstQuery.units} units): ${byName(result.byRoute)}` };
  }],
] as const) {
  try {
    economies.push(await measure());
  } catch (error) {
    process.stdout.write(`${provider} economy: not measured (${error instanceof Error ? error.message : String(error)})\n`);
  }
}
printTable('Provider-call economy: 60 thread-tree queries in one minute, read cache on', [
  ['provider', 'queries', 'viewers', 'over ms', 'requests to the provider', 'RATE_LIMITED answers', 'other errors', 'what'],
  ...economies.map((row) => [row.provider, row.queries, row.viewers, row.spreadMs, row.requests, row.rateLimited, row.otherErrors, row.detail]),
]);

printTable('Provider calls per query (demo data; Slack, Teams, Outlook and Gmail: the fake tenants described in bench/calls/slack.ts, teams.ts, outlook.ts and gmail.ts)', [
  ['provider', 'store', 'query', 'messages', 'ours', 'minimum', 'naive', 'counted'],
  ...rows.map((row) => [row.provider, row.store, row.query, row.messages, row.ours, row.minimum, row.naive ?? '–', row.note]),
]);
const file = writeResult('calls', {
  command: 'npm run bench -- calls',
  dataset: 'built-in: the demo seed (Acme: 7 channels, ~520 messages, trees to depth 4; Globex), as alice. Slack: see bench/calls/slack.ts. Teams: see bench/calls/teams.ts. Outlook: see bench/calls/outlook.ts. Gmail: see bench/calls/gmail.ts',
  minimumDefinition: {
    gmail: '../shared/reference/limits.md 5d: HTTP requests to the Gmail API, a batch of up to 50 calls counting once, and the quota units they cost (see bench/calls/gmail.ts)',
    builtin: 'one SQL statement per dependent level of the answer (see BUILTIN_MINIMUM in bench/calls/run.ts)',
    outlook: '../shared/reference/limits.md 5c and Minimum provider calls: HTTP requests to Graph, a $batch of up to 20 calls counting once (see bench/calls/outlook.ts)',
    slack: '../shared/reference/limits.md: conversations.history per channel, conversations.replies per thread with replies, users.info per distinct user (no multi-get), one channel listing',
    teams: 'HTTP requests to Graph (limits.md 5b; $batch ≤ 20): joinedTeams, one $batch of channel lists, one $batch of first pages with $expand=replies per 20 channels, one $batch of users per 20 (see bench/calls/teams.ts)',
  },
  rows,
  economy: economies,
});
process.stdout.write(`\nwrote ${file}\n`);
