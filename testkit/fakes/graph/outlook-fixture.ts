import { OUTLOOK_LIMITS, OutlookProvider, type OutlookProviderOptions, type OutlookSettings } from '../../../src/providers/outlook/index.js';
import { randomBytes } from 'node:crypto';
import { loadConnectionSettings } from '../../../src/config.js';
import type { ConnectionSettings } from '../../../src/connections/settings.js';
import type { RequestLimits } from '../../../src/providers/kit/graph/rate-budget.js';
import type { Actor } from '../../../src/providers/model.js';
import { startFakeGraph, type FakeApp, type FakeGraph, type FakeGraphUser } from './index.js';

/**
 * An Outlook mailbox in the fake Graph: Ana's, linked to a Switchboard account with a delegated grant (a
 * refresh token the provider redeems at the fake's token endpoint), and Bob, another person of the tenant
 * with a mailbox of his own (mail between them is delivered), and Eve, an account not linked to Ana's mailbox.
 */
export interface OutlookMailbox {
  fake: FakeGraph;
  provider: OutlookProvider;
  options: OutlookProviderOptions;
  app: FakeApp;
  ana: FakeGraphUser;
  bob: FakeGraphUser;
  actors: { ana: Actor; eve: Actor };
  /** Folder ids by well-known name. */
  folders: { inbox: string; sentitems: string; deleteditems: string; archive: string };
  refreshTokens: Map<string, string>;
  reopen(overrides?: Partial<OutlookProviderOptions>): OutlookProvider;
  close(): Promise<void>;
}

export const UNLIMITED_OUTLOOK_LIMITS: Record<string, RequestLimits> = Object.fromEntries(Object.keys(OUTLOOK_LIMITS).map((kind) => [kind, { perTenant: 1e6, perResource: 1e6, perUser: 1e6 }]));

export async function openOutlookMailbox(overrides: Partial<OutlookProviderOptions> = {}): Promise<OutlookMailbox> {
  const fake = await startFakeGraph({ displayName: 'Contoso' });
  const { tenant, mail } = fake;
  const app = tenant.addApp({ redirectUris: ['https://switchboard.example/oauth/microsoft/callback'] });
  const ana = tenant.addUser('Ana Lima', { mailNickname: 'ana' });
  const bob = tenant.addUser('Bob Stone', { mailNickname: 'bob' });
  const box = mail.mailbox(ana.id);
  mail.mailbox(bob.id);
  const folderId = (name: string) => mail.folder(box, name).id;
  const actors = { ana: { accountId: 'account-ana', userId: ana.mail.toLowerCase() }, eve: { accountId: 'account-eve', userId: 'eve@elsewhere.example' } };
  const refreshTokens = new Map([[ana.id, tenant.issueRefreshToken(app.clientId, ana.id, ['Mail.ReadWrite']).token]]);
  const options: OutlookProviderOptions = {
    workspaceId: ana.id,
    tenantId: tenant.tenantId,
    mailbox: { id: ana.id, address: ana.mail, displayName: ana.displayName },
    app: { clientId: app.clientId, clientSecret: app.clientSecret },
    graphUrl: fake.graphUrl,
    loginUrl: fake.loginUrl,
    ca: fake.ca,
    linkedUser: (accountId) => (accountId === actors.ana.accountId ? { userId: ana.id } : null),
    refreshTokenOf: async (userId) => refreshTokens.get(userId) ?? null,
    storeRefreshToken: async (userId, token) => void refreshTokens.set(userId, token),
    budget: { limits: UNLIMITED_OUTLOOK_LIMITS },
    readRetries: 0,
    ...overrides,
  };
  const opened: OutlookProvider[] = [];
  const reopen = (more: Partial<OutlookProviderOptions> = {}) => {
    const provider = new OutlookProvider({ ...options, ...more });
    opened.push(provider);
    return provider;
  };
  const provider = reopen();
  return {
    fake,
    provider,
    options,
    app,
    ana,
    bob,
    actors,
    folders: { inbox: folderId('inbox'), sentitems: folderId('sentitems'), deleteditems: folderId('deleteditems'), archive: folderId('archive') },
    refreshTokens,
    reopen,
    close: async () => {
      for (const each of opened) each.connection.close();
      await fake.close();
    },
  };
}

/** Server settings that point the Outlook definition at a fake Graph (as teamsServerSettings does for Teams). */
export function outlookServerSettings(fake: FakeGraph, app: FakeApp): ConnectionSettings {
  const base = loadConnectionSettings({
    SWITCHBOARD_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    MICROSOFT_CLIENT_ID: app.clientId,
    MICROSOFT_CLIENT_SECRET: app.clientSecret,
    MICROSOFT_GRAPH_URL: fake.graphUrl,
    MICROSOFT_LOGIN_URL: fake.loginUrl,
  });
  const outlook: OutlookSettings = { ...(base.providers.outlook as OutlookSettings), ca: fake.ca, budget: { limits: UNLIMITED_OUTLOOK_LIMITS } };
  return { ...base, providers: { ...base.providers, outlook } };
}
