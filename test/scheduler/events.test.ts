import { describe, expect, it } from 'vitest';
import { Scheduler } from '../../src/scheduler/scheduler.js';
import { graphql } from '../../testkit/gql/index.js';
import { STORES, type StoreKind } from '../../testkit/databases.js';
import { useLiveServer, type LiveServer } from '../../testkit/subscriptions.js';
import { HOUR, scheduleText } from './support.js';

/**
 * SCHEDULED_MESSAGE_SENT and _FAILED over graphql-ws: they reach the author alone; the delivered message's
 * MESSAGE_CREATED reaches the channel as usual.
 */

const EventScheduledMessage = graphql(`
  query EventScheduledMessage($id: ID!) {
    node(id: $id) {
      ... on Event { type scheduledMessage { id status sentMessage { id } } }
    }
  }
`);

describe.each(STORES)('scheduled-message events on %s', (kind: StoreKind) => {
  let live: LiveServer;
  useLiveServer(kind, (server) => (live = server));

  const runDue = () => new Scheduler(live.testApp.started.services).runDue(new Date(Date.now() + 2 * HOUR));

  it('tells the author SCHEDULED_MESSAGE_SENT with the new message; the channel gets MESSAGE_CREATED and nothing else', async () => {
    const { channel } = live.directory;
    const alice = await live.subscribe('demo-alice');
    const bob = await live.subscribe('demo-bob');
    const scheduledId = await scheduleText(live.testApp, 'demo-alice', channel.general, `scheduled hello (${kind})`, new Date(Date.now() + HOUR));
    expect(await runDue()).toMatchObject({ sent: 1 });

    const created = await alice.events.next('MESSAGE_CREATED of the delivered message');
    expect(created).toMatchObject({ type: 'MESSAGE_CREATED', message: { text: `scheduled hello (${kind})`, author: { name: 'Alice Chen' } } });
    const sent = await alice.events.next('SCHEDULED_MESSAGE_SENT');
    expect(sent).toMatchObject({
      type: 'SCHEDULED_MESSAGE_SENT',
      actor: { name: 'Alice Chen' },
      channel: { name: 'general' },
      message: { id: created.message!.id },
    });

    expect(await bob.events.next("bob's MESSAGE_CREATED")).toMatchObject({ type: 'MESSAGE_CREATED', message: { id: created.message!.id } });
    // A marker sent afterwards is bob's very next event: the scheduled-message event never reached him.
    const markerId = await live.send('demo-alice', channel.general, `marker (${kind})`);
    expect(await bob.events.next('the marker')).toMatchObject({ type: 'MESSAGE_CREATED', message: { id: markerId } });

    const asAlice = await live.http('demo-alice', EventScheduledMessage, { id: sent.id });
    expect(asAlice.data?.node).toEqual({
      type: 'SCHEDULED_MESSAGE_SENT',
      scheduledMessage: { id: scheduledId, status: 'SENT', sentMessage: { id: created.message!.id } },
    });
    const asBob = await live.http('demo-bob', EventScheduledMessage, { id: sent.id });
    expect(asBob.data?.node).toBeNull();
  });

  it('tells the author SCHEDULED_MESSAGE_FAILED, and only the author, when the channel was archived', async () => {
    const { channel } = live.directory;
    const db = live.testApp.started.services.database.db;
    const alice = await live.subscribe('demo-alice');
    const bob = await live.subscribe('demo-bob');
    await scheduleText(live.testApp, 'demo-alice', channel['engineering-oncall'], `too late for oncall (${kind})`, new Date(Date.now() + HOUR));
    const oncall = await db.selectFrom('channels').select('id').where('name', '=', 'engineering-oncall').executeTakeFirstOrThrow();
    await db.updateTable('channels').set({ archived_at: new Date() }).where('id', '=', oncall.id).execute();
    try {
      expect(await runDue()).toMatchObject({ failed: 1, sent: 0 });
      expect(await alice.events.next('SCHEDULED_MESSAGE_FAILED')).toMatchObject({
        type: 'SCHEDULED_MESSAGE_FAILED',
        actor: { name: 'Alice Chen' },
        channel: { name: 'engineering-oncall' },
        message: null,
      });
      const markerId = await live.send('demo-alice', channel.general, `after the failure (${kind})`);
      expect(await bob.events.next('the marker')).toMatchObject({ type: 'MESSAGE_CREATED', message: { id: markerId } });
    } finally {
      await db.updateTable('channels').set({ archived_at: null }).where('id', '=', oncall.id).execute();
    }
  });

  it('still tells an author who left the channel, without naming the channel it can no longer see', async () => {
    const { channel } = live.directory;
    const db = live.testApp.started.services.database.db;
    const dave = await live.subscribe('demo-dave');
    await scheduleText(live.testApp, 'demo-dave', channel.random, `left before sending (${kind})`, new Date(Date.now() + HOUR));
    const membership = await db
      .selectFrom('channel_members')
      .innerJoin('users', 'users.id', 'channel_members.user_id')
      .innerJoin('channels', 'channels.id', 'channel_members.channel_id')
      .select(['channel_members.channel_id', 'channel_members.user_id', 'channel_members.role', 'channel_members.joined_at'])
      .where('users.name', '=', 'dave')
      .where('channels.name', '=', 'random')
      .executeTakeFirstOrThrow();
    await db.deleteFrom('channel_members').where('channel_id', '=', membership.channel_id).where('user_id', '=', membership.user_id).execute();
    try {
      expect(await runDue()).toMatchObject({ failed: 1 });
      expect(await dave.events.next('SCHEDULED_MESSAGE_FAILED')).toMatchObject({
        type: 'SCHEDULED_MESSAGE_FAILED',
        actor: { name: 'Dave Okafor' },
        channel: null,
        message: null,
      });
    } finally {
      await db.insertInto('channel_members').values(membership).execute();
    }
  });
});
