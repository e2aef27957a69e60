import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import type { GraphRouteFamily } from '../../../src/providers/kit/graph/family.js';
import { containerId, messageNativeId, type MessageContainer } from '../../../src/providers/teams/ids.js';
import { capabilitiesFor } from '../../../src/providers/teams/index.js';
import type { TeamsSettings } from '../../../src/providers/teams/index.js';
import { startTestApp } from '../../../testkit/app.js';
import { runWebhookContract, type Tamper } from '../../../testkit/contract/webhook-contract.js';
import { FakeBotFramework } from '../../../testkit/fakes/graph/bot-framework.js';
import { startFakeGraph } from '../../../testkit/fakes/graph/index.js';
import { membershipIdOf } from '../../../testkit/fakes/graph/tenant.js';
import { teamsServerSettings } from '../../../testkit/fakes/graph/settings.js';

/**
 * The webhook contract on POST /webhooks/microsoft (the route family Teams shares with Outlook): Graph's change
 * notifications (no resource data), trusted by the clientState sealed with their subscription in
 * graph_subscriptions. A notification without it or with another is acknowledged with 202 (Graph
 * wants 202 whatever happens; an error would only make it retry) and publishes nothing. Graph signs nothing
 * and sends no timestamp, so "altered" and "stale" do not apply. Channel and membership notifications come
 * the same way; adaptive-card clicks (BUTTON_CLICKED) come from the Bot Framework to /webhooks/microsoft/bot,
 * signed with a key of the fake Bot Framework made here.
 */

const TEAM = '7f4c6a5e-0000-4000-8000-00000000c0de';
const CHANNEL: MessageContainer = { kind: 'channel', teamId: TEAM, channelId: '19:general@thread.tacv2' };
const CHAT: MessageContainer = { kind: 'chat', chatId: '19:meeting_abc@thread.v2' };
const ROOT = '1700000000001';
const REPLY = '1700000000002';
const CHAT_MESSAGE = '1700000000003';
const SUBSCRIPTION = 'c0ffee00-0000-4000-8000-000000000001';
/** A message of the fake that someone reacts to, and who. */
const REACTED = '1700000000004';
const REACTOR = 'a11ce000-0000-4000-8000-00000000face';
/** A channel of the fake that is renamed between its `created` notification (in setup) and its `updated` one. */
const RENAMED: MessageContainer = { kind: 'channel', teamId: TEAM, channelId: '19:renamed@thread.tacv2' };
const channelOnly = (channelId: string) => `teams('${TEAM}')/channels('${channelId}')`;

interface Notification {
  changeType: 'created' | 'updated' | 'deleted';
  resource: string;
  /** Made in the fake before the notification is sent: the reactor's 👍 added or taken back. */
  react?: { on: boolean };
  /** Made in the fake before the notification is sent: RENAMED gets this name. */
  rename?: string;
  /** Not a Graph notification: an adaptive-card click the Bot Framework posts to /webhooks/microsoft/bot. */
  click?: { activityId?: string };
}
interface Delivery extends Notification {
  id: string;
}

const channelResource = (messageId: string, rootId: string | null = null) =>
  `teams('${TEAM}')/channels('${CHANNEL.kind === 'channel' ? CHANNEL.channelId : ''}')/messages('${rootId ?? messageId}')${rootId ? `/replies('${messageId}')` : ''}`;

let fresh = 1_800_000_000_000;

runWebhookContract<Notification, Delivery>('teams', {
  notApplicable: {
    altered: 'signs nothing: Graph notifications carry only the clientState secret',
    stale: 'sends no timestamp to check: Graph notifications carry only the clientState secret',
  },
  samples: [
    {
      name: 'created (channel message)',
      event: { changeType: 'created', resource: channelResource(ROOT) },
      expected: { type: 'MESSAGE_CREATED', channelId: containerId(CHANNEL), messageId: messageNativeId(CHANNEL, ROOT), threadRootId: messageNativeId(CHANNEL, ROOT) },
    },
    {
      name: 'updated (channel reply)',
      event: { changeType: 'updated', resource: channelResource(REPLY, ROOT) },
      expected: { type: 'MESSAGE_UPDATED', channelId: containerId(CHANNEL), messageId: messageNativeId(CHANNEL, REPLY, ROOT), threadRootId: messageNativeId(CHANNEL, ROOT) },
    },
    {
      name: 'deleted (chat message)',
      event: { changeType: 'deleted', resource: `chats('${CHAT.kind === 'chat' ? CHAT.chatId : ''}')/messages('${CHAT_MESSAGE}')` },
      expected: { type: 'MESSAGE_DELETED', channelId: containerId(CHAT), messageId: messageNativeId(CHAT, CHAT_MESSAGE), threadRootId: messageNativeId(CHAT, CHAT_MESSAGE) },
    },
    {
      // The message was seen before (its `created` notification, in setup): the update is told apart.
      name: 'updated (a reaction added)',
      event: { changeType: 'updated', resource: channelResource(REACTED), react: { on: true } },
      expected: { type: 'REACTION_ADDED', channelId: containerId(CHANNEL), messageId: messageNativeId(CHANNEL, REACTED), threadRootId: messageNativeId(CHANNEL, REACTED), actorId: REACTOR, emoji: ':thumbsup:' },
    },
    {
      name: 'updated (a reaction taken back)',
      event: { changeType: 'updated', resource: channelResource(REACTED), react: { on: false } },
      expected: { type: 'REACTION_REMOVED', channelId: containerId(CHANNEL), messageId: messageNativeId(CHANNEL, REACTED), threadRootId: messageNativeId(CHANNEL, REACTED), actorId: REACTOR, emoji: ':thumbsup:' },
    },
    {
      name: 'created (channel)',
      event: { changeType: 'created', resource: channelOnly('19:brand-new@thread.tacv2') },
      expected: { type: 'CHANNEL_CREATED', channelId: containerId({ kind: 'channel', teamId: TEAM, channelId: '19:brand-new@thread.tacv2' }) },
    },
    {
      // The channel's name was seen (its `created` notification, in setup): a new one is a rename.
      name: 'updated (channel renamed)',
      event: { changeType: 'updated', resource: channelOnly(RENAMED.kind === 'channel' ? RENAMED.channelId : ''), rename: 'renamed-at-last' },
      expected: { type: 'CHANNEL_RENAMED', channelId: containerId(RENAMED) },
    },
    {
      name: 'updated (channel never seen)',
      event: { changeType: 'updated', resource: channelOnly('19:general@thread.tacv2') },
      expected: { type: 'CHANNEL_UPDATED', channelId: containerId(CHANNEL) },
    },
    {
      name: 'deleted (channel)',
      event: { changeType: 'deleted', resource: channelOnly('19:gone@thread.tacv2') },
      expected: { type: 'CHANNEL_DELETED', channelId: containerId({ kind: 'channel', teamId: TEAM, channelId: '19:gone@thread.tacv2' }) },
    },
    {
      name: 'created (team member)',
      event: { changeType: 'created', resource: `teams('${TEAM}')/members('${membershipIdOf(REACTOR)}')` },
      expected: { type: 'CHANNEL_JOINED', channelId: `team:${TEAM}`, actorId: REACTOR },
    },
    {
      // The membership was read when it was created (the sample before): who left is known.
      name: 'deleted (team member)',
      event: { changeType: 'deleted', resource: `teams('${TEAM}')/members('${membershipIdOf(REACTOR)}')` },
      expected: { type: 'CHANNEL_LEFT', channelId: `team:${TEAM}`, actorId: REACTOR },
    },
    {
      name: 'an adaptive-card click (Bot Framework)',
      event: { changeType: 'created', resource: '', click: {} },
      expected: { type: 'BUTTON_CLICKED', channelId: containerId(CHANNEL), messageId: messageNativeId(CHANNEL, REACTED), threadRootId: messageNativeId(CHANNEL, REACTED), actorId: REACTOR, buttonId: 'approve' },
    },
  ],
  ignored: [
    { name: 'a member whose role changed', event: { changeType: 'updated', resource: `chats('19:x@thread.v2')/members('m1')` } },
    { name: 'a team updated (not subscribed)', event: { changeType: 'updated', resource: `teams('${TEAM}')` } },
  ],
  async setup() {
    const fake = await startFakeGraph({ displayName: 'Contract Co' });
    const graphApp = fake.tenant.addApp();
    const bot = await FakeBotFramework.start({ key: { kid: 'bot-key', ...generateKeyPairSync('rsa', { modulusLength: 2048 }) }, appId: graphApp.clientId });
    const forger = { kid: 'bot-key', ...generateKeyPairSync('rsa', { modulusLength: 2048 }) };
    const settings = teamsServerSettings(fake, graphApp);
    const teams: TeamsSettings = { ...(settings.providers.teams as TeamsSettings), botOpenIdUrl: bot.openIdUrl };
    const app = await startTestApp('pglite', { connections: { ...settings, providers: { ...settings.providers, teams } }, seed: false });
    const tenantId = fake.tenant.tenantId;
    // The reaction samples' message lives in the fake, under the ids the samples name.
    fake.tenant.addUser('Rita Reactor', { id: REACTOR });
    fake.tenant.addTeam('Contract Co', [REACTOR], { id: TEAM });
    fake.tenant.addChannel(TEAM, 'general', { id: CHANNEL.kind === 'channel' ? CHANNEL.channelId : '' });
    fake.tenant.addMessage(CHANNEL, REACTOR, { id: REACTED, body: { contentType: 'html', content: '<p>React to me</p>' } });
    fake.tenant.addChannel(TEAM, 'to-be-renamed', { id: RENAMED.kind === 'channel' ? RENAMED.channelId : '' });
    const clientState = randomBytes(32).toString('base64url');
    await app.started.services.connections.store.save(
      {
        provider: 'teams',
        workspaceId: tenantId,
        name: 'Contract Co',
        webUrl: null,
        appId: graphApp.clientId,
        botUserId: null,
        credentials: { accessToken: 'app-token', expiresAt: new Date(Date.now() + 3_600_000), refreshToken: null, webhookSecret: null },
        eventDelivery: 'PUSH',
      },
      null,
    );
    // As creating the tenant's subscription stores it: the webhook finds provider and connection by its id.
    const family = app.started.services.registry.family('microsoft')!.runtime as GraphRouteFamily;
    await family.store.save({
      subscriptionId: SUBSCRIPTION,
      provider: 'teams',
      workspaceId: tenantId,
      resource: '/teams/getAllMessages',
      changeType: 'created,updated,deleted',
      notificationUrl: 'http://switchboard.test/webhooks/microsoft',
      expiresAt: new Date(Date.now() + 3_000_000),
      clientState,
    });
    const send = (delivery: Delivery, tamper?: Tamper) => {
      if (delivery.click) {
        const activity = bot.executeActivity(
          { tenantId, place: { kind: 'channel', teamId: TEAM, channelId: CHANNEL.kind === 'channel' ? CHANNEL.channelId : '', messageId: REACTED }, userId: REACTOR },
          { id: 'approve', verb: 'approve' },
        );
        const token = tamper === 'unsigned' ? null : tamper === 'forged' ? bot.token({}, forger) : bot.token();
        return Promise.resolve(
          app.app.fetch('http://switchboard.test/webhooks/microsoft/bot', {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
            body: JSON.stringify({ ...activity, id: delivery.id }),
          }),
        );
      }
      if (delivery.rename) fake.tenant.updateChannel(TEAM, RENAMED.kind === 'channel' ? RENAMED.channelId : '', { displayName: delivery.rename });
      if (delivery.react) fake.tenant.react(CHANNEL, REACTED, null, REACTOR, '👍', delivery.react.on);
      const item: Record<string, unknown> = {
        id: delivery.id,
        subscriptionId: SUBSCRIPTION,
        subscriptionExpirationDateTime: new Date(Date.now() + 3_000_000).toISOString(),
        changeType: delivery.changeType,
        resource: delivery.resource,
        tenantId,
      };
      if (tamper !== 'unsigned') item.clientState = tamper === 'forged' ? randomBytes(32).toString('base64url') : clientState;
      return Promise.resolve(app.app.fetch('http://switchboard.test/webhooks/microsoft', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ value: [item] }) }));
    };
    // Graph's `created` of the reacted message, as a process running since then has seen it.
    await send({ id: randomUUID(), changeType: 'created', resource: channelResource(REACTED) });
    // …and of the channel renamed later, so its name was seen.
    await send({ id: randomUUID(), changeType: 'created', resource: channelOnly(RENAMED.kind === 'channel' ? RENAMED.channelId : '') });
    await app.started.services.afterAck.idle();
    return {
      app,
      provider: 'teams',
      workspaceId: tenantId,
      capabilities: capabilitiesFor({}),
      refusedStatus: 202,
      delivery: (event) => ({ ...event, id: randomUUID() }),
      send,
      newMessage: () => {
        const id = String((fresh += 1));
        return { event: { changeType: 'created', resource: channelResource(id) }, messageId: messageNativeId(CHANNEL, id) };
      },
      settle: () => app.started.services.afterAck.idle(),
      cleanup: async () => {
        await app.close();
        await bot.close();
        await fake.close();
      },
    };
  },
});
