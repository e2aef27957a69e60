import { print } from 'graphql';
import { ThreadTreeByDescendants } from '../../testkit/documents.js';
import { createApiKey } from '../../src/store/api-keys.js';
import { linkSlackUser } from '../../src/providers/slack/index.js';
import { startFakeSlack } from '../../testkit/fakes/slack/server.js';
import type { TestApp } from '../../testkit/app.js';
import { connectedApp, seedTeam, type Team } from './slack.js';
import { pacedQueries } from './economy.js';

/**
 * Provider-call economy on Slack at Tier 3: a team's viewers refresh the same thread tree many times a
 * minute. The fake Slack answers 429 past Slack's Tier 3 rate (50 calls a minute per method) and
 * Switchboard's own rate budget runs at 80% of it, so without sharing a connection answers RATE_LIMITED
 * after two or three thread trees. Viewers: alice, linked with her own user token (Slack decides what she
 * sees), and four colleagues linked without one, who read through the app's token (their access is their
 * own users.conversations). Queries go round-robin over the viewers, `spreadMs` apart in total.
 */

export interface EconomyResult {
  queries: number;
  viewers: number;
  spreadMs: number;
  /** Web API calls the fake Slack received, in total and by method. */
  calls: number;
  byMethod: Record<string, number>;
  /** Answers with a RATE_LIMITED error. */
  rateLimited: number;
  /** Answers with any other error. */
  otherErrors: number;
}

/** Slack's Tier 3 read methods the thread tree uses, limited by the fake like Slack does. */
const TIER_3_READS = ['conversations.history', 'conversations.replies', 'users.conversations', 'conversations.info'];

export interface EconomyScenario {
  app: TestApp;
  team: Team;
  workspaceId: string;
  /** The viewers' API keys, alice first. */
  keys: string[];
  /** Runs one thread-tree query as viewer `index` (mod the number of viewers). */
  tree(index: number): Promise<{ errors?: ReadonlyArray<{ extensions?: { code?: string } }> }>;
  close(): Promise<void>;
}

/** The fake team, Switchboard connected to it, and five viewers. */
export async function openEconomyScenario(): Promise<EconomyScenario> {
  const fake = await startFakeSlack({ teamId: 'T0ECONOMY1', teamName: 'Economy on Slack' });
  const team = seedTeam(fake);
  for (const method of TIER_3_READS) fake.limitRate(method, 50);
  const { app, workspaceId } = await connectedApp(team);
  const { db } = app.started.services.database;
  const keys = ['bench-slack-admin'];
  // bob, carol and dave are demo accounts; erin gets one. All four linked to their Slack user, without a token.
  const accounts = await db.selectFrom('accounts').select(['id', 'email']).where('email', 'in', ['bob@acme.test', 'carol@acme.test', 'dave@acme.test']).execute();
  const erin = await db.insertInto('accounts').values({ name: 'Erin', email: 'erin@economy.test' }).returning(['id', 'email']).executeTakeFirstOrThrow();
  const colleagues = [...['bob@acme.test', 'carol@acme.test', 'dave@acme.test'].map((email) => accounts.find((account) => account.email === email)!), erin];
  for (const [index, account] of colleagues.entries()) {
    await linkSlackUser(app.started.services.connections.store, {
      teamId: 'T0ECONOMY1',
      accountId: account.id,
      slackUserId: team.people[index + 1],
      userToken: null,
      linkedVia: 'CONNECT',
    });
    const key = `bench-economy-${index}`;
    await createApiKey(db, account.id, key, 'bench', ['read']);
    keys.push(key);
  }
  app.started.services.connections.changed({ provider: 'slack', workspaceId: 'T0ECONOMY1' });
  const query = print(ThreadTreeByDescendants);
  return {
    app,
    team,
    workspaceId,
    keys,
    tree: (index) => app.gql(keys[index % keys.length], query, { workspaceId }) as never,
    close: async () => {
      await app.close();
      await fake.close();
    },
  };
}

/** `queries` thread trees by the scenario's viewers, evenly over `spreadMs`, after connecting (calls counted from the first query). */
export async function measureSlackEconomy(queries = 60, spreadMs = 60_000): Promise<EconomyResult> {
  const scenario = await openEconomyScenario();
  const { fake } = scenario.team;
  try {
    fake.resetCalls();
    const answered = await pacedQueries(queries, spreadMs, (i) => scenario.tree(i));
    const byMethod = fake.countByMethod();
    return {
      queries,
      viewers: scenario.keys.length,
      spreadMs,
      calls: fake.count(),
      byMethod,
      ...answered,
    };
  } finally {
    await scenario.close();
  }
}
