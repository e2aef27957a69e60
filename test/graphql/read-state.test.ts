import { describe, expect } from 'vitest';
import { createApiKey } from '../../src/store/api-keys.js';
import { graphql } from '../../testkit/gql/index.js';
import { post } from '../../testkit/providers/posting.js';
import { itOn, itWith, PROVIDER_TABLE, READ_POSITIONS, READ_STATE, SHARED_WORKSPACE, useProviderFixture, type ProviderFixture } from '../../testkit/providers/table.js';

/**
 * Channel read state, on every provider that keeps it: Channel.unreadCount, Message.isUnread, Workspace.unreads,
 * markChannelRead, markUnread and the inbox's unreadOnly filter (seed: POST /workspaces/{wid}/unreads,
 * POST /messages/{id}/mark-unread).
 */

const ChannelUnread = graphql(`
  query ReadStateChannel($id: ID!) {
    channel(id: $id) { id name unreadCount }
  }
`);

const MessageUnread = graphql(`
  query ReadStateMessage($id: ID!) {
    message(id: $id) { id isUnread }
  }
`);

const MarkChannelRead = graphql(`
  mutation ReadStateMarkChannelRead($input: MarkChannelReadInput!) {
    markChannelRead(input: $input) {
      channel { id unreadCount }
      userErrors { code message field }
    }
  }
`);

const MarkUnread = graphql(`
  mutation ReadStateMarkUnread($input: MessageInput!) {
    markUnread(input: $input) {
      message { id isUnread }
      channel { id unreadCount }
      thread { unreadReplyCount hasNewReplies root { id } }
      userErrors { code message field }
    }
  }
`);

const Unreads = graphql(`
  query ReadStateUnreads($workspaceId: ID!, $first: Int, $after: String, $messagesFirst: Int, $messagesAfter: String) {
    workspace(id: $workspaceId) {
      unreads(first: $first, after: $after) {
        edges {
          cursor
          node {
            unreadCount
            channel { id name unreadCount }
            messages(first: $messagesFirst, after: $messagesAfter) {
              nodes { id text isUnread createdAt author { name } }
              pageInfo { hasNextPage endCursor }
            }
          }
        }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

const Inbox = graphql(`
  query ReadStateInbox($first: Int, $after: String, $filter: MessageFilter) {
    messages(first: $first, after: $after, filter: $filter) {
      nodes { id isUnread createdAt author { name } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const ChannelPage = graphql(`
  query ReadStateChannelPage($workspaceId: ID!, $channels: Int!, $messages: Int!) {
    workspace(id: $workspaceId) {
      channels(first: $channels, includeArchived: true) {
        nodes { unreadCount messages(first: $messages) { nodes { id isUnread } } }
      }
    }
  }
`);

describe.each(PROVIDER_TABLE)('read state on $name', (entry) => {
  let f: ProviderFixture;
  useProviderFixture(entry, (fixture) => {
    f = fixture;
  });

  /** On a mailbox, what bob or carol "sends" is their mail arriving in alice's folder (`post`). */
  const send = post;

  async function unreadCount(key: string, channelId: string) {
    const result = await f.app.gql(key, ChannelUnread, { id: channelId });
    expect(result.errors).toBeUndefined();
    return result.data!.channel!.unreadCount;
  }

  async function isUnread(key: string, messageId: string) {
    const result = await f.app.gql(key, MessageUnread, { id: messageId });
    expect(result.errors).toBeUndefined();
    return result.data!.message!.isUnread;
  }

  async function markRead(key: string, channelId: string, lastReadMessageId?: string) {
    const result = await f.app.gql(key, MarkChannelRead, { input: { channelId, lastReadMessageId } });
    expect(result.errors).toBeUndefined();
    return result.data!.markChannelRead;
  }

  async function markUnread(key: string, messageId: string) {
    const result = await f.app.gql(key, MarkUnread, { input: { messageId } });
    expect(result.errors).toBeUndefined();
    return result.data!.markUnread;
  }

  async function unreads(key: string, variables: { first?: number; after?: string; messagesFirst?: number; messagesAfter?: string } = {}) {
    const result = await f.app.gql(key, Unreads, { workspaceId: f.acmeId, ...variables });
    expect(result.errors).toBeUndefined();
    return result.data!.workspace!.unreads;
  }

  itOn(entry, 'builtin', 'starts from the demo: alice has 5 unread in #general and 3 in #engineering, none of them hers, oldest first', async () => {
    const page = await unreads(f.key.alice, { first: 100, messagesFirst: 100 });
    expect(page.edges.map((edge) => [edge.node.channel.name, edge.node.unreadCount, edge.node.channel.unreadCount])).toEqual([
      ['engineering', 3, 3],
      ['general', 5, 5],
    ]);
    for (const { node } of page.edges) {
      expect(node.messages.nodes).toHaveLength(node.unreadCount);
      expect(node.messages.nodes.every((message) => message.isUnread && message.author?.name !== 'Alice Chen')).toBe(true);
      const times = node.messages.nodes.map((message) => message.createdAt);
      expect(times).toEqual([...times].sort());
    }
    expect(await unreadCount(f.key.alice, f.channel.random)).toBe(0);
  });

  itWith(entry, [READ_STATE, SHARED_WORKSPACE], 'counts what others post in the timeline, never your own posts nor replies kept in their thread', async () => {
    const { random } = f.channel;
    expect((await markRead(f.key.alice, random)).channel).toEqual({ id: random, unreadCount: 0 });
    await markRead(f.key.bob, random); // the demo leaves bob 2 unread here

    const first = await send(f, 'bob', random, 'Board games on Thursday?');
    const second = await send(f, 'carol', random, 'I bring Catan');
    expect(await unreadCount(f.key.alice, random)).toBe(2);
    expect(await unreadCount(f.key.bob, random)).toBe(1); // carol's; his own does not count
    expect([await isUnread(f.key.alice, first), await isUnread(f.key.bob, first)]).toEqual([true, false]);

    const own = await send(f, 'alice', random, 'Count me in');
    expect(await isUnread(f.key.alice, own)).toBe(false);
    expect(await unreadCount(f.key.alice, random)).toBe(2);

    await send(f, 'bob', random, 'Only in the thread', { parentId: second });
    expect(await unreadCount(f.key.alice, random)).toBe(2);
    // A reply also sent to the channel counts in the timeline, where the provider has them (replyBroadcast).
    const broadcasts = entry.capabilities.replyBroadcast !== false;
    const shown = broadcasts ? await send(f, 'bob', random, 'Also in the channel', { parentId: second, alsoSendToChannel: true }) : null;
    expect(await unreadCount(f.key.alice, random)).toBe(broadcasts ? 3 : 2);
    if (shown) expect(await isUnread(f.key.alice, shown)).toBe(true);

    const listed = await unreads(f.key.alice, { first: 100, messagesFirst: 100 });
    const randomUnreads = listed.edges.find((edge) => edge.node.channel.id === random)!.node;
    expect(randomUnreads.messages.nodes.map((message) => message.id)).toEqual(shown ? [first, second, shown] : [first, second]);

    expect((await markRead(f.key.alice, random)).channel?.unreadCount).toBe(0);
    expect(await isUnread(f.key.alice, second)).toBe(false);
    const after = await unreads(f.key.alice, { first: 100 });
    expect(after.edges.map((edge) => edge.node.channel.id)).not.toContain(random);
  });

  itWith(entry, [READ_STATE, READ_POSITIONS], 'markChannelRead with lastReadMessageId reads up to and including that message, forwards or back', async () => {
    const { random } = f.channel;
    const ids = [];
    for (const text of ['one', 'two', 'three']) ids.push(await send(f, 'bob', random, `Read position ${text}`));
    await markRead(f.key.alice, random);
    expect((await markRead(f.key.alice, random, ids[0])).channel?.unreadCount).toBe(2);
    expect([await isUnread(f.key.alice, ids[0]), await isUnread(f.key.alice, ids[1])]).toEqual([false, true]);
    expect((await markRead(f.key.alice, random, ids[2])).channel?.unreadCount).toBe(0);
  });

  itWith(entry, [READ_STATE, READ_POSITIONS], 'markUnread moves the position to just before the message: it and everything after it are unread again', async () => {
    const { random } = f.channel;
    const ids = [];
    for (const text of ['alpha', 'beta', 'gamma']) ids.push(await send(f, 'carol', random, `Mark unread ${text}`));
    await markRead(f.key.alice, random);

    const payload = await markUnread(f.key.alice, ids[1]);
    expect(payload).toEqual({
      message: { id: ids[1], isUnread: true },
      channel: { id: random, unreadCount: 2 },
      thread: null,
      userErrors: [],
    });
    expect(await isUnread(f.key.alice, ids[0])).toBe(false);
    const listed = await unreads(f.key.alice, { first: 100, messagesFirst: 100 });
    expect(listed.edges.find((edge) => edge.node.channel.id === random)?.node.messages.nodes.map((m) => m.id)).toEqual([
      ids[1],
      ids[2],
    ]);

    // Marking your own message unread moves the position too; your own message still never counts.
    await markRead(f.key.alice, random);
    const own = await send(f, 'alice', random, 'Mark unread: my own');
    const later = await send(f, 'bob', random, 'Mark unread: after it');
    await markRead(f.key.alice, random);
    expect((await markUnread(f.key.alice, own)).message).toEqual({ id: own, isUnread: false });
    expect(await unreadCount(f.key.alice, random)).toBe(1);
    expect(await isUnread(f.key.alice, later)).toBe(true);
  });

  itWith(entry, [READ_STATE, READ_POSITIONS], 'markUnread on a reply kept in its thread moves the thread position, not the channel one', async () => {
    const { random } = f.channel;
    const root = await send(f, 'alice', random, 'Thread for mark-unread');
    const reply = await send(f, 'bob', random, 'First answer', { parentId: root });
    await send(f, 'carol', random, 'Second answer', { parentId: reply });
    await markRead(f.key.alice, random);
    const payload = await markUnread(f.key.alice, reply);
    expect(payload.userErrors).toEqual([]);
    expect(payload.message).toEqual({ id: reply, isUnread: true });
    expect(payload.channel).toEqual({ id: random, unreadCount: 0 });
    expect(payload.thread).toEqual({ root: { id: root }, unreadReplyCount: 2, hasNewReplies: true });
  });

  // Mail's reading of the three cases above: a flag per message, no thread positions, and no moving back.
  if (entry.rules.readPositions === false) {
    itWith(entry, READ_STATE, 'markUnread flags the mail and every later one of its folder; markChannelRead reads up to and including a message', async () => {
      const { random } = f.channel;
      const ids = [];
      for (const text of ['one', 'two', 'three']) ids.push(await send(f, 'bob', random, `Flag ${text}`));
      expect(await unreadCount(f.key.alice, random)).toBeGreaterThanOrEqual(3);
      expect((await markRead(f.key.alice, random)).channel).toEqual({ id: random, unreadCount: 0 });

      expect(await markUnread(f.key.alice, ids[1])).toEqual({ message: { id: ids[1], isUnread: true }, channel: { id: random, unreadCount: 2 }, thread: null, userErrors: [] });
      expect([await isUnread(f.key.alice, ids[0]), await isUnread(f.key.alice, ids[2])]).toEqual([false, true]);
      // Up to and including ids[1]: ids[2], newer, stays unread.
      expect((await markRead(f.key.alice, random, ids[1])).channel?.unreadCount).toBe(1);
      expect([await isUnread(f.key.alice, ids[1]), await isUnread(f.key.alice, ids[2])]).toEqual([false, true]);
      const listed = await unreads(f.key.alice, { first: 100, messagesFirst: 100 });
      expect(listed.edges.find((edge) => edge.node.channel.id === random)?.node.messages.nodes.map((m) => m.id)).toEqual([ids[2]]);
      // Marking read up to an older message reads nothing again and unreads nothing: a flag per mail, no position to move back.
      expect((await markRead(f.key.alice, random, ids[0])).channel?.unreadCount).toBe(1);
      expect((await markRead(f.key.alice, random, ids[2])).channel?.unreadCount).toBe(0);
    });
  }

  itWith(entry, READ_STATE, 'unreadOnly in the inbox answers exactly the messages whose isUnread is true, newest first', async () => {
    const readAll = async (filter: { unreadOnly?: boolean }) => {
      const nodes = [];
      let after: string | undefined;
      for (;;) {
        const result = await f.app.gql(f.key.alice, Inbox, { first: 100, after, filter });
        expect(result.errors).toBeUndefined();
        nodes.push(...result.data!.messages.nodes);
        if (!result.data!.messages.pageInfo.hasNextPage) return nodes;
        after = result.data!.messages.pageInfo.endCursor!;
      }
    };
    const everything = await readAll({});
    const unread = await readAll({ unreadOnly: true });
    expect(unread.length).toBeGreaterThanOrEqual(8);
    expect(unread.every((node) => node.isUnread && node.author?.name !== 'Alice Chen')).toBe(true);
    expect(unread.map((node) => node.id)).toEqual(everything.filter((node) => node.isUnread).map((node) => node.id));
  });

  itWith(entry, READ_STATE, 'pages through unread channels and their messages visiting each exactly once', async () => {
    await send(f, 'bob', f.channel.random, 'Paging random 1');
    await send(f, 'bob', f.channel.engineering, 'Paging engineering 1');
    await send(f, 'bob', f.channel.leadership, 'Paging leadership 1');
    await send(f, 'bob', f.channel.random, 'Paging random 2');
    const all = await unreads(f.key.alice, { first: 100 });
    expect(all.edges.length).toBeGreaterThanOrEqual(4);

    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await unreads(f.key.alice, { first: 1, after });
      seen.push(...page.edges.map((edge) => edge.node.channel.name));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(seen).toEqual(all.edges.map((edge) => edge.node.channel.name));
    expect(seen).toEqual([...seen].sort());

    // The messages of #general two at a time: every unread one once, oldest first.
    const general = (await unreads(f.key.alice, { first: 100, messagesFirst: 100 })).edges.find(
      (edge) => edge.node.channel.name === 'general',
    )!.node;
    const pagedIds: string[] = [];
    let messagesAfter: string | undefined;
    for (;;) {
      const page = await unreads(f.key.alice, { first: 100, messagesFirst: 2, messagesAfter });
      const messages = page.edges.find((edge) => edge.node.channel.name === 'general')!.node.messages;
      pagedIds.push(...messages.nodes.map((message) => message.id));
      if (!messages.pageInfo.hasNextPage) break;
      messagesAfter = messages.pageInfo.endCursor!;
    }
    expect(pagedIds).toEqual(general.messages.nodes.map((message) => message.id));
    expect(pagedIds).toHaveLength(general.unreadCount);
  });

  itWith(entry, [READ_STATE, SHARED_WORKSPACE], 'never shows carol anything of #leadership, and hidden ids answer NOT_FOUND like missing ones', async () => {
    const secret = await send(f, 'bob', f.channel.leadership, 'Offsite budget, leadership only');
    const carolUnreads = await unreads(f.key.carol, { first: 100, messagesFirst: 100 });
    expect(carolUnreads.edges.map((edge) => edge.node.channel.name)).not.toContain('leadership');
    expect(carolUnreads.edges.flatMap((edge) => edge.node.messages.nodes.map((m) => m.id))).not.toContain(secret);
    const aliceUnreads = await unreads(f.key.alice, { first: 100 });
    expect(aliceUnreads.edges.map((edge) => edge.node.channel.name)).toContain('leadership');

    const hiddenChannel = await f.app.gql(f.key.carol, MarkChannelRead, { input: { channelId: f.channel.leadership } });
    expect(hiddenChannel.data!.markChannelRead.userErrors[0].code).toBe('NOT_FOUND');
    const hiddenMessage = await f.app.gql(f.key.carol, MarkUnread, { input: { messageId: secret } });
    expect(hiddenMessage.data!.markUnread.userErrors[0].code).toBe('NOT_FOUND');
    const foreign = await f.app.gql(f.key.carol, MarkChannelRead, { input: { channelId: f.globexChannelId } });
    expect(foreign.data!.markChannelRead.userErrors[0].code).toBe('NOT_FOUND');
    const otherWorkspace = await f.app.gql(f.key.carol, Unreads, { workspaceId: f.globexId });
    expect(otherWorkspace.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // Alice, who can read #leadership, still has her unread there: carol's attempts changed nothing.
    expect(await isUnread(f.key.alice, secret)).toBe(true);
  });

  itWith(entry, READ_STATE, 'rejects malformed input with the closed codes, naming the field and the value', async () => {
    const garbage = await f.app.gql(f.key.alice, MarkChannelRead, { input: { channelId: 'garbage' } });
    expect(garbage.data!.markChannelRead.userErrors[0]).toMatchObject({ code: 'VALIDATION_ERROR', field: ['input', 'channelId'] });

    const wrongType = await f.app.gql(f.key.alice, MarkChannelRead, { input: { channelId: f.acmeId } });
    expect(wrongType.data!.markChannelRead.userErrors[0]).toMatchObject({ code: 'VALIDATION_ERROR', field: ['input', 'channelId'] });
    expect(wrongType.data!.markChannelRead.userErrors[0].message).toContain('expected the id of a Channel');

    const elsewhere = await send(f, 'bob', f.channel.general, 'A message of #general');
    const mismatch = await f.app.gql(f.key.alice, MarkChannelRead, {
      input: { channelId: f.channel.random, lastReadMessageId: elsewhere },
    });
    expect(mismatch.data!.markChannelRead.userErrors[0]).toMatchObject({
      code: 'VALIDATION_ERROR',
      field: ['input', 'lastReadMessageId'],
      message: `lastReadMessageId: message ${JSON.stringify(elsewhere)} is not in #random.`,
    });

    for (const first of [0, 101]) {
      const result = await f.app.gql(f.key.alice, Unreads, { workspaceId: f.acmeId, first });
      expect(result.errors?.[0]).toMatchObject({
        message: `first must be between 1 and 100, got ${first}.`,
        extensions: { code: 'VALIDATION_ERROR' },
      });
    }
    const backward = await f.app.gql(f.key.alice, `query { workspaces { unreads(last: 2) { nodes { unreadCount } } } }`);
    expect(backward.errors?.[0].extensions?.code).toBe('UNSUPPORTED');
    const forged = await f.app.gql(f.key.alice, Unreads, { workspaceId: f.acmeId, after: 'bogus' });
    expect(forged.errors?.[0].extensions?.code).toBe('VALIDATION_ERROR');

    const { db } = f.app.started.services.database;
    const alice = await db.selectFrom('accounts').select('id').where('email', '=', 'alice@acme.test').executeTakeFirstOrThrow();
    await createApiKey(db, alice.id, `read-state-read-only-${entry.provider}`, 'dashboard', ['read']);
    const readOnly = await f.app.gql(`read-state-read-only-${entry.provider}`, MarkChannelRead, { input: { channelId: f.channel.random } });
    expect(readOnly.data!.markChannelRead.userErrors[0].code).toBe('PERMISSION_DENIED');
  });

  itOn(entry, 'builtin', 'unreadCount and isUnread over a page of channels and messages cost the same few statements however large the page', async () => {
    const cost = async (channels: number, messages: number) => {
      f.app.takeStatementCount();
      const result = await f.app.gql(f.key.alice, ChannelPage, { workspaceId: f.acmeId, channels, messages });
      expect(result.errors).toBeUndefined();
      const nodes = result.data!.workspace!.channels.nodes;
      return { statements: f.app.takeStatementCount(), flags: nodes.flatMap((node) => node.messages.nodes).length };
    };
    await cost(1, 2); // warm-up: a failed query of the previous test can leave sibling resolvers running
    const small = await cost(1, 2);
    const large = await cost(7, 20);
    expect(large.flags).toBeGreaterThan(small.flags * 10);
    expect(large.statements).toBe(small.statements);

    const unreadsCost = async (first: number) => {
      f.app.takeStatementCount();
      await unreads(f.key.alice, { first, messagesFirst: 20 });
      return f.app.takeStatementCount();
    };
    expect(await unreadsCost(5)).toBe(await unreadsCost(1));
  });
});
