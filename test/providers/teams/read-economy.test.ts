import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTeamsEconomyScenario, type TeamsEconomyScenario } from '../../../bench/calls/teams-economy.js';
import { decodeGlobalId } from '../../../src/providers/ids.js';
import { parseMessageId } from '../../../src/providers/teams/ids.js';

/**
 * Provider-call economy on Teams (src/providers/kit/read-cache/, wired in src/providers/teams/connection.ts
 * and cached-reads.ts): the scenario of `npm run bench -- calls` (bench/calls/teams-economy.ts) — a PUSH
 * tenant of 6 channels, Switchboard's production rate budget, viewers alice and bob with their own grants and
 * carol, dave and erin through the app's. Answers are shared by grant, reused until a change notification or
 * a write invalidates them, and identical reads in flight share one request. Counts are requests the fake
 * Graph received (a `$batch` is one; the token endpoint left out), never time.
 */

const TreeWithText = /* GraphQL */ `
  query TeamsEconomyTree($workspaceId: ID!) {
    workspace(id: $workspaceId) {
      channels(first: 20) {
        nodes { id name messages(first: 20) { nodes { id text author { name } descendants(first: 100) { nodes { id text author { name } } } } } }
      }
    }
  }
`;

interface TreeData {
  workspace: {
    channels: {
      nodes: Array<{ id: string; name: string; messages: { nodes: Array<{ id: string; text: string; descendants: { nodes: Array<{ id: string; text: string }> } }> } }>;
    };
  };
}

describe('Teams reads shared across requests and grants', () => {
  let scenario: TeamsEconomyScenario;
  const [ALICE, BOB, CAROL, DAVE] = [0, 1, 2, 3];
  const tree = async (viewer: number) => {
    const answer = await scenario.app.gql<TreeData>(scenario.keys[viewer], TreeWithText, { workspaceId: scenario.workspaceId });
    expect(answer.errors).toBeUndefined();
    return answer.data!;
  };
  const channelNames = (data: TreeData) => data.workspace.channels.nodes.map((channel) => channel.name);

  beforeAll(async () => {
    scenario = await openTeamsEconomyScenario();
  });
  afterAll(() => scenario?.close());

  it('the same thread tree twice by the same viewer: the second costs no Graph request and answers the same', async () => {
    const { fake } = scenario;
    fake.resetCalls();
    const first = await tree(ALICE);
    // Cold: the viewer's teams, chats and the team's channels, one $batch of the 6 channels' pages, one of the 5 authors.
    expect(scenario.requests()).toBe(5);
    expect(first.workspace.channels.nodes.flatMap((channel) => channel.messages.nodes)).toHaveLength(41);

    fake.resetCalls();
    const second = await tree(ALICE);
    expect(scenario.requests()).toBe(0);
    expect(second).toEqual(first);
  });

  it("another viewer, reading with their own grant, does not get the first viewer's cached answers", async () => {
    const { fake } = scenario;
    const alices = await tree(ALICE);
    fake.resetCalls();
    const bobs = await tree(BOB);
    // Bob's own lists and pages, each read with his token (users are the connection's, cached by alice's tree).
    expect(scenario.requests()).toBe(4);
    expect(fake.count('channel.messages.list')).toBe(5);
    expect(fake.calls.filter((call) => call.route !== 'token').every((call) => call.userId === scenario.tenant.people[BOB])).toBe(true);
    // Alice's private channel is in her answer only.
    expect(channelNames(alices)).toContain('secret-plans');
    expect(channelNames(bobs)).not.toContain('secret-plans');
  });

  it("identical trees at once share one request per read; a viewer of the same grant reuses the pages", async () => {
    const { fake } = scenario;
    fake.resetCalls();
    const [first, ...others] = await Promise.all([tree(CAROL), tree(CAROL), tree(CAROL)]);
    for (const other of others) expect(other).toEqual(first);
    // Carol has no grant of her own: her teams and chats by her id, the channels and pages with the app's grant.
    expect(fake.countByRoute()).toMatchObject({ 'user.joinedTeams': 1, 'user.chats': 1, 'team.channels': 1, 'channel.messages.list': 5 });
    expect(scenario.requests()).toBe(4);
    expect(channelNames(first)).not.toContain('secret-plans');

    // Dave reads through the app's grant too: only his own lists (they decide his access) are read.
    fake.resetCalls();
    const daves = await tree(DAVE);
    expect(fake.countByRoute()).toEqual({ 'user.joinedTeams': 1, 'user.chats': 1 });
    expect(daves).toEqual(first);
  });

  it('60 thread trees by 5 viewers cost one cold tree per grant and viewer list, and nothing is RATE_LIMITED', async () => {
    const { fake } = scenario;
    fake.resetCalls();
    const answers = [];
    for (let index = 0; index < 60; index += 1) answers.push(await scenario.tree(index));
    expect(answers.flatMap((answer) => answer.errors ?? [])).toEqual([]);
    // Lists are kept 30 s (they decide access): a slow run may read some of them again, pages never.
    expect(fake.count('channel.messages.list')).toBe(0);
    expect(scenario.requests()).toBeLessThanOrEqual(15);
  });
});

describe('Teams reads cached until a change notification says otherwise', () => {
  let scenario: TeamsEconomyScenario;
  const tree = async () => {
    const answer = await scenario.app.gql<TreeData>(scenario.keys[0], TreeWithText, { workspaceId: scenario.workspaceId });
    expect(answer.errors).toBeUndefined();
    return answer.data!;
  };

  beforeAll(async () => {
    scenario = await openTeamsEconomyScenario();
  });
  afterAll(() => scenario?.close());

  it('shows an edit and a new reply delivered to /webhooks/microsoft on the very next query, re-reading only that channel', async () => {
    const { fake } = scenario;
    const before = await tree();
    const channel = before.workspace.channels.nodes.find((candidate) => candidate.messages.nodes.some((message) => message.descendants.nodes.length > 0))!;
    const root = channel.messages.nodes.find((message) => message.descendants.nodes.length > 0)!;
    const reply = parseMessageId(decodeGlobalId(root.descendants.nodes[0].id).nativeId)!;
    const container = reply.container;
    if (container.kind !== 'channel') throw new Error('a channel reply was expected');
    const author = fake.tenant.message(container, reply.messageId, null, reply.rootId).from!.user!.id;

    // Edited in Teams: Graph notifies Switchboard, which drops that channel's cached reads.
    fake.tenant.update(container, reply.messageId, reply.rootId, author, { body: { contentType: 'text', content: 'Edited in Teams' } });
    await scenario.delivered();
    fake.resetCalls();
    const edited = await tree();
    const editedRoot = edited.workspace.channels.nodes.find((candidate) => candidate.id === channel.id)!.messages.nodes.find((message) => message.id === root.id)!;
    expect(editedRoot.descendants.nodes.map((node) => node.text)).toContain('Edited in Teams');
    // Only the edited channel's page was read again (the viewer's lists were still valid).
    expect(fake.calls.filter((call) => call.route !== 'token').map((call) => call.route)).toEqual(['channel.messages.list']);
    expect(fake.calls[0].path).toContain(encodeURIComponent(container.channelId));

    // A new reply, posted in Teams.
    fake.tenant.addMessage(container, author, { body: { contentType: 'text', content: 'A reply from Teams' }, replyToId: reply.rootId! });
    await scenario.delivered();
    const replied = await tree();
    const repliedRoot = replied.workspace.channels.nodes.find((candidate) => candidate.id === channel.id)!.messages.nodes.find((message) => message.id === root.id)!;
    expect(repliedRoot.descendants.nodes.map((node) => node.text)).toContain('A reply from Teams');
  });
});
