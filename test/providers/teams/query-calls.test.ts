import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectedApp, seedTenant } from '../../../bench/calls/teams.js';
import { BenchInbox, ThreadTreeByDescendants } from '../../../testkit/documents.js';
import type { TestApp } from '../../../testkit/app.js';
import { startFakeGraph, type FakeGraph } from '../../../testkit/fakes/graph/index.js';

/**
 * The Graph requests of the two queries `npm run bench -- calls` measures (bench/calls/teams.ts: one team of
 * 5 channels, 40 roots, 60 replies, 5 people, as alice with her own grant, cold), pinned at limits.md's
 * minimum: the thread tree is the viewer's teams, chats, the team's channel list, one `$batch` of every
 * channel's first page (replies expanded) and one `$batch` of the authors = 5; the inbox's Teams part the
 * same lists and one `$batch` of every container's first page = 4 (users cached by the tree). Access and
 * channel records come with the listings (channels.ts `accessTo`), and the viewer's user id with the
 * account link (runtime.ts `reachable`), so no `channel.get`, `team.get` or lone `user.get` is made.
 */
describe('Teams: Graph requests of the thread tree and the unified inbox', () => {
  let fake: FakeGraph;
  let app: TestApp;
  let workspaceId: string;
  const requests = () => fake.calls.filter((call) => call.batchId === null && call.route !== 'token').length;
  const byRoute = () => {
    const routes = fake.countByRoute();
    delete routes.token;
    return routes;
  };

  beforeAll(async () => {
    fake = await startFakeGraph({ displayName: 'Bench on Teams' });
    ({ app, workspaceId } = await connectedApp(fake, seedTenant(fake)));
  });
  afterAll(async () => {
    await app?.close();
    await fake?.close();
  });

  it('the thread tree costs 5 requests on a cold connection', async () => {
    fake.resetCalls();
    const result = await app.gql('demo-alice', print(ThreadTreeByDescendants), { workspaceId });
    expect(result.errors).toBeUndefined();
    expect((JSON.stringify(result.data).match(/"author":/g) ?? []).length).toBe(100);
    expect(requests()).toBe(5);
    expect(byRoute()).toEqual({ 'me.joinedTeams': 1, 'me.chats': 1, 'team.channels': 1, $batch: 2, 'channel.messages.list': 5, 'user.get': 5 });
  });

  it("the unified inbox's Teams part costs 4 requests after it", async () => {
    fake.resetCalls();
    const result = await app.gql('demo-alice', print(BenchInbox), {});
    expect(result.errors).toBeUndefined();
    expect((JSON.stringify(result.data).match(/"author":/g) ?? []).length).toBe(50);
    expect(requests()).toBe(4);
    expect(byRoute()).toEqual({ 'me.joinedTeams': 1, 'me.chats': 1, 'team.channels': 1, $batch: 1, 'channel.messages.list': 5 });
  });
});
