import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP, userPrincipal } from '../../../src/providers/kit/graph/tokens.js';
import type { GraphApi, GraphCall } from '../../../src/providers/kit/graph/client.js';
import { expectError } from '../../../testkit/contract/contract-support.js';
import { openTeamsTenant, type TeamsTenant } from '../../../testkit/fakes/graph/fixture.js';

/** The fake Graph's own wire behaviour, through the real SDK (GraphApi), so the provider tests stand on it. */
describe('fake Microsoft Graph', () => {
  let t: TeamsTenant;
  let api: GraphApi;
  const get = (path: string, operation = 'test.get'): GraphCall => ({ operation, method: 'GET', path, cost: { kind: 'directory' } });
  const channelPath = () => `/teams/${t.team.id}/channels/${encodeURIComponent(t.publicChannel.id)}`;

  beforeAll(async () => {
    t = await openTeamsTenant();
    api = t.provider.connection.api;
    for (let n = 0; n < 5; n += 1) t.fake.tenant.addMessage({ kind: 'channel', teamId: t.team.id, channelId: t.publicChannel.id }, t.owner.id, { body: { contentType: 'text', content: `m${n}` } });
  });
  afterAll(() => t?.close());

  it('pages with absolute https nextLinks that keep $top and $expand, which the SDK follows', async () => {
    const first = await api.call<{ value: unknown[]; '@odata.nextLink': string }>(APP, get(`${channelPath()}/messages?$top=2&$expand=replies`));
    expect(first.value).toHaveLength(2);
    expect(first['@odata.nextLink']).toMatch(new RegExp(`^${t.fake.graphUrl}v1\\.0/teams/.+/messages\\?\\$top=2&\\$expand=replies&\\$skiptoken=`));
    const everything = await api.callAll(APP, get(`${channelPath()}/messages?$top=2`));
    expect(everything).toHaveLength(5);
  });

  it('answers Graph errors for $top above the maximum and unsupported filters', async () => {
    const top = await expectError(api.call(APP, get(`${channelPath()}/messages?$top=51`)), 'VALIDATION_ERROR');
    expect(top.message).toContain('400 BadRequest');
    await expectError(api.call(APP, get(`${channelPath()}/messages?$filter=subject%20eq%20'x'`)), 'VALIDATION_ERROR');
  });

  it('keeps private channels and chats from non-members (403) and refuses writes with the app token', async () => {
    const privatePath = `/teams/${t.team.id}/channels/${encodeURIComponent(t.privateChannel.id)}/messages`;
    const denied = await expectError(api.call(userPrincipal(t.outsider.id), get(privatePath)), 'PERMISSION_DENIED');
    expect(denied.message).toContain('403 Forbidden');
    const post: GraphCall = { operation: 'post', method: 'POST', path: `${channelPath()}/messages`, body: { body: { content: 'as the app' } }, cost: { kind: 'default' }, write: true };
    await expectError(api.call(APP, post), 'PERMISSION_DENIED');
  });

  it('$batch: more than 20 requests is a 400; a failed dependency is a 424; answers correlate by id', async () => {
    const requests = Array.from({ length: 21 }, (_, index) => ({ id: String(index), method: 'GET', url: '/organization' }));
    await expectError(api.call(APP, { operation: '$batch', method: 'POST', path: '/$batch', body: { requests }, cost: null }), 'VALIDATION_ERROR');
    const answer = await api.call<{ responses: Array<{ id: string; status: number }> }>(APP, {
      operation: '$batch',
      method: 'POST',
      path: '/$batch',
      body: { requests: [{ id: 'a', method: 'GET', url: '/users/nobody' }, { id: 'b', method: 'GET', url: '/organization', dependsOn: ['a'] }, { id: 'c', method: 'GET', url: '/organization' }] },
      cost: null,
    });
    expect(Object.fromEntries(answer.responses.map((item) => [item.id, item.status]))).toEqual({ a: 404, b: 424, c: 200 });
  });

  it('reports system messages as unknownFutureValue unless asked for the newer enum members', async () => {
    const system = t.fake.tenant.addMessage({ kind: 'channel', teamId: t.team.id, channelId: t.publicChannel.id }, null, {
      messageType: 'systemEventMessage',
      eventDetail: { '@odata.type': '#microsoft.graph.channelRenamedEventMessageDetail', channelDisplayName: 'renamed' },
    });
    const path = `${channelPath()}/messages/${system.id}`;
    expect((await api.call<{ messageType: string }>(APP, get(path))).messageType).toBe('unknownFutureValue');
    expect((await api.call<{ messageType: string }>(APP, { ...get(path), headers: { Prefer: 'include-unknown-enum-members' } })).messageType).toBe('systemEventMessage');
  });

  it('refuses subscriptions over an hour without a lifecycle URL, and ones whose endpoint fails the handshake', async () => {
    const subscribe = (body: Record<string, unknown>) => api.call(APP, { operation: 'subscriptions.create', method: 'POST', path: '/subscriptions', body, cost: null, write: true });
    const base = { changeType: 'created', resource: `${channelPath()}/messages`, notificationUrl: 'http://127.0.0.1:9/unreachable' };
    const long = await expectError(subscribe({ ...base, expirationDateTime: new Date(Date.now() + 2 * 3600_000).toISOString() }), 'VALIDATION_ERROR');
    expect(long.message).toContain('400 ValidationError');
    await expectError(subscribe({ ...base, expirationDateTime: new Date(Date.now() + 30 * 60_000).toISOString() }), 'VALIDATION_ERROR');
    expect(t.fake.notifications.deliveries.at(-1)).toMatchObject({ kind: 'validation', status: 'unreachable', valid: false });
    expect(t.fake.notifications.subscriptions.size).toBe(0);
  });
});
