import { describe, expect, it } from 'vitest';
import { graphql } from '../../testkit/gql/index.js';
import { itOn, itWith, MENTIONS, PROVIDER_TABLE, SHARED_WORKSPACE, useProviderFixture, type ProviderFixture } from '../../testkit/providers/table.js';

const Inbox = graphql(`
  query Inbox($first: Int, $after: String, $filter: MessageFilter) {
    messages(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node { id text createdAt workspace { name } channel { name } author { name } mentions { name } }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const Post = graphql(`
  mutation Post($input: SendMessageInput!) {
    sendMessage(input: $input) { message { id } userErrors { message } }
  }
`);

describe.each(PROVIDER_TABLE)('the unified inbox (Query.messages) on $name', (entry) => {
  let f: ProviderFixture;
  useProviderFixture(entry, (fixture) => {
    f = fixture;
  });

  type InboxNode = { id: string; text: string; createdAt: string; workspace: { name: string }; channel: { name: string } };

  async function inboxPage(key: string, first: number, after: string | null, filter?: Record<string, unknown>) {
    const result = await f.app.gql(key, Inbox, { first, after, filter: filter as never });
    expect(result.errors).toBeUndefined();
    return result.data!.messages;
  }

  async function readAll(key: string, filter?: Record<string, unknown>, first = 100) {
    const nodes: InboxNode[] = [];
    let after: string | null = null;
    for (;;) {
      const connection = await inboxPage(key, first, after, filter);
      nodes.push(...connection.edges.map((edge) => edge.node));
      if (!connection.pageInfo.hasNextPage) return nodes;
      after = connection.pageInfo.endCursor ?? null;
    }
  }

  it('merges every workspace newest first, and paging visits each message once', async () => {
    const nodes = await readAll(f.key.alice, undefined, 37);
    expect(nodes).toHaveLength(await f.inboxSize('alice'));
    expect(new Set(nodes.map((node) => node.id)).size).toBe(nodes.length);
    const times = nodes.map((node) => node.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(new Set(nodes.map((node) => node.workspace.name))).toEqual(new Set([f.acmeName, 'Globex']));
  });

  it('shows only what the viewer may see', async () => {
    const nodes = await readAll(f.key.carol);
    expect(nodes).toHaveLength(await f.inboxSize('carol'));
    expect(nodes.some((node) => node.channel.name === 'leadership' || node.channel.name === 'engineering')).toBe(false);
    // On a mailbox (alice's), that is nothing at all.
    expect(nodes.every((node) => node.workspace.name === f.acmeName)).toBe(true);
  });

  it('a new message comes first, in whichever workspace it was sent', async () => {
    const sent = await f.app.gql(f.key.dave, Post, { input: { channelId: f.globexChannelId, text: 'fresh from Globex' } });
    const first = await f.app.gql(f.key.alice, Inbox, { first: 1 });
    expect(first.data!.messages.edges[0].node).toMatchObject({ id: sent.data!.sendMessage.message!.id, workspace: { name: 'Globex' } });
  });

  it('filters by workspace, channel, author and time', async () => {
    const globex = await readAll(f.key.alice, { workspaceIds: [f.globexId] });
    expect(globex.length).toBeGreaterThan(0);
    expect(globex.every((node) => node.workspace.name === 'Globex')).toBe(true);

    const general = await readAll(f.key.alice, { channelIds: [f.channel.general] });
    expect(general.length).toBeGreaterThan(0);
    expect(general.every((node) => node.channel.name === 'general' && node.workspace.name === f.acmeName)).toBe(true);

    const byBob = await f.app.gql(f.key.alice, Inbox, { first: 50, filter: { authorIds: [f.user['Bob Martinez']] } });
    const bobs = byBob.data!.messages.edges.map((edge) => edge.node);
    expect(bobs.length).toBeGreaterThan(0);
    expect(bobs.every((node) => node.author?.name === 'Bob Martinez')).toBe(true);

    const all = await readAll(f.key.alice);
    const [from, to] = [all[60].createdAt, all[20].createdAt];
    const window = await readAll(f.key.alice, { createdAfter: from, createdBefore: to });
    expect(window.map((node) => node.id)).toEqual(
      all.filter((node) => node.createdAt > from && node.createdAt < to).map((node) => node.id),
    );
  });

  itWith(entry, [SHARED_WORKSPACE, MENTIONS], 'filters by mention of the viewer', async () => {
    const mentioningDave = await f.app.gql(f.key.dave, Inbox, { first: 50, filter: { mentionsViewer: true } });
    const mentions = mentioningDave.data!.messages.edges.map((edge) => edge.node);
    expect(mentions.length).toBeGreaterThan(0);
    expect(mentions.every((node) => node.mentions.some((user) => user.name === 'Dave Okafor'))).toBe(true);
  });

  it('refuses what it cannot answer honestly, with the closed codes', async () => {
    // unreadOnly works on the built-in workspace now: test/graphql/read-state.test.ts covers it.
    const backward = await f.app.gql(f.key.alice, '{ messages(last: 5) { nodes { id } } }');
    expect(backward.errors?.[0].extensions?.code).toBe('UNSUPPORTED');
    const forged = await f.app.gql(f.key.alice, Inbox, { first: 5, after: 'not-a-cursor' });
    expect(forged.errors?.[0]).toMatchObject({ message: 'after: "not-a-cursor" is not an inbox cursor.', extensions: { code: 'VALIDATION_ERROR' } });
    const foreign = await f.app.gql(f.key.carol, Inbox, { first: 5, filter: { workspaceIds: [f.globexId] } });
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  itOn(entry, 'builtin', 'a page costs one provider statement per workspace, however long the page', async () => {
    const cost = async (first: number) => {
      f.app.takeStatementCount();
      await f.app.gql(f.key.alice, Inbox, { first });
      return f.app.takeStatementCount();
    };
    const small = await cost(5);
    const large = await cost(100);
    expect(large).toBe(small);
    // Auth; memberships, which also name each workspace and the viewer's user there; one inbox page
    // statement for both built-in workspaces (src/providers/builtin/shared-reads.ts) that carries each
    // message's channel; the users (authors and mentions) of the page. The minimum, 4 (12 before the
    // workspaces' reads were merged, 7 before the memberships and the page carried the rest).
    expect(large).toBe(4);
  });
});
