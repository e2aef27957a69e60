import { afterAll, beforeAll, expect, it, type TestFunction } from 'vitest';
import type { Capabilities } from '../../src/providers/capabilities.js';
import { decodeGlobalId } from '../../src/providers/ids.js';
import type { TestApp } from '../app.js';
import type { DemoDirectory } from '../demo.js';
import { startBuiltinFixture } from './fixtures/builtin.js';
import { MEMORY_FIXTURE_CAPABILITIES, startMemoryFixture } from './fixtures/memory.js';
import { SLACK_FIXTURE_CAPABILITIES, startSlackFixture } from './fixtures/slack.js';
import { startTeamsFixture, TEAMS_FIXTURE_CAPABILITIES } from './fixtures/teams.js';
import { OUTLOOK_FIXTURE_CAPABILITIES, startOutlookFixture } from './fixtures/outlook.js';
import { GMAIL_FIXTURE_CAPABILITIES, startGmailFixture } from './fixtures/gmail.js';
import type { Handle } from './world.js';
import { builtinCapabilities } from '../../src/providers/builtin/capabilities.js';

/**
 * GraphQL suites as tables over providers (graphql-ws `tests/use.test.ts`): one suite, written once, runs
 * against a running app for each provider, talking to it as a client does. Each fixture builds the world of
 * ./world.ts (Acme and Globex, alice to dave) on its platform and hands the suite the app, an API key per
 * person and the ids the suite needs. A case that a provider cannot pass is skipped only through the
 * fixture's capabilities, and the skip names the provider and the reason (`itWith`).
 *
 * A mailbox (capabilities.audience PERSONAL: Outlook, Gmail) is one person's workspace, so its world is
 * mailbox-shaped (./fixtures/mailbox-world.ts): Acme is alice's mailbox, the world's channels are folders
 * (labels) holding the world's messages as mail from their authors' addresses, and only alice's key reads
 * it. bob, carol and dave write to it (`personal.deliver`) rather than act in it; cases whose point is a
 * second person reading or acting in the workspace skip through SHARED_WORKSPACE.
 */

/** A running app serving the world on one provider. */
export interface ProviderFixture extends DemoDirectory {
  app: TestApp;
  /** The API key of each person; each acts as its own user in Acme and (alice, dave) in Globex. */
  key: Record<Handle, string>;
  /** Workspace names as `Query.workspaces` lists them, per person (the order is the registry's). */
  workspaceNames: Record<Handle, string[]>;
  /** Acme's name as `Workspace.name` answers it: "Acme", or a mailbox's own name (`Alice Chen <alice@…>`). */
  acmeName: string;
  /** What `Workspace.provider` answers for Acme (a memory workspace reports BUILTIN: see README). */
  providerEnum: 'BUILTIN' | 'SLACK' | 'MICROSOFT_TEAMS' | 'OUTLOOK' | 'GMAIL';
  /** How others write to Acme when it is a mailbox (capabilities.audience PERSONAL); absent on shared workspaces. */
  personal?: PersonalWorld;
  /** How many live messages the person's inbox holds: every message of every channel it is in. */
  inboxSize(handle: Handle): Promise<number>;
  close(): Promise<void>;
}

/**
 * The world of a personal workspace (a mailbox, alice's): bob, carol and dave cannot act in it, so "bob posts
 * in #random" means "mail from bob arrives in alice's folder random", and alice's own sends are mail that
 * lands in the sent folder (as testkit/contract/contract-support.ts's PersonalWorld, with global ids).
 */
export interface PersonalWorld {
  /**
   * Mail from `from` arrives in `channelId` (a folder or label of Acme); with a `parentId` it answers that
   * message (In-Reply-To and References of the parent, its subject with "Re: "). Answers the message's id.
   * Each delivery is stamped later than anything before it.
   */
  deliver(from: Handle, message: { channelId: string; text: string; parentId?: string | null }): Promise<string>;
  /** Where alice's own mail lands, whichever folder a send names (Sent Items, SENT). */
  sentChannelId: string;
  /** Each person's mail address (alice's is the mailbox's). */
  address: Record<Handle, string>;
}

/**
 * Rules of a platform that are not capabilities (yet) but decide what a client sees: suites read them to
 * expect each provider's own answer exactly, rather than loosening an assertion to fit them all.
 */
export interface PlatformRules {
  /** Public channels are readable without joining (Slack), rather than by their members only (built-in). */
  publicChannelsReadableByNonMembers: boolean;
  /** How the provider names an emoji it was given as unicode (Slack answers with its own `:names:`). */
  emoji(unicode: string): string;
  /** The userError message for adding a reaction one already added. */
  alreadyReacted(emoji: string): string;
  /**
   * The platform keeps and posts scheduled messages itself (Slack), rather than Switchboard's scheduler
   * (the built-in workspace, and providers on the kit's emulated part). Absent: false.
   */
  schedulesOnPlatform?: boolean;
  /**
   * Channel timelines page forward only (Microsoft Graph has no backward paging of channel messages): pages
   * by last/before and around answer UNSUPPORTED instead of a page. Absent: false.
   */
  channelPagesForwardOnly?: boolean;
  /**
   * Only a message's author may delete it (Teams: Graph's softDelete is the sender's), rather than the author
   * and the workspace's admins. Absent: false.
   */
  onlyAuthorsDelete?: boolean;
  /**
   * Reactions take custom emoji by name (`:shipit:`). Teams' setReaction takes unicode emoji only, so a
   * name it does not know is a VALIDATION_ERROR. Absent: true.
   */
  customEmoji?: boolean;
  /** `@handle` in text mentions a person (chat). Mail has no mentions: `@bob` is text. Absent: true. */
  mentions?: boolean;
  /** Channels can be archived read-only on the platform. Mail folders and labels never are. Absent: true. */
  archivedChannels?: boolean;
  /**
   * Read state is a read position per channel and per thread (chat): marking a message unread makes every
   * later one unread too, and marking read up to a message may move the position back. Mail flags each
   * message on its own (isRead, the UNREAD label). Absent: true.
   */
  readPositions?: boolean;
}

/** The built-in workspace's rules, which the memory workspace follows too. */
const BUILTIN_RULES: PlatformRules = {
  publicChannelsReadableByNonMembers: false,
  emoji: (unicode) => unicode,
  alreadyReacted: (emoji) => `You already reacted with ${emoji} to this message.`,
};

/** Slack's names of the emoji the suites use. */
const SLACK_EMOJI: Record<string, string> = { '🎉': ':tada:', '👍': ':+1:', '🚀': ':rocket:', '👀': ':eyes:' };

const SLACK_RULES: PlatformRules = {
  publicChannelsReadableByNonMembers: true,
  emoji: (unicode) => SLACK_EMOJI[unicode] ?? unicode,
  alreadyReacted: () => 'Slack answered reactions.add with already_reacted.',
  schedulesOnPlatform: true,
};

/** Teams reports the emoji the suites use by name (src/providers/teams/emoji.ts), like Slack. */
const TEAMS_EMOJI: Record<string, string> = { '🎉': ':tada:', '👍': ':thumbsup:', '🚀': ':rocket:', '👀': ':eyes:' };

const TEAMS_RULES: PlatformRules = {
  // A standard channel is readable by its team's members only: someone outside the team cannot read it.
  publicChannelsReadableByNonMembers: false,
  emoji: (unicode) => TEAMS_EMOJI[unicode] ?? unicode,
  alreadyReacted: (emoji) => `You already reacted with ${emoji} to this message.`,
  // Graph has no scheduled send: Switchboard's scheduler keeps and posts them (capabilities EMULATED).
  schedulesOnPlatform: false,
  channelPagesForwardOnly: true,
  onlyAuthorsDelete: true,
  customEmoji: false,
};

/**
 * Mail (Outlook and Gmail alike): folders page forward only (by receive time), a mail has no mentions, no
 * reactions, and a folder is never archived. Each person in a mailbox is a user by address, named from mail.
 */
const MAIL_RULES: PlatformRules = {
  publicChannelsReadableByNonMembers: false,
  emoji: (unicode) => unicode,
  alreadyReacted: (emoji) => `You already reacted with ${emoji} to this message.`,
  // No scheduled send through the mail APIs Switchboard uses: the kit's scheduler keeps them (EMULATED).
  schedulesOnPlatform: false,
  channelPagesForwardOnly: true,
  mentions: false,
  archivedChannels: false,
  readPositions: false,
};

/** One row of the table: a provider and how to start its fixture. */
export interface ProviderTableEntry {
  /** "builtin on pglite", "slack", "memory": what test names and skips show. */
  name: string;
  /** The provider behind Acme, for the few cases that pin one provider's own behaviour (`itOn`). */
  provider: 'builtin' | 'slack' | 'teams' | 'memory' | 'outlook' | 'gmail';
  /** Acme's capabilities, known before the fixture starts so that skips are decided when cases are collected. */
  capabilities: Capabilities;
  rules: PlatformRules;
  start(): Promise<ProviderFixture>;
}

export const PROVIDER_TABLE: readonly ProviderTableEntry[] = [
  { name: 'builtin on pglite', provider: 'builtin', capabilities: { ...builtinCapabilities }, rules: BUILTIN_RULES, start: () => startBuiltinFixture('pglite') },
  { name: 'builtin on postgres', provider: 'builtin', capabilities: { ...builtinCapabilities }, rules: BUILTIN_RULES, start: () => startBuiltinFixture('postgres') },
  { name: 'slack', provider: 'slack', capabilities: SLACK_FIXTURE_CAPABILITIES, rules: SLACK_RULES, start: startSlackFixture },
  { name: 'teams', provider: 'teams', capabilities: TEAMS_FIXTURE_CAPABILITIES, rules: TEAMS_RULES, start: startTeamsFixture },
  { name: 'memory', provider: 'memory', capabilities: MEMORY_FIXTURE_CAPABILITIES, rules: BUILTIN_RULES, start: startMemoryFixture },
  { name: 'outlook', provider: 'outlook', capabilities: OUTLOOK_FIXTURE_CAPABILITIES, rules: MAIL_RULES, start: startOutlookFixture },
  { name: 'gmail', provider: 'gmail', capabilities: GMAIL_FIXTURE_CAPABILITIES, rules: MAIL_RULES, start: startGmailFixture },
];

/**
 * Starts the entry's fixture before the enclosing describe block's cases and closes it after them; `ready`
 * receives it. Checks that the running workspace has the capabilities the entry announced, so that skips
 * decided from the entry can never drift from what the provider says.
 */
export function useProviderFixture(entry: ProviderTableEntry, ready: (fixture: ProviderFixture) => void): void {
  let fixture: ProviderFixture | undefined;
  beforeAll(async () => {
    fixture = await entry.start();
    const acme = decodeGlobalId(fixture.acmeId);
    const running = fixture.app.started.services.registry.open({ provider: acme.provider, workspaceId: acme.workspaceId });
    expect(running.capabilities(), `${entry.name}: the table's capabilities are the running workspace's`).toEqual(entry.capabilities);
    ready(fixture);
  }, 60_000);
  afterAll(() => fixture?.close());
}

/**
 * What a case needs of the provider: true when it has it, else the reason it is skipped. Most read the
 * capabilities; a few read a platform rule that decides what exists at all (mentions, archived channels).
 */
export type Need = (capabilities: Capabilities, rules: PlatformRules) => true | string;

/**
 * A second person reads or acts in the workspace (bob reads Acme, carol is no member of #leadership): true
 * of shared workspaces; a personal one (a mailbox) is its owner's alone (capabilities.audience).
 */
export const SHARED_WORKSPACE: Need = (c) => (c.audience ?? 'SHARED') === 'SHARED' || 'is a personal mailbox (audience PERSONAL)';
export const REACTIONS: Need = (c) => c.reactions || 'has no reactions (reactions false)';
export const EDITS: Need = (c) => c.editMessages || 'cannot edit messages (editMessages false)';
export const MENTIONS: Need = (_c, rules) => rules.mentions !== false || 'has no mentions (@handle is text)';
export const READ_POSITIONS: Need = (_c, rules) => rules.readPositions !== false || 'flags each message read or unread on its own (no read positions)';
export const ARCHIVED_CHANNELS: Need = (_c, rules) => rules.archivedChannels !== false || 'has no archived channels (folders are never read-only)';

export const TREE_THREADS: Need = (c) => c.threadModel === 'TREE' || 'threads are FLAT (threadModel)';
export const READ_STATE: Need = (c) => c.readState !== 'NONE' || 'has no read state (readState NONE)';
export const THREAD_SUBSCRIPTIONS: Need = (c) => c.threadSubscriptions !== 'NONE' || 'has no thread subscriptions (threadSubscriptions NONE)';
/** A reply can also be sent to the channel (capabilities.replyBroadcast, absent: true). */
export const REPLY_BROADCAST: Need = (c) => c.replyBroadcast !== false || 'cannot send a reply to the channel too (replyBroadcast false)';
/** Every deleted message stays readable as a tombstone (capabilities.tombstones ALWAYS, the default). */
export const EVERY_TOMBSTONE: Need = (c) => (c.tombstones ?? 'ALWAYS') === 'ALWAYS' || 'keeps tombstones only with replies (tombstones WITH_REPLIES)';

/**
 * `it` for a table case that needs something of the provider. Where the entry lacks it, the case is
 * skipped and its name says so: "… (skipped: slack threads are FLAT (threadModel))".
 */
export function itWith(entry: ProviderTableEntry, needs: Need | Need[], name: string, fn: TestFunction, timeout?: number): void {
  const reasons = [needs].flat().map((need) => need(entry.capabilities, entry.rules)).filter((answer): answer is string => answer !== true);
  if (reasons.length === 0) {
    it(name, fn, timeout);
    return;
  }
  it.skip(`${name} (skipped: ${entry.name} ${reasons.join('; ')})`, fn);
}

/**
 * A case about one provider's own behaviour (its wording, its SQL statement counts), in a table suite so
 * that it shares the fixture: registered for that provider's rows only. Not a skip: the other providers
 * have no such case (their own behaviour is pinned in test/providers/<name>/).
 */
export function itOn(entry: ProviderTableEntry, provider: ProviderTableEntry['provider'], name: string, fn: TestFunction, timeout?: number): void {
  if (entry.provider === provider) it(`${name} (${provider} only)`, fn, timeout);
}
