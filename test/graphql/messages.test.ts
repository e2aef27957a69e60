import { describe, expect, it } from 'vitest';
import { graphql } from '../../testkit/gql/index.js';
import { createApiKey } from '../../src/store/api-keys.js';
import { actor, landing, post, sendInput } from '../../testkit/providers/posting.js';
import {
  ARCHIVED_CHANNELS,
  EDITS,
  itOn,
  itWith,
  MENTIONS,
  PROVIDER_TABLE,
  REACTIONS,
  REPLY_BROADCAST,
  SHARED_WORKSPACE,
  TREE_THREADS,
  useProviderFixture,
  type ProviderFixture,
} from '../../testkit/providers/table.js';
import { PEOPLE } from '../../testkit/providers/world.js';

const Send = graphql(`
  mutation Send($input: SendMessageInput!) {
    sendMessage(input: $input) {
      message {
        id
        text
        markdown
        html
        alsoSentToChannel
        author { name }
        parent { id }
        threadRoot { id }
        mentions { name }
        viewerCanUpdate
        viewerCanDelete
      }
      userErrors { code message field }
    }
  }
`);

const Update = graphql(`
  mutation Update($input: UpdateMessageInput!) {
    updateMessage(input: $input) {
      message { id text editedAt }
      userErrors { code message }
    }
  }
`);

const Delete = graphql(`
  mutation Delete($input: DeleteMessageInput!) {
    deleteMessage(input: $input) {
      deletedMessageId
      message { id text deletedAt }
      userErrors { code message }
    }
  }
`);

const React = graphql(`
  mutation React($input: ReactionInput!) {
    addReaction(input: $input) {
      message { reactions { emoji count viewerHasReacted users { name } } }
      userErrors { code message }
    }
  }
`);

const Unreact = graphql(`
  mutation Unreact($input: ReactionInput!) {
    removeReaction(input: $input) {
      message { reactions { emoji count } }
      userErrors { code message }
    }
  }
`);

const Tree = graphql(`
  query Tree($id: ID!) {
    message(id: $id) {
      id
      replyCount
      hasChildren
      lastReplyAt
      threadParticipants { name }
      children(first: 10) { nodes { id text deletedAt children(first: 10) { nodes { id } } } }
      descendants(first: 10) { nodes { id text parent { id } } }
    }
  }
`);

const ChannelTimeline = graphql(`
  query ChannelTimeline($id: ID!) {
    channel(id: $id) { messages(first: 5) { nodes { id text alsoSentToChannel } } }
  }
`);

describe.each(PROVIDER_TABLE)('message mutations on $name', (entry) => {
  let f: ProviderFixture;
  useProviderFixture(entry, (fixture) => {
    f = fixture;
  });

  /**
   * Sends as the holder of `key`; the input is loosely typed so that tests can send malformed input. On mail
   * a new mail without recipients goes to bob (`sendInput`).
   */
  async function send(key: string, input: Record<string, unknown>) {
    const result = await f.app.gql(key, Send, { input: sendInput(f, input) as never });
    expect(result.errors).toBeUndefined();
    return result.data!.sendMessage;
  }

  it('sends a root message as its author, with its mentions, which the author may edit (where messages are edited) and delete', async () => {
    const payload = await send(f.key.alice, { channelId: f.channel.general, markdown: 'Ship **it**, @bob' });
    expect(payload.userErrors).toEqual([]);
    expect(payload.message).toMatchObject({
      author: { name: 'Alice Chen' },
      parent: null,
      threadRoot: null,
      // Mail has no mentions: `@bob` is text there.
      mentions: entry.rules.mentions === false ? [] : [{ name: 'Bob Martinez' }],
      viewerCanUpdate: entry.capabilities.editMessages,
      viewerCanDelete: true,
    });
  });

  // How text, markdown and html are rendered is each provider's own (Slack's: test/providers/slack/mrkdwn.test.ts).
  itOn(entry, 'builtin', 'sends a root message rendered as text, markdown and html, with its mentions', async () => {
    const payload = await send(f.key.alice, { channelId: f.channel.general, markdown: 'Ship **it**, @bob <b>now</b>' });
    expect(payload.userErrors).toEqual([]);
    expect(payload.message).toMatchObject({
      text: 'Ship it, @bob <b>now</b>',
      markdown: 'Ship **it**, @bob <b>now</b>',
      html: '<p>Ship <strong>it</strong>, @bob &lt;b&gt;now&lt;/b&gt;</p>',
      author: { name: 'Alice Chen' },
      parent: null,
      threadRoot: null,
      mentions: [{ name: 'Bob Martinez' }],
      viewerCanUpdate: true,
      viewerCanDelete: true,
    });
  });

  itOn(entry, 'builtin', 'keeps plain text literal: markdown characters in text are not formatting', async () => {
    const payload = await send(f.key.alice, { channelId: f.channel.general, text: 'a *b* _c_ `d`' });
    expect(payload.message).toMatchObject({ text: 'a *b* _c_ `d`', html: '<p>a *b* _c_ `d`</p>' });
  });

  itOn(entry, 'builtin', 'plain text reads back exactly as written, whatever markdown would make of it', async () => {
    const text = '# not a heading\n1. not a list\n    indented\n\n\n\nAT&amp;T <b> ---';
    const payload = await send(f.key.alice, { channelId: f.channel.general, text });
    expect(payload.message?.text).toBe(text);
    expect(payload.message?.html).toBe(
      '<p># not a heading<br>1. not a list<br>    indented</p>\n<p>AT&amp;amp;T &lt;b&gt; ---</p>',
    );
  });

  itWith(entry, MENTIONS, 'mentions match handles whatever their case', async () => {
    const payload = await send(f.key.alice, { channelId: f.channel.general, text: 'ping @Carol and @DAVE' });
    expect(payload.message?.mentions.map((user) => user.name).sort()).toEqual(['Carol Nguyen', 'Dave Okafor']);
  });

  itWith(entry, TREE_THREADS, 'replies to a reply appear under their parent, not under the root, at any depth', async () => {
    // On a mailbox, bob's, carol's and dave's replies are their mail answering alice's (`post`).
    const root = { id: await post(f, 'alice', f.channel.general, 'root') };
    const first = { id: await post(f, 'bob', f.channel.general, 'first', { parentId: root.id }) };
    const second = { id: await post(f, 'carol', f.channel.general, 'second', { parentId: first.id }) };
    const third = { id: await post(f, 'dave', f.channel.general, 'third', { parentId: second.id }) };
    const placed = await f.app.gql(f.key.alice, 'query($id: ID!) { message(id: $id) { parent { id } threadRoot { id } } }', { id: third.id });
    expect(placed.data).toEqual({ message: { parent: { id: second.id }, threadRoot: { id: root.id } } });

    const tree = (await f.app.gql(f.key.alice, Tree, { id: root.id })).data!.message!;
    expect(tree.children.nodes.map((node) => node.id)).toEqual([first.id]);
    expect(tree.children.nodes[0].children.nodes.map((node) => node.id)).toEqual([second.id]);
    expect(tree.descendants.nodes.map((node) => [node.text, node.parent?.id])).toEqual([
      ['first', root.id],
      ['second', first.id],
      ['third', second.id],
    ]);
    expect(tree.replyCount).toBe(3);
    expect(tree.hasChildren).toBe(true);
    expect(tree.threadParticipants.map((user) => user.name).sort()).toEqual(['Bob Martinez', 'Carol Nguyen', 'Dave Okafor']);
  });

  itWith(entry, REPLY_BROADCAST, 'a reply also sent to the channel shows in the timeline; a plain reply does not', async () => {
    const root = (await send(f.key.alice, { channelId: f.channel.random, text: 'timeline root' })).message!;
    await send(f.key.bob, { channelId: f.channel.random, text: 'quiet reply', parentId: root.id });
    const loud = await send(f.key.bob, { channelId: f.channel.random, text: 'loud reply', parentId: root.id, alsoSendToChannel: true });
    expect(loud.message?.alsoSentToChannel).toBe(true);
    const timeline = (await f.app.gql(f.key.alice, ChannelTimeline, { id: f.channel.random })).data!.channel!.messages.nodes;
    expect(timeline.map((message) => message.text).slice(0, 2)).toEqual(['loud reply', 'timeline root']);
  });

  it('a retried send with the same idempotency key returns the first message and sends nothing twice', async () => {
    const input = { channelId: f.channel.general, text: 'exactly once', idempotencyKey: `key-${entry.name}` };
    const first = await send(f.key.alice, input);
    const retry = await send(f.key.alice, input);
    expect(retry.message?.id).toBe(first.message?.id);
    const timeline = (await f.app.gql(f.key.alice, ChannelTimeline, { id: landing(f, 'alice', f.channel.general) })).data!.channel!.messages.nodes;
    expect(timeline.filter((message) => message.text === 'exactly once')).toHaveLength(1);

    const reused = await send(f.key.alice, { ...input, text: 'something else' });
    expect(reused.userErrors).toEqual([
      { code: 'CONFLICT', message: 'idempotencyKey was already used for a different message.', field: ['input', 'idempotencyKey'] },
    ]);
  });

  itWith(entry, SHARED_WORKSPACE, 'idempotency keys belong to their account: another person’s same key is a different send', async () => {
    const input = { channelId: f.channel.general, text: 'once each', idempotencyKey: `mine-${entry.name}` };
    const alices = await send(f.key.alice, input);
    const bobs = await send(f.key.bob, input);
    expect(bobs.message?.id).not.toBe(alices.message?.id);
  });

  it('concurrent retries with one idempotency key create exactly one message', async () => {
    const input = { channelId: f.channel.random, text: 'racing retries', idempotencyKey: `race-${entry.name}` };
    const racer = actor(f, 'dave');
    const payloads = await Promise.all(Array.from({ length: 6 }, () => send(f.key[racer], input)));
    const ids = new Set(payloads.flatMap((payload) => (payload.message ? [payload.message.id] : [])));
    expect(ids.size).toBe(1);
    // A retry that overlaps the first attempt is told to retry; none is sent twice.
    for (const payload of payloads.filter((candidate) => !candidate.message)) {
      expect(payload.userErrors[0]).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('still in progress') });
    }
    const timeline = (await f.app.gql(f.key.alice, ChannelTimeline, { id: landing(f, racer, f.channel.random) })).data!.channel!.messages.nodes;
    expect(timeline.filter((message) => message.text === 'racing retries')).toHaveLength(1);
  });

  it('a read-only API key can read but not write', async () => {
    const { db } = f.app.started.services.database;
    // carol's, or on a mailbox its owner's (the one person who reads it).
    const holder = PEOPLE.find((person) => person.handle === actor(f, 'carol'))!.name;
    const account = await db.selectFrom('accounts').select('id').where('name', '=', holder).executeTakeFirstOrThrow();
    await createApiKey(db, account.id, `read-only-${entry.provider}`, 'dashboard', ['read']);
    const payload = await send(`read-only-${entry.provider}`, { channelId: f.channel.general, text: 'may I?' });
    expect(payload.userErrors).toEqual([
      { code: 'PERMISSION_DENIED', message: 'This API key is read-only: it lacks the "write" scope.', field: null },
    ]);
    const read = await f.app.gql(`read-only-${entry.provider}`, ChannelTimeline, { id: f.channel.general });
    expect(read.data?.channel?.messages.nodes.length).toBeGreaterThan(0);
  });

  it('rejects bad input with VALIDATION_ERROR or NOT_FOUND and a message naming the problem', async () => {
    // Each provider's own limit (40,000 on the built-in workspace and Slack, 28,000 on Teams).
    const limit = entry.capabilities.maxMessageLength;
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ channelId: f.channel.general, text: '   ' }, 'VALIDATION_ERROR', /^text must not be empty\.$/],
      [{ channelId: f.channel.general, text: 'x'.repeat(limit + 1) }, 'VALIDATION_ERROR', new RegExp(`^text is ${(limit + 1).toLocaleString('en-US')} characters long; the limit is ${limit.toLocaleString('en-US')}\\.$`)],
      [{ channelId: f.channel.general }, 'VALIDATION_ERROR', /text or markdown/],
      [{ channelId: f.channel.general, text: 'a', markdown: 'b' }, 'VALIDATION_ERROR', /not text and markdown/],
      [{ channelId: 'not-an-id', text: 'hi' }, 'VALIDATION_ERROR', /channelId: "not-an-id" is not a valid Switchboard id/],
      [{ channelId: f.user['Bob Martinez'], text: 'hi' }, 'VALIDATION_ERROR', /expected the id of a Channel, but .* is the id of a User/],
      [{ channelId: f.channel.general, text: 'hi', parentId: f.channel.random }, 'VALIDATION_ERROR', /expected the id of a Message/],
      // A chat workspace takes no mail fields; a new mail needs a recipient.
      entry.capabilities.email
        ? [{ channelId: f.channel.general, text: 'hi', to: [] }, 'VALIDATION_ERROR', /^A new mail needs at least one recipient in to, cc or bcc\.$/]
        : [{ channelId: f.channel.general, text: 'hi', subject: 'Hello' }, 'UNSUPPORTED', /email workspaces only/],
    ];
    for (const [input, code, message] of cases) {
      const payload = await send(f.key.alice, input);
      expect(payload.message).toBeNull();
      expect(payload.userErrors).toHaveLength(1);
      expect(payload.userErrors[0].code).toBe(code);
      expect(payload.userErrors[0].message).toMatch(message);
    }
  });

  it('treats a channel the viewer cannot see, or of a workspace it is not in, as not found', async () => {
    const hidden = await send(f.key.carol, { channelId: f.channel.leadership, text: 'let me in' });
    expect(hidden.userErrors[0]).toMatchObject({ code: 'NOT_FOUND' });
    // carol has no user in Globex: its channels do not exist for her.
    const foreign = await send(f.key.carol, { channelId: f.globexChannelId, text: 'hello Globex' });
    expect(foreign.userErrors[0]).toMatchObject({ code: 'NOT_FOUND' });
  });

  itWith(entry, SHARED_WORKSPACE, 'a public channel you are not a member of does not exist for you, or (where anyone may read it) takes no posts from you', async () => {
    // carol is not a member of #engineering. On the built-in workspace public channels differ in who may join,
    // not in who may read; on Slack anyone in the team reads them, and only members post.
    const payload = await send(f.key.carol, { channelId: f.channel.engineering, text: 'hello?' });
    const code = entry.rules.publicChannelsReadableByNonMembers ? 'PERMISSION_DENIED' : 'NOT_FOUND';
    expect(payload.userErrors[0]).toMatchObject({ code });
  });

  itWith(entry, ARCHIVED_CHANNELS, 'an archived channel is read-only: no new messages, reactions, edits or deletes', async () => {
    const payload = await send(f.key.alice, { channelId: f.channel['old-projects'], text: 'anyone here?' });
    expect(payload.userErrors).toEqual([{ code: 'CONFLICT', message: '#old-projects is archived and read-only.', field: null }]);

    const timeline = await f.app.gql(f.key.alice, ChannelTimeline, { id: f.channel['old-projects'] });
    const old = timeline.data!.channel!.messages.nodes[0].id;
    const reaction = await f.app.gql(f.key.alice, React, { input: { messageId: old, emoji: '👍' } });
    expect(reaction.data!.addReaction.userErrors).toEqual([{ code: 'CONFLICT', message: '#old-projects is archived and read-only.' }]);
    const removal = await f.app.gql(f.key.alice, Delete, { input: { messageId: old } });
    expect(removal.data!.deleteMessage.userErrors[0]).toMatchObject({ code: 'CONFLICT' });
  });

  itWith(entry, [SHARED_WORKSPACE, EDITS], 'only the author edits; the edit shows editedAt', async () => {
    const message = (await send(f.key.dave, { channelId: f.channel.general, text: 'typo' })).message!;
    const byOther = await f.app.gql(f.key.alice, Update, { input: { messageId: message.id, text: 'fixed' } });
    expect(byOther.data!.updateMessage.userErrors).toEqual([{ code: 'PERMISSION_DENIED', message: 'Only the author can edit a message.' }]);
    const byAuthor = await f.app.gql(f.key.dave, Update, { input: { messageId: message.id, text: 'fixed' } });
    expect(byAuthor.data!.updateMessage.message).toMatchObject({ text: 'fixed', editedAt: expect.any(String) });
  });

  it('deleting leaves a tombstone that keeps the tree', async () => {
    // carol's message with dave's reply; on a mailbox, their mail, which alice deletes from her mailbox.
    const root = { id: await post(f, 'carol', f.channel.general, 'to be deleted first') };
    const reply = { id: await post(f, 'dave', f.channel.general, 'still here?', { parentId: root.id }) };
    const deleter = f.key[actor(f, 'carol')];
    const deleted = await f.app.gql(deleter, Delete, { input: { messageId: root.id } });
    expect(deleted.data!.deleteMessage).toMatchObject({
      deletedMessageId: root.id,
      message: { id: root.id, text: '', deletedAt: expect.any(String) },
      userErrors: [],
    });
    const tree = (await f.app.gql(f.key.alice, Tree, { id: root.id })).data!.message!;
    expect(tree.children.nodes.map((node) => node.id)).toEqual([reply.id]);
    const again = await f.app.gql(deleter, Delete, { input: { messageId: root.id } });
    expect(again.data!.deleteMessage.userErrors[0]).toMatchObject({ code: 'CONFLICT' });
  });

  itWith(entry, SHARED_WORKSPACE, 'only author or admins may delete, and their delete leaves the tree', async () => {
    const root = (await send(f.key.carol, { channelId: f.channel.general, text: 'to be deleted' })).message!;
    const reply = (await send(f.key.dave, { channelId: f.channel.general, text: 'orphan?', parentId: root.id })).message!;

    const byMember = await f.app.gql(f.key.dave, Delete, { input: { messageId: root.id } });
    expect(byMember.data!.deleteMessage.userErrors[0]).toMatchObject({ code: 'PERMISSION_DENIED' });

    // bob is a workspace admin: he may delete carol's message, except where only authors delete (Teams).
    let deleter = f.key.bob;
    if (entry.rules.onlyAuthorsDelete) {
      const byAdmin = await f.app.gql(f.key.bob, Delete, { input: { messageId: root.id } });
      expect(byAdmin.data!.deleteMessage.userErrors[0]).toMatchObject({ code: 'PERMISSION_DENIED' });
      deleter = f.key.carol;
    }
    const deleted = await f.app.gql(deleter, Delete, { input: { messageId: root.id } });
    expect(deleted.data!.deleteMessage).toMatchObject({
      deletedMessageId: root.id,
      message: { id: root.id, text: '', deletedAt: expect.any(String) },
      userErrors: [],
    });
    const tree = (await f.app.gql(f.key.alice, Tree, { id: root.id })).data!.message!;
    expect(tree.children.nodes.map((node) => node.id)).toEqual([reply.id]);

    const again = await f.app.gql(deleter, Delete, { input: { messageId: root.id } });
    expect(again.data!.deleteMessage.userErrors[0]).toMatchObject({ code: 'CONFLICT' });
  });

  itWith(entry, [SHARED_WORKSPACE, REACTIONS], 'each person reacts once per emoji; removing is only for your own reactions', async () => {
    // Emoji are given as unicode; a provider may answer with its own names (Slack: :tada:).
    const tada = entry.rules.emoji('🎉');
    const message = (await send(f.key.alice, { channelId: f.channel.general, text: 'react to me' })).message!;
    const first = await f.app.gql(f.key.bob, React, { input: { messageId: message.id, emoji: '🎉' } });
    expect(first.data!.addReaction.message!.reactions).toEqual([
      { emoji: tada, count: 1, viewerHasReacted: true, users: [{ name: 'Bob Martinez' }] },
    ]);
    const twice = await f.app.gql(f.key.bob, React, { input: { messageId: message.id, emoji: '🎉' } });
    expect(twice.data!.addReaction.userErrors).toEqual([{ code: 'CONFLICT', message: entry.rules.alreadyReacted(tada) }]);
    const second = await f.app.gql(f.key.carol, React, { input: { messageId: message.id, emoji: '🎉' } });
    expect(second.data!.addReaction.message!.reactions[0]).toMatchObject({ count: 2, viewerHasReacted: true });
    // A custom emoji by name where the platform has them; elsewhere the name is refused and a second unicode emoji stands in.
    const customEmoji = entry.rules.customEmoji !== false;
    if (!customEmoji) {
      const refused = await f.app.gql(f.key.carol, React, { input: { messageId: message.id, emoji: ':shipit:' } });
      expect(refused.data!.addReaction.userErrors).toEqual([{ code: 'VALIDATION_ERROR', message: expect.stringContaining('":shipit:"') }]);
    }
    const [otherInput, other] = customEmoji ? [':shipit:', ':shipit:'] : ['🚀', entry.rules.emoji('🚀')];
    const custom = await f.app.gql(f.key.carol, React, { input: { messageId: message.id, emoji: otherInput } });
    expect(custom.data!.addReaction.message!.reactions.map((group) => group.emoji)).toEqual([tada, other]);

    const notMine = await f.app.gql(f.key.dave, Unreact, { input: { messageId: message.id, emoji: '🎉' } });
    expect(notMine.data!.removeReaction.userErrors[0]).toMatchObject({ code: 'NOT_FOUND' });
    const mine = await f.app.gql(f.key.bob, Unreact, { input: { messageId: message.id, emoji: '🎉' } });
    expect(mine.data!.removeReaction.message!.reactions).toEqual([
      { emoji: tada, count: 1 },
      { emoji: other, count: 1 },
    ]);

    const bad = await f.app.gql(f.key.bob, React, { input: { messageId: message.id, emoji: 'thumbs up' } });
    expect(bad.data!.addReaction.userErrors[0]).toMatchObject({ code: 'VALIDATION_ERROR' });
  });
});
