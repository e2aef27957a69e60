import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP } from '../../../src/providers/kit/graph/tokens.js';
import { checkClientState, lifecycleAction, parseLifecycleEvents, parseNotifications, parseResourcePath, validationAnswer } from '../../../src/providers/kit/graph/notifications.js';
import { createSubscription, dueForRenewal, renewSubscription } from '../../../src/providers/kit/graph/subscriptions.js';
import { changeOfNotification, pollChannel, pollChat, type TeamsChange } from '../../../src/providers/teams/changes.js';
import { only } from '../../../testkit/contract/contract-support.js';
import { openTeamsTenant, type TeamsTenant } from '../../../testkit/fakes/graph/fixture.js';
import type { Container } from '../../../testkit/fakes/graph/index.js';

/**
 * Change notifications and delta polling, between the fake Graph and a small receiver built from the
 * foundation's pieces (the route family in ../kit/graph/family.ts composes the same ones; the server's
 * /webhooks/microsoft is tested in webhook-e2e and subscriptions tests): the validation handshake,
 * clientState checked per subscription, duplicates processed once, lifecycle events turned into actions.
 */
describe('teams change notifications and delta polling', () => {
  let t: TeamsTenant;
  let server: Server;
  let url: string;
  const clientStates = new Map<string, string>();
  const accepted: TeamsChange[] = [];
  let rejectedCount = 0;
  const lifecycle: Array<ReturnType<typeof lifecycleAction>> = [];
  const seen = new Set<string>();
  let channel: Container;

  beforeAll(async () => {
    t = await openTeamsTenant();
    channel = { kind: 'channel', teamId: t.team.id, channelId: t.publicChannel.id };
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const target = new URL(request.url ?? '/', 'http://receiver');
        const body = Buffer.concat(chunks).toString('utf8');
        const validation = validationAnswer(target);
        if (validation) {
          response.writeHead(validation.status, validation.headers).end(validation.body);
          return;
        }
        const parsed: unknown = JSON.parse(body);
        const trusted = (id: string, clientState: string | null) => checkClientState(clientStates.get(id) ?? null, clientState);
        if (target.pathname === '/lifecycle') {
          for (const event of parseLifecycleEvents(parsed)) {
            if (trusted(event.subscriptionId, event.clientState)) lifecycle.push(lifecycleAction(event));
            else rejectedCount += 1;
          }
        } else {
          for (const notification of parseNotifications(parsed)) {
            if (!trusted(notification.subscriptionId, notification.clientState)) {
              rejectedCount += 1;
              continue;
            }
            const change = changeOfNotification(t.provider.workspaceId, notification, new Date());
            const key = notification.id ?? '';
            if (!change || seen.has(key)) continue;
            seen.add(key);
            accepted.push(change);
          }
        }
        response.writeHead(202).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await t?.close();
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('creating a subscription passes the validation handshake on both URLs; notifications become changes a read resolves', async () => {
    const subscription = await createSubscription(t.provider.connection.api, APP, {
      resource: `/teams/${t.team.id}/channels/${t.publicChannel.id}/messages`,
      changeTypes: ['created', 'updated', 'deleted'],
      notificationUrl: `${url}/notifications`,
      lifecycleNotificationUrl: `${url}/lifecycle`,
      now: Date.now(),
    });
    clientStates.set(subscription.id, subscription.clientState);
    const validations = t.fake.notifications.deliveries.filter((delivery) => delivery.kind === 'validation');
    expect(validations.map((delivery) => [delivery.url, delivery.valid])).toEqual([
      [`${url}/notifications`, true],
      [`${url}/lifecycle`, true],
    ]);

    const root = await t.provider.sendMessage(t.actors.owner, { channelId: t.ids.publicChannel, content: { text: 'notify me', format: 'text' }, parentId: null, alsoSendToChannel: false, attachmentIds: [] });
    const reply = await t.provider.sendMessage(t.actors.member, { channelId: t.ids.publicChannel, content: { text: 'and me', format: 'text' }, parentId: root.id, alsoSendToChannel: false, attachmentIds: [] });
    await t.provider.deleteMessage(t.actors.member, reply.id);
    await t.fake.notifications.flush();
    expect(accepted.map((change) => [change.envelope.type, change.envelope.messageId, change.envelope.threadRootId])).toEqual([
      ['MESSAGE_CREATED', root.id, root.id],
      ['MESSAGE_CREATED', reply.id, root.id],
      ['MESSAGE_DELETED', reply.id, root.id],
    ]);
    expect(accepted[0].envelope).toMatchObject({ provider: 'teams', channelId: t.ids.publicChannel });
    expect(await only(t.provider.loadMessages([accepted[1].envelope.messageId!]))).toMatchObject({ id: reply.id, parentId: root.id });

    // Graph sends the same notification again: it is processed once.
    const count = accepted.length;
    await t.fake.notifications.redeliver(t.fake.notifications.deliveries.find((delivery) => delivery.kind === 'change')!);
    expect(accepted).toHaveLength(count);

    expect(dueForRenewal([{ expiresAt: subscription.expiresAt }], Date.now())).toEqual([]);
    expect(dueForRenewal([{ expiresAt: subscription.expiresAt }], subscription.expiresAt.getTime() - 5 * 60_000)).toHaveLength(1);
    const renewed = await renewSubscription(t.provider.connection.api, APP, subscription.id, { now: Date.now(), lifetimeMinutes: 50 });
    expect(renewed.getTime()).toBeLessThan(subscription.expiresAt.getTime());

    await t.fake.notifications.sendLifecycle(subscription.id, 'reauthorizationRequired');
    expect(lifecycle).toEqual([{ kind: 'reauthorize', subscriptionId: subscription.id }]);
  });

  it('a notification with the wrong clientState, or for a subscription Switchboard does not know, is not trusted', async () => {
    expect(checkClientState('secret', 'secret')).toBe(true);
    expect(checkClientState('secret', 'secreT')).toBe(false);
    expect(checkClientState('secret', 'secret-but-longer')).toBe(false);
    expect(checkClientState(null, 'anything')).toBe(false);
    const forged = { value: [{ subscriptionId: 'unknown', changeType: 'created', clientState: 'guess', resource: "chats('19:x@thread.v2')/messages('1')" }] };
    await fetch(`${url}/notifications`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(forged) });
    expect(rejectedCount).toBe(1);
    const wrongState = { value: [{ subscriptionId: [...clientStates.keys()][0], changeType: 'created', clientState: 'guess', resource: "chats('19:x@thread.v2')/messages('1')" }] };
    const before = accepted.length;
    const answer = await fetch(`${url}/notifications`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(wrongState) });
    expect(answer.status).toBe(202);
    expect(rejectedCount).toBe(2);
    expect(accepted).toHaveLength(before);
  });

  it('answers the validation token URL-decoded as text/plain, keeping a literal plus', () => {
    expect(validationAnswer(new URL('https://x/notify?validationToken=Validation%3A%20Testing%20client%20application+1%2B2'))).toEqual({
      status: 200,
      contentType: 'text/plain; charset=utf-8',
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
      body: 'Validation: Testing client application+1+2',
    });
    expect(validationAnswer(new URL('https://x/notify'))).toBeNull();
  });

  it('parses Graph resource paths, including the Outlook form', () => {
    expect(parseResourcePath("teams('t-1')/channels('19:a/b@thread.tacv2')/messages('1')/replies('2')")).toEqual([
      { name: 'teams', key: 't-1' },
      { name: 'channels', key: '19:a/b@thread.tacv2' },
      { name: 'messages', key: '1' },
      { name: 'replies', key: '2' },
    ]);
    expect(parseResourcePath('Users/u@t/Messages/AAMk=')).toEqual([
      { name: 'users', key: 'u@t' },
      { name: 'messages', key: 'AAMk=' },
    ]);
    expect(parseResourcePath("teams('unclosed")).toBeNull();
  });

  it('polls a channel with delta (baseline first, then changes) and a chat by lastModifiedDateTime', async () => {
    const container = { kind: 'channel' as const, teamId: t.team.id, channelId: t.publicChannel.id };
    const baseline = await pollChannel(t.provider.connection, APP, container, null);
    expect(baseline.changes).toEqual([]);
    const posted = t.fake.tenant.addMessage(channel, t.owner.id, { body: { contentType: 'text', content: 'polled' } });
    const edited = t.fake.tenant.addMessage(channel, t.owner.id, { body: { contentType: 'text', content: 'to edit' } });
    t.fake.tenant.update(channel, edited.id, null, t.owner.id, { body: { contentType: 'text', content: 'edited' } });
    t.fake.resetCalls();
    const round = await pollChannel(t.provider.connection, APP, container, baseline.state);
    expect(round.changes.map((change) => [change.envelope.type, change.envelope.messageId?.split('/').pop()])).toEqual([
      ['MESSAGE_CREATED', posted.id],
      ['MESSAGE_UPDATED', edited.id],
    ]);
    expect(t.fake.count('channel.messages.delta')).toBe(1);
    expect(baseline.state.baseline).toBe(false);
    expect((await pollChannel(t.provider.connection, APP, container, round.state)).changes).toEqual([]);

    const chat = t.fake.tenant.addChat([t.owner.id, t.member.id]);
    const chatBaseline = await pollChat(t.provider.connection, APP, chat.id, null);
    expect(chatBaseline.changes).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const said = t.fake.tenant.addMessage({ kind: 'chat', chatId: chat.id }, t.member.id, { body: { contentType: 'text', content: 'hi' } });
    const chatRound = await pollChat(t.provider.connection, APP, chat.id, chatBaseline.since);
    expect(chatRound.changes.map((change) => [change.envelope.type, change.envelope.messageId?.split('/').pop(), change.envelope.actorId])).toEqual([
      ['MESSAGE_CREATED', said.id, t.member.id],
    ]);
  });
});
