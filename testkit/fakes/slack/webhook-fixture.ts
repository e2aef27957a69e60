import { startTestApp, type TestApp } from '../../app.js';
import type { WebhookContract, WebhookSample } from '../../contract/webhook-contract.js';
import { startFakeSlack, type FakeSlack } from './index.js';
import { eventCallback, nowSeconds, postSigned, slackSettings, storeConnection } from './settings.js';

/**
 * Slack's side of the webhook contract (testkit/contract/webhook-contract.ts): Events API callbacks to
 * /webhooks/slack and block_actions payloads to /webhooks/slack/interactivity, signed with Slack's v0
 * scheme by ./settings.ts. Ids are fixed so that the samples are plain data; the fake team holds the two
 * messages that reactions point at (their thread root is read through the provider, as the bot).
 */

export type SlackWebhookEvent = { kind: 'event'; event: Record<string, unknown> } | { kind: 'interactivity'; payload: Record<string, unknown> };
export interface SlackDelivery {
  path: string;
  body: string;
  contentType: string;
}

const TEAM = 'T0HOOKCON1';
const C = 'C0HOOKS001';
const ROOT = '1700000300.000001';
const REPLY = '1700000300.000002';
const m = (ts: string) => `${C}:${ts}`;
const event = (fields: Record<string, unknown>): SlackWebhookEvent => ({ kind: 'event', event: fields });

const samples: WebhookSample<SlackWebhookEvent>[] = [
  {
    name: 'message',
    event: event({ type: 'message', channel: C, user: 'U0ALICE01', text: 'hi', ts: '1700000310.000001', channel_type: 'channel' }),
    expected: { type: 'MESSAGE_CREATED', channelId: C, messageId: m('1700000310.000001'), threadRootId: m('1700000310.000001'), actorId: 'U0ALICE01' },
  },
  {
    name: 'message in a thread',
    event: event({ type: 'message', channel: C, user: 'U0BOB0001', text: 're', ts: '1700000311.000001', thread_ts: ROOT, parent_user_id: 'U0ALICE01' }),
    expected: { type: 'MESSAGE_CREATED', channelId: C, messageId: m('1700000311.000001'), threadRootId: m(ROOT), actorId: 'U0BOB0001' },
  },
  {
    name: 'message thread_broadcast',
    event: event({ type: 'message', subtype: 'thread_broadcast', channel: C, user: 'U0BOB0001', text: 'also', ts: '1700000312.000001', thread_ts: ROOT }),
    expected: { type: 'MESSAGE_CREATED', channelId: C, messageId: m('1700000312.000001'), threadRootId: m(ROOT), actorId: 'U0BOB0001' },
  },
  {
    name: 'message_changed',
    event: event({
      type: 'message', subtype: 'message_changed', hidden: true, channel: C, ts: '1700000313.000009',
      message: { type: 'message', user: 'U0ALICE01', text: 'hi!', ts: '1700000313.000001', edited: { user: 'U0ALICE01', ts: '1700000313.000009' } },
      previous_message: { type: 'message', user: 'U0ALICE01', text: 'hi', ts: '1700000313.000001' },
    }),
    expected: { type: 'MESSAGE_UPDATED', channelId: C, messageId: m('1700000313.000001'), threadRootId: m('1700000313.000001'), actorId: 'U0ALICE01' },
  },
  {
    name: 'message_deleted',
    event: event({
      type: 'message', subtype: 'message_deleted', hidden: true, channel: C, ts: '1700000314.000009', deleted_ts: '1700000314.000002',
      previous_message: { ts: '1700000314.000002', thread_ts: ROOT },
    }),
    expected: { type: 'MESSAGE_DELETED', channelId: C, messageId: m('1700000314.000002'), threadRootId: m(ROOT) },
  },
  {
    name: 'reaction_added',
    event: event({ type: 'reaction_added', user: 'U0CAROL01', reaction: 'thumbsup', item_user: 'U0BOB0001', item: { type: 'message', channel: C, ts: REPLY }, event_ts: '1700000315.000001' }),
    expected: { type: 'REACTION_ADDED', channelId: C, messageId: m(REPLY), threadRootId: m(ROOT), actorId: 'U0CAROL01', emoji: ':thumbsup:' },
  },
  {
    name: 'reaction_removed',
    event: event({ type: 'reaction_removed', user: 'U0CAROL01', reaction: 'eyes', item: { type: 'message', channel: C, ts: ROOT }, event_ts: '1700000316.000001' }),
    expected: { type: 'REACTION_REMOVED', channelId: C, messageId: m(ROOT), threadRootId: m(ROOT), actorId: 'U0CAROL01', emoji: ':eyes:' },
  },
  {
    name: 'app_mention',
    event: event({ type: 'app_mention', user: 'U0ALICE01', text: '<@U0BOT> ping', ts: '1700000317.000001', channel: C, event_ts: '1700000317.000001' }),
    expected: { type: 'APP_MENTION', channelId: C, messageId: m('1700000317.000001'), threadRootId: m('1700000317.000001'), actorId: 'U0ALICE01' },
  },
  {
    name: 'channel_created',
    event: event({ type: 'channel_created', channel: { id: 'C0HOOKNEW1', name: 'launch', created: 1700000318, creator: 'U0ALICE01' } }),
    expected: { type: 'CHANNEL_CREATED', channelId: 'C0HOOKNEW1', actorId: 'U0ALICE01' },
  },
  {
    name: 'channel_rename',
    event: event({ type: 'channel_rename', channel: { id: C, name: 'general-chat', created: 1700000000 } }),
    expected: { type: 'CHANNEL_RENAMED', channelId: C },
  },
  {
    name: 'channel_archive',
    event: event({ type: 'channel_archive', channel: 'C0HOOKOLD1', user: 'U0ALICE01' }),
    expected: { type: 'CHANNEL_UPDATED', channelId: 'C0HOOKOLD1', actorId: 'U0ALICE01' },
  },
  {
    name: 'channel_deleted',
    event: event({ type: 'channel_deleted', channel: 'C0HOOKOLD2' }),
    expected: { type: 'CHANNEL_DELETED', channelId: 'C0HOOKOLD2' },
  },
  {
    name: 'member_joined_channel',
    event: event({ type: 'member_joined_channel', user: 'U0DAVE001', channel: C, channel_type: 'C', team: TEAM }),
    expected: { type: 'CHANNEL_JOINED', channelId: C, actorId: 'U0DAVE001' },
  },
  {
    name: 'member_left_channel',
    event: event({ type: 'member_left_channel', user: 'U0DAVE001', channel: C, channel_type: 'C', team: TEAM }),
    expected: { type: 'CHANNEL_LEFT', channelId: C, actorId: 'U0DAVE001' },
  },
  {
    name: 'pin_added',
    event: event({ type: 'pin_added', user: 'U0ALICE01', channel_id: C, item: { type: 'message', channel: C, message: { ts: '1700000319.000001', text: 'hi' } }, event_ts: '1700000319.000009' }),
    expected: { type: 'MESSAGE_PINNED', channelId: C, messageId: m('1700000319.000001'), threadRootId: m('1700000319.000001'), actorId: 'U0ALICE01' },
  },
  {
    name: 'pin_removed',
    event: event({ type: 'pin_removed', user: 'U0ALICE01', channel_id: C, item: { type: 'message', channel: C, message: { ts: '1700000320.000001' } }, event_ts: '1700000320.000009' }),
    expected: { type: 'MESSAGE_UNPINNED', channelId: C, messageId: m('1700000320.000001'), threadRootId: m('1700000320.000001'), actorId: 'U0ALICE01' },
  },
  {
    name: 'block_actions',
    event: {
      kind: 'interactivity',
      payload: {
        type: 'block_actions',
        user: { id: 'U0ALICE01', username: 'alice', name: 'alice', team_id: TEAM },
        api_app_id: 'A0FAKEAPP1',
        token: 'legacy',
        container: { type: 'message', message_ts: '1700000321.000001', channel_id: C, is_ephemeral: false, thread_ts: ROOT },
        trigger_id: '1.2.3',
        team: { id: TEAM, domain: 'fake-team' },
        channel: { id: C, name: 'general' },
        message: { type: 'message', user: 'U0BOT', ts: '1700000321.000001', text: 'Deploy?' },
        response_url: 'https://hooks.slack.com/actions/T/1/abc',
        actions: [{ type: 'button', block_id: 'b1', action_id: 'approve', value: 'approve_1', text: { type: 'plain_text', text: 'Approve' }, action_ts: '1700000321.289415' }],
      },
    },
    expected: { type: 'BUTTON_CLICKED', channelId: C, messageId: m('1700000321.000001'), threadRootId: m(ROOT), actorId: 'U0ALICE01', buttonId: 'approve' },
  },
];

const ignored = [
  { name: 'user_typing', event: event({ type: 'user_typing', channel: C, user: 'U0ALICE01' }) },
  { name: 'message_replied (bookkeeping)', event: event({ type: 'message', subtype: 'message_replied', hidden: true, channel: C, ts: '1700000330.000001', message: { ts: ROOT } }) },
  {
    name: 'message_changed without a change of text (bookkeeping)',
    event: event({
      type: 'message', subtype: 'message_changed', hidden: true, channel: C, ts: '1700000331.000009',
      message: { type: 'message', user: 'U0ALICE01', text: 'same', ts: ROOT, reply_count: 2 },
      previous_message: { type: 'message', user: 'U0ALICE01', text: 'same', ts: ROOT, reply_count: 1 },
    }),
  },
  { name: 'reaction_added to a file', event: event({ type: 'reaction_added', user: 'U0CAROL01', reaction: 'eyes', item: { type: 'file', file: 'F123' }, event_ts: '1700000332.000001' }) },
];

/** Slack's webhooks under the contract: a connected team (PostgreSQL app) and the fake holding its messages. */
export const slackWebhookContract: WebhookContract<SlackWebhookEvent, SlackDelivery> = {
  samples,
  ignored,
  async setup() {
    const fake: FakeSlack = await startFakeSlack({ teamId: TEAM });
    let app: TestApp | undefined;
    try {
      const bot = fake.workspace.addBot('switchboard');
      fake.workspace.addConversation({ id: C, kind: 'public', name: 'general', members: [bot.user.id] });
      fake.workspace.addMessage(C, { user: 'U0ALICE01', text: 'root', ts: ROOT });
      fake.workspace.addMessage(C, { user: 'U0BOB0001', text: 'reply', ts: REPLY, threadTs: ROOT });
      app = await startTestApp('postgres', { seed: false, connections: slackSettings(fake.apiUrl) });
      await storeConnection(app, { teamId: TEAM, botToken: bot.token, botUserId: bot.user.id });
      const provider = await app.started.services.registry.openFresh({ provider: 'slack', workspaceId: TEAM });
      if (!provider) throw new Error('the Slack team is not connected');
      const started = app;
      let counter = 0;
      return {
        app: started,
        provider: 'slack',
        workspaceId: TEAM,
        capabilities: provider.capabilities(),
        refusedStatus: 401,
        delivery(sample) {
          if (sample.kind === 'interactivity') {
            return {
              path: '/webhooks/slack/interactivity',
              body: `payload=${encodeURIComponent(JSON.stringify(sample.payload))}`,
              contentType: 'application/x-www-form-urlencoded',
            };
          }
          return { path: '/webhooks/slack', body: JSON.stringify(eventCallback(TEAM, sample.event)), contentType: 'application/json' };
        },
        send(delivery, tamper) {
          return postSigned(started, delivery.path, delivery.body, {
            contentType: delivery.contentType,
            ...(tamper === 'unsigned' ? { signature: null } : {}),
            ...(tamper === 'forged' ? { secret: 'f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0' } : {}),
            ...(tamper === 'altered' ? { sentBody: `${delivery.body} ` } : {}),
            ...(tamper === 'stale' ? { timestamp: nowSeconds() - 6 * 60 } : {}),
          });
        },
        newMessage() {
          counter += 1;
          const ts = `1700000400.${String(counter).padStart(6, '0')}`;
          return {
            event: event({ type: 'message', channel: C, user: 'U0ALICE01', text: `fresh ${counter}`, ts, channel_type: 'channel' }),
            messageId: m(ts),
          };
        },
        settle: () => started.started.services.afterAck.idle(),
        async cleanup() {
          await started.close();
          await fake.close();
        },
      };
    } catch (error) {
      await app?.close();
      await fake.close();
      throw error;
    }
  },
};
