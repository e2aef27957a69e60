import { createApiKey } from '../../src/store/api-keys.js';
import { composeMessage } from '../../src/providers/kit/email/mime-compose.js';
import type { GmailSettings } from '../../src/providers/gmail/settings.js';
import { startTestApp, type TestApp } from '../../testkit/app.js';
import { startFakeGmail, type FakeGmail } from '../../testkit/fakes/gmail/index.js';
import { gmailServerSettings } from '../../testkit/fakes/gmail/settings.js';
import type { SlackCalls } from './slack.js';

/**
 * Gmail calls of the same queries on a Gmail mailbox: alice's mailbox in the fake Gmail API, connected as the
 * OAuth flow stores it. The mailbox: Inbox and one user label hold 8 threads of 1 root and 3 replies each
 * (replies to replies among them), 32 mails. Counted: HTTP requests the fake received (a batch counts once;
 * token requests left out) and quota units (limits.md 5d: what Gmail charges), on a cold connection (a POLL
 * mailbox: no read cache across requests, src/providers/gmail/cached-reads.ts).
 */

/** The mailbox the bench reads: alice's. */
export const MAILBOX = 'alice.gmail@example.com';

/** Inbox and one user label, Projects, holding 8 threads of 1 root and 3 replies each (32 mails). */
export function seedMailbox(fake: FakeGmail, mailbox = MAILBOX): void {
  const box = fake.addMailbox(mailbox);
  const label = box.addLabel('Projects');
  const people = ['carol@partner.example', 'dave@partner.example', 'erin@partner.example'];
  // A second apart, ending before now: mail that arrives later (a test's) is newer than all of it.
  let at = fake.now() - 40_000;
  const deliver = (mail: Omit<Parameters<typeof composeMessage>[0], 'to'>, labelIds: string[]) =>
    fake.deliver(mailbox, composeMessage({ ...mail, to: [{ name: 'Alice', address: mailbox }] }), labelIds, (at += 1000));
  for (let c = 0; c < 8; c++) {
    const labelIds = c % 2 === 0 ? ['INBOX'] : [label.id];
    const root = { id: `<root${c}@partner.example>` };
    deliver({ from: { name: `Person ${c}`, address: people[c % 3] }, subject: `Topic ${c}`, messageId: root.id, text: `Root ${c}` }, labelIds);
    let parent = root.id;
    for (let r = 0; r < 3; r++) {
      const id = `<reply${c}.${r}@partner.example>`;
      deliver({ from: { name: null, address: people[(c + r + 1) % 3] }, subject: `Re: Topic ${c}`, messageId: id, inReplyTo: parent, references: parent === root.id ? [root.id] : [root.id, parent], text: `Reply ${r}` }, labelIds);
      if (r === 0) parent = id;
    }
  }
}

export interface ConnectedMailbox {
  mailbox: string;
  /** The API key of the account linked to the mailbox (read and write). */
  key: string;
  /** The mailbox's workspace id as the schema answers it. */
  workspaceId: string;
}

/**
 * The test app with Gmail pointed at the fake (`push`: a Pub/Sub topic configured, mailboxes stored as PUSH;
 * `settings` changes Gmail's settings), without pollers (benches and tests poll by hand).
 */
export function startGmailApp(fake: FakeGmail, options: { push?: boolean; settings?: Partial<GmailSettings> } = {}): Promise<TestApp> {
  const connections = gmailServerSettings(fake, { push: options.push, publicUrl: 'http://switchboard.test' });
  const gmail = { ...(connections.providers.gmail as GmailSettings), ...options.settings };
  return startTestApp('pglite', { connections: { ...connections, providers: { ...connections.providers, gmail } } });
}

/**
 * `mailbox` connected as the OAuth flow stores it (PUSH or POLL as the app's settings say), linked to the
 * account with `email` (created when the demo has none), with an API key `key` for it.
 */
export async function connectMailbox(app: TestApp, fake: FakeGmail, mailbox: string, account: { email: string; key: string; push?: boolean }): Promise<ConnectedMailbox> {
  const services = app.started.services;
  const { store } = services.connections;
  const tokens = fake.issueTokens(mailbox);
  await store.save(
    {
      provider: 'gmail',
      workspaceId: mailbox,
      name: mailbox,
      webUrl: 'https://mail.google.com/',
      appId: null,
      botUserId: null,
      credentials: { accessToken: tokens.accessToken, expiresAt: new Date(tokens.expiresAt), refreshToken: tokens.refreshToken, webhookSecret: null },
      eventDelivery: account.push ? 'PUSH' : 'POLL',
    },
    null,
  );
  const { db } = services.database;
  const found = await db.selectFrom('accounts').select('id').where('email', '=', account.email).executeTakeFirst();
  const accountId = found?.id ?? (await db.insertInto('accounts').values({ name: account.email, email: account.email }).returning('id').executeTakeFirstOrThrow()).id;
  await store.link({ provider: 'gmail', workspaceId: mailbox, accountId, externalUserId: mailbox, userToken: null, linkedVia: 'OAUTH' });
  services.connections.changed({ provider: 'gmail', workspaceId: mailbox });
  await createApiKey(db, accountId, account.key, 'bench', ['read', 'write']);
  const ids = await app.gql<{ workspaces: Array<{ id: string; provider: string; name: string }> }>(account.key, 'query { workspaces { id provider name } }');
  const workspaceId = ids.data!.workspaces.find((workspace) => workspace.provider === 'GMAIL' && workspace.name === mailbox)!.id;
  return { mailbox, key: account.key, workspaceId };
}

/** What the fake Gmail received while `run` ran: HTTP requests (a batch counts once; token requests left out), calls by route, quota units. */
export async function gmailCallsOf<T>(fake: FakeGmail, run: () => Promise<T>): Promise<{ requests: number; byRoute: Record<string, number>; units: number; result: T }> {
  fake.resetCalls();
  const result = await run();
  const calls = fake.calls.filter((call) => call.route !== 'token');
  const byRoute: Record<string, number> = {};
  for (const call of calls) byRoute[call.route] = (byRoute[call.route] ?? 0) + 1;
  return { requests: calls.filter((call) => !call.inBatch).length, byRoute, units: fake.units(), result };
}

export async function measureGmail(threadTree: string, inbox: string): Promise<SlackCalls[]> {
  const fake = await startFakeGmail();
  seedMailbox(fake);
  const results: SlackCalls[] = [];
  try {
    const app = await startGmailApp(fake);
    try {
      const { key, workspaceId } = await connectMailbox(app, fake, MAILBOX, { email: 'alice@acme.test', key: 'bench-gmail' });
      for (const [name, query, variables, minimum, why] of [
        ['thread tree', threadTree, { workspaceId }, 7, 'limits.md 5d: labels.list + 1 `messages.list` per label channel (5: Inbox, Sent, Starred, Important, Projects; no multi-label list) + one batch of every `threads.get`'],
        ['unified inbox (Gmail part)', inbox, {}, 2, 'limits.md 5d: `threads.list` + N `threads.get` in one batch (10 + 10·N units)'],
      ] as const) {
        const measured = await gmailCallsOf(fake, () => app.gql(key, query, variables));
        if (measured.result.errors) throw new Error(`${name}: ${JSON.stringify(measured.result.errors)}`);
        results.push({
          query: name,
          messages: (JSON.stringify(measured.result.data).match(/"author":/g) ?? []).length,
          ours: measured.requests,
          minimum,
          naive: null,
          note: `HTTP requests to Gmail, ${measured.units} quota units (${Object.entries(measured.byRoute).map(([route, n]) => `${route} ${n}`).join(', ')}); minimum: ${why}`,
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
