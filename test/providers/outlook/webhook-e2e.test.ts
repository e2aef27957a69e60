import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OutlookRuntime } from '../../../src/providers/outlook/index.js';
import { startFakeGraph, type FakeGraph, type FakeGraphUser } from '../../../testkit/fakes/graph/index.js';
import { outlookServerSettings } from '../../../testkit/fakes/graph/outlook-fixture.js';
import { graphql } from '../../../testkit/gql/index.js';
import { startLiveServer, type LiveServer } from '../../../testkit/subscriptions.js';

/**
 * Change notifications end to end over a real port, with the Outlook definition as the server runs it: alice's
 * mailbox connected with pushed events, one subscription per watched folder created against the fake Graph
 * (which runs the validationToken handshake on /webhooks/microsoft, the route family Outlook shares with
 * Teams), mail arriving in the fake, Graph's notification (ids only), the ingest path and graphql-ws
 * subscribers: alice gets the mail resolved through the Outlook provider; bob, not linked to the mailbox,
 * gets nothing. A `missed` lifecycle event is caught up with the folder's delta round from its stored position.
 */

const MailboxQuery = graphql(`
  query OutlookPushedMailbox {
    workspaces { id provider capabilities { eventDelivery } channels(first: 50) { nodes { id name } } }
  }
`);

describe('Outlook change notifications to graphql-ws subscribers', () => {
  let fake: FakeGraph;
  let live: LiveServer;
  let alice: FakeGraphUser;
  let runtime: OutlookRuntime;
  let workspaceId: string;
  let subscriptions: string[];
  const carol = { name: 'Carol Partner', address: 'carol@partner.example' };

  beforeAll(async () => {
    fake = await startFakeGraph({ displayName: 'Acme' });
    const { tenant } = fake;
    const app = tenant.addApp();
    alice = tenant.addUser('Alice Chen', { mailNickname: 'alice' });
    fake.mail.mailbox(alice.id);
    live = await startLiveServer('pglite', { connections: outlookServerSettings(fake, app) });
    const services = live.testApp.started.services;
    const { store } = services.connections;
    const refreshToken = tenant.issueRefreshToken(app.clientId, alice.id, ['Mail.ReadWrite']).token;
    // As the OAuth flow stores it on a server whose PUBLIC_URL is https.
    await store.save(
      {
        provider: 'outlook',
        workspaceId: alice.id,
        name: `Alice Chen <${alice.mail}>`,
        webUrl: 'https://outlook.office.com/mail/',
        appId: tenant.tenantId,
        botUserId: alice.mail,
        credentials: { accessToken: 'unused', expiresAt: new Date(0), refreshToken, webhookSecret: 'unused' },
        eventDelivery: 'PUSH',
      },
      null,
    );
    const account = await services.database.db.selectFrom('accounts').select('id').where('email', '=', 'alice@acme.test').executeTakeFirstOrThrow();
    await store.link({ provider: 'outlook', workspaceId: alice.id, accountId: account.id, externalUserId: alice.id, userToken: refreshToken, linkedVia: 'OAUTH' });
    services.connections.changed({ provider: 'outlook', workspaceId: alice.id });
    runtime = services.registry.require('outlook').runtime as OutlookRuntime;

    subscriptions = await runtime.subscribe(alice.id, `http://127.0.0.1:${live.port}`);
    const box = fake.mail.mailbox(alice.id);
    const watched = [...fake.notifications.subscriptions.values()].map((subscription) => subscription.resource);
    // Every top-level folder but Drafts, each validated against /webhooks/microsoft and its lifecycle URL.
    expect(watched).toHaveLength(box.folders.size - 1);
    expect(subscriptions).toHaveLength(box.folders.size - 1);
    expect(watched.some((resource) => resource.includes(encodeURIComponent(fake.mail.folder(box, 'drafts').id)))).toBe(false);
    expect(fake.notifications.deliveries.filter((delivery) => delivery.kind === 'validation').every((delivery) => delivery.valid)).toBe(true);
    // Subscribing again while they live creates none.
    expect(await runtime.subscribe(alice.id, `http://127.0.0.1:${live.port}`)).toEqual([]);

    const directory = await live.http('demo-alice', MailboxQuery);
    const workspace = directory.data!.workspaces.find((candidate) => candidate.provider === 'OUTLOOK')!;
    expect(workspace.capabilities.eventDelivery).toBe('PUSH');
    workspaceId = workspace.id;
  });
  afterEach(async () => {
    await live?.disposeClients();
  });
  afterAll(async () => {
    await live?.close();
    await fake?.close();
  });

  /** Lets the fake post its notifications and the server finish the work after its 202. */
  async function delivered(): Promise<void> {
    await fake.notifications.flush();
    await live.testApp.started.services.afterAck.idle();
    await runtime.graph.idle();
  }

  it('mail arriving in the fake reaches alice through a change notification; bob, not linked, gets nothing', async () => {
    const aliceStream = await live.subscribe('demo-alice', { filter: { workspaceIds: [workspaceId] } });
    const bobStream = await live.subscribe('demo-bob');
    const calls = fake.calls.length;
    fake.mail.deliver(alice.id, { from: carol, to: [{ address: alice.mail }], subject: 'Launch', body: '<p>Is the launch on the <b>14th</b>?</p>' });
    await delivered();
    const event = await aliceStream.events.next('the Inbox MESSAGE_CREATED');
    expect(event).toMatchObject({
      type: 'MESSAGE_CREATED',
      workspace: { id: workspaceId },
      channel: { name: 'Inbox' },
      message: { text: 'Is the launch on the 14th?', author: { name: 'Carol Partner' }, deletedAt: null },
    });
    // Nothing was polled: the notification named the mail, and the subscriber resolved it by id.
    expect(fake.calls.slice(calls).some((call) => call.route === 'mail.folder.messages.delta')).toBe(false);

    const box = fake.mail.mailbox(alice.id);
    fake.mail.update(box, fake.mail.message(box, [...box.messages.values()].find((message) => message.subject === 'Launch')!.id), { isRead: true });
    await delivered();
    expect(await aliceStream.events.next('the read mail')).toMatchObject({ type: 'MESSAGE_UPDATED', channel: { name: 'Inbox' }, message: { id: event.message!.id } });
    expect(bobStream.events.history).toHaveLength(0);
  });

  it('answers the validation handshake and trusts no notification with a wrong clientState', async () => {
    const url = `http://127.0.0.1:${live.port}/webhooks/microsoft`;
    const stream = await live.subscribe('demo-alice', { filter: { workspaceIds: [workspaceId] } });
    const [first] = subscriptions;
    const forged = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ value: [{ subscriptionId: first, changeType: 'created', clientState: 'guess', tenantId: fake.tenant.tenantId, resource: `Users/${alice.id}/Messages/forged`, resourceData: { id: 'forged' } }] }),
    });
    expect(forged.status).toBe(202);
    await live.testApp.started.services.afterAck.idle();
    fake.mail.deliver(alice.id, { from: carol, to: [{ address: alice.mail }], subject: 'Real', body: 'real' });
    await delivered();
    expect(await stream.events.next('the real mail')).toMatchObject({ message: { text: 'real' } });
    expect(stream.events.history).toHaveLength(1);
  });

  it('a missed notification is caught up by the folder delta round after the lifecycle event, once', async () => {
    const stream = await live.subscribe('demo-alice', { filter: { workspaceIds: [workspaceId] } });
    const box = fake.mail.mailbox(alice.id);
    const archive = fake.mail.folder(box, 'archive').id;
    fake.notifications.dropping = true;
    fake.mail.deliver(alice.id, { from: carol, to: [{ address: alice.mail }], subject: 'Lost in transit', body: 'Lost in transit', folder: 'archive' });
    fake.notifications.dropping = false;
    await delivered();
    expect(stream.events.history).toHaveLength(0);

    const subscription = [...fake.notifications.subscriptions.values()].find((candidate) => candidate.resource.endsWith(`/mailFolders/${encodeURIComponent(archive)}/messages`))!;
    await fake.notifications.sendLifecycle(subscription.id, 'missed');
    await delivered();
    expect(await stream.events.next('the missed mail')).toMatchObject({ type: 'MESSAGE_CREATED', channel: { name: 'Archive' }, message: { text: 'Lost in transit' } });
    // The round continued from the stored position: a second `missed` finds nothing new.
    await fake.notifications.sendLifecycle(subscription.id, 'missed');
    await delivered();
    expect(stream.events.history).toHaveLength(1);
  });

  it('renews the mailbox subscriptions before they expire, once across two renewers', async () => {
    const family = runtime.graph;
    const later = new Date(Date.now() + 50 * 60_000);
    const [one, two] = await Promise.all([family.renewer.runDue(later), family.renewer.runDue(later)]);
    expect(one.renewed + two.renewed).toBe(subscriptions.length);
    expect(one.failed + two.failed).toBe(0);
    expect(fake.calls.filter((call) => call.route === 'subscription.renew')).toHaveLength(subscriptions.length);
  });
});
