import { afterAll, beforeAll, expect, it, type TestFunction } from 'vitest';
import type { Capabilities } from '../../src/providers/capabilities.js';
import { decodeGlobalId } from '../../src/providers/ids.js';
import type { TestApp } from '../app.js';
import type { DemoDirectory } from '../demo.js';
import { startBuiltinFixture } from './fixtures/builtin.js';
import { MEMORY_FIXTURE_CAPABILITIES, startMemoryFixture } from './fixtures/memory.js';
import { SLACK_FIXTURE_CAPABILITIES, startSlackFixture } from './fixtures/slack.js';
import { startTeamsFixture, TEAMS_FIXTURE_CAPABILITIES } from './fixtures/teams.js';
import type { Handle } from './world.js';
import { builtinCapabilities } from '../../src/providers/builtin/capabilities.js';

/**
 * GraphQL suites as tables over providers (graphql-ws `tests/use.test.ts`): one suite, written once, runs
 * against a running app for each provider, talking to it as a client does. Each fixture builds the world of
 * ./world.ts (Acme and Globex, alice to dave) on its platform and hands the suite the app, an API key per
 * person and the ids the suite needs. A case that a provider cannot pass is skipped only through the
 * fixture's capabilities, and the skip names the provider and the reason (`itWith`).
 */

/** A running app serving the world on one provider. */
export interface ProviderFixture extends DemoDirectory {
  app: TestApp;
  /** The API key of each person; each acts as its own user in Acme and (alice, dave) in Globex. */
  key: Record<Handle, string>;
  /** Workspace names as `Query.workspaces` lists them, per person (the order is the registry's). */
  workspaceNames: Record<Handle, string[]>;
  /** What `Workspace.provider` answers for Acme (a memory workspace reports BUILTIN: see README). */
  providerEnum: 'BUILTIN' | 'SLACK' | 'MICROSOFT_TEAMS';
  /** How many live messages the person's inbox holds: every message of every channel it is in. */
  inboxSize(handle: Handle): Promise<number>;
  close(): Promise<void>;
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

/** One row of the table: a provider and how to start its fixture. */
export interface ProviderTableEntry {
  /** "builtin on pglite", "slack", "memory": what test names and skips show. */
  name: string;
  /** The provider behind Acme, for the few cases that pin one provider's own behaviour (`itOn`). */
  provider: 'builtin' | 'slack' | 'teams' | 'memory';
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

/** What a case needs of the provider: true when it has it, else the reason it is skipped. */
export type Need = (capabilities: Capabilities) => true | string;

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
  const reasons = [needs].flat().map((need) => need(entry.capabilities)).filter((answer): answer is string => answer !== true);
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
