import { describe, expect, it } from 'vitest';
import { clickOfActivity } from '../../../src/providers/teams/bot-activity.js';

/** Bot Framework activities → the click they stand for (where, who, which action), as Teams sends them. */

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const TEAM = '303d2c1c-f1c5-40ce-b68e-544343d7f42b';
const CHANNEL = '19:fec4b1d1c8d3466fb25f9c1bbdde9aec@thread.tacv2';
const USER = 'c651e5be-7631-4b8a-8e9c-0c2a7c1f5f0e';

const base = {
  type: 'invoke',
  name: 'adaptiveCard/action',
  id: 'f:1',
  channelId: 'msteams',
  serviceUrl: 'https://smba.trafficmanager.net/amer/',
  timestamp: '2026-12-07T10:00:00.000Z',
  from: { id: '29:1abc', aadObjectId: USER },
  value: { action: { type: 'Action.Execute', id: 'approve', verb: 'approve', data: { request: 42 } }, trigger: 'manual' },
};

describe('clickOfActivity', () => {
  it('a click on a channel reply: the thread root from conversation.id, the team from aadGroupId', () => {
    const click = clickOfActivity({
      ...base,
      replyToId: '1616965000000',
      conversation: { id: `${CHANNEL};messageid=1616964509832`, conversationType: 'channel', tenantId: TENANT },
      channelData: { team: { id: CHANNEL, aadGroupId: TEAM }, channel: { id: CHANNEL }, tenant: { id: TENANT } },
    });
    expect(click).toMatchObject({
      tenantId: TENANT,
      invoke: true,
      container: { kind: 'channel', teamId: TEAM, channelId: CHANNEL },
      messageId: '1616965000000',
      rootId: '1616964509832',
      userId: USER,
      action: { id: 'approve', verb: 'approve', data: { request: 42 } },
      at: new Date('2026-12-07T10:00:00.000Z'),
    });
  });

  it('an Action.Submit in a group chat: a message with value, no action id', () => {
    const click = clickOfActivity({
      ...base,
      type: 'message',
      name: undefined,
      value: { decision: 'reject' },
      replyToId: '1616964509832',
      conversation: { id: '19:2da4c29f6d7041eca70b638b43d45437@thread.v2', conversationType: 'groupChat', tenantId: TENANT },
    });
    expect(click).toMatchObject({ invoke: false, container: { kind: 'chat', chatId: '19:2da4c29f6d7041eca70b638b43d45437@thread.v2' }, rootId: null, action: { id: null, verb: null, data: { decision: 'reject' } } });
  });

  it('leaves out what is not a click or cannot be placed', () => {
    const channel = { conversation: { id: CHANNEL, conversationType: 'channel', tenantId: TENANT }, channelData: { team: { aadGroupId: TEAM }, channel: { id: CHANNEL } }, replyToId: '1616964509832' };
    expect(clickOfActivity({ ...base, ...channel })).not.toBeNull();
    // Typed text, another invoke, another channel, a personal conversation, a team without its Graph id.
    expect(clickOfActivity({ ...base, ...channel, type: 'message', text: 'hello', value: undefined })).toBeNull();
    expect(clickOfActivity({ ...base, ...channel, name: 'task/fetch' })).toBeNull();
    expect(clickOfActivity({ ...base, ...channel, channelId: 'slack' })).toBeNull();
    expect(clickOfActivity({ ...base, replyToId: '1616964509832', conversation: { id: 'a:1Xq9', conversationType: 'personal', tenantId: TENANT } })).toBeNull();
    expect(clickOfActivity({ ...base, ...channel, channelData: { channel: { id: CHANNEL } } })).toBeNull();
    expect(clickOfActivity({ ...base, ...channel, replyToId: undefined })).toBeNull();
    expect(clickOfActivity(null)).toBeNull();
  });
});
