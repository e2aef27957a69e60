import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGmailMailbox, type GmailMailbox } from '../../../testkit/fakes/gmail/fixture.js';

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
