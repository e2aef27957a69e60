import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeGlobalId } from '../../../src/providers/ids.js';
import { Scheduler } from '../../../src/scheduler/scheduler.js';
import { composeMessage } from '../../../src/providers/kit/email/mime-compose.js';
import type { GmailRuntime } from '../../../src/providers/gmail/index.js';
import { createApiKey } from '../../../src/store/api-keys.js';
import { startFakeGmail, type FakeGmail } from '../../../testkit/fakes/gmail/index.js';
import { gmailServerSettings } from '../../../testkit/fakes/gmail/settings.js';
import { graphql } from '../../../testkit/gql/index.js';
import { startLiveServer, type LiveServer } from '../../../testkit/subscriptions.js';

/**
 * End to end over a real port with the Gmail definition as the server runs it: the mailbox connected through
 * /oauth/gmail/install → the fake Google authorize page (state, PKCE S256, offline) → /oauth/gmail/callback;
 * the watch registered (and renewed once only); mail delivered in the fake → a Pub/Sub push with an OIDC
 * token signed by the test's key → /webhooks/gmail → history.list → the ingest path → a graphql-ws
 * subscriber; a forged push refused before anything is read; the same mailbox switched to polling.
 */

const BeginGmailInstall = graphql(`
  mutation BeginGmailInstall($input: BeginInstallInput!) {
    beginInstall(input: $input) {
      installUrl
      userErrors { code message }
    }
  }
`);

const GmailWorkspaces = graphql(`
  query GmailLiveWorkspaces {
    workspaces { id provider name channels(first: 50) { nodes { id name } } }
  }
`);

const SendGmail = graphql(`
  mutation SendGmail($input: SendMessageInput!) {
    sendMessage(input: $input) {
      message {
        id
        subject
        html
        author { name email }
        recipients { from { email } to { id name email } cc { name email } bcc { email } }
      }
      userErrors { code message field }
    }
  }
`);

const InboxMail = graphql(`
  query GmailInboxMail($id: ID!) {
    node(id: $id) { ... on Channel { messages(first: 20) { nodes { id subject } } } }
  }
`);

const ScheduleGmail = graphql(`
  mutation ScheduleGmail($input: ScheduleMessageInput!) {
    scheduleMessage(input: $input) {
      scheduledMessage { id status }
      userErrors { code message field }
    }
  }
`);

const ScheduledGmail = graphql(`
  query ScheduledGmail($id: ID!) {
    node(id: $id) { ... on ScheduledMessage { status lastError sentMessage { subject text parent { id } } } }
  }
`);

const GmailAttachments = graphql(`
  query GmailAttachments($id: ID!) {
    node(id: $id) { ... on Message { attachments { filename contentType sizeBytes url } } }
  }
`);

const GmailInlineImage = graphql(`
  query GmailInlineImage($id: ID!) {
    node(id: $id) { ... on Message { html attachments { filename url } } }
  }
`);

const GmailStatus = graphql(`
  query GmailStatus {
    workspaces { provider connectionStatus channels(first: 5) { nodes { id } } }
  }
`);

const KEY = 'gmail-e2e-alice';

describe('Gmail end to end (OAuth, push, polling)', () => {
  let fake: FakeGmail;
  let live: LiveServer;
  let runtime: GmailRuntime;
  let workspaceId: string;
  let inboxId: string;
  const mailbox = 'alice.gmail@example.com';
  let sequence = 0;

  const deliver = (subject: string, text: string) =>
    fake.deliver(mailbox, composeMessage({ from: { name: 'Carol', address: 'carol@partner.example' }, to: [{ name: null, address: mailbox }], subject, messageId: `<e2e${++sequence}@partner.example>`, text }));

  beforeAll(async () => {
    fake = await startFakeGmail();
    fake.addMailbox(mailbox, 'Alice Gmail');
    live = await startLiveServer('pglite', { connections: gmailServerSettings(fake, { push: true }) });
    fake.pubsub.endpoint = `http://127.0.0.1:${live.port}/webhooks/gmail`;
    fake.pubsub.audience = `${live.testApp.started.services.publicUrl}/webhooks/gmail`;
    const { db } = live.testApp.started.services.database;
    const alice = await db.selectFrom('accounts').select('id').where('email', '=', 'alice@acme.test').executeTakeFirstOrThrow();
    await createApiKey(db, alice.id, KEY, 'gmail e2e', ['read', 'write', 'admin']);
    runtime = live.testApp.started.services.registry.require('gmail').runtime as GmailRuntime;
  });
  afterEach(async () => live?.disposeClients());
  afterAll(async () => {
    await live?.close();
    await fake?.close();
  });

  it('connects through /oauth/gmail/install and /oauth/gmail/callback with offline access and PKCE', async () => {
    const begun = await live.http(KEY, BeginGmailInstall, { input: { provider: 'GMAIL', purpose: 'INSTALL' } });
    const installUrl = begun.data?.beginInstall.installUrl;
    expect(installUrl, JSON.stringify(begun)).toMatch(/\/oauth\/gmail\/install\?state=/);
    const app = live.testApp.app;
    const toGoogle = await app.fetch(installUrl!, { method: 'GET', redirect: 'manual' });
    expect(toGoogle.status).toBe(302);
    const authorize = new URL(toGoogle.headers.get('location')!);
    expect(authorize.origin).toBe(fake.url);
    expect(authorize.searchParams.get('access_type')).toBe('offline');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    authorize.searchParams.set('login_hint', mailbox);
    const back = await fetch(authorize, { redirect: 'manual' });
    const location = back.headers.get('location')!;
    expect(new URL(location).searchParams.get('code')).toBeTruthy();
    const done = await app.fetch(location, { method: 'GET', redirect: 'manual' });
    expect(done.status, await done.clone().text()).toBe(200);

    const stored = await live.testApp.started.services.connections.store.load('gmail', mailbox);
    expect(stored).toMatchObject({ workspaceId: mailbox, eventDelivery: 'PUSH' });
    expect(stored!.credentials.refreshToken).toMatch(/^1\/\//);

    const read = await live.http(KEY, GmailWorkspaces);
    const workspace = read.data!.workspaces.find((candidate) => candidate.provider === 'GMAIL')!;
    // Named as the owner's mail is signed: the primary send-as address's display name (one call at sign-in).
    expect(workspace.name).toBe(`Alice Gmail <${mailbox}>`);
    expect(fake.count('settings.sendAs.get')).toBe(1);
    expect(workspace.channels.nodes.map((channel) => channel.name)).toEqual(expect.arrayContaining(['Inbox', 'Sent']));
    workspaceId = workspace.id;
    inboxId = workspace.channels.nodes.find((channel) => channel.name === 'Inbox')!.id;
  });

  it('renews the watch exactly once across two renewers, then a delivered mail reaches the subscriber through a push', async () => {
    const [first, second] = await Promise.all([runtime.poller.renewWatches(), runtime.poller.renewWatches()]);
    expect([...first, ...second]).toEqual([mailbox]);
    expect(fake.count('watch')).toBe(1);
    expect(await runtime.poller.renewWatches()).toEqual([]);

    const stream = await live.subscribe(KEY, { filter: { workspaceIds: [workspaceId] } });
    deliver('Launch', 'The launch is on the 14th');
    await fake.pubsub.settled();
    await live.testApp.started.services.afterAck.idle();
    const event = await stream.events.next('the MESSAGE_CREATED of the delivered mail');
    expect(event).toMatchObject({ type: 'MESSAGE_CREATED', message: { text: 'The launch is on the 14th' } });
    expect(fake.pubsub.pushes.at(-1)!.status).toBe(204);
    // The same push again (Pub/Sub redelivers): answered, nothing published twice.
    expect(await fake.pubsub.send(fake.pubsub.pushes.at(-1)!.body)).toBe(204);
    await live.testApp.started.services.afterAck.idle();
    expect(stream.events.history).toHaveLength(1);
  });

  it('refuses forged pushes before reading anything', async () => {
    fake.resetCalls();
    const body = fake.pubsub.body(mailbox, 1);
    expect(await fake.pubsub.send(body, null)).toBe(401);
    expect(await fake.pubsub.send(body, `Bearer ${fake.pubsub.token({}, fake.pubsub.forgerKey())}`)).toBe(401);
    expect(await fake.pubsub.send(body, `Bearer ${fake.pubsub.token({ aud: 'https://elsewhere.example/webhooks/gmail' })}`)).toBe(401);
    expect(await fake.pubsub.send(body, `Bearer ${fake.pubsub.token({ email: 'someone@evil.iam.gserviceaccount.com' })}`)).toBe(401);
    expect(await fake.pubsub.send(body, `Bearer ${fake.pubsub.token({ exp: Math.floor(Date.now() / 1000) - 3600, iat: Math.floor(Date.now() / 1000) - 7200 })}`)).toBe(401);
    expect(fake.count('history.list')).toBe(0);
  });

  it('sends mail through the schema with subject, to, cc, bcc and html; recipients read back as users by address', async () => {
    const sent = await live.http(KEY, SendGmail, {
      input: { channelId: inboxId, html: '<p>Agenda <b>attached</b></p>', subject: 'Planning', to: ['"Carol Outside" <carol@partner.example>'], cc: ['Dave@Partner.example'], bcc: ['erin@partner.example'] },
    });
    const payload = sent.data?.sendMessage;
    expect(payload?.userErrors, JSON.stringify(sent)).toEqual([]);
    expect(payload!.message).toMatchObject({
      subject: 'Planning',
      html: '<p>Agenda <b>attached</b></p>',
      author: { email: mailbox },
      recipients: {
        from: [{ email: mailbox }],
        // Carol's own From name (her earlier mail) wins over the name typed for her (the email kit's MailPeople).
        to: [{ name: 'Carol', email: 'carol@partner.example' }],
        cc: [{ name: 'dave@partner.example', email: 'dave@partner.example' }],
        bcc: [{ email: 'erin@partner.example' }],
      },
    });
    // What Gmail got: one raw RFC 2822 mail with the envelope's headers and the HTML as an alternative.
    const raw = [...fake.mailbox(mailbox).messages.values()].at(-1)!.raw.toString('latin1');
    expect(raw).toMatch(/^Subject: Planning\r$/m);
    expect(raw).toMatch(/^To: Carol Outside <carol@partner\.example>\r$/m);
    expect(raw).toMatch(/^Cc: Dave@Partner\.example\r$/m); // as the client wrote it; read back normalized
    expect(raw).toMatch(/^Bcc: erin@partner\.example\r$/m);
    expect(raw).toMatch(/multipart\/alternative/);
  });

  it('schedules a reply (EMULATED): sealed at rest, sent once through messages.send at its time, then its content deleted', async () => {
    deliver('Offsite', 'Shall we meet on Friday?');
    const inbox = await live.http(KEY, InboxMail, { id: inboxId });
    const node = inbox.data?.node;
    const parent = (node && 'messages' in node ? node.messages.nodes : []).find((message) => message.subject === 'Offsite')!;
    expect(parent, JSON.stringify(inbox)).toBeDefined();
    const text = `See you there ${randomUUID()}`;
    const scheduled = await live.http(KEY, ScheduleGmail, { input: { channelId: inboxId, parentId: parent.id, text, scheduledFor: new Date(Date.now() + 3_600_000).toISOString() } });
    expect(scheduled.data?.scheduleMessage.userErrors, JSON.stringify(scheduled)).toEqual([]);
    const id = scheduled.data!.scheduleMessage.scheduledMessage!.id;
    const { db } = live.testApp.started.services.database;
    const row = () => db.selectFrom('emulated_scheduled_messages').selectAll().where('id', '=', decodeGlobalId(id).nativeId).executeTakeFirstOrThrow();
    expect(await row()).toMatchObject({ provider: 'gmail', status: 'PENDING' });
    expect(JSON.stringify(await row())).not.toContain(text);

    const sends = fake.count('messages.send');
    const due = new Date(Date.now() + 2 * 3_600_000);
    const reports = await Promise.all([new Scheduler(live.testApp.started.services).runDue(due), new Scheduler(live.testApp.started.services).runDue(due)]);
    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(1);
    expect(fake.count('messages.send')).toBe(sends + 1);
    const read = await live.http(KEY, ScheduledGmail, { id });
    expect(read.data?.node, JSON.stringify(read)).toMatchObject({ status: 'SENT', lastError: null, sentMessage: { subject: 'Re: Offsite', text, parent: { id: parent.id } } });
    expect(await row()).toMatchObject({ status: 'SENT', content_sealed: null });
  });

  it('serves attachments through signed links streamed from messages.attachments.get, never stored', async () => {
    // Large enough that Gmail's JSON arrives in many chunks, and not a multiple of 3 (base64 padding).
    const bytes = Buffer.from(Array.from({ length: 300_001 }, (_, i) => (i * 7) % 251));
    fake.deliver(
      mailbox,
      composeMessage({
        from: { name: 'Carol', address: 'carol@partner.example' },
        to: [{ name: null, address: mailbox }],
        subject: 'Numbers',
        messageId: `<e2e${++sequence}@partner.example>`,
        text: 'See the attachment',
        attachments: [{ filename: 'numbers.bin', contentType: 'application/octet-stream', content: bytes }],
      }),
    );
    const inbox = await live.http(KEY, InboxMail, { id: inboxId });
    const node = inbox.data?.node;
    const message = (node && 'messages' in node ? node.messages.nodes : []).find((candidate) => candidate.subject === 'Numbers')!;
    const read = await live.http(KEY, GmailAttachments, { id: message.id });
    const attachments = read.data?.node && 'attachments' in read.data.node ? read.data.node.attachments : [];
    expect(attachments.map((attachment) => [attachment.filename, attachment.sizeBytes])).toEqual([['numbers.bin', bytes.length]]);
    const link = new URL(attachments[0].url);
    expect(link.pathname).toMatch(/^\/files\/.+\/download$/);
    fake.resetCalls();
    const download = await fetch(`http://127.0.0.1:${live.port}${link.pathname}${link.search}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toContain('numbers.bin');
    expect(download.headers.get('content-length')).toBe(String(bytes.length));
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
    // The part found again (attachment ids change per read), then its body: 2 calls, 10 units.
    expect(fake.countByRoute()).toEqual({ 'messages.get': 1, 'messages.attachments.get': 1 });
    // Nothing of it is kept: no stored file row.
    const { db } = live.testApp.started.services.database;
    expect(await db.selectFrom('attachments').select('id').where('filename', '=', 'numbers.bin').execute()).toEqual([]);
    // A tampered link is refused before Gmail is asked.
    const forged = await fetch(`http://127.0.0.1:${live.port}${link.pathname}?exp=${link.searchParams.get('exp')}&sig=forged`);
    expect(forged.status).toBe(403);
    expect(fake.countByRoute()).toEqual({ 'messages.get': 1, 'messages.attachments.get': 1 });
  });

  it('shows an inline cid: image as the signed link of its part, which downloads the image; a cid naming no part is dropped', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const raw = [
      'From: Carol <carol@partner.example>',
      `To: ${mailbox}`,
      'Subject: Logo inside',
      `Message-ID: <e2e${++sequence}@partner.example>`,
      'MIME-Version: 1.0',
      'Content-Type: multipart/related; boundary="rel"',
      '',
      '--rel',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>Our logo: <img src="cid:logo.1@partner.example" alt="Acme" width="64"> <img src="cid:gone@partner.example" alt="Lost"></p>',
      '--rel',
      'Content-Type: image/png; name="logo.png"',
      'Content-Disposition: inline; filename="logo.png"',
      'Content-ID: <logo.1@partner.example>',
      'Content-Transfer-Encoding: base64',
      '',
      png.toString('base64'),
      '--rel--',
      '',
    ].join('\r\n');
    fake.deliver(mailbox, raw);
    const inbox = await live.http(KEY, InboxMail, { id: inboxId });
    const node = inbox.data?.node;
    const message = (node && 'messages' in node ? node.messages.nodes : []).find((candidate) => candidate.subject === 'Logo inside')!;
    const read = await live.http(KEY, GmailInlineImage, { id: message.id });
    const found = read.data?.node && 'html' in read.data.node ? read.data.node : null;
    expect(found?.attachments.map((attachment) => attachment.filename), JSON.stringify(read)).toEqual(['logo.png']);
    const src = /<img src="([^"]+)" alt="Acme" width="64" \/>/.exec(found!.html ?? '')?.[1]?.replace(/&amp;/g, '&');
    expect(src, found!.html ?? '').toBeDefined();
    const link = new URL(src!);
    // The same signed link as the attachment's own url: same file, same signing.
    expect(link.pathname).toBe(new URL(found!.attachments[0].url).pathname);
    expect(link.searchParams.get('sig')).toBeTruthy();
    expect(found!.html).toContain('<span>[Lost]</span>');
    expect(found!.html).not.toMatch(/cid:|provider-files/);
    const download = await fetch(`http://127.0.0.1:${live.port}${link.pathname}${link.search}`);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(png)).toBe(true);
  });

  it('polls with history.list when the mailbox has no push', async () => {
    const { db } = live.testApp.started.services.database;
    await db.updateTable('provider_connections').set({ event_delivery: 'POLL' }).where('provider', '=', 'gmail').execute();
    fake.pubsub.endpoint = null;
    const stream = await live.subscribe(KEY, { filter: { workspaceIds: [workspaceId] } });
    deliver('Polled', 'found by polling');
    const round = await runtime.poller.pollOnce();
    expect(round).toMatchObject({ workspaces: 1, published: 1 });
    expect(await stream.events.next('the polled MESSAGE_CREATED')).toMatchObject({ type: 'MESSAGE_CREATED', message: { text: 'found by polling' } });
    // History too old → a full resynchronisation (no events, a new baseline), then polling goes on.
    fake.mailbox(mailbox).expireHistory();
    deliver('After the gap', 'x');
    fake.mailbox(mailbox).expireHistory();
    expect(await runtime.poller.pollOnce()).toMatchObject({ published: 0 });
    deliver('Next', 'after the resync');
    expect(await runtime.poller.pollOnce()).toMatchObject({ published: 1 });
  });

  it('a revoked grant shows DISCONNECTED, is recorded once for every process, and no call goes to Gmail after it', async () => {
    // A subscriber confined to the mailbox: a refused grant does not end its stream (no WORKSPACE_DISCONNECTED,
    // which is the admin's disconnectWorkspace: ../../../src/providers/kit/refused-grant.ts, one rule for every provider).
    const stream = await live.subscribe(KEY, { filter: { workspaceIds: [workspaceId] } });
    fake.revokeGrants(mailbox);
    fake.expireAccessTokens();
    // The first call after the revocation (a poll's history.list) meets it: 401, then invalid_grant on the refresh.
    fake.resetCalls();
    await runtime.poller.pollOnce();
    expect(fake.calls.map((call) => [call.route, call.status])).toEqual([['history.list', 401], ['token', 400]]);
    await vi.waitFor(async () => {
      const stored = await live.testApp.started.services.connections.store.load('gmail', mailbox);
      expect(stored!.credentials.accessToken).toMatch(/^refused:/);
    });
    fake.resetCalls();
    const read = await live.http(KEY, GmailStatus);
    expect(read.data?.workspaces.find((workspace) => workspace.provider === 'GMAIL')).toEqual({ provider: 'GMAIL', connectionStatus: 'DISCONNECTED', channels: { nodes: [] } });
    expect(await runtime.poller.pollOnce()).toMatchObject({ workspaces: 1, calls: 0, published: 0 });
    expect(await runtime.poller.pollOnce()).toMatchObject({ calls: 0 });
    expect(fake.httpRequests()).toBe(0);

    const { db } = live.testApp.started.services.database;
    expect(await db.selectFrom('event_log').select('type').where('workspace_id', '=', mailbox).where('type', '=', 'WORKSPACE_DISCONNECTED').execute()).toEqual([]);
    expect(stream.events.history).toEqual([]);

    // Connected again (a new grant, as the OAuth callback stores it): the same subscription gets the mailbox's mail.
    const { store } = live.testApp.started.services.connections;
    const stored = await store.load('gmail', mailbox);
    const tokens = fake.issueTokens(mailbox);
    await store.updateCredentials('gmail', mailbox, { ...stored!.credentials, accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, expiresAt: new Date(tokens.expiresAt) });
    live.testApp.started.services.connections.changed({ provider: 'gmail', workspaceId: mailbox });
    deliver('Back again', 'after the reconnection');
    expect(await runtime.poller.pollOnce()).toMatchObject({ published: 1 });
    expect(await stream.events.next('the MESSAGE_CREATED after the reconnection')).toMatchObject({ type: 'MESSAGE_CREATED', message: { text: 'after the reconnection' } });
    const status = await live.http(KEY, GmailStatus);
    expect(status.data?.workspaces.find((workspace) => workspace.provider === 'GMAIL')?.connectionStatus).toBe('CONNECTED');
  });
});
