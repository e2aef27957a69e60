import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectMailbox, gmailCallsOf, MAILBOX, seedMailbox, startGmailApp, type ConnectedMailbox } from '../../../bench/calls/gmail.js';
import type { TestApp } from '../../../testkit/app.js';
import { BenchInbox, ThreadTreeByDescendants } from '../../../testkit/documents.js';
import { openGmailMailbox, type GmailMailbox } from '../../../testkit/fakes/gmail/fixture.js';
import { startFakeGmail, type FakeGmail } from '../../../testkit/fakes/gmail/index.js';

/**
 * Gmail calls and quota units for the thread-tree and inbox reads, against limits.md's minimum (thread tree:
 * 1 threads.get = 10 units; inbox of N threads: threads.list + N threads.get = 10 + 10·N units, batchable).
 */
const carol = { name: 'Carol', address: 'carol@partner.example' };
const first = { direction: 'forward' as const, limit: 50, cursor: null };
const everything = { channelIds: null, authorIds: null, mentioningUserId: null, createdAfter: null, createdBefore: null };

describe('Gmail calls per read', () => {
  let box: GmailMailbox;
  beforeAll(async () => {
    box = await openGmailMailbox();
  });
  afterAll(async () => box.close());

  it('thread tree (root + 3 replies, opened by id, whole subtree): 1 threads.get, 10 units — the minimum', async () => {
    const root = box.deliver({ from: carol, subject: 'Tree', text: 'root' });
    let parent = root;
    for (const n of [1, 2, 3]) parent = box.deliver({ from: carol, subject: 'Re: Tree', text: `reply ${n}`, inReplyTo: parent.messageId, references: [root.messageId, parent.messageId] });
    box.fake.resetCalls();
    const view = box.provider.forRequest(async () => box.ana);
    const [record] = await view.loadMessages([root.id]);
    const [tree] = await view.listDescendants([{ parentId: root.id, page: first }]);
    if (tree instanceof Error) throw tree;
    expect(record).toMatchObject({ replyCount: 3 });
    expect(tree.edges.map((edge) => edge.node.text)).toEqual(['reply 1', 'reply 2', 'reply 3']);
    expect(tree.edges[2].node.parentId).toBe(tree.edges[1].node.id);
    expect(box.fake.countByRoute()).toEqual({ 'threads.get': 1 });
    expect(box.fake.units()).toBe(10);
  });

  it('inbox page of 10 messages in 10 threads: 1 messages.list + 1 batch of 10 threads.get = 2 requests, 105 units (minimum 110)', async () => {
    for (let n = 0; n < 10; n++) box.deliver({ from: carol, subject: `Inbox ${n}`, text: `mail ${n}` });
    box.fake.resetCalls();
    const view = box.provider.forRequest(async () => box.ana);
    const page = await view.listInbox(box.ana, everything, { limit: 10, cursor: null });
    expect(page.edges.map((edge) => edge.node.subject)).toEqual(Array.from({ length: 10 }, (_, n) => `Inbox ${9 - n}`));
    expect(box.fake.httpRequests()).toBe(2);
    expect(box.fake.countByRoute()).toEqual({ 'messages.list': 1, batch: 1, 'threads.get': 10 });
    expect(box.fake.units()).toBe(105);
    // The next page continues from Gmail's page token.
    box.fake.resetCalls();
    const next = await view.listInbox(box.ana, everything, { limit: 10, cursor: page.edges[9].cursor });
    expect(next.edges[0]?.node.text).toBe('reply 3');
    expect(box.fake.calls.find((call) => call.route === 'messages.list')!.query).toContain('pageToken=');
  });
});

/**
 * The Gmail requests of the bench's two queries (`npm run bench -- calls`, bench/calls/gmail.ts) on the bench's
 * mailbox (8 threads of 4 mails in Inbox and Projects), counted by the fake Gmail: a batch is one HTTP
 * request (limits.md 5d). A POLL mailbox (no read cache across requests), the tree first on a cold connection.
 */
describe('Gmail requests per GraphQL query (the bench rows)', () => {
  let fake: FakeGmail;
  let app: TestApp;
  let mailbox: ConnectedMailbox;

  beforeAll(async () => {
    fake = await startFakeGmail();
    seedMailbox(fake);
    app = await startGmailApp(fake);
    mailbox = await connectMailbox(app, fake, MAILBOX, { email: 'alice@acme.test', key: 'bench-gmail' });
  });
  afterAll(async () => {
    await app?.close();
    await fake?.close();
  });

  it('thread tree: 7 requests, the minimum (labels.list, a messages.list per label, one batch of every thread)', async () => {
    const measured = await gmailCallsOf(fake, () => app.gql(mailbox.key, print(ThreadTreeByDescendants), { workspaceId: mailbox.workspaceId }));
    expect(measured.result.errors).toBeUndefined();
    // The label pages of the level are listed first and their threads read together: one batch, not one per page.
    expect(measured.byRoute).toEqual({ 'labels.list': 1, 'messages.list': 5, batch: 1, 'threads.get': 8 });
    expect(measured.requests).toBe(7);
    expect(measured.units).toBe(1 + 5 * 5 + 8 * 10);
    // 32 mails with their authors, and their descendants with theirs (8 × 3 below each root, 8 × 2 below each first reply).
    expect((JSON.stringify(measured.result.data).match(/"author":/g) ?? []).length).toBe(72);
  });

  it('unified inbox: 2 requests (messages.list with the filters in q, one batch of the page\'s threads)', async () => {
    const measured = await gmailCallsOf(fake, () => app.gql(mailbox.key, print(BenchInbox)));
    expect(measured.result.errors).toBeUndefined();
    expect(measured.byRoute).toEqual({ 'messages.list': 1, batch: 1, 'threads.get': 8 });
    expect(measured.requests).toBe(2);
  });
});
