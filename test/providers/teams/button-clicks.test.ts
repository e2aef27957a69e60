import { generateKeyPairSync } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TeamsSettings } from '../../../src/providers/teams/index.js';
import { startFakeGraph, type FakeChannel, type FakeGraph, type FakeTeam, type GraphChatMessage } from '../../../testkit/fakes/graph/index.js';
import { FakeBotFramework, type BotKey, type ClickOptions } from '../../../testkit/fakes/graph/bot-framework.js';
import { Inbox } from '../../../testkit/subscriptions.js';
import { startLiveTenant, type LiveTenant } from './live-tenant.js';

/**
 * Adaptive-card clicks end to end: the fake Bot Framework (keys made here, served as OpenID metadata + JWKS)
 * POSTs signed activities to /webhooks/microsoft/bot; a verified click reaches graphql-ws subscribers as
 * BUTTON_CLICKED with the message, the clicking person and the button; a forged or misaddressed token is
 * refused with 401 and publishes nothing.
 */

/** The events' `button` too (testkit's EventsDocument leaves it out). */
const BUTTON_EVENTS = `
  subscription TeamsButtonEvents {
    events {
      type
      channel { name }
      actor { name }
      message { text }
      button { id text value }
    }
  }
`;

const makeKey = (kid: string): BotKey => ({ kid, ...generateKeyPairSync('rsa', { modulusLength: 2048 }) });

describe('Teams adaptive-card clicks through the Bot Framework', () => {
  let fake: FakeGraph;
  let bot: FakeBotFramework;
  let tenant: LiveTenant;
  let team: FakeTeam;
  let general: FakeChannel;
  let secret: FakeChannel;
  let card: GraphChatMessage;
  let secretCard: GraphChatMessage;
  let endpoint: string;
  const users: Record<string, string> = {};

  const cardMessage = (channel: FakeChannel, title: string) =>
    fake.tenant.addMessage({ kind: 'channel', teamId: team.id, channelId: channel.id }, users.alice, {
      body: { contentType: 'html', content: `<p>${title}</p><attachment id="card-1"></attachment>` },
      attachments: [
        {
          id: 'card-1',
          contentType: 'application/vnd.microsoft.card.adaptive',
          contentUrl: null,
          name: null,
          thumbnailUrl: null,
          content: JSON.stringify({
            type: 'AdaptiveCard',
            version: '1.5',
            body: [{ type: 'TextBlock', text: title }],
            actions: [
              { type: 'Action.Execute', id: 'approve', title: 'Approve', verb: 'approve', data: { request: 42 } },
              { type: 'Action.Submit', title: 'Reject', data: { decision: 'reject' } },
            ],
          }),
        },
      ],
    });

  beforeAll(async () => {
    fake = await startFakeGraph({ displayName: 'Acme Teams' });
    const app = fake.tenant.addApp();
    users.alice = fake.tenant.addUser('Alice Chen', { mailNickname: 'alice' }).id;
    users.bob = fake.tenant.addUser('Bob Martinez', { mailNickname: 'bob' }).id;
    team = fake.tenant.addTeam('Acme', [users.alice, users.bob], { ownerIds: [users.alice] });
    general = fake.tenant.addChannel(team.id, 'general');
    secret = fake.tenant.addChannel(team.id, 'secret-plans', { membershipType: 'private', memberIds: [users.alice] });
    card = cardMessage(general, 'Expense report');
    secretCard = cardMessage(secret, 'Secret budget');
    bot = await FakeBotFramework.start({ key: makeKey('key-1'), appId: app.clientId });
    tenant = await startLiveTenant(fake, app, users, {
      eventDelivery: 'PUSH',
      settings: (settings) => ({ ...settings, providers: { ...settings.providers, teams: { ...(settings.providers.teams as TeamsSettings), botOpenIdUrl: bot.openIdUrl } } }),
    });
    endpoint = `http://127.0.0.1:${tenant.live.port}/webhooks/microsoft/bot`;
  }, 60_000);
  afterEach(async () => {
    await tenant?.live.disposeClients();
  });
  afterAll(async () => {
    await tenant?.live.close();
    await bot?.close();
    await fake?.close();
  });

  const at = (message: GraphChatMessage, channel: FakeChannel, userId: string): ClickOptions => ({
    tenantId: fake.tenant.tenantId,
    place: { kind: 'channel', teamId: team.id, channelId: channel.id, messageId: message.id },
    userId,
  });
  const settled = () => tenant.live.testApp.started.services.afterAck.idle();

  /** Subscribes with BUTTON_EVENTS as the holder of `apiKey`; resolves once the server listens. */
  async function buttonStream(apiKey: string): Promise<Inbox<Record<string, unknown>>> {
    const before = tenant.live.busListeners;
    const inbox = new Inbox<Record<string, unknown>>();
    tenant.live.wsClient({ authorization: `Bearer ${apiKey}` }).subscribe<{ events: Record<string, unknown> }>(
      { query: BUTTON_EVENTS },
      { next: (result) => (result.data ? inbox.push(result.data.events) : inbox.fail(result.errors)), error: (error) => inbox.fail(error), complete: () => inbox.complete() },
    );
    await tenant.live.waitForBusListeners(before + 1, `${apiKey}'s subscription`);
    return inbox;
  }

  it('an Action.Execute click is answered as an invoke and reaches the channel as BUTTON_CLICKED', async () => {
    const alice = await tenant.live.subscribe('demo-alice');
    const stream = await buttonStream('demo-bob');
    const answer = await bot.send(endpoint, bot.executeActivity(at(card, general, users.bob), { id: 'approve', verb: 'approve', data: { request: 42 } }));
    expect(answer).toEqual({ status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Received.' } });
    await settled();
    expect(await stream.next('BUTTON_CLICKED')).toMatchObject({
      type: 'BUTTON_CLICKED',
      channel: { name: 'general' },
      actor: { name: 'Bob Martinez' },
      message: { text: 'Expense report' },
      button: { id: 'approve', text: 'Approve', value: '{"request":42}' },
    });
    expect(await alice.events.next('alice sees it too')).toMatchObject({ type: 'BUTTON_CLICKED', actor: { name: 'Bob Martinez' } });
  });

  it('an Action.Submit click (no action id) is matched to its button on the message', async () => {
    const stream = await buttonStream('demo-alice');
    const answer = await bot.send(endpoint, bot.submitActivity(at(card, general, users.alice), { decision: 'reject', comment: 'too much' }));
    expect(answer.status).toBe(200);
    await settled();
    expect(await stream.next('BUTTON_CLICKED')).toMatchObject({ type: 'BUTTON_CLICKED', actor: { name: 'Alice Chen' }, button: { id: 'card-1:1', text: 'Reject' } });
  });

  it('a click in a private channel reaches its members only', async () => {
    const [alice, bob] = [await tenant.live.subscribe('demo-alice'), await tenant.live.subscribe('demo-bob')];
    await bot.send(endpoint, bot.executeActivity(at(secretCard, secret, users.alice), { id: 'approve', verb: 'approve', data: { request: 42 } }));
    await settled();
    expect(await alice.events.next('the private click')).toMatchObject({ type: 'BUTTON_CLICKED', channel: { name: 'secret-plans' } });
    await bot.send(endpoint, bot.executeActivity(at(card, general, users.alice), { id: 'approve', verb: 'approve' }));
    await settled();
    expect(await bob.events.next('the #general click')).toMatchObject({ type: 'BUTTON_CLICKED', channel: { name: 'general' } });
    expect(bob.events.history).toHaveLength(1);
  });

  it('refuses a forged, expired, early, unbounded, misaddressed or missing token with 401, and publishes nothing', async () => {
    const alice = await tenant.live.subscribe('demo-alice');
    const click = () => bot.executeActivity(at(card, general, users.alice), { id: 'approve', verb: 'approve' });
    const forger = makeKey('key-1');
    const now = Math.floor(Date.now() / 1000);
    for (const token of [
      bot.token({}, forger), // same kid, another key
      bot.token({}, makeKey('key-2')), // a key the Bot Framework does not publish
      bot.token({ aud: '00000000-0000-0000-0000-000000000000' }),
      bot.token({ iss: 'https://sts.windows.net/evil/' }),
      bot.token({ nbf: now - 7200, exp: now - 3600 }),
      bot.token({ nbf: now + 3600, exp: now + 7200 }),
      bot.token({ exp: undefined }),
      bot.token({ serviceurl: 'https://evil.example/' }),
      null,
    ]) {
      const answer = await bot.send(endpoint, click(), token);
      expect(answer.status).toBe(401);
    }
    await settled();
    // The next event alice gets is the one of a genuine click.
    await bot.send(endpoint, bot.executeActivity(at(card, general, users.bob), { id: 'approve', verb: 'approve' }));
    await settled();
    expect(await alice.events.next('the genuine click')).toMatchObject({ type: 'BUTTON_CLICKED', actor: { name: 'Bob Martinez' } });
    expect(alice.events.history).toHaveLength(1);
  });

  it('a repeated activity (same id) publishes once', async () => {
    const alice = await tenant.live.subscribe('demo-alice');
    const activity = bot.executeActivity(at(card, general, users.bob), { id: 'approve', verb: 'approve' });
    await bot.send(endpoint, activity);
    await bot.send(endpoint, activity);
    await settled();
    await bot.send(endpoint, bot.submitActivity(at(card, general, users.alice), { decision: 'reject' }));
    await settled();
    expect(await alice.events.next('first')).toMatchObject({ actor: { name: 'Bob Martinez' } });
    expect(await alice.events.next('second')).toMatchObject({ actor: { name: 'Alice Chen' } });
    expect(alice.events.history).toHaveLength(2);
  });
});
