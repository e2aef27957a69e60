import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageNativeId } from '../../../src/providers/teams/ids.js';
import { all, forward, keys } from '../../../testkit/contract/contract-support.js';
import { openTeamsTenant, type TeamsTenant } from '../../../testkit/fakes/graph/fixture.js';
import type { Container } from '../../../testkit/fakes/graph/index.js';

/**
 * What Teams reads cost in Graph requests, against limits.md's minimum: a channel's thread tree (roots,
 * replies, authors) is one messages call with `$expand=replies` for up to 50 roots, plus one `$batch` for
 * the authors; a thread opened by id is one `$batch` (the root and its replies). Counts are of requests to
 * the fake, never of time.
 */
describe('teams provider: Graph calls per read', () => {
  let t: TeamsTenant;
  let rootIds: string[];
  const roots = 4;
  const repliesPerRoot = 3;

  beforeAll(async () => {
    t = await openTeamsTenant();
    const channel: Container = { kind: 'channel', teamId: t.team.id, channelId: t.publicChannel.id };
    const container = { kind: 'channel' as const, teamId: t.team.id, channelId: t.publicChannel.id };
    const authors = [t.owner.id, t.member.id, t.outsider.id];
    rootIds = [];
    for (let r = 0; r < roots; r += 1) {
      const root = t.fake.tenant.addMessage(channel, authors[r % 3], { body: { contentType: 'text', content: `root ${r}` } });
      rootIds.push(messageNativeId(container, root.id));
      for (let n = 0; n < repliesPerRoot; n += 1) t.fake.tenant.addMessage(channel, authors[(r + n + 1) % 3], { body: { contentType: 'text', content: `reply ${n}` }, replyToId: root.id });
    }
    // Warm the app token so that the counts below are Graph reads only.
    await t.provider.workspace();
  });
  afterAll(() => t?.close());

  it('a thread tree (channel page → replies → authors) costs 1 messages call and 1 $batch of users', async () => {
    const view = t.provider.forRequest(async () => null);
    t.fake.resetCalls();
    const [page] = await all(view.listChannelMessages(keys([t.ids.publicChannel], forward(10))));
    const pageRoots = page.edges.map((edge) => edge.node.id);
    const children = await all(view.listChildren(keys(pageRoots, forward(50))));
    const authorIds = [...new Set([...page.edges.map((edge) => edge.node.authorId!), ...children.flatMap((child) => child.edges.map((edge) => edge.node.authorId!))])];
    await all(view.loadUsers(authorIds));
    expect(pageRoots).toEqual([...rootIds].reverse());
    expect(children.map((child) => child.edges.length)).toEqual(Array(roots).fill(repliesPerRoot));
    expect(page.edges[0].node).toMatchObject({ replyCount: repliesPerRoot, hasChildren: true });
    expect(t.fake.httpRequests()).toBe(2);
    expect(t.fake.countByRoute()).toEqual({ 'channel.messages.list': 1, $batch: 1, 'user.get': 3 });

    // Warm: the same tree again in a new request costs the messages call only (users are cached per connection).
    const again = t.provider.forRequest(async () => null);
    t.fake.resetCalls();
    const [second] = await all(again.listChannelMessages(keys([t.ids.publicChannel], forward(10))));
    await all(again.listChildren(keys(second.edges.map((edge) => edge.node.id), forward(50))));
    await all(again.loadUsers(authorIds));
    expect(t.fake.httpRequests()).toBe(1);
  });

  it('threads opened by id cost one $batch: each root and its replies are two items of it', async () => {
    const view = t.provider.forRequest(async () => null);
    t.fake.resetCalls();
    const loaded = await all(view.loadMessages(rootIds));
    const children = await all(view.listChildren(keys(rootIds, forward(50))));
    expect(loaded.map((record) => record!.replyCount)).toEqual(Array(roots).fill(repliesPerRoot));
    expect(children.map((child) => child.edges.length)).toEqual(Array(roots).fill(repliesPerRoot));
    expect(t.fake.httpRequests()).toBe(1);
    expect(t.fake.countByRoute()).toEqual({ $batch: 1, 'channel.message.get': roots, 'channel.replies.list': roots });
  });

  it("with Teams' own limits (1 rps per channel, a 10-second burst) a wide read fails the keys over budget only, without calling Graph for them", async () => {
    const channel: Container = { kind: 'channel', teamId: t.team.id, channelId: t.publicChannel.id };
    const container = { kind: 'channel' as const, teamId: t.team.id, channelId: t.publicChannel.id };
    const more = [0, 1].map((n) => messageNativeId(container, t.fake.tenant.addMessage(channel, t.owner.id, { body: { contentType: 'text', content: `extra ${n}` } }).id));
    const provider = t.reopen({ budget: {} });
    await provider.workspace();
    t.fake.resetCalls();
    const results = await provider.loadMessages([...rootIds, ...more]);
    // Eight tokens for the channel: four roots (two items each) are read, the last two answer RATE_LIMITED.
    expect(results.slice(0, 4).map((result) => (result as { replyCount: number }).replyCount)).toEqual(Array(4).fill(repliesPerRoot));
    expect(results.slice(4)).toEqual([expect.objectContaining({ code: 'RATE_LIMITED' }), expect.objectContaining({ code: 'RATE_LIMITED' })]);
    expect(t.fake.count('channel.message.get') + t.fake.count('channel.replies.list')).toBe(8);
  });
});
