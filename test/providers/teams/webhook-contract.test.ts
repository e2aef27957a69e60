import { randomBytes, randomUUID } from 'node:crypto';
import type { GraphRouteFamily } from '../../../src/providers/kit/graph/family.js';
import { containerId, messageNativeId, type MessageContainer } from '../../../src/providers/teams/ids.js';
import { capabilitiesFor } from '../../../src/providers/teams/index.js';
import { startTestApp } from '../../../testkit/app.js';
import { runWebhookContract, type Tamper } from '../../../testkit/contract/webhook-contract.js';
import { startFakeGraph } from '../../../testkit/fakes/graph/index.js';
import { teamsServerSettings } from '../../../testkit/fakes/graph/settings.js';

/**
 * The webhook contract on POST /webhooks/microsoft (the route family Teams shares with Outlook): Graph's change
 * notifications (no resource data), trusted by the clientState sealed with their subscription in
 * graph_subscriptions. A notification without it or with another is acknowledged with 202 (Graph
 * wants 202 whatever happens; an error would only make it retry) and publishes nothing. Graph signs nothing
 * and sends no timestamp, so "altered" and "stale" do not apply.
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

interface Notification {
  changeType: 'created' | 'updated' | 'deleted';
  resource: string;
  /** Made in the fake before the notification is sent: the reactor's 👍 added or taken back. */
  react?: { on: boolean };
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
  ],
  ignored: [{ name: 'a chat member added (not a message)', event: { changeType: 'created', resource: `chats('19:x@thread.v2')/members('m1')` } }],
  async setup() {
    const fake = await startFakeGraph({ displayName: 'Contract Co' });
    const graphApp = fake.tenant.addApp();
    const app = await startTestApp('pglite', { connections: teamsServerSettings(fake, graphApp), seed: false });
    const tenantId = fake.tenant.tenantId;
    // The reaction samples' message lives in the fake, under the ids the samples name.
    fake.tenant.addUser('Rita Reactor', { id: REACTOR });
    fake.tenant.addTeam('Contract Co', [REACTOR], { id: TEAM });
    fake.tenant.addChannel(TEAM, 'general', { id: CHANNEL.kind === 'channel' ? CHANNEL.channelId : '' });
    fake.tenant.addMessage(CHANNEL, REACTOR, { id: REACTED, body: { contentType: 'html', content: '<p>React to me</p>' } });
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
        await fake.close();
      },
    };
  },
});
