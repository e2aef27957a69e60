import { describe, expect, it } from 'vitest';
import { graphql } from '../../testkit/gql/index.js';
import type { TestApp } from '../../testkit/app.js';
import { createApiKey } from '../../src/store/api-keys.js';
import { STORES } from '../../testkit/databases.js';
import { useDemoApp, type DemoDirectory } from '../../testkit/demo.js';

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

describe.each(STORES)('message mutations on %s', (kind) => {
  let app: TestApp;
  let demo: DemoDirectory;
  useDemoApp(kind, (started, directory) => {
    app = started;
    demo = directory;
  });

  /** Sends as the holder of `key`; the input is loosely typed so that tests can send malformed input. */
  async function send(key: string, input: Record<string, unknown>) {
    const result = await app.gql(key, Send, { input: input as never });
    expect(result.errors).toBeUndefined();
    return result.data!.sendMessage;
  }

  it('sends a root message rendered as text, markdown and html, with its mentions', async () => {
    const payload = await send('demo-alice', { channelId: demo.channel.general, markdown: 'Ship **it**, @bob <b>now</b>' });
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

  it('keeps plain text literal: markdown characters in text are not formatting', async () => {
    const payload = await send('demo-alice', { channelId: demo.channel.general, text: 'a *b* _c_ `d`' });
    expect(payload.message).toMatchObject({ text: 'a *b* _c_ `d`', html: '<p>a *b* _c_ `d`</p>' });
  });

  it('plain text reads back exactly as written, whatever markdown would make of it', async () => {
    const text = '# not a heading\n1. not a list\n    indented\n\n\n\nAT&amp;T <b> ---';
    const payload = await send('demo-alice', { channelId: demo.channel.general, text });
    expect(payload.message?.text).toBe(text);
    expect(payload.message?.html).toBe(
      '<p># not a heading<br>1. not a list<br>    indented</p>\n<p>AT&amp;amp;T &lt;b&gt; ---</p>',
    );
  });

  it('mentions match handles whatever their case', async () => {
    const payload = await send('demo-alice', { channelId: demo.channel.general, text: 'ping @Carol and @DAVE' });
    expect(payload.message?.mentions.map((user) => user.name).sort()).toEqual(['Carol Nguyen', 'Dave Okafor']);
  });

  it('replies to a reply appear under their parent, not under the root, at any depth', async () => {
    const root = (await send('demo-alice', { channelId: demo.channel.general, text: 'root' })).message!;
    const first = (await send('demo-bob', { channelId: demo.channel.general, text: 'first', parentId: root.id })).message!;
    const second = (await send('demo-carol', { channelId: demo.channel.general, text: 'second', parentId: first.id })).message!;
    const third = (await send('demo-dave', { channelId: demo.channel.general, text: 'third', parentId: second.id })).message!;
    expect(third.parent).toEqual({ id: second.id });
    expect(third.threadRoot).toEqual({ id: root.id });

    const tree = (await app.gql('demo-alice', Tree, { id: root.id })).data!.message!;
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

  it('a reply also sent to the channel shows in the timeline; a plain reply does not', async () => {
    const root = (await send('demo-alice', { channelId: demo.channel.random, text: 'timeline root' })).message!;
    await send('demo-bob', { channelId: demo.channel.random, text: 'quiet reply', parentId: root.id });
    const loud = await send('demo-bob', { channelId: demo.channel.random, text: 'loud reply', parentId: root.id, alsoSendToChannel: true });
    expect(loud.message?.alsoSentToChannel).toBe(true);
    const timeline = (await app.gql('demo-alice', ChannelTimeline, { id: demo.channel.random })).data!.channel!.messages.nodes;
    expect(timeline.map((message) => message.text).slice(0, 2)).toEqual(['loud reply', 'timeline root']);
  });

  it('a retried send with the same idempotency key returns the first message and sends nothing twice', async () => {
    const input = { channelId: demo.channel.general, text: 'exactly once', idempotencyKey: `key-${kind}` };
    const first = await send('demo-alice', input);
    const retry = await send('demo-alice', input);
    expect(retry.message?.id).toBe(first.message?.id);
    const timeline = (await app.gql('demo-alice', ChannelTimeline, { id: demo.channel.general })).data!.channel!.messages.nodes;
    expect(timeline.filter((message) => message.text === 'exactly once')).toHaveLength(1);

    const reused = await send('demo-alice', { ...input, text: 'something else' });
    expect(reused.userErrors).toEqual([
      { code: 'CONFLICT', message: 'idempotencyKey was already used for a different message.', field: ['input', 'idempotencyKey'] },
    ]);
    // Keys belong to their account: bob's same key is a different send.
    const bobs = await send('demo-bob', input);
    expect(bobs.message?.id).not.toBe(first.message?.id);
  });

  it('concurrent retries with one idempotency key create exactly one message', async () => {
    const input = { channelId: demo.channel.random, text: 'racing retries', idempotencyKey: `race-${kind}` };
    const payloads = await Promise.all(Array.from({ length: 6 }, () => send('demo-dave', input)));
    const ids = new Set(payloads.flatMap((payload) => (payload.message ? [payload.message.id] : [])));
    expect(ids.size).toBe(1);
    // A retry that overlaps the first attempt is told to retry; none is sent twice.
    for (const payload of payloads.filter((candidate) => !candidate.message)) {
      expect(payload.userErrors[0]).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('still in progress') });
    }
    const timeline = (await app.gql('demo-alice', ChannelTimeline, { id: demo.channel.random })).data!.channel!.messages.nodes;
    expect(timeline.filter((message) => message.text === 'racing retries')).toHaveLength(1);
  });

  it('a read-only API key can read but not write', async () => {
    const { db } = app.started.services.database;
    const carol = await db.selectFrom('accounts').select('id').where('name', '=', 'Carol Nguyen').executeTakeFirstOrThrow();
    await createApiKey(db, carol.id, `read-only-${kind}`, 'dashboard', ['read']);
    const payload = await send(`read-only-${kind}`, { channelId: demo.channel.general, text: 'may I?' });
    expect(payload.userErrors).toEqual([
      { code: 'PERMISSION_DENIED', message: 'This API key is read-only: it lacks the "write" scope.', field: null },
    ]);
    const read = await app.gql(`read-only-${kind}`, ChannelTimeline, { id: demo.channel.general });
    expect(read.data?.channel?.messages.nodes.length).toBeGreaterThan(0);
  });

  it('rejects bad input with VALIDATION_ERROR or NOT_FOUND and a message naming the problem', async () => {
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ channelId: demo.channel.general, text: '   ' }, 'VALIDATION_ERROR', /^text must not be empty\.$/],
      [{ channelId: demo.channel.general, text: 'x'.repeat(40_001) }, 'VALIDATION_ERROR', /^text is 40,001 characters long; the limit is 40,000\.$/],
      [{ channelId: demo.channel.general }, 'VALIDATION_ERROR', /text or markdown/],
      [{ channelId: demo.channel.general, text: 'a', markdown: 'b' }, 'VALIDATION_ERROR', /not text and markdown/],
      [{ channelId: 'not-an-id', text: 'hi' }, 'VALIDATION_ERROR', /channelId: "not-an-id" is not a valid Switchboard id/],
      [{ channelId: demo.user['Bob Martinez'], text: 'hi' }, 'VALIDATION_ERROR', /expected the id of a Channel, but .* is the id of a User/],
      [{ channelId: demo.channel.general, text: 'hi', parentId: demo.channel.random }, 'VALIDATION_ERROR', /expected the id of a Message/],
      [{ channelId: demo.channel.general, text: 'hi', subject: 'Hello' }, 'UNSUPPORTED', /email workspaces only/],
    ];
    for (const [input, code, message] of cases) {
      const payload = await send('demo-alice', input);
      expect(payload.message).toBeNull();
      expect(payload.userErrors).toHaveLength(1);
      expect(payload.userErrors[0].code).toBe(code);
      expect(payload.userErrors[0].message).toMatch(message);
    }
  });

  it('treats a channel the viewer cannot see, or of a workspace it is not in, as not found', async () => {
    const hidden = await send('demo-carol', { channelId: demo.channel.leadership, text: 'let me in' });
    expect(hidden.userErrors[0]).toMatchObject({ code: 'NOT_FOUND' });
    // carol has no user in Globex: its channels do not exist for her.
    const foreign = await send('demo-carol', { channelId: demo.globexChannelId, text: 'hello Globex' });
    expect(foreign.userErrors[0]).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a public channel you are not a member of does not exist for you', async () => {
    // carol is not a member of #engineering: public channels differ in who may join, not in who may read.
    const payload = await send('demo-carol', { channelId: demo.channel.engineering, text: 'hello?' });
    expect(payload.userErrors[0]).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('an archived channel is read-only: no new messages, reactions, edits or deletes', async () => {
    const payload = await send('demo-alice', { channelId: demo.channel['old-projects'], text: 'anyone here?' });
    expect(payload.userErrors).toEqual([{ code: 'CONFLICT', message: '#old-projects is archived and read-only.', field: null }]);

    const timeline = await app.gql('demo-alice', ChannelTimeline, { id: demo.channel['old-projects'] });
    const old = timeline.data!.channel!.messages.nodes[0].id;
    const reaction = await app.gql('demo-alice', React, { input: { messageId: old, emoji: '👍' } });
    expect(reaction.data!.addReaction.userErrors).toEqual([{ code: 'CONFLICT', message: '#old-projects is archived and read-only.' }]);
    const removal = await app.gql('demo-alice', Delete, { input: { messageId: old } });
    expect(removal.data!.deleteMessage.userErrors[0]).toMatchObject({ code: 'CONFLICT' });
  });

  it('only the author edits; the edit shows editedAt', async () => {
    const message = (await send('demo-dave', { channelId: demo.channel.general, text: 'typo' })).message!;
    const byOther = await app.gql('demo-alice', Update, { input: { messageId: message.id, text: 'fixed' } });
    expect(byOther.data!.updateMessage.userErrors).toEqual([{ code: 'PERMISSION_DENIED', message: 'Only the author can edit a message.' }]);
    const byAuthor = await app.gql('demo-dave', Update, { input: { messageId: message.id, text: 'fixed' } });
    expect(byAuthor.data!.updateMessage.message).toMatchObject({ text: 'fixed', editedAt: expect.any(String) });
  });

  it('deleting leaves a tombstone that keeps the tree, and only author or admins may delete', async () => {
    const root = (await send('demo-carol', { channelId: demo.channel.general, text: 'to be deleted' })).message!;
    const reply = (await send('demo-dave', { channelId: demo.channel.general, text: 'orphan?', parentId: root.id })).message!;

    const byMember = await app.gql('demo-dave', Delete, { input: { messageId: root.id } });
    expect(byMember.data!.deleteMessage.userErrors[0]).toMatchObject({ code: 'PERMISSION_DENIED' });

    // bob is a workspace admin: he may delete carol's message.
    const byAdmin = await app.gql('demo-bob', Delete, { input: { messageId: root.id } });
    expect(byAdmin.data!.deleteMessage).toMatchObject({
      deletedMessageId: root.id,
      message: { id: root.id, text: '', deletedAt: expect.any(String) },
      userErrors: [],
    });
    const tree = (await app.gql('demo-alice', Tree, { id: root.id })).data!.message!;
    expect(tree.children.nodes.map((node) => node.id)).toEqual([reply.id]);

    const again = await app.gql('demo-bob', Delete, { input: { messageId: root.id } });
    expect(again.data!.deleteMessage.userErrors[0]).toMatchObject({ code: 'CONFLICT' });
  });

  it('each person reacts once per emoji; removing is only for your own reactions', async () => {
    const message = (await send('demo-alice', { channelId: demo.channel.general, text: 'react to me' })).message!;
    const first = await app.gql('demo-bob', React, { input: { messageId: message.id, emoji: '🎉' } });
    expect(first.data!.addReaction.message!.reactions).toEqual([
      { emoji: '🎉', count: 1, viewerHasReacted: true, users: [{ name: 'Bob Martinez' }] },
    ]);
    const twice = await app.gql('demo-bob', React, { input: { messageId: message.id, emoji: '🎉' } });
    expect(twice.data!.addReaction.userErrors).toEqual([{ code: 'CONFLICT', message: 'You already reacted with 🎉 to this message.' }]);
    const second = await app.gql('demo-carol', React, { input: { messageId: message.id, emoji: '🎉' } });
    expect(second.data!.addReaction.message!.reactions[0]).toMatchObject({ count: 2, viewerHasReacted: true });
    const custom = await app.gql('demo-carol', React, { input: { messageId: message.id, emoji: ':shipit:' } });
    expect(custom.data!.addReaction.message!.reactions.map((group) => group.emoji)).toEqual(['🎉', ':shipit:']);

    const notMine = await app.gql('demo-dave', Unreact, { input: { messageId: message.id, emoji: '🎉' } });
    expect(notMine.data!.removeReaction.userErrors[0]).toMatchObject({ code: 'NOT_FOUND' });
    const mine = await app.gql('demo-bob', Unreact, { input: { messageId: message.id, emoji: '🎉' } });
    expect(mine.data!.removeReaction.message!.reactions).toEqual([
      { emoji: '🎉', count: 1 },
      { emoji: ':shipit:', count: 1 },
    ]);

    const bad = await app.gql('demo-bob', React, { input: { messageId: message.id, emoji: 'thumbs up' } });
    expect(bad.data!.addReaction.userErrors[0]).toMatchObject({ code: 'VALIDATION_ERROR' });
  });
});
