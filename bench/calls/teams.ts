import type { LoaderOptions } from '../../src/loaders.js';
import { startTestApp, type TestApp } from '../../testkit/app.js';
import { startFakeGraph, type FakeGraph } from '../../testkit/fakes/graph/index.js';
import { teamsServerSettings } from '../../testkit/fakes/graph/settings.js';

/**
 * Provider calls of the same queries on a Microsoft Teams tenant: Switchboard connected to the fake Graph
 * (testkit/fakes/graph), which counts every HTTP request it receives (a `$batch` is one request, whatever
 * it holds). The tenant: alice (linked with her delegated grant) and 4 colleagues in one team of 5 channels (General and 4 more; the 4 hold the messages),
 * 10 roots each, every other root with 3 replies, reactions on a third of the roots. Counts are for a cold
 * connection (no user cached yet); the inbox runs after the tree on the same connection. The tenant is
 * polled (POLL), so the provider-read cache only shares identical reads in flight (src/providers/teams/
 * README.md): each query's count is its own; ./teams-economy.ts measures reuse across queries.
 */

export interface TeamsCalls {
  query: string;
  messages: number;
  ours: number;
  minimum: number;
  naive: number | null;
  note: string;
}

// The team's General channel (made with the team) and the 4 below.
const CHANNELS = 5;
const PEOPLE = 5;

/** The bench tenant (above): the app, alice's user id, the team and its people (alice first). */
export function seedTenant(fake: FakeGraph) {
  const { tenant } = fake;
  const app = tenant.addApp();
  const people = ['Alice Chen', 'Bob', 'Carol', 'Dave', 'Erin'].map((name, i) => tenant.addUser(name, { mailNickname: ['alice', 'bob', 'carol', 'dave', 'erin'][i] }).id);
  const team = tenant.addTeam('Bench', people, { ownerIds: [people[0]] });
  for (const name of ['general-bench', 'engineering', 'random', 'design']) {
    const channel = tenant.addChannel(team.id, name);
    const container = { kind: 'channel' as const, teamId: team.id, channelId: channel.id };
    for (let r = 0; r < 10; r++) {
      const root = tenant.addMessage(container, people[r % PEOPLE], {
        body: { contentType: 'text', content: `Update ${r} in #${name}` },
        reactions: r % 3 === 0 ? [{ reactionType: 'like', displayName: 'Like', createdDateTime: new Date().toISOString(), user: { user: { id: people[(r + 1) % PEOPLE], displayName: null, userIdentityType: 'aadUser' } } }] : [],
      } as never);
      if (r % 2 === 0) for (let n = 0; n < 3; n++) tenant.addMessage(container, people[(r + n + 1) % PEOPLE], { body: { contentType: 'text', content: `Reply ${n}` }, replyToId: root.id } as never);
    }
  }
  return { app, alice: people[0], team, people };
}

/** Switchboard connected to the bench tenant (POLL, as a tenant without a public URL), alice linked with her grant. */
export async function connectedApp(fake: FakeGraph, seeded: ReturnType<typeof seedTenant>, loaderOptions?: LoaderOptions): Promise<{ app: TestApp; workspaceId: string }> {
  const app = await startTestApp('pglite', { connections: teamsServerSettings(fake, seeded.app), loaderOptions });
  const services = app.started.services;
  const { store } = services.connections;
  const tenantId = fake.tenant.tenantId;
  await store.save(
    {
      provider: 'teams',
      workspaceId: tenantId,
      name: 'Bench on Teams',
      webUrl: null,
      appId: seeded.app.clientId,
      botUserId: null,
      credentials: { accessToken: 'expired', expiresAt: new Date(0), refreshToken: null, webhookSecret: null },
      eventDelivery: 'POLL',
    },
    null,
  );
  const alice = await services.database.db.selectFrom('accounts').select('id').where('email', '=', 'alice@acme.test').executeTakeFirstOrThrow();
  const refreshToken = fake.tenant.issueRefreshToken(seeded.app.clientId, seeded.alice, ['ChannelMessage.Read.All']).token;
  await store.link({ provider: 'teams', workspaceId: tenantId, accountId: alice.id, externalUserId: seeded.alice, userToken: refreshToken, linkedVia: 'TOKEN' });
  services.connections.changed({ provider: 'teams', workspaceId: tenantId });
  const listed = await app.gql<{ workspaces: Array<{ id: string; provider: string }> }>('demo-alice', 'query BenchTeamsWorkspaces { workspaces { id provider } }');
  const workspace = listed.data?.workspaces.find((candidate) => candidate.provider === 'MICROSOFT_TEAMS');
  if (!workspace) throw new Error(`the Teams workspace is not listed: ${JSON.stringify(listed.errors ?? listed.data)}`);
  return { app, workspaceId: workspace.id };
}

export async function measureTeams(threadTree: string, inbox: string): Promise<TeamsCalls[]> {
  const fake = await startFakeGraph({ displayName: 'Bench on Teams' });
  const seeded = seedTenant(fake);
  const results: TeamsCalls[] = [];
  try {
    const counts: Record<string, Array<{ requests: number; messages: number; byRoute: Record<string, number> }>> = { tree: [], inbox: [] };
    for (const loaderOptions of [undefined, { batch: false, cache: false }]) {
      const { app, workspaceId } = await connectedApp(fake, seeded, loaderOptions);
      try {
        for (const [key, query, variables] of [
          ['tree', threadTree, { workspaceId }],
          ['inbox', inbox, {}],
        ] as const) {
          fake.resetCalls();
          const result = await app.gql('demo-alice', query, variables);
          if (result.errors) throw new Error(`${key}: ${JSON.stringify(result.errors)}`);
          const messages = (JSON.stringify(result.data).match(/"author":/g) ?? []).length;
          // Token-endpoint calls are the identity platform's, not Graph's: left out of the count.
          const byRoute = fake.countByRoute();
          delete byRoute.token;
          const requests = fake.calls.filter((call) => call.batchId === null && call.route !== 'token').length;
          counts[key].push({ requests, messages, byRoute });
        }
      } finally {
        await app.close();
      }
    }
    // Minimum in HTTP requests (limits.md 5b; $batch holds up to 20 requests): the viewer's teams (joinedTeams)
    // and chats (a workspace's channels include them), then one $batch of the teams' channel lists; one $batch
    // of every channel's first page with `$expand=replies` (a root's replies come with it, up to 1,000); one
    // $batch of the distinct authors and reactors (≤ 20 a batch, no multi-get of users).
    const treeMinimum = 1 + 1 + 1 + Math.ceil(CHANNELS / 20) + Math.ceil(PEOPLE / 20);
    // Inbox: the viewer's teams and chats, their channel lists, one $batch of every container's first page;
    // users cached by the tree query cost nothing more.
    const inboxMinimum = 1 + 1 + 1 + Math.ceil(CHANNELS / 20);
    results.push({ query: 'thread tree', messages: counts.tree[0].messages, ours: counts.tree[0].requests, minimum: treeMinimum, naive: counts.tree[1].requests, note: `Graph HTTP requests: ${format(counts.tree[0].byRoute)}` });
    results.push({
      query: 'unified inbox (Teams part)',
      messages: counts.inbox[0].messages,
      ours: counts.inbox[0].requests,
      minimum: inboxMinimum,
      naive: counts.inbox[1].requests,
      note: `Graph HTTP requests, users cached by the tree query: ${format(counts.inbox[0].byRoute)}`,
    });
  } finally {
    await fake.close();
  }
  return results;
}

function format(byRoute: Record<string, number>): string {
  return Object.entries(byRoute)
    .map(([route, calls]) => `${route} ${calls}`)
    .join(', ');
}
