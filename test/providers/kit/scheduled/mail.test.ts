import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeGlobalId } from '../../../../src/providers/ids.js';
import { composeMessage } from '../../../../src/providers/kit/email/mime-compose.js';
import { Scheduler } from '../../../../src/scheduler/scheduler.js';
import { startTestApp, type TestApp } from '../../../../testkit/app.js';
import { startFakeGmail, type FakeGmail } from '../../../../testkit/fakes/gmail/index.js';
import { gmailServerSettings } from '../../../../testkit/fakes/gmail/settings.js';
import { startFakeGraph, type FakeGraph, type FakeGraphUser, type GraphMailMessage } from '../../../../testkit/fakes/graph/index.js';
import { outlookServerSettings } from '../../../../testkit/fakes/graph/outlook-fixture.js';
import { graphql } from '../../../../testkit/gql/index.js';

/**
 * Scheduled mail on the kit's emulated scheduled messages, for Gmail (fake Gmail API) and Outlook (fake
 * Graph) as the server runs them: a new mail carries its envelope (subject, to, cc, bcc) and an HTML body
 * through the scheduler, sealed at rest with the content and sent with it; a reply that names nobody is
 * addressed when it is sent, by the reply rules (the parent's Reply-To). Mistakes in the envelope are
 * refused when scheduling, not at delivery.
 */

const Mailboxes = graphql(`
  query KitMailboxes {
    workspaces { id provider capabilities { scheduledMessages email } channels(first: 50) { nodes { id name } } }
  }
`);

const ScheduleMail = graphql(`
  mutation KitScheduleMail($input: ScheduleMessageInput!) {
    scheduleMessage(input: $input) {
      scheduledMessage { id text status subject to cc bcc }
      userErrors { code message field }
    }
  }
`);

const ScheduledMail = graphql(`
  query KitScheduledMail($id: ID!) {
    node(id: $id) {
      ... on ScheduledMessage {
        status
        lastError
        subject
        to
        sentMessage { subject text html parent { id } recipients { to { email } cc { email } bcc { email } } }
      }
    }
  }
`);

const UpdateMail = graphql(`
  mutation KitUpdateScheduledMail($input: UpdateScheduledMessageInput!) {
    updateScheduledMessage(input: $input) {
      scheduledMessage { text subject to }
      userErrors { code message field }
    }
  }
`);

const Messages = graphql(`
  query KitMailboxMessages($id: ID!) {
    node(id: $id) { ... on Channel { messages(first: 30) { nodes { id subject } } } }
  }
`);

const HOUR = 3_600_000;
const inHours = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

/** The shared walk of both providers: what the schema sees, the row at rest, one delivery. */
function scheduledMailSuite(name: string, setup: () => Promise<{ app: TestApp; provider: 'GMAIL' | 'OUTLOOK'; inbox: string; sentEnvelope: (subject: string) => SentEnvelope | null; sends: () => number; deliverFrom: (subject: string, replyTo: string) => void }>) {
  describe(`${name}: scheduled mail carries its envelope`, () => {
    let world: Awaited<ReturnType<typeof setup>>;
    beforeAll(async () => {
      world = await setup();
      const { data } = await world.app.gql('demo-alice', Mailboxes);
      const workspace = data!.workspaces.find((candidate) => candidate.provider === world.provider)!;
      expect(workspace.capabilities).toEqual({ scheduledMessages: 'EMULATED', email: true });
    }, 60_000);

    const db = () => world.app.started.services.database.db;
    const rowOf = (id: string) => db().selectFrom('emulated_scheduled_messages').selectAll().where('id', '=', decodeGlobalId(id).nativeId).executeTakeFirstOrThrow();
    const runDue = async () => {
      const due = new Date(Date.now() + 3 * HOUR);
      const reports = await Promise.all([new Scheduler(world.app.started.services).runDue(due), new Scheduler(world.app.started.services).runDue(due)]);
      return reports.reduce((sum, report) => sum + report.sent, 0);
    };

    it('a new mail: subject, to, cc, bcc and html sealed at rest, read back by its author, sent once with them, then forgotten', async () => {
      const subject = `Quarterly plan ${randomUUID()}`;
      const input = {
        channelId: world.inbox,
        subject,
        html: '<p>The plan is <b>attached</b> in words.</p>',
        to: ['"Zoë Ünal" <zoe@partner.example>'],
        cc: ['dan@partner.example'],
        bcc: ['"Erin, Audit" <erin@partner.example>'],
        scheduledFor: inHours(1),
      };
      const scheduled = await world.app.gql('demo-alice', ScheduleMail, { input });
      const payload = scheduled.data?.scheduleMessage;
      expect(payload?.userErrors, JSON.stringify(scheduled)).toEqual([]);
      expect(payload!.scheduledMessage).toMatchObject({
        status: 'PENDING',
        text: 'The plan is attached in words.',
        subject,
        to: ['"Zoë Ünal" <zoe@partner.example>'],
        cc: ['dan@partner.example'],
        bcc: ['"Erin, Audit" <erin@partner.example>'],
      });
      const id = payload!.scheduledMessage!.id;
      // Nothing of the words or of who is written to is readable at rest.
      const atRest = JSON.stringify(await rowOf(id));
      for (const secret of [subject, 'attached', 'zoe@partner.example', 'dan@partner.example', 'erin@partner.example', 'Zoë', 'Ünal', 'Audit']) expect(atRest).not.toContain(secret);

      const sends = world.sends();
      expect(await runDue()).toBe(1);
      expect(world.sends()).toBe(sends + 1);
      expect(world.sentEnvelope(subject)).toEqual({
        subject,
        to: [{ name: 'Zoë Ünal', address: 'zoe@partner.example' }],
        cc: [{ name: null, address: 'dan@partner.example' }],
        bcc: [{ name: 'Erin, Audit', address: 'erin@partner.example' }],
        html: true,
      });
      const read = await world.app.gql('demo-alice', ScheduledMail, { id });
      expect(read.data?.node, JSON.stringify(read)).toMatchObject({
        status: 'SENT',
        lastError: null,
        subject: null,
        to: [],
        sentMessage: { subject, parent: null, recipients: { to: [{ email: 'zoe@partner.example' }], cc: [{ email: 'dan@partner.example' }], bcc: [{ email: 'erin@partner.example' }] } },
      });
      expect(await rowOf(id)).toMatchObject({ status: 'SENT', content_sealed: null });
    });

    it('an update of the words keeps the envelope', async () => {
      const subject = `Kept ${randomUUID()}`;
      const scheduled = await world.app.gql('demo-alice', ScheduleMail, { input: { channelId: world.inbox, subject, text: 'first words', to: ['zoe@partner.example'], scheduledFor: inHours(1) } });
      const id = scheduled.data!.scheduleMessage.scheduledMessage!.id;
      const updated = await world.app.gql('demo-alice', UpdateMail, { input: { scheduledMessageId: id, text: 'second words' } });
      expect(updated.data?.updateScheduledMessage, JSON.stringify(updated)).toMatchObject({ userErrors: [], scheduledMessage: { text: 'second words', subject, to: ['zoe@partner.example'] } });
      expect(await runDue()).toBe(1);
      expect(world.sentEnvelope(subject)).toMatchObject({ to: [{ address: 'zoe@partner.example' }], html: false });
    });

    it('refuses when scheduling what the send would refuse: a new mail without recipients, a bad address, a subject on two lines', async () => {
      const before = await db().selectFrom('emulated_scheduled_messages').select((eb) => eb.fn.countAll<string>().as('count')).executeTakeFirstOrThrow();
      const attempts = [
        [{ subject: 'Nobody' }, ['input', 'to']],
        [{ subject: 'Typo', to: ['not an address'] }, ['input', 'to']],
        [{ subject: 'Two\nlines', to: ['zoe@partner.example'] }, ['input', 'subject']],
      ] as const;
      for (const [fields, field] of attempts) {
        const result = await world.app.gql('demo-alice', ScheduleMail, { input: { channelId: world.inbox, text: 'x', scheduledFor: inHours(1), ...fields, to: 'to' in fields ? [...fields.to] : undefined } });
        expect(result.data?.scheduleMessage, JSON.stringify(result)).toMatchObject({ scheduledMessage: null, userErrors: [{ code: 'VALIDATION_ERROR', field }] });
      }
      const after = await db().selectFrom('emulated_scheduled_messages').select((eb) => eb.fn.countAll<string>().as('count')).executeTakeFirstOrThrow();
      expect(after.count).toBe(before.count);
    });

    it('a reply that names nobody is addressed when it is sent, by the reply rules: to the parent\'s Reply-To', async () => {
      const topic = `Offsite ${randomUUID()}`;
      world.deliverFrom(topic, 'dave@partner.example');
      const listed = await world.app.gql('demo-alice', Messages, { id: world.inbox });
      const node = listed.data?.node;
      const parent = (node && 'messages' in node ? node.messages.nodes : []).find((message) => message.subject === topic)!;
      expect(parent, JSON.stringify(listed)).toBeDefined();
      const text = `Friday works ${randomUUID()}`;
      const scheduled = await world.app.gql('demo-alice', ScheduleMail, { input: { channelId: world.inbox, parentId: parent.id, text, scheduledFor: inHours(1) } });
      expect(scheduled.data?.scheduleMessage.userErrors, JSON.stringify(scheduled)).toEqual([]);
      // Its subject is settled now; its recipients are not kept: they come from the parent when it is sent.
      expect(scheduled.data!.scheduleMessage.scheduledMessage).toMatchObject({ subject: `Re: ${topic}`, to: [], cc: [], bcc: [] });
      const id = scheduled.data!.scheduleMessage.scheduledMessage!.id;
      expect(JSON.stringify(await rowOf(id))).not.toContain('dave@partner.example');

      expect(await runDue()).toBe(1);
      expect(world.sentEnvelope(`Re: ${topic}`)).toMatchObject({ to: [{ address: 'dave@partner.example' }], cc: [], bcc: [] });
      const read = await world.app.gql('demo-alice', ScheduledMail, { id });
      // (Outlook's reply quotes its parent below the text, as Graph's createReply writes it.)
      expect(read.data?.node).toMatchObject({ status: 'SENT', sentMessage: { subject: `Re: ${topic}`, text: expect.stringContaining(text), parent: { id: parent.id } } });
    });
  });
}

/** What the platform got: the envelope, and whether the body went as HTML. */
interface SentEnvelope {
  subject: string;
  to: Array<{ name: string | null; address: string }>;
  cc: Array<{ name: string | null; address: string }>;
  bcc: Array<{ name: string | null; address: string }>;
  html: boolean;
}

let fakeGmail: FakeGmail;
let gmailApp: TestApp;
scheduledMailSuite('Gmail', async () => {
  const mailbox = 'alice.mail@example.com';
  fakeGmail = await startFakeGmail();
  fakeGmail.addMailbox(mailbox);
  gmailApp = await startTestApp('pglite', { connections: gmailServerSettings(fakeGmail) });
  const { services } = gmailApp.started;
  const { store } = services.connections;
  const tokens = fakeGmail.issueTokens(mailbox);
  await store.save(
    {
      provider: 'gmail',
      workspaceId: mailbox,
      name: mailbox,
      webUrl: null,
      appId: fakeGmail.clientId,
      botUserId: null,
      credentials: { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, expiresAt: new Date(tokens.expiresAt), webhookSecret: null },
      eventDelivery: 'POLL',
    },
    null,
  );
  const alice = await services.database.db.selectFrom('accounts').select('id').where('email', '=', 'alice@acme.test').executeTakeFirstOrThrow();
  await store.link({ provider: 'gmail', workspaceId: mailbox, accountId: alice.id, externalUserId: mailbox, userToken: null, linkedVia: 'OAUTH' });
  services.connections.changed({ provider: 'gmail', workspaceId: mailbox });
  const { data } = await gmailApp.gql('demo-alice', Mailboxes);
  const inbox = data!.workspaces.find((workspace) => workspace.provider === 'GMAIL')!.channels.nodes.find((channel) => channel.name === 'Inbox')!.id;
  let sequence = 0;
  return {
    app: gmailApp,
    provider: 'GMAIL',
    inbox,
    sends: () => fakeGmail.count('messages.send'),
    deliverFrom: (subject, replyTo) =>
      void fakeGmail.deliver(
        mailbox,
        composeMessage({ from: { name: 'Carol', address: 'carol@partner.example' }, to: [{ name: null, address: mailbox }], subject, messageId: `<kit${++sequence}@partner.example>`, text: 'Friday?', extraHeaders: [['Reply-To', replyTo]] }),
      ),
    sentEnvelope: (subject) => {
      const sent = [...fakeGmail.mailbox(mailbox).messages.values()].reverse().find((message) => headerOf(message.raw, 'Subject') === subject);
      if (!sent) return null;
      const raw = sent.raw.toString('latin1');
      return { subject, to: addressesOf(raw, 'To'), cc: addressesOf(raw, 'Cc'), bcc: addressesOf(raw, 'Bcc'), html: /text\/html/i.test(raw) };
    },
  };
});

/** A header of a raw mail, unfolded, encoded words decoded (RFC 2047 B/Q in UTF-8). */
function headerOf(raw: Buffer, name: string): string | null {
  const head = raw.toString('latin1').split(/\r\n\r\n/)[0].replace(/\r\n[ \t]+/g, ' ');
  const line = head.split('\r\n').find((candidate) => candidate.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  if (line === undefined) return null;
  return line
    .slice(name.length + 1)
    .trim()
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_word, kind: string, text: string) =>
      kind.toLowerCase() === 'b' ? Buffer.from(text, 'base64').toString('utf8') : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_hex, code: string) => String.fromCharCode(parseInt(code, 16))), 'latin1').toString('utf8'),
    );
}

function addressesOf(raw: string, name: string): Array<{ name: string | null; address: string }> {
  const value = headerOf(Buffer.from(raw, 'latin1'), name);
  if (!value) return [];
  return [...value.matchAll(/(?:"((?:[^"\\]|\\.)*)"|([^<>,"]+?))?\s*<([^>]+)>|([^\s,<>]+@[^\s,<>]+)/g)].map((match) => ({
    name: match[1]?.replace(/\\(.)/g, '$1') ?? match[2]?.trim() ?? null,
    address: match[3] ?? match[4],
  }));
}

let fakeGraph: FakeGraph;
let outlookApp: TestApp;
scheduledMailSuite('Outlook', async () => {
  fakeGraph = await startFakeGraph({ displayName: 'Acme' });
  const { tenant } = fakeGraph;
  const graphApp = tenant.addApp();
  const alice: FakeGraphUser = tenant.addUser('Alice Chen', { mailNickname: 'alice' });
  fakeGraph.mail.mailbox(alice.id);
  outlookApp = await startTestApp('pglite', { connections: outlookServerSettings(fakeGraph, graphApp) });
  const { services } = outlookApp.started;
  const { store } = services.connections;
  const refreshToken = tenant.issueRefreshToken(graphApp.clientId, alice.id, ['Mail.ReadWrite', 'Mail.Send']).token;
  await store.save(
    {
      provider: 'outlook',
      workspaceId: alice.id,
      name: `Alice Chen <${alice.mail}>`,
      webUrl: 'https://outlook.office.com/mail/',
      appId: tenant.tenantId,
      botUserId: alice.mail,
      credentials: { accessToken: 'unused', expiresAt: new Date(0), refreshToken, webhookSecret: 'client-state' },
      eventDelivery: 'POLL',
    },
    null,
  );
  const account = await services.database.db.selectFrom('accounts').select('id').where('email', '=', 'alice@acme.test').executeTakeFirstOrThrow();
  await store.link({ provider: 'outlook', workspaceId: alice.id, accountId: account.id, externalUserId: alice.id, userToken: refreshToken, linkedVia: 'OAUTH' });
  services.connections.changed({ provider: 'outlook', workspaceId: alice.id });
  const { data } = await outlookApp.gql('demo-alice', Mailboxes);
  const inbox = data!.workspaces.find((workspace) => workspace.provider === 'OUTLOOK')!.channels.nodes.find((channel) => channel.name === 'Inbox')!.id;
  const box = fakeGraph.mail.mailbox(alice.id);
  const sentItems = fakeGraph.mail.folder(box, 'sentitems').id;
  const mailboxes = (list: GraphMailMessage['toRecipients']) => (list ?? []).map((entry) => ({ name: entry.emailAddress.name ?? null, address: entry.emailAddress.address }));
  return {
    app: outlookApp,
    provider: 'OUTLOOK',
    inbox,
    sends: () => fakeGraph.calls.filter((call) => call.method === 'POST' && /\/send$|\/sendMail$/.test(call.path)).length,
    deliverFrom: (subject, replyTo) => {
      const message = fakeGraph.mail.deliver(alice.id, { from: { name: 'Carol', address: 'carol@partner.example' }, to: [{ address: alice.mail }], subject, body: '<p>Friday?</p>' });
      // The fake's MailInput has no replyTo; Graph lists it as the message's `replyTo` property.
      message.replyTo = [{ emailAddress: { name: null, address: replyTo } }];
    },
    sentEnvelope: (subject) => {
      const sent = [...box.messages.values()].reverse().find((message) => message.parentFolderId === sentItems && message.subject === subject);
      if (!sent) return null;
      return { subject, to: mailboxes(sent.toRecipients), cc: mailboxes(sent.ccRecipients), bcc: mailboxes(sent.bccRecipients), html: sent.body.contentType === 'html' && sent.body.content.includes('<b>attached</b>') };
    },
  };
});

afterAll(async () => {
  await gmailApp?.close();
  await fakeGmail?.close();
  await outlookApp?.close();
  await fakeGraph?.close();
});
