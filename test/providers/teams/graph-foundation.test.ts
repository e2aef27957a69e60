import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SwitchboardError } from '../../../src/errors.js';
import { GraphBatchLoader } from '../../../src/providers/kit/graph/batch.js';
import { GraphApi, type GraphCall } from '../../../src/providers/kit/graph/client.js';
import { graphError } from '../../../src/providers/kit/graph/errors.js';
import { authorizationUrl, exchangeAuthorizationCode, newPkcePair } from '../../../src/providers/kit/graph/identity.js';
import { GraphRateBudget } from '../../../src/providers/kit/graph/rate-budget.js';
import { APP, GraphTokens, userPrincipal } from '../../../src/providers/kit/graph/tokens.js';
import { MicrosoftTransport } from '../../../src/providers/kit/graph/transport.js';
import { expectError } from '../../../testkit/contract/contract-support.js';
import { openTeamsTenant, UNLIMITED_TEAMS_LIMITS, type TeamsTenant } from '../../../testkit/fakes/graph/fixture.js';

/** The Graph foundation (src/providers/kit/graph/) against the fake Graph, with the real SDK. */
describe('graph foundation', () => {
  let t: TeamsTenant;
  let clock = Date.now();
  const sleeps: number[] = [];

  beforeAll(async () => {
    t = await openTeamsTenant();
  });
  afterAll(() => t?.close());

  /** A GraphApi of its own (own tokens, budget, clock) on the tenant; `stored` holds the refresh tokens. */
  function graph(options: { limits?: ConstructorParameters<typeof GraphRateBudget>[0]; readRetries?: number; failed?: SwitchboardError[] } = {}) {
    const stored = new Map(t.refreshTokens);
    const transport = new MicrosoftTransport({ ca: t.fake.ca });
    const tokens = new GraphTokens({
      app: { tenantId: t.fake.tenant.tenantId, clientId: t.app.clientId, clientSecret: t.app.clientSecret },
      transport,
      loginUrl: t.fake.loginUrl,
      clock: () => clock,
      refreshTokenOf: async (userId) => stored.get(userId) ?? null,
      storeRefreshToken: async (userId, token) => void stored.set(userId, token),
      onGrantFailed: (_principal, error) => void options.failed?.push(error),
    });
    const budget = new GraphRateBudget({ clock: () => clock, ...(options.limits ?? { limits: UNLIMITED_TEAMS_LIMITS }) });
    // Sleeping moves the injected clock, so a pause the budget took for Retry-After is over after it.
    const sleep = async (ms: number) => {
      sleeps.push(ms);
      clock += ms;
    };
    const api = new GraphApi({ graphUrl: t.fake.graphUrl, transport, tokens, budget, readRetries: options.readRetries ?? 0, retryDelayMs: 0, sleep, clock: () => clock });
    return { api, tokens, stored, budget, loader: new GraphBatchLoader(api, { sleep }) };
  }
  const me: GraphCall = { operation: 'me.get', method: 'GET', path: '/me', cost: { kind: 'directory' } };
  const tokenCalls = () => t.fake.calls.filter((call) => call.route === 'token');

  it('refreshes a delegated token once for concurrent callers and stores the rotated refresh token', async () => {
    const { api, stored } = graph();
    const before = stored.get(t.owner.id);
    t.fake.resetCalls();
    const answers = await Promise.all(Array.from({ length: 5 }, () => api.call<{ id: string }>(userPrincipal(t.owner.id), me)));
    expect(answers.map((answer) => answer.id)).toEqual(Array(5).fill(t.owner.id));
    expect(tokenCalls().map((call) => call.outcome)).toEqual(['ok:refresh_token']);
    expect(stored.get(t.owner.id)).not.toBe(before);
  });

  it('refreshes before expiry, and once more when Graph answers 401 InvalidAuthenticationToken', async () => {
    const { api, tokens } = graph();
    await api.call(userPrincipal(t.member.id), me);
    expect(tokens.refreshes).toBe(1);
    clock += 3599_000 - 200_000; // within the five-minute margin: refreshed before it runs out
    await api.call(userPrincipal(t.member.id), me);
    expect(tokens.refreshes).toBe(2);
    t.fake.tenant.expireAccessTokens(); // Graph stops taking it although our clock says it is valid
    t.fake.resetCalls();
    await api.call(userPrincipal(t.member.id), me);
    expect(t.fake.calls.map((call) => call.route)).toEqual(['unauthenticated', 'token', 'me.get']);
    expect(tokens.refreshes).toBe(3);
  });

  it('a revoked grant becomes NOT_AUTHENTICATED once, reported once, without a loop of token calls', async () => {
    const failed: SwitchboardError[] = [];
    const { api, tokens } = graph({ failed });
    t.fake.tenant.revokeGrants(t.outsider.id);
    t.fake.resetCalls();
    const first = await expectError(api.call(userPrincipal(t.outsider.id), me), 'NOT_AUTHENTICATED');
    expect(first.message).toBe('The Microsoft identity platform refused the refresh_token grant: invalid_grant (AADSTS50173).');
    await expectError(api.call(userPrincipal(t.outsider.id), me), 'NOT_AUTHENTICATED');
    await expectError(api.call(userPrincipal(t.outsider.id), me), 'NOT_AUTHENTICATED');
    expect(tokenCalls()).toHaveLength(1);
    expect(failed.map((error) => error.code)).toEqual(['NOT_AUTHENTICATED']);
    expect(tokens.failure(userPrincipal(t.outsider.id))).toBe(first);
    // The app's own grant is unaffected.
    expect(await api.call(APP, { ...me, path: '/organization' })).toMatchObject({ value: [{ displayName: 'Contract Co' }] });
  });

  it('429 pauses the budget for Retry-After and answers RATE_LIMITED at once; nothing goes out until then', async () => {
    const { api } = graph();
    const list: GraphCall = { operation: 'channels.list', method: 'GET', path: `/teams/${t.team.id}/channels`, cost: { kind: 'channels.list', resource: `team:${t.team.id}` } };
    t.fake.inject('team.channels', { throttle: 7 });
    t.fake.resetCalls();
    const throttled = await expectError(api.call(APP, list), 'RATE_LIMITED');
    expect(throttled).toMatchObject({ retryAfterSeconds: 7, message: 'Microsoft Graph throttled channels.list; retry after 7 seconds.' });
    const waiting = await expectError(api.call(APP, list), 'RATE_LIMITED');
    expect(waiting.message).toContain('rate budget');
    expect(t.fake.count('team.channels')).toBe(1);
    clock += 7_000;
    await api.call(APP, list);
    expect(t.fake.count('team.channels')).toBe(2);
  });

  it('a spent budget fails fast with retryAfterSeconds, without calling Graph', async () => {
    const { api } = graph({ limits: { limits: { 'chat.read': { perTenant: 100, perResource: 1 } }, burstSeconds: 2 } });
    const chat = t.fake.tenant.addChat([t.owner.id, t.member.id]);
    const read: GraphCall = { operation: 'chat.get', method: 'GET', path: `/chats/${encodeURIComponent(chat.id)}`, cost: { kind: 'chat.read', resource: `chat:${chat.id}` } };
    t.fake.resetCalls();
    await api.call(APP, read);
    const spent = await expectError(api.call(APP, read), 'RATE_LIMITED');
    expect(spent.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(t.fake.count('chat.get')).toBe(1);
  });

  it('reads are retried on Graph 5xx; writes never are', async () => {
    const { api } = graph({ readRetries: 1 });
    t.fake.resetCalls();
    t.fake.inject('me.get', { status: 500 });
    await api.call(userPrincipal(t.owner.id), me);
    expect(t.fake.calls.filter((call) => call.route === 'me.get').map((call) => call.status)).toEqual([500, 200]);
    t.fake.inject('channel.message.post', { status: 502, code: 'BadGateway' });
    const post: GraphCall = {
      operation: 'channel.message.post',
      method: 'POST',
      path: `/teams/${t.team.id}/channels/${encodeURIComponent(t.publicChannel.id)}/messages`,
      body: { body: { content: 'once' } },
      cost: { kind: 'channel-messages.post' },
      write: true,
    };
    const failed = await expectError(api.call(userPrincipal(t.owner.id), post), 'PROVIDER_ERROR');
    expect(failed.message).toBe('Microsoft Graph answered channel.message.post with 502 BadGateway.');
    expect(t.fake.count('channel.message.post')).toBe(1);
  });

  it.each([
    [400, 'BadRequest', 'VALIDATION_ERROR'],
    [401, 'InvalidAuthenticationToken', 'NOT_AUTHENTICATED'],
    [403, 'Forbidden', 'PERMISSION_DENIED'],
    [404, 'NotFound', 'NOT_FOUND'],
    [409, 'Conflict', 'CONFLICT'],
    [412, 'PreconditionFailed', 'CONFLICT'],
    [413, 'RequestEntityTooLarge', 'VALIDATION_ERROR'],
    [500, 'InternalServerError', 'PROVIDER_ERROR'],
    [503, 'ServiceUnavailable', 'PROVIDER_ERROR'],
  ])('Graph %i %s → %s, quoting the code and never the message', (status, code, expected) => {
    const error = graphError('teams', 'chat.message.post', { status, code, retryAfterSeconds: null });
    expect(error.code).toBe(expected);
    expect(error.message).toBe(`Microsoft Graph answered chat.message.post with ${status} ${code}.`);
  });

  it('batches at most 20 requests, fails only the failed key, and retries a throttled item after its own Retry-After', async () => {
    const { loader } = graph();
    const ids = [...t.fake.tenant.users.keys()];
    const calls: GraphCall[] = Array.from({ length: 25 }, (_, index) => ({
      operation: 'user.get',
      method: 'GET',
      path: index === 3 ? '/users/00000000-0000-4000-8000-000000000000' : `/users/${ids[index % ids.length]}`,
      cost: { kind: 'directory' },
    }));
    t.fake.resetCalls();
    sleeps.length = 0;
    t.fake.inject('user.get', { throttle: 1 }); // the first item Graph runs is throttled
    const results = await loader.load(APP, calls);
    expect(results).toHaveLength(25);
    expect(results[3]).toMatchObject({ code: 'NOT_FOUND' });
    expect(results.filter((result) => result instanceof Error)).toHaveLength(1);
    expect((results[7] as { id: string }).id).toBe(ids[7 % ids.length]);
    expect(t.fake.calls.filter((call) => call.route === '$batch')).toHaveLength(3);
    expect(sleeps).toEqual([1000]);
  });

  it('a throttled batch item that would wait too long fails its own slot with RATE_LIMITED', async () => {
    const { loader } = graph();
    t.fake.inject('user.get', { throttle: 30 });
    const results = await loader.load(APP, [
      { operation: 'user.get', method: 'GET', path: `/users/${t.owner.id}`, cost: { kind: 'directory' } },
      { operation: 'organization.get', method: 'GET', path: '/organization', cost: { kind: 'directory' } },
    ]);
    expect(results[0]).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 30 });
    expect(results[1]).toMatchObject({ value: [{ displayName: 'Contract Co' }] });
  });

  it('refuses to follow a paging link to another host (it would carry the bearer token there)', async () => {
    const { api } = graph();
    const error = await expectError(api.call(APP, { ...me, path: 'https://attacker.example/v1.0/users' }), 'VALIDATION_ERROR');
    expect(error.message).toContain('does not point at this Microsoft Graph');
  });

  it('verifies TLS: without the fake CA the transport refuses the connection', async () => {
    const transport = new MicrosoftTransport();
    await expect(transport.send({ url: `${t.fake.graphUrl}v1.0/organization`, method: 'GET', headers: new Headers(), body: null })).rejects.toThrow(/self[- ]signed|certificate/i);
    transport.close();
  });
});

describe('graph foundation: linking a Microsoft account (authorization code with PKCE)', () => {
  let t: TeamsTenant;
  beforeAll(async () => {
    t = await openTeamsTenant();
  });
  afterAll(() => t?.close());

  const redirectUri = 'https://switchboard.example/oauth/microsoft/callback';
  const app = () => ({ tenantId: t.fake.tenant.tenantId, clientId: t.app.clientId, clientSecret: t.app.clientSecret });

  /** Follows the authorize URL as a browser would, answering the redirect's query. */
  async function authorize(url: string): Promise<URLSearchParams> {
    const transport = new MicrosoftTransport({ ca: t.fake.ca });
    const response = await transport.send({ url, method: 'GET', headers: new Headers(), body: null });
    transport.close();
    expect(response.status).toBe(302);
    return new URL(response.headers.get('location')!).searchParams;
  }

  it('sends the person to Microsoft with state and an S256 challenge, and redeems the code with the verifier', async () => {
    const pkce = newPkcePair();
    const url = authorizationUrl({ loginUrl: t.fake.loginUrl, app: app(), redirectUri, state: 'state-123', codeChallenge: pkce.challenge, loginHint: t.member.userPrincipalName });
    expect(new URL(url).searchParams.get('code_challenge_method')).toBe('S256');
    const back = await authorize(url);
    expect(back.get('state')).toBe('state-123');
    const transport = new MicrosoftTransport({ ca: t.fake.ca });
    const grant = await exchangeAuthorizationCode(transport, { loginUrl: t.fake.loginUrl, app: app(), code: back.get('code')!, redirectUri, codeVerifier: pkce.verifier, now: Date.now(), provider: 'teams' });
    expect(grant.refreshToken).toBeTruthy();
    expect(t.fake.tenant.accessTokens.get(grant.accessToken)).toMatchObject({ userId: t.member.id });
    // A code is redeemed once.
    await expectError(
      exchangeAuthorizationCode(transport, { loginUrl: t.fake.loginUrl, app: app(), code: back.get('code')!, redirectUri, codeVerifier: pkce.verifier, now: Date.now(), provider: 'teams' }),
      'NOT_AUTHENTICATED',
    );
    transport.close();
  });

  it('a code redeemed with the wrong verifier is refused; a refused consent comes back as an error', async () => {
    const pkce = newPkcePair();
    const back = await authorize(authorizationUrl({ loginUrl: t.fake.loginUrl, app: app(), redirectUri, state: 's', codeChallenge: pkce.challenge, loginHint: t.owner.userPrincipalName }));
    const transport = new MicrosoftTransport({ ca: t.fake.ca });
    const wrong = await expectError(
      exchangeAuthorizationCode(transport, { loginUrl: t.fake.loginUrl, app: app(), code: back.get('code')!, redirectUri, codeVerifier: newPkcePair().verifier, now: Date.now(), provider: 'teams' }),
      'NOT_AUTHENTICATED',
    );
    expect(wrong.message).toBe('The Microsoft identity platform refused the authorization_code grant: invalid_grant (AADSTS501481).');
    transport.close();
    t.fake.identity.refuseConsent.add(t.outsider.id);
    const refused = await authorize(authorizationUrl({ loginUrl: t.fake.loginUrl, app: app(), redirectUri, state: 's', codeChallenge: pkce.challenge, loginHint: t.outsider.userPrincipalName }));
    expect(refused.get('error')).toBe('access_denied');
    expect(refused.has('code')).toBe(false);
  });
});
