import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphCallsOf } from '../../../bench/calls/outlook.js';
import { openOutlookEconomyScenario, type OutlookEconomyScenario } from '../../../bench/calls/outlook-economy.js';
import { decodeGlobalId } from '../../../src/providers/ids.js';
import type { PageKey } from '../../../src/providers/paging.js';
import { openOutlookMailbox, type OutlookMailbox } from '../../../testkit/fakes/graph/outlook-fixture.js';

/**
 * Provider-call economy on Outlook (src/providers/outlook/cached-reads.ts over src/providers/kit/read-cache/):
 * a mailbox with change notifications keeps its Graph reads across requests until a notification of a folder
 * they read (or one that spans folders) drops them. The scenario of `npm run bench -- calls`
 * (bench/calls/outlook-economy.ts): alice's mailbox, 8 conversations of 4 mails in Inbox and Archive,
 * subscribed folder by folder with the fake Graph posting to a live server's /webhooks/microsoft. Counted by
 * the fake Graph: HTTP requests (a `$batch` once) and Graph calls (its items one by one).
 */

const TreeWithState = /* GraphQL */ `
  query OutlookEconomyTree($workspaceId: ID!) {
    workspace(id: $workspaceId) {
      channels(first: 20) {
        nodes {
          id
          name
          unreadCount
          messages(first: 20) { nodes { id text isUnread descendants(first: 100) { nodes { id text isUnread parent { id } } } } }
        }
      }
    }
  }
`;

interface Tree {
  workspace: {
    channels: {
      nodes: Array<{
        id: string;
        name: string;
        unreadCount: number;
        messages: { nodes: Array<{ id: string; text: string; isUnread: boolean; descendants: { nodes: Array<{ id: string; text: string; isUnread: boolean; parent: { id: string } }> } }> };
      }>;
    };
  };
}

describe('Outlook reads shared across requests, fresh after change notifications', () => {
  let scenario: OutlookEconomyScenario;

  beforeAll(async () => {
    scenario = await openOutlookEconomyScenario();
  });
  afterAll(() => scenario?.close());

  const tree = async () => {
    const answer = await scenario.live.testApp.gql<Tree>('bench-outlook', TreeWithState, { workspaceId: scenario.workspaceId });
    expect(answer.errors).toBeUndefined();
    return answer.data!;
  };

  /** Starts the next test from a cold connection (a new provider, with an empty cache). */
  const reconnect = () => scenario.live.testApp.started.services.connections.changed({ provider: 'outlook', workspaceId: scenario.seed.alice.id });

  it('the same thread tree twice: the second costs no Graph request and answers the same', async () => {
    const first = await graphCallsOf(scenario.fake, () => scenario.tree());
    expect(first.requests).toBe(3);
    const second = await graphCallsOf(scenario.fake, () => scenario.tree());
    expect(second.requests).toBe(0);
    expect(second.calls).toBe(0);
    expect(second.data).toEqual(first.data);
    expect((second.data as { errors?: unknown }).errors).toBeUndefined();
  });

  it('identical trees at once share their Graph calls: three cost what one costs', async () => {
    reconnect();
    const measured = await graphCallsOf(scenario.fake, () => Promise.all([scenario.tree(), scenario.tree(), scenario.tree()]));
    const answers = measured.data as Array<{ data?: unknown; errors?: unknown }>;
    expect(answers.map((answer) => answer.errors)).toEqual([undefined, undefined, undefined]);
    expect(answers[1].data).toEqual(answers[0].data);
    expect(answers[2].data).toEqual(answers[0].data);
    // One cold tree: folder list; folder pages with the well-known folders; conversations (17 Graph calls).
    expect(measured.requests).toBe(3);
    expect(measured.calls).toBe(17);
  });

  it('a reply landing in another folder than its thread shows on the very next query, re-reading only what it changed', async () => {
    const { fake, seed } = scenario;
    const before = await tree();
    const archive = before.workspace.channels.nodes.find((channel) => channel.name === 'Archive')!;
    const root = archive.messages.nodes.find((message) => message.descendants.nodes.length === 3)!;
    const box = fake.mail.mailbox(seed.alice.id);
    const rootMail = fake.mail.message(box, decodeGlobalId(root.id).nativeId);
    // Warm: nothing is read again.
    expect((await graphCallsOf(fake, tree)).requests).toBe(0);

    // The answer arrives in the Inbox (where new mail lands), its conversation sits in Archive.
    fake.mail.deliver(seed.alice.id, { from: { address: 'carol@partner.example' }, to: [{ address: seed.alice.mail }], subject: 'Re: late', body: 'A late answer', inReplyTo: rootMail.internetMessageId, references: [rootMail.internetMessageId], conversationId: rootMail.conversationId, folder: 'inbox' });
    await scenario.delivered();

    const next = await graphCallsOf(fake, tree);
    const after = next.data as Tree;
    const thread = after.workspace.channels.nodes.find((channel) => channel.id === archive.id)!.messages.nodes.find((message) => message.id === root.id)!;
    expect(thread.descendants.nodes.map((node) => node.text)).toContain('A late answer');
    expect(thread.descendants.nodes.find((node) => node.text === 'A late answer')!.parent.id).toBe(root.id);
    const inbox = after.workspace.channels.nodes.find((channel) => channel.name === 'Inbox')!;
    expect(inbox.messages.nodes.map((message) => message.text)).toContain('A late answer');
    // Of the folder pages only the Inbox's was read again: the notification named that folder alone.
    expect(next.byRoute['mail.folder.messages.list']).toBe(1);
  });

  it('mail read from another client (an updated notification) shows read, and its folder\'s count drops, on the very next query', async () => {
    const { fake, seed } = scenario;
    const before = await tree();
    const inbox = before.workspace.channels.nodes.find((channel) => channel.name === 'Inbox')!;
    const unread = inbox.messages.nodes.find((message) => message.isUnread && message.descendants.nodes.length > 0)!;
    expect((await graphCallsOf(fake, tree)).requests).toBe(0);

    // Alice reads the mail in Outlook itself: Graph sends `updated` for it, nothing else tells.
    const box = fake.mail.mailbox(seed.alice.id);
    fake.mail.update(box, fake.mail.message(box, decodeGlobalId(unread.id).nativeId), { isRead: true });
    await scenario.delivered();

    const after = await tree();
    const channel = after.workspace.channels.nodes.find((candidate) => candidate.id === inbox.id)!;
    expect(channel.messages.nodes.find((message) => message.id === unread.id)!.isUnread).toBe(false);
    expect(channel.unreadCount).toBe(inbox.unreadCount - 1);
  });
});

describe('Outlook read cache: who reads', () => {
  let box: OutlookMailbox;
  const page = { direction: 'forward' as const, limit: 10, cursor: null };

  beforeAll(async () => {
    box = await openOutlookMailbox();
  });
  afterAll(() => box?.close());

  it('identical reads in flight at once share one Graph request', async () => {
    const provider = box.reopen({ readCacheTtlMs: 60_000 });
    const root = box.fake.mail.deliver(box.ana.id, { from: { address: 'carol@partner.example' }, to: [{ address: box.ana.mail }], subject: 'Lunch', body: 'Lunch?' });
    box.fake.mail.deliver(box.ana.id, { from: { address: 'dave@partner.example' }, subject: 'Re: Lunch', body: 'Yes', inReplyTo: root.internetMessageId, references: [root.internetMessageId], conversationId: root.conversationId });
    const keys: PageKey[] = [{ parentId: box.folders.inbox, page }];
    const actor = async () => box.actors.ana;
    const measured = await graphCallsOf(box.fake, () => Promise.all([provider.forRequest(actor).listChannelMessages(keys), provider.forRequest(actor).listChannelMessages(keys)]));
    const [one, two] = measured.data as unknown[];
    expect(two).toEqual(one);
    expect((one as Array<{ edges: unknown[] }>)[0].edges).toHaveLength(2);
    // The folder page (with the well-known folders), then the conversation: once, for both requests.
    expect(measured.requests).toBe(2);
    expect(provider.connection.reads!.cache.stats.coalesced).toBeGreaterThanOrEqual(2);
  });

  it("a member of a shared mailbox never gets another member's cached answer", async () => {
    const { fake } = box;
    const support = fake.mail.addSharedMailbox('Support', [box.ana.id, box.bob.id]);
    box.refreshTokens.set(box.bob.id, fake.tenant.issueRefreshToken(box.app.clientId, box.bob.id, ['Mail.ReadWrite']).token);
    const people: Record<string, string> = { 'account-ana': box.ana.id, 'account-bob': box.bob.id };
    const provider = box.reopen({
      workspaceId: support.address,
      mailbox: { id: support.address, address: support.address, displayName: 'Support' },
      linkedUser: (accountId) => (people[accountId] ? { userId: people[accountId] } : null),
      readCacheTtlMs: 60_000,
    });
    fake.mail.deliver(support.ownerId, { from: { address: 'customer@example.com' }, to: [{ address: support.address }], subject: 'Help', body: 'Help, please' });
    const actorOf = (accountId: string) => async () => ({ accountId, userId: support.address.toLowerCase() });
    const inbox = fake.mail.folder(support, 'inbox').id;
    const keys: PageKey[] = [{ parentId: inbox, page }];
    const read = (accountId: string) => provider.forRequest(actorOf(accountId)).listChannelMessages(keys);

    const ana = await graphCallsOf(fake, () => read('account-ana'));
    expect(ana.requests).toBeGreaterThan(0);
    expect(fake.calls.filter((call) => call.route !== 'token').every((call) => call.userId === box.ana.id)).toBe(true);
    expect((await graphCallsOf(fake, () => read('account-ana'))).requests).toBe(0);

    // Bob lost his access: his read goes to Graph with his own token, and Graph refuses it.
    support.delegates.delete(box.bob.id);
    const refused = await graphCallsOf(fake, () => read('account-bob'));
    expect(refused.requests).toBeGreaterThan(0);
    expect((refused.data as unknown[])[0]).toMatchObject({ code: 'PERMISSION_DENIED' });
    // Given it back, he reads the same mail, again with his own calls.
    support.delegates.add(box.bob.id);
    const bob = await graphCallsOf(fake, () => read('account-bob'));
    expect(bob.requests).toBeGreaterThan(0);
    expect(fake.calls.filter((call) => call.route !== 'token').every((call) => call.userId === box.bob.id)).toBe(true);
    expect(bob.data).toEqual(ana.data);
  });
});
