import { openDatabase, type SwitchboardDatabase } from '../../../src/db/database.js';
import { createSlackProvider, type LinkedSlackUser, type SlackProvider, type SlackProviderOptions } from '../../../src/providers/slack/provider.js';
import type { Actor } from '../../../src/providers/model.js';
import { startFakeSlack, type FakeConversation, type FakeSlack, type FakeUser, type MethodTable } from './index.js';
import { createTestDatabase, type StoreKind, type TestDatabase } from '../../databases.js';
import type { ContractFixture } from '../../contract/contract-support.js';
import { UNLIMITED_BUDGET } from './fixture.js';

/**
 * A Slack team in the fake server with a Switchboard database behind the provider (for what Slack does not
 * keep: thread subscriptions, thread read positions, scheduled replies' threads) and one clock shared by
 * the fake and the provider, so that tests move time instead of waiting. Owner, member and outsider each
 * have a user token; `unlinked` is linked without one (by email), `nobody` not at all.
 */
export interface FeatureTeam {
  fake: FakeSlack;
  provider: SlackProvider;
  options: SlackProviderOptions;
  database: SwitchboardDatabase;
  owner: FakeUser;
  member: FakeUser;
  outsider: FakeUser;
  unlinked: FakeUser;
  actors: { owner: Actor; member: Actor; outsider: Actor; unlinked: Actor };
  tokens: { bot: string; owner: string; member: string; outsider: string };
  publicChannel: FakeConversation;
  privateChannel: FakeConversation;
  /** Milliseconds since the epoch on the shared clock. */
  now(): number;
  advance(ms: number): void;
  /** Another provider on the same team and database (a second process, or changed options). */
  reopen(overrides?: Partial<SlackProviderOptions>): SlackProvider;
  close(): Promise<void>;
}

/** 2026-03-02T09:00:00Z: a fixed start, so scheduled times read the same in every run. */
export const START = Date.UTC(2026, 2, 2, 9, 0, 0);

/**
 * Opens the team. `realClock`: the fake and the provider follow the wall clock (for suites, like the
 * provider contract, that order messages by when they were posted); `advance` then adds to it.
 * `fakeMethods`: method handlers that replace the fake's (to make Slack answer differently).
 */
export async function openFeatureTeam(
  kind: StoreKind,
  overrides: Partial<SlackProviderOptions> = {},
  { realClock = false, fakeMethods }: { realClock?: boolean; fakeMethods?: MethodTable } = {},
): Promise<FeatureTeam> {
  let clock = START;
  let offset = 0;
  const now = realClock ? () => Date.now() + offset : () => clock;
  const fake = await startFakeSlack({ teamName: 'Feature Co', domain: 'feature-co', clock: now, methods: fakeMethods });
  const { workspace } = fake;
  const owner = workspace.addUser({ name: 'olga', realName: 'Olga Owner', displayName: 'Olga Owner', isOwner: true });
  const member = workspace.addUser({ name: 'mina', realName: 'Mina Member', displayName: 'Mina Member' });
  const outsider = workspace.addUser({ name: 'otto', realName: 'Otto Outsider', displayName: 'Otto Outsider' });
  const unlinked = workspace.addUser({ name: 'una', realName: 'Una Unlinked', displayName: 'Una Unlinked' });
  const { token: botToken } = workspace.addBot('switchboard');
  const tokens = {
    bot: botToken,
    owner: workspace.issueToken(owner.id, 'user'),
    member: workspace.issueToken(member.id, 'user'),
    outsider: workspace.issueToken(outsider.id, 'user'),
  };
  const publicChannel = workspace.addChannel('general', [owner.id, member.id, outsider.id, unlinked.id]);
  const privateChannel = workspace.addChannel('secret-plans', [owner.id, member.id], { private: true });
  const actors = {
    owner: { accountId: 'account-olga', userId: owner.id },
    member: { accountId: 'account-mina', userId: member.id },
    outsider: { accountId: 'account-otto', userId: outsider.id },
    unlinked: { accountId: 'account-una', userId: unlinked.id },
  };
  const links = new Map<string, LinkedSlackUser>([
    [actors.owner.accountId, { userId: owner.id, token: tokens.owner }],
    [actors.member.accountId, { userId: member.id, token: tokens.member }],
    [actors.outsider.accountId, { userId: outsider.id, token: tokens.outsider }],
    [actors.unlinked.accountId, { userId: unlinked.id, token: null }],
  ]);

  const testDatabase: TestDatabase = await createTestDatabase(kind);
  const database = await openDatabase(testDatabase.target);
  const workspaceId = workspace.teamId;
  // Slack metadata belongs to a connection (foreign key); the tokens here are never read from it.
  await database.db
    .insertInto('provider_connections')
    .values({ provider: 'slack', workspace_id: workspaceId, name: 'Feature Co', access_token_sealed: 'unused-in-provider-tests' })
    .execute();

  const options: SlackProviderOptions = {
    workspaceId,
    teamId: workspace.teamId,
    botToken,
    readToken: tokens.owner,
    linkedUser: (accountId) => links.get(accountId) ?? null,
    apiUrl: fake.apiUrl,
    readRetries: 0,
    budget: UNLIMITED_BUDGET,
    clock: now,
    db: database.db,
    ...overrides,
  };
  return {
    fake,
    provider: createSlackProvider(options),
    options,
    database,
    owner,
    member,
    outsider,
    unlinked,
    actors,
    tokens,
    publicChannel,
    privateChannel,
    now,
    advance: (ms) => {
      clock += ms;
      offset += ms;
    },
    reopen: (more = {}) => createSlackProvider({ ...options, ...more }),
    close: async () => {
      await fake.close();
      await database.close();
      await testDatabase.drop();
    },
  };
}

/** The provider contract's fixture on a team with a database (so thread subscriptions are on). */
export async function metadataContractFixture(kind: StoreKind): Promise<ContractFixture> {
  const team = await openFeatureTeam(kind, {}, { realClock: true });
  // The contract's public channel has exactly owner, member and outsider.
  team.publicChannel.members = team.publicChannel.members.filter((id) => id !== team.unlinked.id);
  return {
    provider: team.provider,
    owner: team.actors.owner,
    member: team.actors.member,
    outsider: team.actors.outsider,
    memberHandle: team.member.name,
    publicChannelId: team.publicChannel.id,
    privateChannelId: team.privateChannel.id,
    unknownIds: { user: 'U0NOSUCH01', channel: 'C0NOSUCH01', message: `${team.publicChannel.id}:1000000000.000001` },
    cleanup: team.close,
  };
}
