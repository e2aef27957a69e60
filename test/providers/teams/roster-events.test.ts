import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGraph, type FakeChannel, type FakeGraph, type FakeTeam } from '../../../testkit/fakes/graph/index.js';
import { startLiveTenant, type LiveTenant } from './live-tenant.js';

/**
 * Channel and membership changes of a PUSH tenant, end to end: the fake Graph sends the change notifications
 * of `/teams/getAllChannels`, `/teams/getAllMembers` and `/chats/getAllMembers` (subscribed with the message
 * ones when the tenant connects) to /webhooks/microsoft, and graphql-ws subscribers receive CHANNEL_CREATED,
 * CHANNEL_RENAMED, CHANNEL_DELETED, CHANNEL_JOINED and CHANNEL_LEFT — only those who can see the channel.
 */

describe('Teams channel and membership notifications to graphql-ws subscribers', () => {
  let fake: FakeGraph;
  let tenant: LiveTenant;
  let team: FakeTeam;
  let general: FakeChannel;
  const users: Record<string, string> = {};

  beforeAll(async () => {
    fake = await startFakeGraph({ displayName: 'Acme Teams' });
    const app = fake.tenant.addApp();
    users.alice = fake.tenant.addUser('Alice Chen', { mailNickname: 'alice' }).id;
    users.bob = fake.tenant.addUser('Bob Martinez', { mailNickname: 'bob' }).id;
    users.carol = fake.tenant.addUser('Carol Nguyen', { mailNickname: 'carol' }).id;
    team = fake.tenant.addTeam('Acme', [users.alice, users.bob], { ownerIds: [users.alice] });
    general = fake.tenant.addChannel(team.id, 'general');
    tenant = await startLiveTenant(fake, app, users, { eventDelivery: 'PUSH' });
    const ids = await tenant.runtime.subscribe(fake.tenant.tenantId, `http://127.0.0.1:${tenant.live.port}`);
    expect([...fake.notifications.subscriptions.values()].filter((subscription) => ids.includes(subscription.id)).map((subscription) => subscription.resource).sort()).toEqual(
      ['/chats/getAllMembers', '/chats/getAllMessages', '/teams/getAllChannels', '/teams/getAllMembers', '/teams/getAllMessages'],
    );
  }, 60_000);
  afterEach(async () => {
    await tenant?.live.disposeClients();
  });
  afterAll(async () => {
    await tenant?.live.close();
    await fake?.close();
  });

  async function delivered(): Promise<void> {
    await fake.notifications.flush();
    await tenant.live.testApp.started.services.afterAck.idle();
  }

  const stream = (handle: string) => tenant.live.subscribe(`demo-${handle}`);

  it('a new channel reaches the team as CHANNEL_CREATED, then CHANNEL_RENAMED, CHANNEL_UPDATED, CHANNEL_DELETED; carol, outside the team, gets nothing', async () => {
    const [alice, carol] = [await stream('alice'), await stream('carol')];
    const launch = fake.tenant.addChannel(team.id, 'launch');
    await delivered();
    expect(await alice.events.next('CHANNEL_CREATED')).toMatchObject({ type: 'CHANNEL_CREATED', channel: { name: 'launch' }, message: null });

    fake.tenant.updateChannel(team.id, launch.id, { displayName: 'launch-day' });
    await delivered();
    expect(await alice.events.next('CHANNEL_RENAMED')).toMatchObject({ type: 'CHANNEL_RENAMED', channel: { name: 'launch-day' } });

    fake.tenant.updateChannel(team.id, launch.id, { description: 'The day itself' });
    await delivered();
    expect(await alice.events.next('CHANNEL_UPDATED')).toMatchObject({ type: 'CHANNEL_UPDATED', channel: { name: 'launch-day' } });

    fake.tenant.deleteChannel(team.id, launch.id);
    await delivered();
    expect(await alice.events.next('CHANNEL_DELETED')).toMatchObject({ type: 'CHANNEL_DELETED', channel: null });
    expect(alice.events.history).toHaveLength(4);
    expect(carol.events.history).toHaveLength(0);
  });

  it('a private channel created for alice reaches alice only', async () => {
    const [alice, bob] = [await stream('alice'), await stream('bob')];
    fake.tenant.addChannel(team.id, 'secret-plans', { membershipType: 'private', memberIds: [users.alice] });
    await delivered();
    expect(await alice.events.next('the private CHANNEL_CREATED')).toMatchObject({ type: 'CHANNEL_CREATED', channel: { name: 'secret-plans' } });
    // Bob's next event is a later one he can see: the private channel's never came.
    fake.tenant.addMessage({ kind: 'channel', teamId: team.id, channelId: general.id }, users.alice, { body: { contentType: 'text', content: 'hello team' } });
    await delivered();
    expect(await bob.events.next('the #general message')).toMatchObject({ type: 'MESSAGE_CREATED', message: { text: 'hello team' } });
    expect(bob.events.history).toHaveLength(1);
  });

  it('carol added to the team is CHANNEL_JOINED on the team (hers too); bob removed is CHANNEL_LEFT, named from the member lists read before', async () => {
    const [alice, carol, bob] = [await stream('alice'), await stream('carol'), await stream('bob')];
    fake.tenant.setMember({ teamId: team.id }, users.carol, true);
    await delivered();
    const joined = { type: 'CHANNEL_JOINED', channel: { name: 'Acme' }, actor: { name: 'Carol Nguyen' }, message: null };
    expect(await alice.events.next('CHANNEL_JOINED for alice')).toMatchObject(joined);
    expect(await carol.events.next('CHANNEL_JOINED for carol')).toMatchObject(joined);
    expect(await bob.events.next('CHANNEL_JOINED for bob')).toMatchObject(joined);

    fake.tenant.setMember({ teamId: team.id }, users.bob, false);
    await delivered();
    expect(await alice.events.next('CHANNEL_LEFT')).toMatchObject({ type: 'CHANNEL_LEFT', channel: { name: 'Acme' }, actor: { name: 'Bob Martinez' } });
    // The leaver no longer receives the team's events.
    expect(bob.events.history).toHaveLength(1);
  });

  it('a member removed from a chat is CHANNEL_LEFT on the chat', async () => {
    const chat = fake.tenant.addChat([users.alice, users.bob, users.carol], { topic: 'planning' });
    const [alice] = [await stream('alice')];
    fake.tenant.setMember({ chatId: chat.id }, users.carol, false);
    await delivered();
    expect(await alice.events.next('CHANNEL_LEFT of the chat')).toMatchObject({ type: 'CHANNEL_LEFT', channel: { name: 'planning' } });
  });
});
