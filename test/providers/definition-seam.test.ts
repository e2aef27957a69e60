import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadConnectionSettings } from '../../src/config.js';
import { SettingsError } from '../../src/connections/settings.js';
import type { StoredConnection } from '../../src/connections/store.js';
import { builtinProvider } from '../../src/providers/builtin/index.js';
import type { ProviderDefinition, ProviderHost } from '../../src/providers/definition.js';
import { PROVIDERS } from '../../src/providers/index.js';
import type { MessagingProvider } from '../../src/providers/provider.js';
import { SwitchboardError } from '../../src/errors.js';
import { startTestApp, type TestApp } from '../../testkit/app.js';

/**
 * The seam for providers that live outside src/: a test passes its own definition to the server, which
 * then lists its workspaces (in the same one statement), shows them as the kind the definition declares,
 * routes its webhooks through the one ingest path, reads its settings, and renews its expiring tokens once.
 */

const WORKSPACE = 'probe-ws';

interface ProbeSettings {
  greeting: string;
}

/** A provider with one workspace everyone reaches, and just enough of MessagingProvider to be listed. */
function probeWorkspace(): MessagingProvider {
  const known = {
    provider: 'probe',
    workspaceId: WORKSPACE,
    capabilities: () => builtinProvider.capabilities,
    workspace: async () => ({ id: WORKSPACE, provider: 'probe', name: 'Probe', webUrl: null }),
    userForAccount: async (accountId: string) => ({
      provider: 'probe',
      workspaceId: WORKSPACE,
      id: `u-${accountId}`,
      name: 'Probe User',
      email: null,
      avatarUrl: null,
      isBot: false,
      role: 'MEMBER' as const,
    }),
  };
  return new Proxy(known as unknown as MessagingProvider, {
    get: (target, property) =>
      property in target
        ? (target as unknown as Record<PropertyKey, unknown>)[property]
        : property === 'then' || property === 'forRequest' || property === 'loadAudience'
          ? undefined
          : () => Promise.reject(new SwitchboardError('UNSUPPORTED', `probe: ${String(property)}`)),
  });
}

const refreshes: StoredConnection[] = [];
let probeHost: ProviderHost | null = null;

const probe: ProviderDefinition<ProbeSettings> = {
  name: 'probe',
  kind: 'builtin',
  displayName: 'Probe',
  capabilities: builtinProvider.capabilities,
  readSettings(env) {
    const greeting = env.PROBE_GREETING ?? 'hello';
    if (!/^[a-z]+$/.test(greeting)) throw new SettingsError(`PROBE_GREETING must be lowercase letters, got ${JSON.stringify(greeting)}.`);
    return { greeting };
  },
  credentials: {
    labels: { accessToken: 'probe_token', webhookSecret: 'probe_secret', refreshToken: 'probe_refresh' },
    async refresh(connection, settings) {
      refreshes.push(connection);
      // Slow enough that concurrent loads all find this refresh running.
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { ...connection.credentials, accessToken: `${settings.greeting}-${refreshes.length}`, expiresAt: new Date(Date.now() + 3_600_000) };
    },
  },
  start(host) {
    probeHost = host;
    const workspace = probeWorkspace();
    return {
      open: () => workspace,
      openFresh: async (workspaceId) => (workspaceId === WORKSPACE ? workspace : null),
      reachable: (accountId, rank) =>
        host.db
          .selectFrom('accounts')
          .select([sql.lit(rank).as('rank'), sql<string>`${WORKSPACE}::text`.as('workspace_id'), sql<string>`'Probe'::text`.as('name'), sql<number | null>`null::integer`.as('generation'), sql<string | null>`null::text`.as('viewer_user_id')])
          .where('accounts.id', '=', accountId),
      webhooks: {
        '': async (request) => {
          const body = (await request.json()) as { id: string; message: string };
          return {
            kind: 'deliver',
            deliveries: [
              {
                workspaceId: WORKSPACE,
                deliveryId: body.id,
                changes: [
                  {
                    envelope: {
                      type: 'MESSAGE_CREATED',
                      occurredAt: new Date(),
                      provider: 'probe',
                      workspaceId: WORKSPACE,
                      channelId: 'c1',
                      messageId: body.message,
                      threadRootId: body.message,
                      actorId: null,
                      emoji: null,
                      buttonId: null,
                    },
                    detail: '',
                  },
                ],
              },
            ],
            respond: ({ duplicates }) => Response.json({ ok: true, duplicate: duplicates > 0 }),
          };
        },
      },
    };
  },
};

const Workspaces = `{ workspaces { id name provider viewerUser { name } } }`;

describe('a provider definition from outside src/ (pglite)', () => {
  let app: TestApp;

  beforeAll(async () => {
    const connections = loadConnectionSettings({ SWITCHBOARD_ENCRYPTION_KEY: randomBytes(32).toString('base64'), PROBE_GREETING: 'hi' }, [...PROVIDERS, probe]);
    app = await startTestApp('pglite', { providers: [...PROVIDERS, probe], connections });
  });
  afterAll(() => app?.close());

  it('lists its workspace after the others, as the kind it declares, in the same one statement', async () => {
    app.takeStatementCount();
    const result = await app.gql<{ workspaces: Array<{ id: string; name: string; provider: string; viewerUser: { name: string } | null }> }>('demo-alice', Workspaces);
    expect(result.data?.workspaces.map((workspace) => [workspace.name, workspace.provider, workspace.viewerUser?.name])).toEqual([
      ['Acme', 'BUILTIN', 'Alice Chen'],
      ['Globex', 'BUILTIN', 'Alice Chen'],
      ['Probe', 'BUILTIN', 'Probe User'],
    ]);
    const withProbe = app.takeStatementCount();

    const plain = await startTestApp('pglite');
    try {
      plain.takeStatementCount();
      await plain.gql('demo-alice', Workspaces);
      // The probe adds one select to the union, not a statement.
      expect(withProbe).toBe(plain.takeStatementCount());
    } finally {
      await plain.close();
    }

    const probeId = result.data!.workspaces.find((workspace) => workspace.name === 'Probe')!.id;
    const node = await app.gql<{ node: { name: string } | null }>('demo-alice', `query ($id: ID!) { node(id: $id) { ... on Workspace { name } } }`, { id: probeId });
    expect(node.data?.node).toEqual({ name: 'Probe' });
  });

  it('serves POST /webhooks/probe through the ingest path: each delivery once, however often it comes', async () => {
    const post = (id: string) =>
      app.app.fetch('http://switchboard.test/webhooks/probe', { method: 'POST', body: JSON.stringify({ id, message: 'm1' }) });
    expect(await (await post('delivery-1')).json()).toEqual({ ok: true, duplicate: false });
    expect(await (await post('delivery-1')).json()).toEqual({ ok: true, duplicate: true });
    await app.started.services.afterAck.idle();
    const logged = await app.started.services.database.db.selectFrom('event_log').select(['type', 'provider', 'message_id']).where('workspace_id', '=', WORKSPACE).execute();
    expect(logged).toEqual([{ type: 'MESSAGE_CREATED', provider: 'probe', message_id: 'm1' }]);
    expect((await app.app.fetch('http://switchboard.test/webhooks/probe/elsewhere', { method: 'POST', body: '{}' })).status).toBe(404);
    expect((await app.app.fetch('http://switchboard.test/webhooks/nobody', { method: 'POST', body: '{}' })).status).toBe(404);
  });

  it('reads its own settings, with errors naming its variable', () => {
    expect(loadConfig({ PROBE_GREETING: 'hey' }, [...PROVIDERS, probe]).connections.providers.probe).toEqual({ greeting: 'hey' });
    expect(() => loadConfig({ PROBE_GREETING: 'Hey!' }, [...PROVIDERS, probe])).toThrow(ConfigError);
    expect(() => loadConfig({ PROBE_GREETING: 'Hey!' }, [...PROVIDERS, probe])).toThrow('PROBE_GREETING must be lowercase letters, got "Hey!".');
  });

  it('renews an expiring token once for concurrent loads, stores it sealed under its own labels, and leaves fresh tokens alone', async () => {
    const host = probeHost!;
    await host.connections.store.save(
      {
        provider: 'probe',
        workspaceId: 'expiring',
        name: 'Expiring',
        webUrl: null,
        appId: null,
        botUserId: null,
        credentials: { accessToken: 'old-token', webhookSecret: null, refreshToken: 'refresh-me', expiresAt: new Date(Date.now() - 1000) },
        eventDelivery: 'PUSH',
      },
      null,
    );
    const loads = await Promise.all([host.loadConnection('expiring'), host.loadConnection('expiring'), host.loadConnection('expiring')]);
    expect(refreshes.map((connection) => connection.credentials.accessToken)).toEqual(['old-token']);
    expect(loads.map((connection) => [connection?.credentials.accessToken, connection?.generation])).toEqual([
      ['hi-1', 2],
      ['hi-1', 2],
      ['hi-1', 2],
    ]);
    // Fresh now: loading again does not refresh.
    expect((await host.loadConnection('expiring'))?.credentials.accessToken).toBe('hi-1');
    expect(refreshes).toHaveLength(1);
    const row = await app.started.services.database.db.selectFrom('provider_connections').selectAll().where('workspace_id', '=', 'expiring').executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain('hi-1');
    expect(JSON.stringify(row)).not.toContain('refresh-me');
    // Sealed under the probe's labels: the value opens only as `probe:expiring:probe_token`.
    expect(() => host.connections.store.cipher.open(row.access_token_sealed, 'probe:expiring:access_token')).toThrow('failed its integrity check');
    expect(host.connections.store.cipher.open(row.access_token_sealed, 'probe:expiring:probe_token')).toBe('hi-1');
  });
});
