import { afterAll, beforeAll, expect, it, type TestFunction } from 'vitest';
import type { Capabilities } from '../../src/providers/capabilities.js';
import { decodeGlobalId } from '../../src/providers/ids.js';
import type { TestApp } from '../app.js';
import type { DemoDirectory } from '../demo.js';
import { startBuiltinFixture } from './fixtures/builtin.js';
import { MEMORY_FIXTURE_CAPABILITIES, startMemoryFixture } from './fixtures/memory.js';
import { SLACK_FIXTURE_CAPABILITIES, startSlackFixture } from './fixtures/slack.js';
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
  providerEnum: 'BUILTIN' | 'SLACK';
  /** How many live messages the person's inbox holds: every message of every channel it is in. */
  inboxSize(handle: Handle): Promise<number>;
  close(): Promise<void>;
}

/** One row of the table: a provider and how to start its fixture. */
export interface ProviderTableEntry {
  /** "builtin on pglite", "slack", "memory": what test names and skips show. */
  name: string;
  /** Acme's capabilities, known before the fixture starts so that skips are decided when cases are collected. */
  capabilities: Capabilities;
  start(): Promise<ProviderFixture>;
}

export const PROVIDER_TABLE: readonly ProviderTableEntry[] = [
  { name: 'builtin on pglite', capabilities: { ...builtinCapabilities }, start: () => startBuiltinFixture('pglite') },
  { name: 'builtin on postgres', capabilities: { ...builtinCapabilities }, start: () => startBuiltinFixture('postgres') },
  { name: 'slack', capabilities: SLACK_FIXTURE_CAPABILITIES, start: startSlackFixture },
  { name: 'memory', capabilities: MEMORY_FIXTURE_CAPABILITIES, start: startMemoryFixture },
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
