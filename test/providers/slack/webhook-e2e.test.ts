import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { linkSlackUser } from '../../../src/providers/slack/index.js';
import { startFakeSlack, type FakeSlack } from '../../../testkit/fakes/slack/server.js';
import { graphql } from '../../../testkit/gql/index.js';
import type { SlackLiveInboxQuery, SlackLiveInboxQueryVariables } from '../../../testkit/gql/graphql.js';
import type { GraphQLResponse } from '../../../testkit/app.js';
import { STORES, type StoreKind } from '../../../testkit/databases.js';
import { startLiveServer, type LiveServer } from '../../../testkit/subscriptions.js';
import { eventCallback, signedPost, slackSettings, storeConnection } from '../../../testkit/fakes/slack/settings.js';

/**
 * End to end over a real port: Slack's Events API POSTs to /webhooks/slack, graphql-ws subscribers get the
 * normalized event with the message resolved through the Slack provider (against the fake Slack) and their
 * own Slack token's access; a write made through Switchboard reaches subscribers once even though Slack
 * echoes it; and the unified inbox merges the built-in workspaces with Slack.
 */

const TEAM = 'T0LIVETEAM';

const SlackChannels = graphql(`
  query SlackLiveChannels {
    workspaces { id provider name channels(first: 50) { nodes { id name } } }
  }
`);

const SlackSend = graphql(`
  mutation SlackLiveSend($input: SendMessageInput!) {
    sendMessage(input: $input) {
      message { id text }
      userErrors { code message }
    }
  }
`);

const SlackReact = graphql(`
  mutation SlackLiveReact($input: ReactionInput!) {
    addReaction(input: $input) {
      message { id }
      userErrors { code message }
    }
  }
`);

const Inbox = graphql(`
  query SlackLiveInbox($first: Int!, $after: String) {
    messages(first: $first, after: $after) {
      nodes { id text createdAt workspace { provider name } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

describe.each(STORES)('Slack webhooks to graphql-ws subscribers on %s', (kind: StoreKind) => {
  let slack: FakeSlack;
  let live: LiveServer;
  let general: string;
  let secret: string;
  let aliceSlack: string;
  let slackWorkspaceId: string;
  let channelIds: Record<string, string>;

  beforeAll(async () => {
    slack = await startFakeSlack({ teamId: TEAM, teamName: 'Acme Slack' });
    const ws = slack.workspace;
    aliceSlack = ws.addUser({ name: 'alice', displayName: 'Alice Chen', email: 'alice@acme.test' }).id;
    const bobSlack = ws.addUser({ name: 'bob', displayName: 'Bob Martinez', email: 'bob@acme.test' }).id;
    const bot = ws.addBot('switchboard');
    general = ws.addChannel('general', [aliceSlack, bobSlack, bot.user.id]).id;
    secret = ws.addChannel('secret-plans', [aliceSlack, bot.user.id], { private: true }).id;

    live = await startLiveServer(kind, { connections: slackSettings(slack.apiUrl) });
    const services = live.testApp.started.services;
    await storeConnection(live.testApp, { teamId: TEAM, botToken: bot.token, botUserId: bot.user.id });
    const { db } = services.database;
    for (const [email, slackUser] of [['alice@acme.test', aliceSlack], ['bob@acme.test', bobSlack]] as const) {
      const account = await db.selectFrom('accounts').select('id').where('email', '=', email).executeTakeFirstOrThrow();
      await linkSlackUser(services.connections.store, {
        teamId: TEAM,
        accountId: account.id,
        slackUserId: slackUser,
        userToken: ws.issueToken(slackUser, 'user'),
        linkedVia: 'TOKEN',
      });
    }
    services.connections.changed({ provider: 'slack', workspaceId: TEAM });

    const directory = await live.http('demo-alice', SlackChannels);
    const slackWorkspace = directory.data!.workspaces.find((workspace) => workspace.provider === 'SLACK')!;
    slackWorkspaceId = slackWorkspace.id;
    channelIds = Object.fromEntries(slackWorkspace.channels.nodes.map((channel) => [channel.name, channel.id]));
  });
  afterEach(async () => {
    await live?.disposeClients();
  });
  afterAll(async () => {
    await live?.close();
    await slack?.close();
  });

  /** Posts one Slack event to the live server's webhook, signed, and waits for the work after the ack. */
  async function deliver(event: Record<string, unknown>): Promise<void> {
    const response = await signedPost(`http://127.0.0.1:${live.port}/webhooks/slack`, JSON.stringify(eventCallback(TEAM, event)));
    expect(response.status).toBe(200);
    await live.testApp.started.services.afterAck.idle();
  }

  const posted = (channel: string, text: string, user: string) => {
    const message = slack.workspace.addMessage(channel, { user, text });
    return { event: { type: 'message', channel, user, text, ts: message.ts, event_ts: message.ts, channel_type: 'channel' }, ts: message.ts };
  };

  it('delivers a webhook event to a subscriber with the message read through the Slack provider; bob, outside the private channel, gets nothing', async () => {
    const alice = await live.subscribe('demo-alice', { filter: { workspaceIds: [slackWorkspaceId] } });
    const bob = await live.subscribe('demo-bob', { filter: { workspaceIds: [slackWorkspaceId] } });

    const hidden = posted(secret, 'The launch date is the 14th', aliceSlack);
    await deliver(hidden.event);
    const event = await alice.events.next('the #secret-plans MESSAGE_CREATED');
    expect(event).toMatchObject({
      type: 'MESSAGE_CREATED',
      workspace: { id: slackWorkspaceId, name: 'Acme Slack' },
      channel: { id: channelIds['secret-plans'], name: 'secret-plans' },
      actor: { name: 'Alice Chen' },
      message: { text: 'The launch date is the 14th', author: { name: 'Alice Chen' }, deletedAt: null },
    });

    // bob's first event is the #general one: the private one never reached him.
    const open = posted(general, 'Lunch at noon?', aliceSlack);
    await deliver(open.event);
    const bobsFirst = await bob.events.next('the #general MESSAGE_CREATED');
    expect(bobsFirst).toMatchObject({ type: 'MESSAGE_CREATED', channel: { name: 'general' }, message: { text: 'Lunch at noon?' } });
    expect(bob.events.history).toHaveLength(1);
    expect(await alice.events.next('the #general event for alice')).toMatchObject({ message: { text: 'Lunch at noon?' } });
  });

  it('a message sent through Switchboard reaches subscribers once, though Slack echoes it to the webhook', async () => {
    const bob = await live.subscribe('demo-bob', { filter: { channelIds: [channelIds.general] } });
    const sent = await live.mutate('demo-alice', SlackSend, { input: { channelId: channelIds.general, text: 'Deploy at 5' } });
    const first = await bob.events.next('the MESSAGE_CREATED published at write time');
    expect(first).toMatchObject({ type: 'MESSAGE_CREATED', message: { id: sent.sendMessage.message!.id, text: 'Deploy at 5' } });

    // Slack's echo of the same message (as the Events API would deliver it).
    const echoed = slack.workspace.channelMessages(general).at(-1)!;
    expect(echoed.text).toBe('Deploy at 5');
    await deliver({ type: 'message', channel: general, user: aliceSlack, text: echoed.text, ts: echoed.ts, event_ts: echoed.ts, channel_type: 'channel' });
    // A different message afterwards: it is the next thing bob sees, so the echo was dropped.
    const after = posted(general, 'Moved to 6', aliceSlack);
    await deliver(after.event);
    expect(await bob.events.next('the next distinct message')).toMatchObject({ message: { text: 'Moved to 6' } });
    expect(bob.events.history.map((event) => event.message?.text)).toEqual(['Deploy at 5', 'Moved to 6']);

    // A reaction made as 👍 comes back from Slack as reaction_added "+1": the same change, published once.
    await live.mutate('demo-alice', SlackReact, { input: { messageId: sent.sendMessage.message!.id, emoji: '👍' } });
    expect(await bob.events.next('REACTION_ADDED at write time')).toMatchObject({ type: 'REACTION_ADDED', emoji: ':+1:' });
    await deliver({ type: 'reaction_added', user: aliceSlack, reaction: '+1', item: { type: 'message', channel: general, ts: echoed.ts }, event_ts: echoed.ts });
    const later = posted(general, 'Done', aliceSlack);
    await deliver(later.event);
    expect(await bob.events.next('the message after the echo')).toMatchObject({ type: 'MESSAGE_CREATED', message: { text: 'Done' } });
  });

  it('merges the built-in workspaces and Slack newest first in Query.messages, resuming across both with one cursor', async () => {
    const now = Date.now();
    // Slack messages spread over the last two days, between the built-in ones.
    const hours = [40, 20, 9, 5, 2, 1];
    for (const hoursAgo of hours) {
      const ms = now - hoursAgo * 3600_000;
      slack.workspace.addMessage(general, { user: aliceSlack, text: `slack ${hoursAgo}h ago`, ts: `${Math.floor(ms / 1000)}.${String((ms % 1000) * 1000).padStart(6, '0')}` });
    }
    const everything = await live.http('demo-alice', Inbox, { first: 60 });
    expect(everything.errors).toBeUndefined();
    const all = everything.data!.messages.nodes;
    expect(new Set(all.map((node) => node.workspace.provider))).toEqual(new Set(['BUILTIN', 'SLACK']));
    expect(all.filter((node) => /^slack \d+h ago$/.test(node.text)).map((node) => node.text)).toEqual(hours.map((h) => `slack ${h}h ago`).reverse());
    const times = all.map((node) => Date.parse(node.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    // Page by page with the opaque cursor: the same list, each message once.
    const paged: string[] = [];
    let after: string | null = null;
    while (paged.length < all.length) {
      const variables: SlackLiveInboxQueryVariables = { first: 6, after };
      const result: GraphQLResponse<SlackLiveInboxQuery> = await live.http('demo-alice', Inbox, variables);
      expect(result.errors).toBeUndefined();
      paged.push(...result.data!.messages.nodes.map((node) => node.id));
      expect(result.data!.messages.pageInfo.hasNextPage).toBe(true);
      after = result.data!.messages.pageInfo.endCursor ?? null;
    }
    expect(paged).toEqual(all.map((node) => node.id));
  });
});

