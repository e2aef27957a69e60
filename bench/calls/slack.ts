import type { LoaderOptions } from '../../src/loaders.js';
import { createApiKey } from '../../src/store/api-keys.js';
import { startFakeSlack, type FakeSlack } from '../../testkit/fakes/slack/server.js';
import { startTestApp, type TestApp } from '../../testkit/app.js';
import { SIGNING_SECRET, slackSettings } from '../../testkit/fakes/slack/settings.js';

/**
 * Provider calls of the same queries on a Slack workspace: Switchboard connected (connectSlackWorkspace)
 * to the fake Slack server, which counts every Web API call it receives. The team: alice (linked with her
 * user token) and 4 colleagues, 4 channels of 10 messages each, every other message a thread of 3 replies,
 * reactions on a third of the messages. Counts are for a cold connection (no user cached yet).
 */

export interface SlackCalls {
  query: string;
  messages: number;
  ours: number;
  minimum: number;
  naive: number | null;
  note: string;
}

const CONNECT = /* GraphQL */ `
  mutation BenchConnectSlack($input: ConnectSlackWorkspaceInput!) {
    connectSlackWorkspace(input: $input) { workspace { id } userErrors { code message } }
  }
`;

export interface Team {
  fake: FakeSlack;
  botToken: string;
  aliceToken: string;
  channels: number;
  threadsWithReplies: number;
  users: number;
  /** Slack user ids: alice first, then bob, carol, dave, erin. */
  people: string[];
}

export function seedTeam(fake: FakeSlack): Team {
  const { workspace } = fake;
  const alice = workspace.addUser({ name: 'alice', realName: 'Alice Chen', email: 'alice@acme.test', isAdmin: true });
  const others = ['bob', 'carol', 'dave', 'erin'].map((name) => workspace.addUser({ name, realName: name, email: `${name}@slack.test` }));
  const people = [alice, ...others].map((user) => user.id);
  const bot = workspace.addBot('switchboard');
  const botToken = bot.token;
  let threadsWithReplies = 0;
  for (const name of ['general', 'engineering', 'random', 'design']) {
    // The app is invited to every channel, so colleagues linked without a token of their own read through it.
    const channel = workspace.addChannel(name, [...people, bot.user.id]);
    for (let r = 0; r < 10; r++) {
      const root = workspace.addMessage(channel.id, {
        user: people[r % people.length],
        text: `Update ${r} in #${name}`,
        reactions: r % 3 === 0 ? [{ name: 'eyes', users: [people[(r + 1) % people.length]] }] : [],
      });
      if (r % 2 === 0) {
        threadsWithReplies += 1;
        for (let n = 0; n < 3; n++) workspace.addMessage(channel.id, { user: people[(r + n + 1) % people.length], text: `Reply ${n}`, threadTs: root.ts });
      }
    }
  }
  return { fake, botToken, aliceToken: workspace.issueToken(alice.id, 'user'), channels: 4, threadsWithReplies, users: people.length, people };
}

export async function connectedApp(team: Team, loaderOptions?: LoaderOptions): Promise<{ app: TestApp; workspaceId: string }> {
  const app = await startTestApp('pglite', { connections: slackSettings(team.fake.apiUrl), loaderOptions } as never);
  const { db } = app.started.services.database;
  const alice = await db.selectFrom('accounts').select('id').where('email', '=', 'alice@acme.test').executeTakeFirstOrThrow();
  await createApiKey(db, alice.id, 'bench-slack-admin', 'bench', ['read', 'write', 'admin']);
  const result = await app.gql<{ connectSlackWorkspace: { workspace: { id: string } | null; userErrors: unknown[] } }>('bench-slack-admin', CONNECT, {
    input: { botToken: team.botToken, userToken: team.aliceToken, signingSecret: SIGNING_SECRET },
  });
  const workspace = result.data?.connectSlackWorkspace.workspace;
  if (!workspace) throw new Error(`connectSlackWorkspace failed: ${JSON.stringify(result.errors ?? result.data)}`);
  return { app, workspaceId: workspace.id };
}

export async function measureSlack(threadTree: string, inbox: string): Promise<SlackCalls[]> {
  const fake = await startFakeSlack({ teamId: 'T0BENCHSLK', teamName: 'Bench on Slack' });
  const team = seedTeam(fake);
  const results: SlackCalls[] = [];
  try {
    const counts: Record<string, Array<{ calls: number; messages: number; byMethod: Record<string, number> }>> = { tree: [], inbox: [] };
    for (const loaderOptions of [undefined, { batch: false, cache: false }]) {
      const { app, workspaceId } = await connectedApp(team, loaderOptions);
      try {
        for (const [key, query, variables] of [
          ['tree', threadTree, { workspaceId }],
          ['inbox', inbox, {}],
        ] as const) {
          // The tree runs first on a fresh connection (cold user cache); the inbox after it on the same one.
          fake.resetCalls();
          const result = await app.gql('bench-slack-admin', query, variables);
          if (result.errors) throw new Error(`${key}: ${JSON.stringify(result.errors)}`);
          const slackMessages = (JSON.stringify(result.data).match(/"author":/g) ?? []).length;
          counts[key].push({ calls: fake.count(), messages: slackMessages, byMethod: fake.countByMethod() });
        }
      } finally {
        await app.close();
      }
    }
    // limits.md: one listing of the viewer's channels, one conversations.history per channel (≤ 200
    // messages a page), ⌈(R+1)/200⌉ = 1 conversations.replies per thread with replies, and users.info per
    // distinct user (no multi-get) except the viewer, whom connecting already identified.
    const treeMinimum = 1 + team.channels + team.threadsWithReplies + (team.users - 1);
    // Inbox (thread replies included): the viewer's conversations, conversations.history of each (all have
    // activity), conversations.replies of each thread with replies (history omits replies); users already
    // cached by the tree query cost nothing more.
    const inboxMinimum = 1 + team.channels + team.threadsWithReplies;
    results.push({
      query: 'thread tree',
      messages: counts.tree[0].messages,
      ours: counts.tree[0].calls,
      minimum: treeMinimum,
      naive: counts.tree[1].calls,
      note: `Web API calls: ${format(counts.tree[0].byMethod)}`,
    });
    results.push({
      query: 'unified inbox (Slack part)',
      messages: counts.inbox[0].messages,
      ours: counts.inbox[0].calls,
      minimum: inboxMinimum,
      naive: counts.inbox[1].calls,
      note: `Web API calls, users cached by the tree query: ${format(counts.inbox[0].byMethod)}`,
    });
  } finally {
    await fake.close();
  }
  return results;
}

function format(byMethod: Record<string, number>): string {
  return Object.entries(byMethod)
    .map(([method, calls]) => `${method} ${calls}`)
    .join(', ');
}
