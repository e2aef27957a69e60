import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LOADER_OPTIONS, WorkspaceLoaders } from '../../../src/loaders.js';
import type { SwitchboardError } from '../../../src/errors.js';
import type { Actor, MessageRecord } from '../../../src/providers/model.js';
import type { MessagingProvider } from '../../../src/providers/provider.js';
import type { Page } from '../../../src/providers/paging.js';
import { expectError, forward, keys, only, pageIds } from '../../../testkit/contract/contract-support.js';
import { openSlackTeam, seedThreadTree, type SlackTeam, type ThreadTreeSeed } from '../../../testkit/fakes/slack/fixture.js';

/**
 * Provider calls are the real cost of a Slack workspace (../shared/reference/limits.md): these tests count
 * the calls the fake received for the reads a GraphQL query makes, and check the rate budget.
 */

/**
 * The reads of the thread-tree query (test/graphql/thread-tree.test.ts, ThreadTreeByDescendants) made
 * through one request's loaders the way the resolvers make them: workspace, channels(first: 20), each
 * channel's messages(first: 20), and for every message its author, its reactions' users and its
 * descendants(first: 100), each with parent, author and reactions' users. Fields of one level resolve
 * concurrently, as GraphQL executes them.
 */
async function threadTree(provider: MessagingProvider, actor: Actor) {
  const view = provider.forRequest!(async () => actor);
  const loaders = new WorkspaceLoaders(view, async () => actor, DEFAULT_LOADER_OPTIONS);
  const people = (message: MessageRecord) =>
    loaders.users.loadMany([message.authorId, ...message.reactions.flatMap((group) => group.userIds)].filter((id): id is string => id !== null));
  await view.workspace();
  const channels = await view.listChannels(actor, { parentId: null, query: null, includeArchived: false }, forward(20));
  const timelines = await Promise.all(channels.edges.map(({ node }) => loaders.channelMessages.load({ parentId: node.id, page: forward(20) })));
  const roots = timelines.flatMap((page) => page.edges.map((edge) => edge.node));
  const threads: Array<Page<MessageRecord>> = await Promise.all(
    roots.map(async (root) => {
      const [, page] = await Promise.all([people(root), loaders.descendants.load({ parentId: root.id, page: forward(100) })]);
      await Promise.all(page.edges.map(({ node }) => Promise.all([node.parentId ? loaders.messages.load(node.parentId) : null, people(node)])));
      return page;
    }),
  );
  return { channels: channels.edges.length, roots, replies: threads.flatMap((page) => page.edges.map((edge) => edge.node)) };
}

describe('slack provider: calls a thread tree costs', () => {
  let team: SlackTeam;
  let seeded: ThreadTreeSeed;

  beforeAll(async () => {
    team = await openSlackTeam();
    seeded = seedThreadTree(team);
  });
  afterAll(() => team?.close());

  it('a thread tree over 4 channels costs history per channel, replies per thread and users.info per user, plus 2', async () => {
    team.fake.resetCalls();
    const tree = await threadTree(team.provider, team.actors.owner);
    expect(tree.channels).toBe(seeded.channels);
    expect(tree.roots.length).toBeGreaterThanOrEqual(20);
    expect(tree.replies.length).toBe(seeded.threadsWithReplies * 3);

    // The minimum from limits.md: one conversations.history per channel (a page holds up to 200 messages),
    // ⌈(R+1)/200⌉ = 1 conversations.replies per thread with replies, and one users.info per distinct user
    // on a cold cache (Slack has no multi-get). Threads without replies cost nothing: history says so.
    const minimum = seeded.channels + seeded.threadsWithReplies + seeded.users;
    const counts = team.fake.countByMethod();
    expect(counts).toEqual({
      'team.info': 1, // the workspace, and the domain of permalinks; cached for the connection
      'users.conversations': 1, // the actor's channels: listChannels, and access checks from the same list
      'conversations.history': seeded.channels,
      'conversations.replies': seeded.threadsWithReplies,
      'users.info': seeded.users,
    });
    expect(team.fake.count()).toBe(minimum + 2);
    // Measured on this seed: 4 channels, 12 threads with replies, 5 users → minimum 21, made 23.
    expect({ channels: seeded.channels, threads: seeded.threadsWithReplies, users: seeded.users, calls: team.fake.count() }).toEqual({
      channels: 4,
      threads: 12,
      users: 5,
      calls: 23,
    });
  });

  it('the same tree in the next request reuses the connection: no users.info, no team.info', async () => {
    await threadTree(team.provider, team.actors.owner);
    team.fake.resetCalls();
    await threadTree(team.provider, team.actors.owner);
    expect(team.fake.countByMethod()).toEqual({
      'users.conversations': 1,
      'conversations.history': seeded.channels,
      'conversations.replies': seeded.threadsWithReplies,
    });
  });

  it('one conversations.replies per thread, however many of its messages one request touches', async () => {
    const root = team.fake.workspace.channelMessages(team.publicChannel.id).find((message) => message.threadTs === message.ts)!;
    const replies = team.fake.workspace.repliesOf(root);
    const id = (ts: string) => `${team.publicChannel.id}:${ts}`;
    const actor = team.actors.member;
    const view = team.provider.forRequest!(async () => actor);
    const loaders = new WorkspaceLoaders(view, async () => actor, DEFAULT_LOADER_OPTIONS);
    team.fake.resetCalls();

    // A reply first (its thread is unknown), then the root, every reply, its children and its descendants.
    const last = await loaders.messages.load(id(replies[2].ts));
    expect(last).toMatchObject({ parentId: id(root.ts) });
    const [rootRecord, ...replyRecords] = await loaders.messages.loadMany([root.ts, ...replies.map((reply) => reply.ts)].map(id));
    const [children, descendants] = await Promise.all([
      loaders.children.load({ parentId: id(root.ts), page: forward(10) }),
      loaders.descendants.load({ parentId: id(root.ts), page: forward(10) }),
    ]);
    expect((rootRecord as MessageRecord).replyCount).toBe(3);
    expect(replyRecords).toHaveLength(3);
    expect(pageIds(children)).toEqual(replies.map((reply) => id(reply.ts)));
    expect(pageIds(descendants)).toEqual(pageIds(children));
    expect(team.fake.count('conversations.replies')).toBe(1);
  });

  it('without a request view, reply lists of messages of one channel still share thread reads', async () => {
    const roots = team.fake.workspace
      .channelMessages(team.privateChannel.id)
      .filter((message) => message.threadTs === message.ts)
      .map((message) => `${team.privateChannel.id}:${message.ts}`);
    team.fake.resetCalls();
    const pages = await team.provider.listDescendants(keys(roots, forward(10)));
    expect(pages.every((page) => !(page instanceof Error) && page.edges.length === 3)).toBe(true);
    expect(team.fake.count('conversations.replies')).toBe(roots.length);
  });
});

describe('slack provider: rate budget and Retry-After', () => {
  let team: SlackTeam;
  let now = Date.UTC(2026, 2, 1, 9, 0, 0);
  const clock = () => now;

  beforeAll(async () => {
    team = await openSlackTeam();
    const { workspace } = team.fake;
    for (let n = 0; n < 3; n += 1) workspace.addMessage(team.publicChannel.id, { user: team.owner.id, text: `m${n}` });
  });
  afterAll(() => team?.close());

  const timeline = (provider: MessagingProvider) => provider.listChannelMessages(keys([team.publicChannel.id], forward(2)));

  it('a 429 pauses the method for Retry-After: reads fail fast with RATE_LIMITED until then, without calling Slack', async () => {
    const provider = team.reopen({ clock, budget: { clock } });
    team.fake.resetCalls();
    team.fake.inject('conversations.history', { rateLimited: 30 });

    const [first] = await timeline(provider);
    expect(first).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 30, message: 'Slack rate-limited conversations.history (HTTP 429); retry after 30 seconds.' });
    expect(team.fake.count('conversations.history')).toBe(1);

    now += 10_000;
    const [second] = await timeline(provider);
    expect(second).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 20 });
    expect(team.fake.count('conversations.history'), 'the paused read never reached Slack').toBe(1);
    // Other methods are not paused: Slack limits each method separately.
    await expect(provider.workspace()).resolves.toMatchObject({ name: 'Contract Co' });

    now += 21_000;
    const [third] = await timeline(provider);
    expect((third as Page<MessageRecord>).edges).toHaveLength(2);
    expect(team.fake.count('conversations.history')).toBe(2);
  });

  it('when the budget of a method is spent, reads fail fast with RATE_LIMITED and the wait until the next call', async () => {
    // conversations.history is Tier 3; at 3 calls a minute a token comes back every 20 seconds.
    const provider = team.reopen({ clock, budget: { clock, utilisation: 1, tierRates: { 3: 3 } } });
    team.fake.resetCalls();
    for (let n = 0; n < 3; n += 1) expect((await only(timeline(provider))).edges).toHaveLength(2);
    const spent = await expectError(only(timeline(provider)), 'RATE_LIMITED');
    expect(spent.retryAfterSeconds).toBe(20);
    expect(spent.message).toBe('The Slack rate budget for conversations.history is spent; retry after 20 seconds.');
    expect(team.fake.count('conversations.history')).toBe(3);
    now += 20_000;
    expect((await only(timeline(provider))).edges).toHaveLength(2);
    expect(team.fake.count('conversations.history')).toBe(4);
  });

  it('runs at 80% of the tier by default, and limits chat.postMessage per channel', async () => {
    const provider = team.reopen({ clock, budget: { clock, tierRates: { post: 2.5 } } });
    const post = (channelId: string) =>
      provider.sendMessage(team.actors.owner, { channelId, content: { text: 'hi', format: 'text' }, parentId: null, alsoSendToChannel: false, attachmentIds: [] });
    // 80% of 2.5 a minute: two posts per channel, then a wait.
    await post(team.publicChannel.id);
    await post(team.publicChannel.id);
    const limited = await expectError(post(team.publicChannel.id), 'RATE_LIMITED');
    expect(limited.retryAfterSeconds).toBe(30);
    await expect(post(team.privateChannel.id), 'another channel has its own budget').resolves.toMatchObject({ channelId: team.privateChannel.id });
  });

  it('honours the Retry-After of a Slack that limits on its own', async () => {
    const provider = team.reopen({ clock, budget: { clock } });
    team.fake.limitRate('conversations.replies', 1);
    const root = team.fake.workspace.addMessage(team.publicChannel.id, { user: team.owner.id, text: 'root' });
    team.fake.workspace.addMessage(team.publicChannel.id, { user: team.member.id, text: 'reply', threadTs: root.ts });
    const rootId = `${team.publicChannel.id}:${root.ts}`;
    expect((await only(provider.listChildren(keys([rootId], forward(5))))).edges).toHaveLength(1);
    const [limited] = await provider.listChildren(keys([rootId], forward(5)));
    expect(limited).toMatchObject({ code: 'RATE_LIMITED' });
    expect((limited as SwitchboardError).retryAfterSeconds).toBeGreaterThan(0);
    team.fake.clearFaults();
  });
});
