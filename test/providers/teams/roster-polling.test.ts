import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGraph, type FakeChannel, type FakeChat, type FakeGraph, type FakeTeam } from '../../../testkit/fakes/graph/index.js';
import { startLiveTenant, type LiveTenant } from './live-tenant.js';

/**
 * Channel and membership changes of a polled tenant (eventDelivery POLL): Graph has no delta for them, so
 * each round compares the channel and member lists with the previous round's (roster-poll.ts). The first
 * round is a baseline; each later change is published once — also when a round is repeated over the same
 * state (a crash before it was stored) — and only to those who can see the channel.
 */

describe('Teams polling of channels and members (eventDelivery POLL)', () => {
  let fake: FakeGraph;
  let tenant: LiveTenant;
  let team: FakeTeam;
  let general: FakeChannel;
  let secret: FakeChannel;
  let chat: FakeChat;
  const users: Record<string, string> = {};

  beforeAll(async () => {
    fake = await startFakeGraph({ displayName: 'Polled Co' });
    const app = fake.tenant.addApp();
    users.alice = fake.tenant.addUser('Alice Chen', { mailNickname: 'alice' }).id;
    users.bob = fake.tenant.addUser('Bob Martinez', { mailNickname: 'bob' }).id;
    users.carol = fake.tenant.addUser('Carol Nguyen', { mailNickname: 'carol' }).id;
    team = fake.tenant.addTeam('Polled', [users.alice, users.bob], { ownerIds: [users.alice] });
    general = fake.tenant.addChannel(team.id, 'general');
    secret = fake.tenant.addChannel(team.id, 'secret-plans', { membershipType: 'private', memberIds: [users.alice] });
    chat = fake.tenant.addChat([users.alice, users.bob, users.carol], { topic: 'planning' });
    tenant = await startLiveTenant(fake, app, users, { eventDelivery: 'POLL' });
  }, 60_000);
  afterEach(async () => {
    await tenant?.live.disposeClients();
  });
  afterAll(async () => {
    await tenant?.live.close();
    await fake?.close();
  });

  const rosterRows = () =>
    tenant.live.testApp.started.services.database.db
      .selectFrom('provider_poll_cursors')
      .select(['channel_id', 'last_seen'])
      .where('provider', '=', 'teams')
      .where('channel_id', 'like', 'roster:%')
      .execute();

  it('the first round is a baseline; later changes are published once each, to those who can see them', async () => {
    const baseline = await tenant.runtime.poller.pollOnce();
    expect(baseline.published).toBe(0);
    const stored = await rosterRows();
    expect(stored.map((row) => row.channel_id).sort()).toEqual(
      [`roster:channels:${team.id}`, `roster:members:team:${team.id}`, `roster:members:channel:${team.id}:${secret.id}`, `roster:members:chat:${chat.id}`].sort(),
    );
    // Metadata only: digests and ids, never a channel's name.
    expect(stored.map((row) => row.last_seen).join('\n')).not.toContain('secret-plans');

    const [alice, bob] = [await tenant.live.subscribe('demo-alice'), await tenant.live.subscribe('demo-bob')];
    const before = await rosterRows();
    fake.tenant.addChannel(team.id, 'launch');
    fake.tenant.updateChannel(team.id, general.id, { displayName: 'town-square' });
    fake.tenant.setMember({ teamId: team.id, channelId: secret.id }, users.bob, true);
    fake.tenant.setMember({ teamId: team.id }, users.carol, true);
    fake.tenant.setMember({ chatId: chat.id }, users.carol, false);
    const round = await tenant.runtime.poller.pollOnce();
    expect(round.published).toBe(5);

    const seen = await Promise.all([1, 2, 3, 4, 5].map((n) => alice.events.next(`alice's event ${n}`)));
    expect(seen.map((event) => [event.type, event.channel?.name ?? null, event.actor?.name ?? null]).sort()).toEqual(
      [
        ['CHANNEL_CREATED', 'launch', null],
        ['CHANNEL_RENAMED', 'town-square', null],
        ['CHANNEL_JOINED', 'secret-plans', 'Bob Martinez'],
        ['CHANNEL_JOINED', 'Polled', 'Carol Nguyen'],
        ['CHANNEL_LEFT', 'planning', 'Carol Nguyen'],
      ].sort(),
    );

    // A round repeated over the state it started from (a crash before storing) publishes nothing again.
    for (const row of before) await tenant.live.testApp.started.services.database.db.updateTable('provider_poll_cursors').set({ last_seen: row.last_seen }).where('provider', '=', 'teams').where('channel_id', '=', row.channel_id).execute();
    expect((await tenant.runtime.poller.pollOnce()).published).toBe(0);
    expect((await tenant.runtime.poller.pollOnce()).published).toBe(0);

    // Bob reads every channel of this round by now (#secret-plans since his joining): he got all five.
    const bobs = await Promise.all([1, 2, 3, 4, 5].map((n) => bob.events.next(`bob's event ${n}`)));
    expect(bobs.map((event) => event.type).sort()).toEqual(seen.map((event) => event.type).sort());

    // A standard channel deleted reaches its team (the channel itself is gone: null).
    fake.tenant.deleteChannel(team.id, [...fake.tenant.channels.values()].find((channel) => channel.displayName === 'launch')!.id);
    expect((await tenant.runtime.poller.pollOnce()).published).toBe(1);
    expect(await alice.events.next('CHANNEL_DELETED for alice')).toMatchObject({ type: 'CHANNEL_DELETED', channel: null });
    expect(await bob.events.next('CHANNEL_DELETED for bob')).toMatchObject({ type: 'CHANNEL_DELETED', channel: null });
    expect(alice.events.history).toHaveLength(6);
  });
});
