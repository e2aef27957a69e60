import { createApiKey } from '../../src/store/api-keys.js';
import type { LoaderOptions } from '../../src/loaders.js';
import { startTestApp, type TestApp } from '../../testkit/app.js';
import { startFakeGraph, type FakeApp, type FakeGraph, type FakeGraphUser } from '../../testkit/fakes/graph/index.js';
import { outlookServerSettings } from '../../testkit/fakes/graph/outlook-fixture.js';
import type { SlackCalls } from './slack.js';

/**
 * Graph calls of the same queries on an Outlook mailbox: alice's mailbox in the fake Graph, connected as the
 * OAuth flow stores it. The mailbox: Inbox, Archive and Sent Items hold 8 conversations of 1 root and 3
 * replies each (replies to replies among them), 32 mails. Counted: HTTP requests the fake received (a
 * `$batch` counts once) and Graph calls (each `$batch` item counts), on a cold connection.
 */

export interface MailboxSeed {
  fake: FakeGraph;
  alice: FakeGraphUser;
  conversations: number;
  folders: number;
}

export function seedMailbox(fake: FakeGraph): MailboxSeed {
  const alice = fake.tenant.addUser('Alice Chen', { mailNickname: 'alice' });
  const box = fake.mail.mailbox(alice.id);
  const people = ['carol@partner.example', 'dave@partner.example', 'erin@partner.example'];
  const folders = ['inbox', 'archive'];
  for (let c = 0; c < 8; c++) {
    const folder = folders[c % folders.length];
    const root = fake.mail.deliver(alice.id, { from: { name: `Person ${c}`, address: people[c % 3] }, to: [{ address: alice.mail }], subject: `Topic ${c}`, body: `<p>Root ${c}</p>`, folder });
    let parent = root;
    for (let r = 0; r < 3; r++) {
      const references = [root.internetMessageId, ...(parent === root ? [] : [parent.internetMessageId])];
      const reply = fake.mail.deliver(alice.id, { from: { address: people[(c + r + 1) % 3] }, to: [{ address: alice.mail }], subject: `Re: Topic ${c}`, body: `Reply ${r}`, inReplyTo: parent.internetMessageId, references, conversationId: root.conversationId, folder });
      if (r === 0) parent = reply;
    }
  }
  void box;
  return { fake, alice, conversations: 8, folders: 6 };
}

export async function connectedOutlookApp(seed: MailboxSeed, loaderOptions?: LoaderOptions): Promise<{ app: TestApp; workspaceId: string }> {
  const testApp = await startTestApp('pglite', { connections: outlookServerSettings(seed.fake, graphAppOf(seed.fake)), loaderOptions } as never);
  await connectOutlook(testApp, seed, 'POLL');
  return { app: testApp, workspaceId: seed.alice.id };
}

/** The fake tenant's app registration (made on first use). */
export function graphAppOf(fake: FakeGraph): FakeApp {
  return fake.tenant.apps.size > 0 ? [...fake.tenant.apps.values()][0] : fake.tenant.addApp();
}

/**
 * Stores alice's mailbox in `testApp` as the OAuth flow does (`eventDelivery`: POLL, or PUSH as on a server
 * whose PUBLIC_URL is https: then reads are cached across requests), links alice's account to it and gives
 * her the API key `bench-outlook`.
 */
export async function connectOutlook(testApp: TestApp, seed: MailboxSeed, eventDelivery: 'POLL' | 'PUSH'): Promise<void> {
  const services = testApp.started.services;
  const { store } = services.connections;
  const refreshToken = seed.fake.tenant.issueRefreshToken(graphAppOf(seed.fake).clientId, seed.alice.id, ['Mail.ReadWrite']).token;
  await store.save(
    {
      provider: 'outlook',
      workspaceId: seed.alice.id,
      name: `Alice Chen <${seed.alice.mail}>`,
      webUrl: 'https://outlook.office.com/mail/',
      appId: seed.fake.tenant.tenantId,
      botUserId: seed.alice.mail,
      credentials: { accessToken: 'unused', expiresAt: new Date(0), refreshToken, webhookSecret: 'client-state' },
      eventDelivery,
    },
    null,
  );
  const { db } = services.database;
  const account = await db.selectFrom('accounts').select('id').where('email', '=', 'alice@acme.test').executeTakeFirstOrThrow();
  await store.link({ provider: 'outlook', workspaceId: seed.alice.id, accountId: account.id, externalUserId: seed.alice.id, userToken: refreshToken, linkedVia: 'OAUTH' });
  services.connections.changed({ provider: 'outlook', workspaceId: seed.alice.id });
  await createApiKey(db, account.id, 'bench-outlook', 'bench', ['read', 'write']);
}

/** The Graph calls of one query: HTTP requests (a `$batch` once) and calls (its items one by one), by route. */
export async function graphCallsOf(fake: FakeGraph, run: () => Promise<unknown>): Promise<{ requests: number; calls: number; byRoute: Record<string, number>; data: unknown }> {
  fake.resetCalls();
  const data = await run();
  const byRoute = fake.countByRoute();
  delete byRoute.token;
  // Token refreshes go to the identity platform, not Graph: left out of both counts.
  const graph = fake.calls.filter((call) => call.route !== 'token');
  return { requests: graph.filter((call) => call.batchId === null).length, calls: graph.filter((call) => call.route !== '$batch').length, byRoute, data };
}

export async function measureOutlook(threadTree: string, inbox: string): Promise<SlackCalls[]> {
  const fake = await startFakeGraph({ displayName: 'Bench on Outlook' });
  const seed = seedMailbox(fake);
  const results: SlackCalls[] = [];
  try {
    const { app } = await connectedOutlookApp(seed);
    try {
      const ids = await app.gql<{ workspaces: Array<{ id: string; provider: string }> }>('bench-outlook', 'query { workspaces { id provider } }');
      const workspaceId = ids.data!.workspaces.find((workspace) => workspace.provider === 'OUTLOOK')!.id;
      for (const [name, query, variables, minimum, why] of [
        ['thread tree', threadTree, { workspaceId }, 3, 'limits.md: 1 folder list + 1 page per folder + 1 `conversationId eq` call per conversation, folder pages and conversations each in one `$batch`'],
        ['unified inbox (Outlook part)', inbox, {}, 1, 'limits.md: `messages?$top=50&$select=…` is 1 call'],
      ] as const) {
        const measured = await graphCallsOf(fake, async () => {
          const result = await app.gql('bench-outlook', query, variables);
          if (result.errors) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
          return result.data;
        });
        results.push({
          query: name,
          messages: (JSON.stringify(measured.data).match(/"author":/g) ?? []).length,
          ours: measured.requests,
          minimum,
          naive: null,
          note: `HTTP requests to Graph (${measured.calls} Graph calls with \`$batch\` items: ${Object.entries(measured.byRoute).map(([route, n]) => `${route} ${n}`).join(', ')}); minimum: ${why}`,
        });
      }
    } finally {
      await app.close();
    }
  } finally {
    await fake.close();
  }
  return results;
}
