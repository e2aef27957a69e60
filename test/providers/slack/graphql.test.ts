import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConnectionSettings } from '../../../src/config.js';
import { linkSlackUser, saveSlackConnection } from '../../../src/providers/slack/index.js';
import { findAccountByApiKey } from '../../../src/store/api-keys.js';
import { graphql } from '../../../testkit/gql/index.js';
import { startTestApp, type TestApp } from '../../../testkit/app.js';
import { openSlackTeam, seedThreadTree, type SlackTeam, type ThreadTreeSeed } from '../../../testkit/fakes/slack/fixture.js';

/**
 * A connected Slack team queried through GraphQL like the built-in workspace, counting the calls the fake
 * Slack received for the thread-tree query of test/graphql/thread-tree.test.ts.
 */

const SlackWorkspaces = graphql(`
  query SlackWorkspaces {
    workspaces { id provider name capabilities { threadModel } }
  }
`);

const SlackReply = graphql(`
  mutation SlackReply($input: SendMessageInput!) {
    sendMessage(input: $input) {
      message { id text alsoSentToChannel parent { id } threadRoot { id } author { name } webUrl }
      userErrors { code message field }
    }
  }
`);

const SlackReact = graphql(`
  mutation SlackReact($input: ReactionInput!) {
    addReaction(input: $input) {
      message { id reactions { emoji count viewerHasReacted users { name } } }
      userErrors { code message retryAfterSeconds }
    }
  }
`);

const SlackChannels = graphql(`
  query SlackChannels($workspaceId: ID!) {
    workspace(id: $workspaceId) { channels(first: 20) { nodes { id name } } }
  }
`);

const SlackTimeline = graphql(`
  query SlackTimeline($channelId: ID!) {
    channel(id: $channelId) { messages(first: 20) { nodes { id replyCount } } }
  }
`);

const SlackThreadTree = graphql(`
  query SlackThreadTree($workspaceId: ID!) {
    workspace(id: $workspaceId) {
      channels(first: 20) {
        nodes {
          name
          messages(first: 20) {
            nodes {
              id
              text
              author { name }
              reactions { emoji count users { name } }
              descendants(first: 100) {
                nodes { id text parent { id } author { name } reactions { emoji count users { name } } }
              }
            }
          }
        }
      }
    }
  }
`);

describe('a Slack workspace through GraphQL', () => {
  let team: SlackTeam;
  let seeded: ThreadTreeSeed;
  let app: TestApp;
  let workspaceId: string;

  beforeAll(async () => {
    team = await openSlackTeam();
    seeded = seedThreadTree(team);
    const connections = loadConnectionSettings({ SWITCHBOARD_ENCRYPTION_KEY: randomBytes(32).toString('base64'), SLACK_API_URL: team.fake.apiUrl });
    app = await startTestApp('pglite', { connections });
    const services = app.started.services;
    const teamId = team.fake.workspace.teamId;
    await saveSlackConnection(
      services.connections.store,
      { teamId, name: 'Contract Co', webUrl: null, appId: null, botUserId: team.bot.id, botToken: team.tokens.bot, signingSecret: null, eventDelivery: 'PUSH' },
      null,
    );
    services.connections.changed({ provider: 'slack', workspaceId: teamId });
    const alice = await findAccountByApiKey(services.database.db, 'demo-alice');
    await linkSlackUser(services.connections.store, {
      teamId,
      accountId: alice!.accountId,
      slackUserId: team.owner.id,
      userToken: team.tokens.owner,
      linkedVia: 'TOKEN',
    });
    services.connections.changed({ provider: 'slack', workspaceId: teamId });
    const listed = await app.gql('demo-alice', SlackWorkspaces);
    const slack = listed.data?.workspaces.find((workspace) => workspace.provider === 'SLACK');
    if (!slack) throw new Error(`the Slack workspace is not listed: ${JSON.stringify(listed)}`);
    expect(slack).toMatchObject({ name: 'Contract Co', capabilities: { threadModel: 'FLAT' } });
    workspaceId = slack.id;
  });
  afterAll(async () => {
    await app?.close();
    await team?.close();
  });

  it('the thread tree costs history per channel, replies per thread and users.info per user, plus one', async () => {
    team.fake.resetCalls();
    const result = await app.gql('demo-alice', SlackThreadTree, { workspaceId });
    expect(result.errors).toBeUndefined();
    const channels = result.data!.workspace!.channels.nodes;
    expect(channels.map((channel) => channel.name).sort()).toEqual(['design', 'general', 'ops', 'secret-plans']);
    const replies = channels.flatMap((channel) => channel.messages.nodes.flatMap((message) => message.descendants.nodes));
    expect(replies).toHaveLength(seeded.threadsWithReplies * 3);
    expect(replies.every((reply) => reply.parent !== null)).toBe(true);

    const counts = team.fake.countByMethod();
    const minimum = seeded.channels + seeded.threadsWithReplies + seeded.users;
    // Users are cold (the viewer's own Slack user is among them); team.info was read, and cached for the
    // connection, when the workspace was listed; the viewer's channels cost one users.conversations.
    expect(counts).toEqual({
      'users.conversations': 1,
      'conversations.history': seeded.channels,
      'conversations.replies': seeded.threadsWithReplies,
      'users.info': seeded.users,
    });
    expect(team.fake.count()).toBe(minimum + 1);
    // Measured: 4 channels, 12 threads with replies, 5 users: minimum 21, made 22.
    expect(team.fake.count()).toBe(22);

    // The same tree again, within the read cache's time to live and with no event in between: the
    // connection's read cache (src/providers/kit/read-cache/) answers every read, Slack is not asked.
    team.fake.resetCalls();
    const again = await app.gql('demo-alice', SlackThreadTree, { workspaceId });
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual(result.data);
    expect(team.fake.countByMethod()).toEqual({});
  });

  it('writes through GraphQL as the linked Slack user: a broadcast reply, a reaction, and Slack\'s refusals in userErrors', async () => {
    // Slack's budget is real here (Tier 3 at 80%: 40 conversations.replies a minute): find a root cheaply.
    const timeline = await app.gql('demo-alice', SlackTimeline, { channelId: await channelGlobalId('general') });
    const root = timeline.data!.channel!.messages.nodes.find((message) => message.replyCount > 0)!;

    team.fake.resetCalls();
    const sent = await app.gql('demo-alice', SlackReply, {
      input: { channelId: await channelGlobalId('general'), text: 'Agreed, @mina', parentId: root.id, alsoSendToChannel: true },
    });
    expect(sent.data?.sendMessage.userErrors).toEqual([]);
    expect(sent.data?.sendMessage.message).toMatchObject({
      text: 'Agreed, @mina',
      alsoSentToChannel: true,
      parent: { id: root.id },
      threadRoot: { id: root.id },
      author: { name: 'Olga Owner' },
      webUrl: expect.stringContaining('?thread_ts='),
    });
    const post = team.fake.calls.find((call) => call.method === 'chat.postMessage')!;
    expect(post).toMatchObject({ token: team.tokens.owner, params: { reply_broadcast: 'true', text: `Agreed, <@${team.member.id}>` } });

    const messageId = sent.data!.sendMessage.message!.id;
    const reacted = await app.gql('demo-alice', SlackReact, { input: { messageId, emoji: '👍' } });
    expect(reacted.data?.addReaction.message?.reactions).toEqual([{ emoji: ':+1:', count: 1, viewerHasReacted: true, users: [{ name: 'Olga Owner' }] }]);
    const twice = await app.gql('demo-alice', SlackReact, { input: { messageId, emoji: ':+1:' } });
    expect(twice.data?.addReaction.userErrors).toEqual([
      { code: 'CONFLICT', message: 'Slack answered reactions.add with already_reacted.', retryAfterSeconds: null },
    ]);
    team.fake.inject('reactions.add', { rateLimited: 30 });
    const limited = await app.gql('demo-alice', SlackReact, { input: { messageId, emoji: ':tada:' } });
    expect(limited.data?.addReaction.userErrors).toEqual([
      { code: 'RATE_LIMITED', message: 'Slack rate-limited reactions.add (HTTP 429); retry after 30 seconds.', retryAfterSeconds: 30 },
    ]);
  });

  it('a read Slack rate-limits fails with RATE_LIMITED and retryAfterSeconds in the error', async () => {
    team.fake.inject('conversations.history', { rateLimited: 45 });
    const result = await app.gql('demo-alice', SlackThreadTree, { workspaceId });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 45 } });
  });

  /** A channel's global id, read as alice. */
  async function channelGlobalId(name: string): Promise<string> {
    const listed = await app.gql('demo-alice', SlackChannels, { workspaceId });
    return listed.data!.workspace!.channels.nodes.find((channel) => channel.name === name)!.id;
  }
});
