import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkSlackUser, RateBudget, type SlackPoller } from '../../../src/providers/slack/index.js';
import { startFakeSlack, type FakeSlack } from '../../../testkit/fakes/slack/server.js';
import { graphql } from '../../../testkit/gql/index.js';
import { startTestApp, type TestApp } from '../../../testkit/app.js';
import { STORES, type StoreKind } from '../../../testkit/databases.js';
import { loggedEvents, slackRuntime, slackSettings, storeConnection } from '../../../testkit/fakes/slack/settings.js';

/**
 * The polling fallback for a Slack workspace without a public URL: conversations.history of the bot's
 * channels, budgeted, each new message published once as MESSAGE_CREATED. Polls are driven by hand
 * (`pollOnce`), never by waiting for a timer.
 */

const TEAM = 'T0POLLTEAM';

const PolledWorkspace = graphql(`
  query PolledWorkspace {
    workspaces { provider capabilities { eventDelivery eventTypes } channels(first: 10) { nodes { id name } } }
  }
`);

const PolledSend = graphql(`
  mutation PolledSend($input: SendMessageInput!) {
    sendMessage(input: $input) { message { id } userErrors { code message } }
  }
`);

describe.each(STORES)('polling Slack for new messages on %s', (kind: StoreKind) => {
  let slack: FakeSlack;
  let app: TestApp;
  let poller: SlackPoller;
  let general: string;
  let random: string;
  let alice: string;

  beforeAll(async () => {
    slack = await startFakeSlack({ teamId: TEAM, teamName: 'Offline Co' });
    const ws = slack.workspace;
    alice = ws.addUser({ name: 'alice', displayName: 'Alice Chen', email: 'alice@acme.test' }).id;
    const bot = ws.addBot('switchboard');
    general = ws.addChannel('general', [alice, bot.user.id]).id;
    random = ws.addChannel('random', [alice, bot.user.id]).id;
    ws.addChannel('elsewhere', [alice]); // the bot is not in it: not polled
    ws.addMessage(general, { user: alice, text: 'old news' });

    app = await startTestApp(kind, { connections: slackSettings(slack.apiUrl) });
    await storeConnection(app, { teamId: TEAM, botToken: bot.token, eventDelivery: 'POLL' });
    const services = app.started.services;
    const account = await services.database.db.selectFrom('accounts').select('id').where('email', '=', 'alice@acme.test').executeTakeFirstOrThrow();
    await linkSlackUser(services.connections.store, { teamId: TEAM, accountId: account.id, slackUserId: alice, userToken: ws.issueToken(alice, 'user'), linkedVia: 'TOKEN' });
    services.connections.changed({ provider: 'slack', workspaceId: TEAM });
    poller = slackRuntime(app).poller;
  });
  afterAll(async () => {
    await app?.close();
    await slack?.close();
  });

  const created = async () =>
    (await loggedEvents(app, TEAM)).filter((event) => event.type === 'MESSAGE_CREATED').map((event) => event.message_id);

  it('says POLL in the workspace capabilities', async () => {
    const result = await app.gql('demo-alice', PolledWorkspace);
    expect(result.data?.workspaces.find((workspace) => workspace.provider === 'SLACK')?.capabilities).toEqual({
      eventDelivery: 'POLL',
      eventTypes: ['MESSAGE_CREATED'],
    });
  });

  it('records where each channel stands on the first poll, then publishes each new message once, oldest first', async () => {
    slack.resetCalls();
    expect(await poller.pollOnce()).toEqual({ workspaces: 1, calls: 3, published: 0 });
    expect(slack.countByMethod()).toEqual({ 'users.conversations': 1, 'conversations.history': 2 });
    expect(await created()).toEqual([]);

    const first = slack.workspace.addMessage(general, { user: alice, text: 'first' });
    const second = slack.workspace.addMessage(general, { user: alice, text: 'second' });
    const elsewhere = slack.workspace.addMessage(random, { user: alice, text: 'over here' });
    slack.workspace.addMessage(general, { user: alice, text: 'a plain reply', threadTs: first.ts }); // not in the channel timeline
    const polled = await poller.pollOnce();
    expect(polled.published).toBe(3);
    expect(await created()).toEqual([`${general}:${first.ts}`, `${general}:${second.ts}`, `${random}:${elsewhere.ts}`]);

    // Nothing new: nothing published, however often it polls, and from another instance too.
    expect((await poller.pollOnce()).published).toBe(0);
    const otherInstance = slackRuntime(app).createPoller();
    expect((await otherInstance.pollOnce()).published).toBe(0);
    expect(await created()).toHaveLength(3);
  });

  it('does not publish twice a message sent through Switchboard, which the poll then finds', async () => {
    const channels = await app.gql('demo-alice', PolledWorkspace);
    const generalId = channels.data!.workspaces.find((workspace) => workspace.provider === 'SLACK')!.channels.nodes.find((channel) => channel.name === 'general')!.id;
    const before = (await created()).length;
    const sent = await app.gql('demo-alice', PolledSend, { input: { channelId: generalId, text: 'sent from Switchboard' } });
    expect(sent.data?.sendMessage.userErrors).toEqual([]);
    expect(await created()).toHaveLength(before + 1);
    expect((await poller.pollOnce()).published).toBe(0);
    expect(await created()).toHaveLength(before + 1);
  });

  it('stays within its budget: a spent per-poll allowance or a 429 ends the poll, and the next one resumes', async () => {
    const tight = slackRuntime(app).createPoller({ callsPerPoll: 2 }, { budgetFor: () => budget });
    const budget = new RateBudget();
    await poller.pollOnce(); // every channel has its position (when this test runs alone)
    const a = slack.workspace.addMessage(general, { user: alice, text: 'a' });
    const b = slack.workspace.addMessage(random, { user: alice, text: 'b' });
    slack.resetCalls();
    // users.conversations + one history: the second channel waits for the next poll.
    expect(await tight.pollOnce()).toMatchObject({ calls: 2, published: 1 });
    expect(await tight.pollOnce()).toMatchObject({ calls: 2, published: 1 });
    expect(await created()).toEqual(expect.arrayContaining([`${general}:${a.ts}`, `${random}:${b.ts}`]));

    // Slack answers 429: the poll stops, the shared budget pauses conversations.history for Retry-After.
    slack.workspace.addMessage(general, { user: alice, text: 'c' });
    slack.inject('conversations.history', { rateLimited: 30 });
    slack.resetCalls();
    expect((await tight.pollOnce()).published).toBe(0);
    expect(slack.countByMethod()).toEqual({ 'users.conversations': 1, 'conversations.history': 1 });
    expect(() => budget.take('conversations.history')).toThrow('The Slack rate budget for conversations.history is spent; retry after 30 seconds.');
    slack.resetCalls();
    expect((await tight.pollOnce()).published).toBe(0);
    expect(slack.count('conversations.history')).toBe(0);
  });
});
