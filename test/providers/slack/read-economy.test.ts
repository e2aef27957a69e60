import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEconomyScenario, type EconomyScenario } from '../../../bench/calls/slack-economy.js';
import { decodeGlobalId } from '../../../src/providers/ids.js';
import { eventCallback, postSigned } from '../../../testkit/fakes/slack/settings.js';

/**
 * Provider-call economy (src/providers/kit/read-cache/, wired in src/providers/slack/client.ts): the
 * scenario of `npm run bench -- calls` — the fake Slack limiting Tier 3 methods at 50 calls a minute, a
 * thread tree refreshed 60 times by 5 viewers (alice with her own token, four colleagues through the app's
 * token). Identical reads in flight share one call, answers are reused until an event invalidates them,
 * and an edit delivered by webhook is visible on the very next query.
 */

const TreeWithText = /* GraphQL */ `
  query EconomyTreeWithText($workspaceId: ID!) {
    workspace(id: $workspaceId) {
      channels(first: 20) {
        nodes { id messages(first: 20) { nodes { id text descendants(first: 100) { nodes { id text } } } } }
      }
    }
  }
`;

interface TreeData {
  workspace: { channels: { nodes: Array<{ id: string; messages: { nodes: Array<{ id: string; text: string; descendants: { nodes: Array<{ id: string; text: string }> } }> } }> } };
}

describe('Slack reads shared across requests and viewers, fresh after events', () => {
  let scenario: EconomyScenario;

  beforeAll(async () => {
    scenario = await openEconomyScenario();
  });
  afterAll(() => scenario?.close());

  it('60 thread trees by 5 viewers cost one cold tree per reading token, and no RATE_LIMITED', async () => {
    const { fake, channels, threadsWithReplies } = scenario.team;
    fake.resetCalls();
    // The first five at once, one per viewer: the four colleagues' identical reads (the app's token) share calls.
    const answers = await Promise.all([0, 1, 2, 3, 4].map((index) => scenario.tree(index)));
    for (let index = 5; index < 60; index++) answers.push(await scenario.tree(index));

    expect(answers.flatMap((answer) => answer.errors ?? [])).toEqual([]);
    const calls = fake.countByMethod();
    // Two tokens read (alice's own, the app's): each reads every channel's history and every thread once.
    expect(calls['conversations.history']).toBe(2 * channels);
    expect(calls['conversations.replies']).toBe(2 * threadsWithReplies);
    // Each viewer's own channel list (its access): alice's with her token, the others' by user id; these
    // lists are kept 30 s at most (they decide access), so a slow run may read some of them twice.
    expect(calls['users.conversations']).toBeGreaterThanOrEqual(5);
    expect(calls['users.conversations']).toBeLessThanOrEqual(10);
    expect(fake.calls.filter((call) => call.outcome === '429')).toEqual([]);
  });

});

describe('Slack reads cached until an event says otherwise', () => {
  // A scenario of its own: the 60 trees above spend the Tier 3 budget of the minute.
  let scenario: EconomyScenario;

  beforeAll(async () => {
    scenario = await openEconomyScenario();
  });
  afterAll(() => scenario?.close());

  it('shows an edit delivered by webhook on the very next query, re-reading only the edited channel', async () => {
    const { fake } = scenario.team;
    const first = await scenario.app.gql<TreeData>(scenario.keys[1], TreeWithText, { workspaceId: scenario.workspaceId });
    expect(first.errors).toBeUndefined();
    const before = first.data!;
    const channel = before.workspace.channels.nodes[0];
    const root = channel.messages.nodes.find((message) => message.descendants.nodes.length > 0)!;
    // Slack message ids are <channel>:<ts> (src/providers/slack/README.md).
    const [channelId, rootTs] = decodeGlobalId(root.id).nativeId.split(':');
    const reply = fake.workspace.repliesOf(fake.workspace.findMessage(channelId, rootTs)!)[0];

    // Slack edits the reply and tells Switchboard through the Events API.
    reply.text = 'Edited through Slack';
    const event = {
      type: 'message',
      subtype: 'message_changed',
      channel: channelId,
      hidden: true,
      ts: fake.workspace.nextTs(),
      message: { type: 'message', user: reply.user, text: reply.text, ts: reply.ts, thread_ts: rootTs, edited: { user: reply.user, ts: fake.workspace.nextTs() } },
      previous_message: { type: 'message', user: reply.user, text: 'Reply 0', ts: reply.ts, thread_ts: rootTs },
    };
    const response = await postSigned(scenario.app, '/webhooks/slack', JSON.stringify(eventCallback('T0ECONOMY1', event)));
    expect(response.status).toBe(200);

    fake.resetCalls();
    const next = await scenario.app.gql<TreeData>(scenario.keys[1], TreeWithText, { workspaceId: scenario.workspaceId });
    expect(next.errors).toBeUndefined();
    const after = next.data!;
    const edited = after.workspace.channels.nodes[0].messages.nodes.find((message) => message.id === root.id)!;
    expect(edited.descendants.nodes.map((node) => node.text)).toContain('Edited through Slack');
    // Only the edited channel was read again; the other channels' reads were still valid.
    expect(fake.count('conversations.history')).toBe(1);
    expect(fake.calls.every((call) => call.method === 'users.conversations' || (call.params as Record<string, unknown>).channel === channelId)).toBe(true);
  });
});
