import { describe, expect } from 'vitest';
import { graphql } from '../../testkit/gql/index.js';
import { itOn, itWith, PROVIDER_TABLE, THREAD_SUBSCRIPTIONS, useProviderFixture, type ProviderFixture } from '../../testkit/providers/table.js';

/**
 * Followed threads, on every provider that has thread subscriptions: Workspace.threads, Message.viewerThreadSubscription,
 * subscribeToThread, unsubscribeFromThread and markThreadRead (seed: POST /workspaces/{wid}/threads,
 * GET /messages/{id}/subscription, POST /messages/{id}/subscribe, POST /messages/{id}/unsubscribe,
 * POST /messages/{id}/thread/mark-read). Trees have any depth: a thread is a root and all its descendants.
 */

const Send = graphql(`
  mutation ThreadsSend($input: SendMessageInput!) {
    sendMessage(input: $input) {
      message { id }
      userErrors { code message }
    }
  }
`);

const Subscription = graphql(`
  query ThreadsSubscription($id: ID!) {
    message(id: $id) { id viewerThreadSubscription }
  }
`);

const ThreadFields = graphql(`
  fragment ThreadsThread on Thread {
    root { id }
    hasNewReplies
    unreadReplyCount
    viewerSubscription
    lastActivityAt
  }
`);
void ThreadFields;

const Subscribe = graphql(`
  mutation ThreadsSubscribe($input: MessageInput!) {
    subscribeToThread(input: $input) {
      thread { ...ThreadsThread }
      userErrors { code message field }
    }
  }
`);

const Unsubscribe = graphql(`
  mutation ThreadsUnsubscribe($input: MessageInput!) {
    unsubscribeFromThread(input: $input) {
      thread { ...ThreadsThread }
      userErrors { code message field }
    }
  }
`);

const MarkThreadRead = graphql(`
  mutation ThreadsMarkRead($input: MarkThreadReadInput!) {
    markThreadRead(input: $input) {
      thread { ...ThreadsThread }
      userErrors { code message field }
    }
  }
`);

const Threads = graphql(`
  query ThreadsList($workspaceId: ID!, $first: Int, $after: String, $last: Int) {
    workspace(id: $workspaceId) {
      threads(first: $first, after: $after) {
        unreadThreadCount
        edges { cursor node { ...ThreadsThread root { id text channel { name } } latestReplies(last: $last) { id text isUnread } } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

const ChannelSubscriptions = graphql(`
  query ThreadsChannelSubscriptions($id: ID!, $first: Int!) {
    channel(id: $id) { messages(first: $first) { nodes { id viewerThreadSubscription } } }
  }
`);

describe.each(PROVIDER_TABLE)('followed threads on $name', (entry) => {
  let f: ProviderFixture;
  useProviderFixture(entry, (fixture) => {
    f = fixture;
  });

  async function send(key: string, channelId: string, text: string, parentId?: string) {
    const result = await f.app.gql(key, Send, { input: { channelId, text, parentId } });
    expect(result.errors).toBeUndefined();
    expect(result.data!.sendMessage.userErrors).toEqual([]);
    return result.data!.sendMessage.message!.id;
  }

  async function subscription(key: string, messageId: string) {
    const result = await f.app.gql(key, Subscription, { id: messageId });
    expect(result.errors).toBeUndefined();
    return result.data!.message!.viewerThreadSubscription;
  }

  async function markThreadRead(key: string, messageId: string, lastReadReplyId?: string) {
    const result = await f.app.gql(key, MarkThreadRead, { input: { messageId, lastReadReplyId } });
    expect(result.errors).toBeUndefined();
    return result.data!.markThreadRead;
  }

  async function threads(key: string, variables: { first?: number; after?: string; last?: number } = {}) {
    const result = await f.app.gql(key, Threads, { workspaceId: f.acmeId, ...variables });
    expect(result.errors).toBeUndefined();
    return result.data!.workspace!.threads;
  }

  async function allThreads(key: string) {
    return (await threads(key, { first: 100 })).edges.map((edge) => edge.node);
  }

  itOn(entry, 'builtin', 'starts from the demo: alice follows threads, some with new replies, latest activity first', async () => {
    const page = await threads(f.key.alice, { first: 100, last: 2 });
    const nodes = page.edges.map((edge) => edge.node);
    expect(nodes.length).toBeGreaterThan(5);
    expect(nodes.every((node) => node.viewerSubscription === 'SUBSCRIBED')).toBe(true);
    expect(nodes.filter((node) => node.hasNewReplies).map((node) => node.unreadReplyCount)).toEqual([2, 2, 2]);
    expect(page.unreadThreadCount).toBe(3);
    const times = nodes.map((node) => node.lastActivityAt);
    expect(times).toEqual([...times].sort().reverse());
    for (const node of nodes) expect(node.latestReplies.length).toBeLessThanOrEqual(2);
  });

  itWith(entry, THREAD_SUBSCRIPTIONS, 'replying subscribes you, and subscribes the root’s author with the reply unread (as Slack does)', async () => {
    const root = await send(f.key.alice, f.channel.general, 'Who owns the launch checklist?');
    expect(await subscription(f.key.alice, root)).toBe('UNSUBSCRIBED');
    const reply = await send(f.key.bob, f.channel.general, 'I do', root);

    expect(await subscription(f.key.bob, root)).toBe('SUBSCRIBED');
    expect(await subscription(f.key.bob, reply)).toBe('SUBSCRIBED'); // a reply answers for its thread
    expect(await subscription(f.key.alice, root)).toBe('SUBSCRIBED');
    expect(await subscription(f.key.carol, root)).toBe('UNSUBSCRIBED');

    const aliceThread = (await allThreads(f.key.alice)).find((node) => node.root.id === root)!;
    expect(aliceThread).toMatchObject({ hasNewReplies: true, unreadReplyCount: 1 });
    expect(aliceThread.latestReplies.map((message) => [message.id, message.isUnread])).toEqual([[reply, true]]);
    expect((await allThreads(f.key.bob)).find((node) => node.root.id === root)).toMatchObject({ unreadReplyCount: 0 });
    // Newest activity first: the thread just replied to leads alice's list.
    expect((await allThreads(f.key.alice))[0].root.id).toBe(root);
  });

  itWith(entry, THREAD_SUBSCRIPTIONS, 'counts replies at any depth after your position; markThreadRead reads to a reply or to the latest', async () => {
    const root = await send(f.key.bob, f.channel.general, 'Retro notes, add yours below');
    await send(f.key.alice, f.channel.general, 'Following along', root);
    const a = await send(f.key.carol, f.channel.general, 'Deploys were slow', root);
    const b = await send(f.key.bob, f.channel.general, 'Agreed, the cache again', a);
    const c = await send(f.key.dave, f.channel.general, 'Fix is in review', b);
    await send(f.key.alice, f.channel.general, 'Thanks all', c); // her own: never unread, moves her position

    const before = (await allThreads(f.key.alice)).find((node) => node.root.id === root)!;
    expect(before.unreadReplyCount).toBe(0);

    const back = await markThreadRead(f.key.alice, root, a);
    expect(back).toMatchObject({ userErrors: [], thread: { root: { id: root }, unreadReplyCount: 2, hasNewReplies: true } });
    const viaReply = await markThreadRead(f.key.alice, c, b); // any message of the thread names it
    expect(viaReply.thread).toMatchObject({ root: { id: root }, unreadReplyCount: 1 });
    const latest = await markThreadRead(f.key.alice, root);
    expect(latest.thread).toMatchObject({ unreadReplyCount: 0, hasNewReplies: false, viewerSubscription: 'SUBSCRIBED' });
  });

  itWith(entry, THREAD_SUBSCRIPTIONS, 'an explicit unsubscribe holds when others reply; replying yourself follows again', async () => {
    const root = await send(f.key.carol, f.channel.random, 'Lunch spot ideas?');
    await send(f.key.bob, f.channel.random, 'Tacos', root);
    const left = await f.app.gql(f.key.carol, Unsubscribe, { input: { messageId: root } });
    expect(left.data!.unsubscribeFromThread).toMatchObject({ userErrors: [], thread: { viewerSubscription: 'UNSUBSCRIBED' } });
    expect((await allThreads(f.key.carol)).map((node) => node.root.id)).not.toContain(root);

    await send(f.key.dave, f.channel.random, 'Ramen', root);
    expect(await subscription(f.key.carol, root)).toBe('UNSUBSCRIBED');
    await send(f.key.carol, f.channel.random, 'Ramen it is', root);
    expect(await subscription(f.key.carol, root)).toBe('SUBSCRIBED');
    expect((await allThreads(f.key.carol)).find((node) => node.root.id === root)).toMatchObject({ unreadReplyCount: 0 });
  });

  itWith(entry, THREAD_SUBSCRIPTIONS, 'subscribeToThread follows the thread of a message; a thread never read starts read up to its latest reply', async () => {
    const root = await send(f.key.bob, f.channel.general, 'Parking garage closes early Friday');
    const reply = await send(f.key.carol, f.channel.general, 'Good to know', root);
    const joined = await f.app.gql(f.key.dave, Subscribe, { input: { messageId: reply } });
    expect(joined.data!.subscribeToThread).toMatchObject({
      userErrors: [],
      thread: { root: { id: root }, viewerSubscription: 'SUBSCRIBED', unreadReplyCount: 0, hasNewReplies: false },
    });
    expect(await subscription(f.key.dave, root)).toBe('SUBSCRIBED');
    await send(f.key.alice, f.channel.general, 'Thanks Bob', root);
    expect((await allThreads(f.key.dave)).find((node) => node.root.id === root)).toMatchObject({ unreadReplyCount: 1 });

    // Subscribing twice is harmless and keeps the read position.
    const again = await f.app.gql(f.key.dave, Subscribe, { input: { messageId: root } });
    expect(again.data!.subscribeToThread.thread).toMatchObject({ unreadReplyCount: 1 });
  });

  itWith(entry, THREAD_SUBSCRIPTIONS, 'pages through followed threads visiting each once, with unreadThreadCount over every page', async () => {
    const all = await threads(f.key.alice, { first: 100 });
    expect(all.pageInfo.hasNextPage).toBe(false);
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await threads(f.key.alice, { first: 3, after });
      expect(page.unreadThreadCount).toBe(all.unreadThreadCount);
      seen.push(...page.edges.map((edge) => edge.node.root.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(seen).toEqual(all.edges.map((edge) => edge.node.root.id));
    expect(new Set(seen).size).toBe(seen.length);
    expect(all.unreadThreadCount).toBe(all.edges.filter((edge) => edge.node.hasNewReplies).length);
  });

  itWith(entry, THREAD_SUBSCRIPTIONS, 'never shows carol a #leadership thread, and answers NOT_FOUND for hidden ones', async () => {
    const root = await send(f.key.bob, f.channel.leadership, 'Hiring plan for Q1');
    await send(f.key.alice, f.channel.leadership, 'Two more engineers', root);
    expect((await allThreads(f.key.bob)).map((node) => node.root.id)).toContain(root);
    const carolThreads = await allThreads(f.key.carol);
    expect(carolThreads.every((node) => node.root.channel.name !== 'leadership')).toBe(true);

    const subscribe = await f.app.gql(f.key.carol, Subscribe, { input: { messageId: root } });
    expect(subscribe.data!.subscribeToThread).toMatchObject({ thread: null, userErrors: [{ code: 'NOT_FOUND' }] });
    const unsubscribe = await f.app.gql(f.key.carol, Unsubscribe, { input: { messageId: root } });
    expect(unsubscribe.data!.unsubscribeFromThread).toMatchObject({ thread: null, userErrors: [{ code: 'NOT_FOUND' }] });
    const read = await f.app.gql(f.key.carol, MarkThreadRead, { input: { messageId: root } });
    expect(read.data!.markThreadRead.userErrors[0].code).toBe('NOT_FOUND');
    const status = await f.app.gql(f.key.carol, Subscription, { id: root });
    expect(status.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await allThreads(f.key.carol)).map((node) => node.root.id)).not.toContain(root);
  });

  itWith(entry, THREAD_SUBSCRIPTIONS, 'rejects a lastReadReplyId outside the thread, bad ids and page sizes, with the closed codes', async () => {
    const root = await send(f.key.alice, f.channel.random, 'Which board game first?');
    const reply = await send(f.key.bob, f.channel.random, 'Catan', root);
    const otherRoot = await send(f.key.bob, f.channel.random, 'Separate topic');
    const otherReply = await send(f.key.carol, f.channel.random, 'Reply elsewhere', otherRoot);

    for (const lastReadReplyId of [otherReply, otherRoot, root]) {
      const result = await markThreadRead(f.key.alice, root, lastReadReplyId);
      expect(result.userErrors).toEqual([
        {
          code: 'VALIDATION_ERROR',
          field: ['input', 'lastReadReplyId'],
          message: `lastReadReplyId: ${JSON.stringify(lastReadReplyId)} is not a reply in the thread of messageId.`,
        },
      ]);
    }
    expect((await markThreadRead(f.key.alice, root, reply)).userErrors).toEqual([]);
    expect((await markThreadRead(f.key.alice, root, 'garbage')).userErrors[0]).toMatchObject({
      code: 'VALIDATION_ERROR',
      field: ['input', 'lastReadReplyId'],
    });
    expect((await markThreadRead(f.key.alice, f.channel.random)).userErrors[0]).toMatchObject({
      code: 'VALIDATION_ERROR',
      field: ['input', 'messageId'],
    });

    for (const first of [0, 101]) {
      const result = await f.app.gql(f.key.alice, Threads, { workspaceId: f.acmeId, first });
      expect(result.errors?.[0]).toMatchObject({ message: `first must be between 1 and 100, got ${first}.`, extensions: { code: 'VALIDATION_ERROR' } });
    }
    const tooMany = await f.app.gql(f.key.alice, Threads, { workspaceId: f.acmeId, first: 1, last: 101 });
    expect(tooMany.errors?.[0]).toMatchObject({ message: 'last must be between 0 and 100, got 101.', extensions: { code: 'VALIDATION_ERROR' } });
    const forged = await f.app.gql(f.key.alice, Threads, { workspaceId: f.acmeId, after: 'bogus' });
    expect(forged.errors?.[0].extensions?.code).toBe('VALIDATION_ERROR');
  });

  itOn(entry, 'builtin', 'viewerThreadSubscription over a page, and threads with roots and latest replies, cost the same few statements however large', async () => {
    const subscriptionsCost = async (first: number) => {
      f.app.takeStatementCount();
      const result = await f.app.gql(f.key.alice, ChannelSubscriptions, { id: f.channel.general, first });
      expect(result.data!.channel!.messages.nodes).toHaveLength(first);
      return f.app.takeStatementCount();
    };
    // A failed query of the previous test can leave sibling resolvers running after its response; let them finish.
    await subscriptionsCost(2);
    expect(await subscriptionsCost(50)).toBe(await subscriptionsCost(2));

    const threadsCost = async (first: number) => {
      f.app.takeStatementCount();
      const page = await threads(f.key.alice, { first, last: 3 });
      expect(page.edges).toHaveLength(first);
      return f.app.takeStatementCount();
    };
    expect(await threadsCost(6)).toBe(await threadsCost(1));
  });
});
