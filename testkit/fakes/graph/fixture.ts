import { randomUUID } from 'node:crypto';
import { createTeamsProvider, type TeamsProvider, type TeamsProviderOptions } from '../../../src/providers/teams/index.js';
import { TEAMS_LIMITS, type RequestLimits } from '../../../src/providers/kit/graph/rate-budget.js';
import { containerId, messageNativeId } from '../../../src/providers/teams/ids.js';
import type { Actor } from '../../../src/providers/model.js';
import type { ContractFixture } from '../../contract/provider-contract.js';
import { openDatabase, type SwitchboardDatabase } from '../../../src/db/database.js';
import { createTestDatabase, type StoreKind } from '../../databases.js';
import { startFakeGraph, type FakeApp, type FakeChannel, type FakeGraph, type FakeGraphUser, type FakeTeam } from './index.js';

/**
 * A Microsoft 365 tenant in the fake Graph, prepared as the provider contract describes: owner, member and
 * outsider, each linked to a Switchboard account with a delegated grant (a refresh token the provider
 * redeems at the fake's token endpoint); one team with all three, a standard channel (everyone) and a
 * private channel without the outsider. Reads on nobody's behalf use the app's own token (client
 * credentials). The provider trusts the fake's certificate through its own transport only.
 */
export interface TeamsTenant {
  fake: FakeGraph;
  provider: TeamsProvider;
  options: TeamsProviderOptions;
  app: FakeApp;
  owner: FakeGraphUser;
  member: FakeGraphUser;
  outsider: FakeGraphUser;
  actors: { owner: Actor; member: Actor; outsider: Actor };
  team: FakeTeam;
  publicChannel: FakeChannel;
  privateChannel: FakeChannel;
  /** Native ids of the two channels. */
  ids: { team: string; publicChannel: string; privateChannel: string };
  /** Switchboard's database behind the provider (read positions, thread subscriptions), when opened with one. */
  database: SwitchboardDatabase | null;
  /** Refresh tokens as the provider stored them (rotated on every refresh), by Microsoft user id. */
  refreshTokens: Map<string, string>;
  /** Opens another provider on the same tenant with changed options. */
  reopen(overrides?: Partial<TeamsProviderOptions>): TeamsProvider;
  close(): Promise<void>;
}

/** Limits far above anything a behaviour test does; budget tests set their own. */
export const UNLIMITED_TEAMS_LIMITS: Record<string, RequestLimits> = Object.fromEntries(
  Object.keys(TEAMS_LIMITS).map((kind) => [kind, { perTenant: 1e6, perResource: 1e6, perUser: 1e6 }]),
);

/**
 * Opens the tenant. `database`: a Switchboard database of that kind behind the provider (with the
 * connection's row its metadata belongs to), for read state and thread subscriptions; none by default.
 */
export async function openTeamsTenant(overrides: Partial<TeamsProviderOptions> = {}, { database: kind }: { database?: StoreKind } = {}): Promise<TeamsTenant> {
  const fake = await startFakeGraph({ displayName: 'Contract Co' });
  const { tenant } = fake;
  const app = tenant.addApp({ redirectUris: ['https://switchboard.example/oauth/microsoft/callback'] });
  const owner = tenant.addUser('Olga Owner', { mailNickname: 'olga' });
  const member = tenant.addUser('Mina Member', { mailNickname: 'mina' });
  const outsider = tenant.addUser('Otto Outsider', { mailNickname: 'otto' });
  const team = tenant.addTeam('Contract Co', [owner.id, member.id, outsider.id], { ownerIds: [owner.id] });
  const publicChannel = tenant.addChannel(team.id, 'town-square', { description: 'Company-wide' });
  const privateChannel = tenant.addChannel(team.id, 'secret-plans', { membershipType: 'private', memberIds: [owner.id, member.id] });
  const actors = {
    owner: { accountId: 'account-olga', userId: owner.id },
    member: { accountId: 'account-mina', userId: member.id },
    outsider: { accountId: 'account-otto', userId: outsider.id },
  };
  const links = new Map(Object.values(actors).map((actor) => [actor.accountId, { userId: actor.userId }]));
  const refreshTokens = new Map([owner, member, outsider].map((user) => [user.id, tenant.issueRefreshToken(app.clientId, user.id, ['Chat.ReadWrite']).token]));
  const testDatabase = kind ? await createTestDatabase(kind) : null;
  const database = testDatabase ? await openDatabase(testDatabase.target) : null;
  // Teams metadata belongs to a connection (foreign key); the token here is never read from it.
  await database?.db.insertInto('provider_connections').values({ provider: 'teams', workspace_id: 'teams-contract', name: 'Contract Co', access_token_sealed: 'unused-in-provider-tests' }).execute();
  const options: TeamsProviderOptions = {
    workspaceId: 'teams-contract',
    tenantId: tenant.tenantId,
    app: { clientId: app.clientId, clientSecret: app.clientSecret },
    graphUrl: fake.graphUrl,
    loginUrl: fake.loginUrl,
    ca: fake.ca,
    linkedUser: (accountId) => links.get(accountId) ?? null,
    refreshTokenOf: async (userId) => refreshTokens.get(userId) ?? null,
    storeRefreshToken: async (userId, token) => void refreshTokens.set(userId, token),
    budget: { limits: UNLIMITED_TEAMS_LIMITS },
    readRetries: 0,
    db: database?.db ?? null,
    ...overrides,
  };
  const provider = createTeamsProvider(options);
  const opened: TeamsProvider[] = [provider];
  const ids = {
    team: containerId({ kind: 'team', teamId: team.id }),
    publicChannel: containerId({ kind: 'channel', teamId: team.id, channelId: publicChannel.id }),
    privateChannel: containerId({ kind: 'channel', teamId: team.id, channelId: privateChannel.id }),
  };
  return {
    fake,
    provider,
    options,
    app,
    owner,
    member,
    outsider,
    actors,
    team,
    publicChannel,
    privateChannel,
    ids,
    database,
    refreshTokens,
    reopen: (more = {}) => {
      const reopened = createTeamsProvider({ ...options, ...more });
      opened.push(reopened);
      return reopened;
    },
    close: async () => {
      for (const provider of opened) provider.connection.close();
      await fake.close();
      await database?.close();
      await testDatabase?.drop();
    },
  };
}

/** The provider contract's fixture on a fake tenant, with a database (PGlite unless told) for read state and thread subscriptions. */
export async function teamsContractFixture(kind: StoreKind = 'pglite'): Promise<ContractFixture> {
  const tenant = await openTeamsTenant({}, { database: kind });
  const otherTeam = randomUUID();
  return {
    provider: tenant.provider,
    owner: tenant.actors.owner,
    member: tenant.actors.member,
    outsider: tenant.actors.outsider,
    memberHandle: 'mina',
    publicChannelId: tenant.ids.publicChannel,
    privateChannelId: tenant.ids.privateChannel,
    unknownIds: {
      user: randomUUID(),
      channel: containerId({ kind: 'channel', teamId: randomUUID(), channelId: '19:unknown@thread.tacv2' }),
      message: messageNativeId({ kind: 'channel', teamId: tenant.team.id, channelId: tenant.publicChannel.id }, '1000000000001'),
    },
    // Ids of another tenant name nothing here: Graph answers 404 for its team.
    otherWorkspaceMessageId: messageNativeId({ kind: 'channel', teamId: otherTeam, channelId: '19:elsewhere@thread.tacv2' }, '1700000000000'),
    cleanup: () => tenant.close(),
  };
}
