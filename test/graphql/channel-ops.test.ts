import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { describe, expect, it } from 'vitest';
import type { ChannelOpsJoinablePageQuery, CreateChannelInput } from '../../testkit/gql/graphql.js';
import { graphql } from '../../testkit/gql/index.js';
import { decodeGlobalId, encodeGlobalId } from '../../src/providers/ids.js';
import { createApiKey } from '../../src/store/api-keys.js';
import { STORES, type StoreKind } from '../../testkit/databases.js';
import { useLiveServer, type LiveServer } from '../../testkit/subscriptions.js';

/**
 * Channel operations of the operation reference on the built-in workspace: create, rename, archive,
 * unarchive, join, leave, invite; their SYSTEM messages (the reference's system_event), their events and who
 * receives them, and the errors. Over a real port (HTTP for operations, graphql-ws for subscribers), on
 * PGlite and PostgreSQL.
 */

/** Spread by the documents below (the client preset adds it to each of them). */
export const ChannelOpsChannelFragment = graphql(`
  fragment ChannelOpsChannel on Channel {
    id
    name
    description
    type
    isPrivate
    isActive
    viewerCanManage
    viewerCanPost
    parent { id name }
    members(first: 20) { nodes { name } }
    messages(first: 5) {
      nodes {
        id
        type
        text
        author { name }
        systemEvent { type user { name } actor { name } channelName oldChannelName }
      }
    }
  }
`);

const Create = graphql(`
  mutation ChannelOpsCreate($input: CreateChannelInput!) {
    createChannel(input: $input) {
      channel { ...ChannelOpsChannel }
      userErrors { code message field }
    }
  }
`);

const Rename = graphql(`
  mutation ChannelOpsRename($input: RenameChannelInput!) {
    renameChannel(input: $input) {
      channel { ...ChannelOpsChannel }
      userErrors { code message field }
    }
  }
`);

const Archive = graphql(`
  mutation ChannelOpsArchive($input: ChannelInput!) {
    archiveChannel(input: $input) {
      channel { ...ChannelOpsChannel }
      userErrors { code message field }
    }
  }
`);

const Unarchive = graphql(`
  mutation ChannelOpsUnarchive($input: ChannelInput!) {
    unarchiveChannel(input: $input) {
      channel { ...ChannelOpsChannel }
      userErrors { code message field }
    }
  }
`);

const Join = graphql(`
  mutation ChannelOpsJoin($input: ChannelInput!) {
    joinChannel(input: $input) {
      channel { ...ChannelOpsChannel }
      userErrors { code message field }
    }
  }
`);

const Leave = graphql(`
  mutation ChannelOpsLeave($input: ChannelInput!) {
    leaveChannel(input: $input) {
      leftChannelId
      userErrors { code message field }
    }
  }
`);

const Invite = graphql(`
  mutation ChannelOpsInvite($input: InviteToChannelInput!) {
    inviteToChannel(input: $input) {
      channel { ...ChannelOpsChannel }
      userErrors { code message field }
    }
  }
`);

const ReadChannel = graphql(`
  query ChannelOpsRead($id: ID!) {
    channel(id: $id) { ...ChannelOpsChannel }
  }
`);

const Directory = graphql(`
  query ChannelOpsDirectory($workspaceId: ID!, $query: String) {
    workspace(id: $workspaceId) {
      users(first: 50) { nodes { id name } }
      channels(first: 100, includeArchived: true) { nodes { id name } }
      joinableChannels(first: 50, query: $query) { nodes { channelId name description memberCount } }
    }
  }
`);

const Post = graphql(`
  mutation ChannelOpsPost($input: SendMessageInput!) {
    sendMessage(input: $input) {
      message { id }
      userErrors { code message }
    }
  }
`);

const JoinablePage = graphql(`
  query ChannelOpsJoinablePage($workspaceId: ID!, $after: String) {
    workspace(id: $workspaceId) {
      joinableChannels(first: 1, after: $after) { nodes { name } pageInfo { hasNextPage endCursor } }
    }
  }
`);

const ChannelOpsCapabilities = graphql(`
  query ChannelOpsCapabilities($id: ID!) {
    workspace(id: $id) { capabilities { eventTypes } }
  }
`);

const ReadMessage = graphql(`
  query ChannelOpsReadMessage($id: ID!) {
    message(id: $id) { id text }
  }
`);

describe.each(STORES)('channel operations on %s', (kind: StoreKind) => {
  let live: LiveServer;
  useLiveServer(kind, (server) => (live = server));

  /** Runs an operation that must not fail at the GraphQL level (userErrors are fine); returns its data. */
  async function run<TResult, TVariables>(key: string, document: TypedDocumentNode<TResult, TVariables>, variables: TVariables): Promise<TResult> {
    const result = await live.http(key, document, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  }

  const create = async (key: string, input: Partial<CreateChannelInput>) =>
    (await run(key, Create, { input: { workspaceId: live.directory.acmeId, name: '', ...input } })).createChannel;
  const rename = async (key: string, channelId: string, name: string) => (await run(key, Rename, { input: { channelId, name } })).renameChannel;
  const archive = async (key: string, channelId: string) => (await run(key, Archive, { input: { channelId } })).archiveChannel;
  const unarchive = async (key: string, channelId: string) => (await run(key, Unarchive, { input: { channelId } })).unarchiveChannel;
  const join = async (key: string, channelId: string) => (await run(key, Join, { input: { channelId } })).joinChannel;
  const leave = async (key: string, channelId: string) => (await run(key, Leave, { input: { channelId } })).leaveChannel;
  const invite = async (key: string, channelId: string, userIds: string[]) =>
    (await run(key, Invite, { input: { channelId, userIds } })).inviteToChannel;
  const post = async (key: string, channelId: string, text: string) =>
    (await run(key, Post, { input: { channelId, text } })).sendMessage;
  const read = async (key: string, id: string) => (await live.http(key, ReadChannel, { id })).data?.channel;

  async function directory(key: string, query?: string) {
    const data = await run(key, Directory, { workspaceId: live.directory.acmeId, query });
    const workspace = data.workspace!;
    return {
      user: Object.fromEntries(workspace.users.nodes.map((user) => [user.name, user.id])) as Record<string, string>,
      channels: workspace.channels.nodes.map((channel) => channel.name),
      channelId: Object.fromEntries(workspace.channels.nodes.map((channel) => [channel.name, channel.id])) as Record<string, string>,
      joinable: workspace.joinableChannels.nodes,
    };
  }

  /** A new public (or private) channel made by alice, with its id. */
  async function channelByAlice(name: string, type: 'PUBLIC' | 'PRIVATE' = 'PUBLIC') {
    const payload = await create('demo-alice', { name, type });
    expect(payload.userErrors).toEqual([]);
    return payload.channel!;
  }

  it('creates a public channel with its creator as first member and channel admin, announced by a CHANNEL_CREATED system message', async () => {
    const payload = await create('demo-carol', { name: 'design-reviews', description: '  Weekly design critique  ' });
    expect(payload.userErrors).toEqual([]);
    expect(payload.channel).toMatchObject({
      name: 'design-reviews',
      description: 'Weekly design critique',
      type: 'PUBLIC',
      isPrivate: false,
      isActive: true,
      viewerCanManage: true,
      viewerCanPost: true,
      parent: null,
      members: { nodes: [{ name: 'Carol Nguyen' }] },
      messages: {
        nodes: [
          {
            type: 'SYSTEM',
            text: 'carol created #design-reviews',
            author: { name: 'Carol Nguyen' },
            systemEvent: { type: 'CHANNEL_CREATED', user: null, actor: { name: 'Carol Nguyen' }, channelName: 'design-reviews', oldChannelName: null },
          },
        ],
      },
    });
    // carol, a plain member of the workspace, now lists it among her channels.
    expect((await directory('demo-carol')).channels).toContain('design-reviews');
  });

  it('creates a private subchannel that its members see under its parent and nobody else sees at all', async () => {
    const payload = await create('demo-bob', { name: 'eng-private-infra', type: 'PRIVATE', parentId: live.directory.channel.engineering });
    expect(payload.userErrors).toEqual([]);
    expect(payload.channel).toMatchObject({ type: 'PRIVATE', isPrivate: true, parent: { id: live.directory.channel.engineering, name: 'engineering' } });
    const dave = await live.http('demo-dave', ReadChannel, { id: payload.channel!.id });
    expect(dave.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect((await directory('demo-dave')).joinable.map((channel) => channel.name)).not.toContain('eng-private-infra');
  });

  it('refuses bad channel names with a VALIDATION_ERROR on input.name that shows the value and suggests a valid one', async () => {
    expect((await create('demo-alice', { name: 'Design Reviews!' })).userErrors).toEqual([
      {
        code: 'VALIDATION_ERROR',
        message: 'name: channel names are lowercase letters, digits, hyphens and underscores, got "Design Reviews!"; try "design-reviews".',
        field: ['input', 'name'],
      },
    ]);
    expect((await create('demo-alice', { name: '#launch' })).userErrors[0].message).toContain('try "launch"');
    expect((await create('demo-alice', { name: 'x'.repeat(81) })).userErrors).toEqual([
      { code: 'VALIDATION_ERROR', message: 'name is 81 characters long; channel names have at most 80.', field: ['input', 'name'] },
    ]);
    expect((await create('demo-alice', { name: '   ' })).userErrors).toEqual([
      { code: 'VALIDATION_ERROR', message: 'name: a channel needs a name.', field: ['input', 'name'] },
    ]);
    expect((await create('demo-alice', { name: 'x'.repeat(80) })).userErrors).toEqual([]);
    expect((await create('demo-alice', { name: 'dm-ish', type: 'DIRECT' })).userErrors).toEqual([
      { code: 'VALIDATION_ERROR', message: 'type: a new channel is PUBLIC or PRIVATE, not DIRECT.', field: ['input', 'type'] },
    ]);
    expect((await rename('demo-alice', live.directory.channel.random, 'Random Stuff')).userErrors[0]).toMatchObject({
      code: 'VALIDATION_ERROR',
      field: ['input', 'name'],
    });
  });

  it('refuses a taken name with CONFLICT, names of archived and private channels included', async () => {
    const taken = (name: string) => ({
      code: 'CONFLICT',
      message: `name: "${name}" is already taken by another channel of this workspace (archived channels keep their names).`,
      field: ['input', 'name'],
    });
    expect((await create('demo-carol', { name: 'general' })).userErrors).toEqual([taken('general')]);
    expect((await create('demo-carol', { name: 'old-projects' })).userErrors).toEqual([taken('old-projects')]);
    expect((await create('demo-carol', { name: 'leadership' })).userErrors).toEqual([taken('leadership')]);
    expect((await rename('demo-alice', live.directory.channel.random, 'general')).userErrors).toEqual([taken('general')]);
  });

  it('renames: the creator and workspace admins may, a plain member gets PERMISSION_DENIED; the old name is in the system message', async () => {
    const channel = await channelByAlice('q3-planning');
    const dave = await directory('demo-dave');
    expect((await invite('demo-alice', channel.id, [dave.user['Dave Okafor']])).userErrors).toEqual([]);

    expect(await rename('demo-dave', channel.id, 'q3-plans')).toEqual({
      channel: null,
      userErrors: [
        {
          code: 'PERMISSION_DENIED',
          message: 'Only the creator of #q3-planning, its channel admins and workspace admins or owners can rename it.',
          field: null,
        },
      ],
    });
    const byCreator = await rename('demo-alice', channel.id, 'q3-roadmap');
    expect(byCreator.userErrors).toEqual([]);
    expect(byCreator.channel!.messages.nodes[0]).toMatchObject({
      type: 'SYSTEM',
      text: 'alice renamed the channel from #q3-planning to #q3-roadmap',
      systemEvent: { type: 'CHANNEL_RENAMED', actor: { name: 'Alice Chen' }, channelName: 'q3-roadmap', oldChannelName: 'q3-planning' },
    });
    // bob is a workspace admin, not the creator: he may too, once he can see the channel.
    expect((await rename('demo-bob', channel.id, 'q3')).userErrors[0]).toMatchObject({ code: 'NOT_FOUND' });
    await invite('demo-alice', channel.id, [dave.user['Bob Martinez']]);
    const byAdmin = await rename('demo-bob', channel.id, 'q3');
    expect(byAdmin.userErrors).toEqual([]);
    expect(byAdmin.channel).toMatchObject({ name: 'q3', viewerCanManage: true });
    expect(await read('demo-dave', channel.id)).toMatchObject({ name: 'q3', viewerCanManage: false });

    // The same name again changes nothing and posts nothing.
    const same = await rename('demo-bob', channel.id, 'q3');
    expect(same.userErrors).toEqual([]);
    expect(same.channel!.messages.nodes[0].text).toBe('bob renamed the channel from #q3-roadmap to #q3');
  });

  it('archives a channel into read-only and brings it back, each announced by a system message', async () => {
    const channel = await channelByAlice('launch-week');
    const archived = await archive('demo-alice', channel.id);
    expect(archived.userErrors).toEqual([]);
    expect(archived.channel).toMatchObject({
      isActive: false,
      viewerCanPost: false,
      messages: { nodes: [{ type: 'SYSTEM', text: 'alice archived #launch-week', systemEvent: { type: 'CHANNEL_ARCHIVED', actor: { name: 'Alice Chen' }, channelName: 'launch-week' } }, { systemEvent: { type: 'CHANNEL_CREATED' } }] },
    });
    expect(await post('demo-alice', channel.id, 'anyone?')).toMatchObject({ message: null, userErrors: [{ code: 'CONFLICT', message: '#launch-week is archived and read-only.' }] });
    expect((await archive('demo-alice', channel.id)).userErrors).toEqual([{ code: 'CONFLICT', message: '#launch-week is already archived.', field: null }]);
    expect((await rename('demo-alice', channel.id, 'launch-weeks')).userErrors).toEqual([
      { code: 'CONFLICT', message: '#launch-week is archived and read-only. Unarchive it to rename it.', field: null },
    ]);
    expect((await directory('demo-alice')).channels).toContain('launch-week'); // still listed with includeArchived

    const back = await unarchive('demo-alice', channel.id);
    expect(back.userErrors).toEqual([]);
    expect(back.channel).toMatchObject({ isActive: true, viewerCanPost: true });
    expect(back.channel!.messages.nodes[0]).toMatchObject({
      text: 'alice unarchived #launch-week',
      systemEvent: { type: 'CHANNEL_UNARCHIVED', actor: { name: 'Alice Chen' } },
    });
    expect((await unarchive('demo-alice', channel.id)).userErrors).toEqual([{ code: 'CONFLICT', message: '#launch-week is not archived.', field: null }]);
    expect((await post('demo-alice', channel.id, 'we are back')).userErrors).toEqual([]);
    // A plain member may not archive it.
    await join('demo-carol', channel.id);
    expect((await archive('demo-carol', channel.id)).userErrors[0]).toMatchObject({ code: 'PERMISSION_DENIED' });
  });

  it('lists a public channel as joinable; a non-member reads nothing of it until joining, then reads it all', async () => {
    const channel = await channelByAlice('launch-plans');
    const secret = await post('demo-alice', channel.id, 'Launch is on the 14th');
    const before = await directory('demo-carol', 'launch');
    expect(before.joinable).toContainEqual({ channelId: channel.id, name: 'launch-plans', description: null, memberCount: 1 });
    expect(before.channels).not.toContain('launch-plans');
    const hidden = await live.http('demo-carol', ReadMessage, { id: secret.message!.id });
    expect(hidden.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect((await live.http('demo-carol', ReadChannel, { id: channel.id })).errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });

    const joined = await join('demo-carol', channel.id);
    expect(joined.userErrors).toEqual([]);
    expect(joined.channel).toMatchObject({
      viewerCanPost: true,
      viewerCanManage: false,
      members: { nodes: [{ name: 'Alice Chen' }, { name: 'Carol Nguyen' }] },
      messages: {
        nodes: [
          { type: 'SYSTEM', text: 'carol joined #launch-plans', author: null, systemEvent: { type: 'USER_JOINED', user: { name: 'Carol Nguyen' }, actor: null, channelName: 'launch-plans' } },
          { text: 'Launch is on the 14th' },
          { systemEvent: { type: 'CHANNEL_CREATED' } },
        ],
      },
    });
    expect((await live.http('demo-carol', ReadMessage, { id: secret.message!.id })).data?.message?.text).toBe('Launch is on the 14th');
    expect((await directory('demo-carol', 'launch')).joinable.map((c) => c.name)).not.toContain('launch-plans');

    // Joining again changes nothing and posts nothing.
    const again = await join('demo-carol', channel.id);
    expect(again.userErrors).toEqual([]);
    expect(again.channel!.messages.nodes[0].text).toBe('carol joined #launch-plans');
  });

  it('answers a join of a private channel with NOT_FOUND, exactly like a channel that does not exist', async () => {
    const privateJoin = await join('demo-carol', live.directory.channel.leadership);
    const { workspaceId } = decodeGlobalId(live.directory.acmeId);
    const missingId = encodeGlobalId({ typename: 'Channel', provider: 'builtin', workspaceId, nativeId: '00000000-0000-4000-8000-000000000000' });
    const missingJoin = await join('demo-carol', missingId);
    expect(privateJoin.userErrors).toHaveLength(1);
    expect(privateJoin.userErrors[0].code).toBe('NOT_FOUND');
    expect(missingJoin.userErrors[0].code).toBe('NOT_FOUND');
    expect(privateJoin.userErrors[0].message.replace(/".*"/, '…')).toBe(missingJoin.userErrors[0].message.replace(/".*"/, '…'));
    expect((await directory('demo-carol')).joinable.map((channel) => channel.name)).not.toContain('leadership');
    // An archived public channel is listed nowhere as joinable and refuses joins.
    const closed = await channelByAlice('closed-topic');
    await archive('demo-alice', closed.id);
    expect((await directory('demo-carol')).joinable.map((channel) => channel.name)).not.toContain('closed-topic');
    expect((await join('demo-carol', closed.id)).userErrors).toEqual([
      { code: 'CONFLICT', message: '#closed-topic is archived and read-only. Nobody can join it.', field: null },
    ]);
  });

  it('leaves a channel: a USER_LEFT message for those who stay, nothing readable for the one who left', async () => {
    const channel = await channelByAlice('book-club');
    await join('demo-dave', channel.id);
    const left = await leave('demo-dave', channel.id);
    expect(left).toEqual({ leftChannelId: channel.id, userErrors: [] });
    expect((await live.http('demo-dave', ReadChannel, { id: channel.id })).errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    const forAlice = await read('demo-alice', channel.id);
    expect(forAlice?.members.nodes).toEqual([{ name: 'Alice Chen' }]);
    expect(forAlice?.messages.nodes.slice(0, 2)).toMatchObject([
      { type: 'SYSTEM', text: 'dave left #book-club', author: null, systemEvent: { type: 'USER_LEFT', user: { name: 'Dave Okafor' }, actor: null, channelName: 'book-club' } },
      { text: 'dave joined #book-club' },
    ]);
    expect(await leave('demo-dave', channel.id)).toEqual({
      leftChannelId: null,
      userErrors: [{ code: 'CONFLICT', message: 'You are not a member of #book-club.', field: null }],
    });
    // A public channel left is joinable again.
    expect((await directory('demo-dave', 'book')).joinable.map((c) => c.name)).toEqual(['book-club']);
  });

  it('keeps the last member of a private channel in it, and refuses leaving direct conversations and archived channels', async () => {
    const solo = await channelByAlice('just-me', 'PRIVATE');
    expect((await leave('demo-alice', solo.id)).userErrors).toEqual([
      { code: 'CONFLICT', message: 'You are the last member of the private #just-me; invite someone first or archive it.', field: null },
    ]);
    expect((await leave('demo-carol', solo.id)).userErrors[0]).toMatchObject({ code: 'NOT_FOUND' });
    expect((await leave('demo-carol', live.directory.channel['alice,carol'])).userErrors).toEqual([
      { code: 'VALIDATION_ERROR', message: 'You cannot leave a direct conversation; only channels.', field: ['input', 'channelId'] },
    ]);
    const oldProjects = (await directory('demo-carol')).channelId['old-projects'];
    expect((await leave('demo-carol', oldProjects)).userErrors).toEqual([
      { code: 'CONFLICT', message: '#old-projects is archived and read-only. Its members stay as they were.', field: null },
    ]);
  });

  it('invites people into a private channel: one USER_JOINED per person with the inviter as actor, CONFLICT for members', async () => {
    const channel = await channelByAlice('offsite-planning', 'PRIVATE');
    const { user } = await directory('demo-alice');
    // Not a member: carol cannot even see the channel to invite anyone.
    expect((await invite('demo-carol', channel.id, [user['Dave Okafor']])).userErrors[0]).toMatchObject({ code: 'NOT_FOUND' });

    const invited = await invite('demo-alice', channel.id, [user['Carol Nguyen'], user['Dave Okafor']]);
    expect(invited.userErrors).toEqual([]);
    expect(invited.channel!.messages.nodes.slice(0, 2)).toEqual([
      expect.objectContaining({ text: 'alice added dave to #offsite-planning', author: { name: 'Alice Chen' }, systemEvent: expect.objectContaining({ type: 'USER_JOINED', user: { name: 'Dave Okafor' }, actor: { name: 'Alice Chen' } }) }),
      expect.objectContaining({ text: 'alice added carol to #offsite-planning', systemEvent: expect.objectContaining({ user: { name: 'Carol Nguyen' } }) }),
    ]);
    expect(await read('demo-carol', channel.id)).toMatchObject({ name: 'offsite-planning', viewerCanPost: true });

    expect((await invite('demo-carol', channel.id, [user['Dave Okafor'], user['Bob Martinez']])).userErrors).toEqual([
      { code: 'CONFLICT', message: 'userIds: dave already in #offsite-planning.', field: ['input', 'userIds'] },
    ]);
    expect(await read('demo-bob', channel.id)).toBeFalsy();
    const globex = await live.http('demo-dave', Directory, { workspaceId: live.directory.globexId });
    const erin = globex.data!.workspace!.users.nodes.find((u) => u.name === 'Erin Walsh')!;
    expect((await invite('demo-alice', channel.id, [erin.id])).userErrors).toEqual([
      { code: 'VALIDATION_ERROR', message: 'userIds: every user must belong to the workspace of the channel.', field: ['input', 'userIds'] },
    ]);
  });

  it('pages through joinable channels by name', async () => {
    const names: string[] = [];
    let after: string | null = null;
    for (;;) {
      const data: ChannelOpsJoinablePageQuery = await run('demo-dave', JoinablePage, { workspaceId: live.directory.acmeId, after });
      const page = data.workspace!.joinableChannels;
      names.push(...page.nodes.map((node) => node.name));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    const all = (await directory('demo-dave')).joinable.map((channel) => channel.name);
    expect(names).toEqual(all);
    expect(names).toEqual([...names].sort());
    expect(names).toContain('engineering-oncall');
    expect(names).not.toContain('engineering'); // dave is in it
  });

  it('lists the channel events among the workspace’s eventTypes', async () => {
    const data = await run('demo-carol', ChannelOpsCapabilities, { id: live.directory.acmeId });
    expect(data.workspace!.capabilities.eventTypes).toEqual(
      expect.arrayContaining(['CHANNEL_CREATED', 'CHANNEL_RENAMED', 'CHANNEL_UPDATED', 'CHANNEL_JOINED', 'CHANNEL_LEFT']),
    );
  });

  it('needs an API key with the write scope for every operation', async () => {
    const { db } = live.testApp.started.services.database;
    const carol = await db.selectFrom('accounts').select('id').where('email', '=', 'carol@acme.test').executeTakeFirstOrThrow();
    await createApiKey(db, carol.id, `carol-read-${kind}`, 'read only', ['read']);
    const denied = { code: 'PERMISSION_DENIED', message: 'This API key is read-only: it lacks the "write" scope.', field: null };
    expect((await create(`carol-read-${kind}`, { name: 'read-only-attempt' })).userErrors).toEqual([denied]);
    expect((await join(`carol-read-${kind}`, live.directory.channel.engineering)).userErrors).toEqual([denied]);
    expect((await leave(`carol-read-${kind}`, live.directory.channel.general)).userErrors).toEqual([denied]);
  });
});

describe.each(STORES)('channel operation events on %s', (kind: StoreKind) => {
  let live: LiveServer;
  useLiveServer(kind, (server) => (live = server));

  const mutate = <TResult, TVariables>(key: string, document: TypedDocumentNode<TResult, TVariables>, variables: TVariables) =>
    live.mutate(key, document, variables);

  async function newChannel(name: string, type: 'PUBLIC' | 'PRIVATE' = 'PUBLIC'): Promise<string> {
    const data = await mutate('demo-alice', Create, { input: { workspaceId: live.directory.acmeId, name, type } });
    return data.createChannel.channel!.id;
  }

  it('starts events for a joiner with its own CHANNEL_JOINED, and reaches the members too', async () => {
    const channelId = await newChannel(`events-join-${kind}`);
    const carol = await live.subscribe('demo-carol');
    const alice = await live.subscribe('demo-alice', { filter: { channelIds: [channelId] } });
    await live.send('demo-alice', channelId, 'before carol joined');
    expect(await alice.events.next('the message before the join')).toMatchObject({ type: 'MESSAGE_CREATED', message: { text: 'before carol joined' } });

    await mutate('demo-carol', Join, { input: { channelId } });
    for (const subscriber of [carol, alice]) {
      expect(await subscriber.events.next('CHANNEL_JOINED')).toMatchObject({
        type: 'CHANNEL_JOINED',
        channel: { id: channelId, name: `events-join-${kind}` },
        actor: { name: 'Carol Nguyen' },
        message: { text: `carol joined #events-join-${kind}` },
      });
      expect(await subscriber.events.next('the USER_JOINED system message')).toMatchObject({
        type: 'MESSAGE_CREATED',
        channel: { id: channelId },
        message: { text: `carol joined #events-join-${kind}`, author: null },
      });
    }
    // carol never got the message from before she joined: her first event was her CHANNEL_JOINED.
    expect(carol.events.history.map((event) => event.message?.text)).not.toContain('before carol joined');
  });

  it('stops events for a leaver: CHANNEL_LEFT reaches those who stay, nothing of the channel reaches the leaver', async () => {
    const channelId = await newChannel(`events-leave-${kind}`);
    await mutate('demo-dave', Join, { input: { channelId } });
    const dave = await live.subscribe('demo-dave');
    const alice = await live.subscribe('demo-alice', { filter: { channelIds: [channelId] } });
    await live.send('demo-alice', channelId, 'while dave is here');
    expect(await dave.events.next('the message while dave is a member')).toMatchObject({ message: { text: 'while dave is here' } });
    expect(await alice.events.next('the same message')).toMatchObject({ message: { text: 'while dave is here' } });

    await mutate('demo-dave', Leave, { input: { channelId } });
    expect(await alice.events.next('CHANNEL_LEFT')).toMatchObject({ type: 'CHANNEL_LEFT', channel: { id: channelId }, actor: { name: 'Dave Okafor' } });
    expect(await alice.events.next('the USER_LEFT system message')).toMatchObject({
      type: 'MESSAGE_CREATED',
      message: { text: `dave left #events-leave-${kind}` },
    });
    await live.send('demo-alice', channelId, 'after dave left');
    const marker = await live.send('demo-alice', live.directory.channel.general, `marker for dave (${kind})`);
    // Events reach dave in log order: the next one he gets is the #general marker, nothing of the channel.
    expect(await dave.events.next('the #general marker')).toMatchObject({ type: 'MESSAGE_CREATED', message: { id: marker } });
    expect(await alice.events.next('the message after dave left')).toMatchObject({ message: { text: 'after dave left' } });
  });

  it('shows CHANNEL_CREATED of a private channel to its members only; rename and archive arrive as CHANNEL_RENAMED and CHANNEL_UPDATED', async () => {
    const bob = await live.subscribe('demo-bob');
    const alice = await live.subscribe('demo-alice');
    const channelId = await newChannel(`events-private-${kind}`, 'PRIVATE');
    expect(await alice.events.next('CHANNEL_CREATED')).toMatchObject({
      type: 'CHANNEL_CREATED',
      channel: { id: channelId },
      actor: { name: 'Alice Chen' },
      message: { text: `alice created #events-private-${kind}` },
    });
    expect(await alice.events.next('its system message')).toMatchObject({ type: 'MESSAGE_CREATED', channel: { id: channelId } });

    await mutate('demo-alice', Rename, { input: { channelId, name: `events-renamed-${kind}` } });
    expect(await alice.events.next('CHANNEL_RENAMED')).toMatchObject({ type: 'CHANNEL_RENAMED', channel: { name: `events-renamed-${kind}` } });
    expect(await alice.events.next('its system message')).toMatchObject({
      message: { text: `alice renamed the channel from #events-private-${kind} to #events-renamed-${kind}` },
    });
    await mutate('demo-alice', Archive, { input: { channelId } });
    expect(await alice.events.next('CHANNEL_UPDATED')).toMatchObject({ type: 'CHANNEL_UPDATED', channel: { id: channelId } });
    expect(await alice.events.next('its system message')).toMatchObject({ message: { text: `alice archived #events-renamed-${kind}` } });

    const marker = await live.send('demo-alice', live.directory.channel.general, `marker for bob (${kind})`);
    expect(await bob.events.next('the #general marker')).toMatchObject({ message: { id: marker } });
  });

  it('brings an invited user into the channel’s events with CHANNEL_JOINED naming the inviter', async () => {
    const channelId = await newChannel(`events-invite-${kind}`, 'PRIVATE');
    const carol = await live.subscribe('demo-carol');
    const users = await live.http('demo-alice', Directory, { workspaceId: live.directory.acmeId });
    const carolId = users.data!.workspace!.users.nodes.find((user) => user.name === 'Carol Nguyen')!.id;
    await mutate('demo-alice', Invite, { input: { channelId, userIds: [carolId] } });
    expect(await carol.events.next('CHANNEL_JOINED')).toMatchObject({
      type: 'CHANNEL_JOINED',
      channel: { id: channelId },
      actor: { name: 'Alice Chen' },
      message: { text: `alice added carol to #events-invite-${kind}`, author: { name: 'Alice Chen' } },
    });
    expect(await carol.events.next('the system message')).toMatchObject({ type: 'MESSAGE_CREATED', message: { text: `alice added carol to #events-invite-${kind}` } });
  });
});
