import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConnectionSettings } from '../../src/config.js';
import { decodeGlobalId, encodeGlobalId } from '../../src/providers/ids.js';
import { linkSlackUser, saveSlackConnection } from '../../src/providers/slack/index.js';
import { findAccountByApiKey } from '../../src/store/api-keys.js';
import { startTestApp, type TestApp } from '../../testkit/app.js';
import { openSlackTeam, type SlackTeam } from '../../testkit/fakes/slack/fixture.js';

/**
 * What 100 message references of one `_entities` call (a gateway's batch) cost on a connected Slack
 * workspace, counted on the fake Slack. Slack has no multi-get: a message is read by id with its thread
 * (conversations.replies answers the root and every reply), so the cost follows threads, not references.
 */

const WORKSPACES = 'query FederationSlackWorkspaces { workspaces { id provider } }';

const MESSAGE_ENTITIES = `
  query SlackMessageEntities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Message { id text author { name } channel { name } }
    }
  }
`;

const CHANNELS = ['general', 'secret-plans', 'design', 'ops'];
const ROOTS_PER_CHANNEL = 10;
/** Every second root has this many replies. */
const REPLIES = 3;

describe('_entities on a Slack workspace', () => {
  let team: SlackTeam;
  let app: TestApp;
  let workspaceId: string;
  /** Native ids (`channel:ts`) of the seeded messages, in seeding order. */
  const nativeIds: string[] = [];

  beforeAll(async () => {
    team = await openSlackTeam();
    const { workspace } = team.fake;
    const people = [team.owner.id, team.member.id];
    const extra = ['design', 'ops'].map((name) => workspace.addChannel(name, [team.owner.id, team.member.id]));
    for (const [c, channel] of [team.publicChannel, team.privateChannel, ...extra].entries()) {
      for (let r = 0; r < ROOTS_PER_CHANNEL; r += 1) {
        const root = workspace.addMessage(channel.id, { user: people[(c + r) % 2], text: `${CHANNELS[c]} root ${r}` });
        nativeIds.push(`${channel.id}:${root.ts}`);
        if (r % 2 !== 0) continue;
        for (let n = 0; n < REPLIES; n += 1) {
          const reply = workspace.addMessage(channel.id, { user: people[(c + r + n + 1) % 2], text: `reply ${n}`, threadTs: root.ts });
          nativeIds.push(`${channel.id}:${reply.ts}`);
        }
      }
    }

    const connections = loadConnectionSettings({ SWITCHBOARD_ENCRYPTION_KEY: randomBytes(32).toString('base64'), SLACK_API_URL: team.fake.apiUrl });
    app = await startTestApp('pglite', { connections });
    const services = app.started.services;
    const teamId = workspace.teamId;
    await saveSlackConnection(
      services.connections.store,
      { teamId, name: 'Contract Co', webUrl: null, appId: null, botUserId: team.bot.id, botToken: team.tokens.bot, signingSecret: null, eventDelivery: 'PUSH' },
      null,
    );
    const alice = await findAccountByApiKey(services.database.db, 'demo-alice');
    await linkSlackUser(services.connections.store, { teamId, accountId: alice!.accountId, slackUserId: team.owner.id, userToken: team.tokens.owner, linkedVia: 'TOKEN' });
    const bob = await findAccountByApiKey(services.database.db, 'demo-bob');
    await linkSlackUser(services.connections.store, { teamId, accountId: bob!.accountId, slackUserId: team.member.id, userToken: team.tokens.member, linkedVia: 'TOKEN' });
    services.connections.changed({ provider: 'slack', workspaceId: teamId });
    const listed = await app.gql<{ workspaces: Array<{ id: string; provider: string }> }>('demo-alice', WORKSPACES);
    const slack = listed.data?.workspaces.find((candidate) => candidate.provider === 'SLACK');
    if (!slack) throw new Error(`the Slack workspace is not listed: ${JSON.stringify(listed)}`);
    workspaceId = decodeGlobalId(slack.id).workspaceId;
  });
  afterAll(async () => {
    await app?.close();
    await team?.close();
  });

  const representations = (ids: readonly string[]) =>
    ids.map((nativeId) => ({ __typename: 'Message', id: encodeGlobalId({ typename: 'Message', provider: 'slack', workspaceId, nativeId }) }));

  it('100 message references cost one conversations.replies per thread and one users.info per author', async () => {
    // Every root is a thread of its own; half of them have replies.
    const threads = CHANNELS.length * ROOTS_PER_CHANNEL;
    expect(nativeIds).toHaveLength(threads + (threads / 2) * REPLIES);
    expect(nativeIds).toHaveLength(100);

    team.fake.resetCalls();
    const result = await app.gql<{ _entities: Array<{ id: string; text: string; author: { name: string } | null; channel: { name: string } } | null> }>(
      'demo-alice',
      MESSAGE_ENTITIES,
      { representations: representations(nativeIds) },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities.map((entity) => entity?.id)).toEqual(representations(nativeIds).map((representation) => representation.id));
    expect(result.data!._entities[0]).toMatchObject({ text: 'general root 0', author: { name: 'Olga Owner' }, channel: { name: 'general' } });

    // Measured: the viewer's channels once (access to all four), each thread once, whether the references
    // name its root or its replies (40 threads: 20 roots alone, 20 with 3 replies), each author once on a
    // cold connection: 1 + 40 + 2 = 43 calls for 100 references.
    expect(team.fake.countByMethod()).toEqual({
      'users.conversations': 1,
      'conversations.replies': threads,
      'users.info': 2,
    });
    expect(team.fake.count()).toBe(43);

    // The same batch right away is answered by the connection's read cache (src/providers/kit/read-cache/):
    // the same answers, no Slack call.
    team.fake.resetCalls();
    const again = await app.gql<{ _entities: unknown[] }>('demo-alice', MESSAGE_ENTITIES, { representations: representations(nativeIds) });
    expect(team.fake.count()).toBe(0);
    expect(again).toEqual(result);

    // Another viewer reads with its own token, so the cache cannot answer for it; the conversations.replies
    // budget (Tier 3: 50 a minute, 80% of it used: 40) was spent by the 40 reads above: each reference is
    // refused before any conversations.replies call, RATE_LIMITED with the seconds to wait.
    team.fake.resetCalls();
    const refused = await app.gql<{ _entities: unknown[] }>('demo-bob', MESSAGE_ENTITIES, { representations: representations(nativeIds) });
    expect(team.fake.countByMethod()['conversations.replies']).toBeUndefined();
    expect(refused.data!._entities.every((entity) => entity === null)).toBe(true);
    expect(refused.errors).toHaveLength(100);
    expect(refused.errors!.every((error) => error.extensions?.code === 'RATE_LIMITED' && typeof error.extensions.retryAfterSeconds === 'number')).toBe(true);
  });
});
