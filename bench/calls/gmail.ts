import { createApiKey } from '../../src/store/api-keys.js';
import { composeMessage } from '../../src/providers/kit/email/mime-compose.js';
import { startTestApp } from '../../testkit/app.js';
import { startFakeGmail, type FakeGmail } from '../../testkit/fakes/gmail/index.js';
import { gmailServerSettings } from '../../testkit/fakes/gmail/settings.js';
import type { SlackCalls } from './slack.js';

/**
 * Gmail calls of the same queries on a Gmail mailbox: alice's mailbox in the fake Gmail API, connected as the
 * OAuth flow stores it. The mailbox: Inbox and one user label hold 8 threads of 1 root and 3 replies each
 * (replies to replies among them), 32 mails. Counted: HTTP requests the fake received (a batch counts once;
 * token requests left out) and quota units (limits.md 5d: what Gmail charges), on a cold connection.
 */

const MAILBOX = 'alice.gmail@example.com';

function seedMailbox(fake: FakeGmail): void {
  const box = fake.addMailbox(MAILBOX);
  const label = box.addLabel('Projects');
  const people = ['carol@partner.example', 'dave@partner.example', 'erin@partner.example'];
  let at = fake.now();
  const deliver = (mail: Omit<Parameters<typeof composeMessage>[0], 'to'>, labelIds: string[]) =>
    fake.deliver(MAILBOX, composeMessage({ ...mail, to: [{ name: 'Alice', address: MAILBOX }] }), labelIds, (at += 1000));
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

export async function measureGmail(threadTree: string, inbox: string): Promise<SlackCalls[]> {
  const fake = await startFakeGmail();
  seedMailbox(fake);
  const results: SlackCalls[] = [];
  try {
    const app = await startTestApp('pglite', { connections: gmailServerSettings(fake) });
    try {
      const services = app.started.services;
      const { store } = services.connections;
      const tokens = fake.issueTokens(MAILBOX);
      await store.save(
        {
          provider: 'gmail',
          workspaceId: MAILBOX,
          name: MAILBOX,
          webUrl: 'https://mail.google.com/',
          appId: null,
          botUserId: null,
          credentials: { accessToken: tokens.accessToken, expiresAt: new Date(tokens.expiresAt), refreshToken: tokens.refreshToken, webhookSecret: null },
          eventDelivery: 'POLL',
        },
        null,
      );
      const { db } = services.database;
      const account = await db.selectFrom('accounts').select('id').where('email', '=', 'alice@acme.test').executeTakeFirstOrThrow();
      await store.link({ provider: 'gmail', workspaceId: MAILBOX, accountId: account.id, externalUserId: MAILBOX, userToken: null, linkedVia: 'OAUTH' });
      services.connections.changed({ provider: 'gmail', workspaceId: MAILBOX });
      await createApiKey(db, account.id, 'bench-gmail', 'bench', ['read', 'write']);
      const ids = await app.gql<{ workspaces: Array<{ id: string; provider: string }> }>('bench-gmail', 'query { workspaces { id provider } }');
      const workspaceId = ids.data!.workspaces.find((workspace) => workspace.provider === 'GMAIL')!.id;
      for (const [name, query, variables, minimum, why] of [
        ['thread tree', threadTree, { workspaceId }, 7, 'limits.md 5d: labels.list + 1 `messages.list` per label channel (5: Inbox, Sent, Starred, Important, Projects; no multi-label list) + one batch of every `threads.get`'],
        ['unified inbox (Gmail part)', inbox, {}, 2, 'limits.md 5d: `threads.list` + N `threads.get` in one batch (10 + 10·N units)'],
      ] as const) {
        fake.resetCalls();
        const result = await app.gql('bench-gmail', query, variables);
        if (result.errors) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
        const calls = fake.calls.filter((call) => call.route !== 'token');
        const byRoute = new Map<string, number>();
        for (const call of calls) byRoute.set(call.route, (byRoute.get(call.route) ?? 0) + 1);
        results.push({
          query: name,
          messages: (JSON.stringify(result.data).match(/"author":/g) ?? []).length,
          ours: calls.filter((call) => !call.inBatch).length,
          minimum,
          naive: null,
          note: `HTTP requests to Gmail, ${fake.units(MAILBOX)} quota units (${[...byRoute].map(([route, n]) => `${route} ${n}`).join(', ')}); minimum: ${why}`,
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
