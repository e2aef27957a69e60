import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openGmailEconomyScenario, OTHER_MAILBOX, type GmailEconomyScenario } from '../../../bench/calls/gmail-economy.js';
import { MAILBOX } from '../../../bench/calls/gmail.js';
import { decodeGlobalId } from '../../../src/providers/ids.js';
import { composeMessage } from '../../../src/providers/kit/email/mime-compose.js';
import { invalidateProviderReads } from '../../../src/providers/kit/read-cache/invalidation.js';

/**
 * Provider-call economy on Gmail (src/providers/kit/read-cache/, wired in src/providers/gmail/client.ts with
 * the rules of cached-reads.ts): the scenario of bench/calls/gmail-economy.ts, two PUSH mailboxes (alice's,
 * bob's) of 8 threads × 4 mails in Inbox and Projects. Reads are shared across requests until an event of the
 * mailbox (a Pub/Sub push → history.list → the ingest path) or a write drops them; counted on the fake Gmail.
 */

const TreeWithText = /* GraphQL */ `
  query GmailEconomyTree($workspaceId: ID!) {
    workspace(id: $workspaceId) {
      channels(first: 20) {
        nodes { id name messages(first: 20) { nodes { id text descendants(first: 100) { nodes { id text } } } } }
      }
    }
  }
`;

const Node = /* GraphQL */ `
  query GmailEconomyNode($id: ID!) {
    node(id: $id) { id ... on Message { text } }
  }
`;

const Reply = /* GraphQL */ `
  mutation GmailEconomyReply($input: SendMessageInput!) {
    sendMessage(input: $input) { message { id } userErrors { code message } }
  }
`;

interface Message {
  id: string;
  text: string;
  descendants: { nodes: Array<{ id: string; text: string }> };
}
interface TreeData {
  workspace: { channels: { nodes: Array<{ id: string; name: string; messages: { nodes: Message[] } }> } };
}

/** HTTP requests the fake Gmail received (a batch counts once; token requests left out). */
const requests = (scenario: GmailEconomyScenario) => scenario.fake.calls.filter((call) => call.route !== 'token' && !call.inBatch).length;

describe('Gmail reads shared across requests, fresh after pushes and writes', () => {
  let scenario: GmailEconomyScenario;

  beforeAll(async () => {
    scenario = await openGmailEconomyScenario();
  });
  afterAll(() => scenario?.close());
  // Each case starts cold: an event without a channel drops every cached read of the mailbox.
  beforeEach(() => {
    for (const workspaceId of [MAILBOX, OTHER_MAILBOX]) invalidateProviderReads({ provider: 'gmail', workspaceId, type: 'MESSAGE_UPDATED', channelId: null });
  });

  const tree = async (key = scenario.alice.key, workspaceId = scenario.alice.workspaceId): Promise<TreeData> => {
    const answer = await scenario.app.gql<TreeData>(key, TreeWithText, { workspaceId });
    expect(answer.errors).toBeUndefined();
    return answer.data!;
  };
  const channel = (data: TreeData, name: string) => data.workspace.channels.nodes.find((node) => node.name === name)!;
  const rootOf = (data: TreeData, name: string, text: string) => channel(data, name).messages.nodes.find((message) => message.text === text)!;

  it('the same thread tree twice by its owner: the second costs 0 Gmail requests and answers the same', async () => {
    scenario.fake.resetCalls();
    const first = await tree();
    expect(requests(scenario)).toBe(7);
    scenario.fake.resetCalls();
    const second = await tree();
    expect(scenario.fake.calls).toEqual([]);
    expect(second).toEqual(first);
    // The bench's query (authors too) is answered from the same reads.
    const bench = await scenario.tree();
    expect(bench.errors).toBeUndefined();
    expect(scenario.fake.calls).toEqual([]);
  });

  it('identical reads in flight share one call: three trees at once cost one tree', async () => {
    scenario.fake.resetCalls();
    const answers = await Promise.all([tree(), tree(), tree()]);
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    // Each label, each label page and each thread read once; the batch requests may be split by timing.
    const { batch, ...reads } = scenario.fake.countByRoute();
    expect(reads).toEqual({ 'labels.list': 1, 'messages.list': 5, 'threads.get': 8 });
    expect(batch).toBeGreaterThanOrEqual(1);
  });

  it('a reply delivered by a push is visible on the very next query; the push dropped every mail read, not the labels', async () => {
    const before = await tree();
    const root = rootOf(before, 'Inbox', 'Root 0');
    expect(root.descendants.nodes).toHaveLength(3);
    scenario.fake.deliver(
      MAILBOX,
      composeMessage({ from: { name: 'Carol', address: 'carol@partner.example' }, to: [{ name: 'Alice', address: MAILBOX }], subject: 'Re: Topic 0', messageId: '<late0@partner.example>', inReplyTo: '<root0@partner.example>', references: ['<root0@partner.example>'], text: 'A late reply' }),
      ['INBOX', 'UNREAD'],
    );
    await scenario.push(scenario.alice);

    scenario.fake.resetCalls();
    const after = await tree();
    expect(rootOf(after, 'Inbox', 'Root 0').descendants.nodes.map((node) => node.text)).toContain('A late reply');
    expect(channel(after, 'Inbox').messages.nodes.map((message) => message.text)).toContain('A late reply');
    // Labels are not mail: still cached. The label pages and every thread are read again, the threads in one batch.
    expect(scenario.fake.countByRoute()).toEqual({ 'messages.list': 5, batch: 1, 'threads.get': 8 });
    scenario.fake.resetCalls();
    await tree();
    expect(scenario.fake.calls).toEqual([]);
  });

  it('a reply sent from Gmail\'s own client, reported under SENT, shows in the Projects thread it answers', async () => {
    const before = await tree();
    expect(rootOf(before, 'Projects', 'Root 1').descendants.nodes).toHaveLength(3);
    // Only SENT: the event names SENT, a label the cached thread (read through Projects) never carried.
    scenario.fake.deliver(
      MAILBOX,
      composeMessage({ from: { name: 'Alice', address: MAILBOX }, to: [{ name: null, address: 'dave@partner.example' }], subject: 'Re: Topic 1', messageId: '<own1@gmail.example>', inReplyTo: '<root1@partner.example>', references: ['<root1@partner.example>'], text: 'Answered from Gmail' }),
      ['SENT'],
    );
    await scenario.push(scenario.alice);
    const after = await tree();
    expect(rootOf(after, 'Projects', 'Root 1').descendants.nodes.map((node) => node.text)).toContain('Answered from Gmail');
  });

  it('a mail moved from the Inbox to Projects leaves the Inbox page at once (the event names Projects, not the Inbox)', async () => {
    const before = await tree();
    const root = rootOf(before, 'Inbox', 'Root 2');
    const [threadId, messageId] = decodeGlobalId(root.id).nativeId.split(':');
    expect(threadId).toBeTruthy();
    const box = scenario.fake.mailbox(MAILBOX);
    box.modify(messageId, [box.labelByName('Projects')!.id], ['INBOX']);
    await scenario.push(scenario.alice);
    const after = await tree();
    expect(channel(after, 'Inbox').messages.nodes.map((message) => message.id)).not.toContain(root.id);
    expect(channel(after, 'Projects').messages.nodes.map((message) => message.id)).toContain(root.id);
  });

  it('a reply sent through Switchboard shows on the next query without waiting for its push', async () => {
    const before = await tree();
    const root = rootOf(before, 'Projects', 'Root 3');
    const projects = channel(before, 'Projects');
    const sent = await scenario.app.gql<{ sendMessage: { message: { id: string } | null; userErrors: unknown[] } }>(scenario.alice.key, Reply, { input: { channelId: projects.id, parentId: root.id, text: 'Sent through Switchboard' } });
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.sendMessage.userErrors).toEqual([]);
    const after = await tree();
    expect(rootOf(after, 'Projects', 'Root 3').descendants.nodes.map((node) => node.text)).toContain('Sent through Switchboard');
  });

  it("another mailbox never gets this one's cached answers, and its owner cannot read them", async () => {
    const alices = await tree();
    scenario.fake.resetCalls();
    const bobs = await tree(scenario.bob.key, scenario.bob.workspaceId);
    // Bob's tree is read from his own mailbox with his own grant: as many requests as a cold tree, none of them alice's.
    expect(requests(scenario)).toBe(7);
    expect(new Set(scenario.fake.calls.filter((call) => call.route !== 'token' && call.route !== 'batch').map((call) => call.email))).toEqual(new Set([OTHER_MAILBOX]));
    const ids = (data: TreeData) => data.workspace.channels.nodes.flatMap((node) => node.messages.nodes.map((message) => decodeGlobalId(message.id).workspaceId));
    expect(new Set(ids(bobs))).toEqual(new Set([OTHER_MAILBOX]));
    expect(new Set(ids(alices))).toEqual(new Set([MAILBOX]));
    // Alice's message by id, asked by bob: nothing, though alice's thread is cached.
    const someone = rootOf(alices, 'Inbox', 'Root 4');
    const asked = await scenario.app.gql<{ node: unknown }>(scenario.bob.key, Node, { id: someone.id });
    expect(asked.data?.node ?? null).toBeNull();
    // And alice's reads are still cached: bob's reads dropped nothing of hers.
    scenario.fake.resetCalls();
    await tree();
    expect(scenario.fake.calls).toEqual([]);
  });
});
