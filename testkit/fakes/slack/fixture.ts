import { createSlackProvider, type LinkedSlackUser, type SlackProvider, type SlackProviderOptions } from '../../../src/providers/slack/provider.js';
import type { Actor } from '../../../src/providers/model.js';
import type { ContractFixture } from '../../contract/provider-contract.js';
import { FakeSlackWorkspace, startFakeSlack, type FakeConversation, type FakeSlack, type FakeUser } from './index.js';

/**
 * A Slack team in the fake server, prepared as the provider contract describes: owner (the installing
 * admin), member and outsider, each linked to a Switchboard account with a user token; a public channel
 * with all three and a private one without the outsider. The app's bot is in neither channel, as a bot is
 * until invited: reads on nobody's behalf use the owner's user token (`readToken`).
 */
export interface SlackTeam {
  fake: FakeSlack;
  provider: SlackProvider;
  options: SlackProviderOptions;
  owner: FakeUser;
  member: FakeUser;
  outsider: FakeUser;
  bot: FakeUser;
  actors: { owner: Actor; member: Actor; outsider: Actor };
  tokens: { bot: string; owner: string; member: string; outsider: string };
  publicChannel: FakeConversation;
  privateChannel: FakeConversation;
  /** Opens another provider on the same team with changed options (budget, clock…). */
  reopen(overrides?: Partial<SlackProviderOptions>): SlackProvider;
  close(): Promise<void>;
}

/** Budgets generous enough that behaviour tests never meet them; budget tests set their own. */
export const UNLIMITED_BUDGET = { tierRates: { 1: 1e6, 2: 1e6, 3: 1e6, 4: 1e6, post: 1e6, special: 1e6 } };

export async function openSlackTeam(overrides: Partial<SlackProviderOptions> = {}): Promise<SlackTeam> {
  const fake = await startFakeSlack({ teamName: 'Contract Co', domain: 'contract-co' });
  const { workspace } = fake;
  const owner = workspace.addUser({ name: 'olga', realName: 'Olga Owner', displayName: 'Olga Owner', isOwner: true });
  const member = workspace.addUser({ name: 'mina', realName: 'Mina Member', displayName: 'Mina Member' });
  const outsider = workspace.addUser({ name: 'otto', realName: 'Otto Outsider', displayName: 'Otto Outsider' });
  const { user: bot, token: botToken } = workspace.addBot('switchboard');
  const tokens = {
    bot: botToken,
    owner: workspace.issueToken(owner.id, 'user'),
    member: workspace.issueToken(member.id, 'user'),
    outsider: workspace.issueToken(outsider.id, 'user'),
  };
  const publicChannel = workspace.addChannel('general', [owner.id, member.id, outsider.id], { purpose: 'Company-wide' });
  const privateChannel = workspace.addChannel('secret-plans', [owner.id, member.id], { private: true });
  const actors = {
    owner: { accountId: 'account-olga', userId: owner.id },
    member: { accountId: 'account-mina', userId: member.id },
    outsider: { accountId: 'account-otto', userId: outsider.id },
  };
  const links = new Map<string, LinkedSlackUser>([
    [actors.owner.accountId, { userId: owner.id, token: tokens.owner }],
    [actors.member.accountId, { userId: member.id, token: tokens.member }],
    [actors.outsider.accountId, { userId: outsider.id, token: tokens.outsider }],
  ]);
  const options: SlackProviderOptions = {
    workspaceId: 'slack-contract',
    teamId: workspace.teamId,
    botToken,
    readToken: tokens.owner,
    linkedUser: (accountId) => links.get(accountId) ?? null,
    apiUrl: fake.apiUrl,
    readRetries: 0,
    budget: UNLIMITED_BUDGET,
    ...overrides,
  };
  return {
    fake,
    provider: createSlackProvider(options),
    options,
    owner,
    member,
    outsider,
    bot,
    actors,
    tokens,
    publicChannel,
    privateChannel,
    reopen: (more = {}) => createSlackProvider({ ...options, ...more }),
    close: () => fake.close(),
  };
}

/** The contract's fixture on a fresh team, with a message of another Slack team it must not see. */
export async function slackContractFixture(): Promise<ContractFixture> {
  const team = await openSlackTeam();
  const elsewhere = new FakeSlackWorkspace({ teamId: 'T0ELSEWHERE' });
  const stranger = elsewhere.addUser({ name: 'sven' });
  const foreignChannel = elsewhere.addChannel('general', [stranger.id]);
  const foreignMessage = elsewhere.addMessage(foreignChannel.id, { user: stranger.id, text: 'not for the contract team' });
  return {
    provider: team.provider,
    owner: team.actors.owner,
    member: team.actors.member,
    outsider: team.actors.outsider,
    memberHandle: team.member.name,
    publicChannelId: team.publicChannel.id,
    privateChannelId: team.privateChannel.id,
    unknownIds: { user: 'U0NOSUCH01', channel: 'C0NOSUCH01', message: `${team.publicChannel.id}:1000000000.000001` },
    otherWorkspaceMessageId: `${foreignChannel.id}:${foreignMessage.ts}`,
    cleanup: team.close,
  };
}

/** What `seedThreadTree` wrote: the counts the minimum number of calls is made of. */
export interface ThreadTreeSeed {
  channels: number;
  /** Roots with replies (3 each); the others have none. */
  threadsWithReplies: number;
  /** Distinct users a thread-tree query meets: authors, reactors and mentioned users. */
  users: number;
}

/**
 * A thread-tree workload: 4 channels the owner is in (the two contract channels, design and ops), 5 roots
 * each, every second root with 3 replies (one broadcast), one reaction per channel and mentions of Pat, who
 * writes nothing.
 */
export function seedThreadTree(team: SlackTeam): ThreadTreeSeed {
  const { workspace } = team.fake;
  const pat = workspace.addUser({ name: 'pat', displayName: 'Pat Mentioned' });
  const quinn = workspace.addUser({ name: 'quinn' });
  const people = [team.owner.id, team.member.id, team.outsider.id, quinn.id];
  const extra = ['design', 'ops'].map((name) => workspace.addChannel(name, [team.owner.id, team.member.id, quinn.id]));
  const channels = [team.publicChannel, team.privateChannel, ...extra];
  const users = new Set<string>();
  let threadsWithReplies = 0;
  channels.forEach((channel, c) => {
    for (let r = 0; r < 5; r += 1) {
      const author = people[(c + r) % people.length];
      const root = workspace.addMessage(channel.id, {
        user: author,
        text: r % 3 === 0 ? `root ${r} for <@${pat.id}>` : `root ${r}`,
        reactions: r === 1 ? [{ name: 'eyes', users: [team.outsider.id] }] : [],
      });
      users.add(author);
      if (r === 1) users.add(team.outsider.id);
      if (r % 3 === 0) users.add(pat.id);
      if (r % 2 === 0) {
        threadsWithReplies += 1;
        for (let n = 0; n < 3; n += 1) {
          const replier = people[(c + r + n + 1) % people.length];
          workspace.addMessage(channel.id, { user: replier, text: `reply ${n}`, threadTs: root.ts, broadcast: n === 2 && r === 4 });
          users.add(replier);
        }
      }
    }
  });
  return { channels: channels.length, threadsWithReplies, users: users.size };
}
