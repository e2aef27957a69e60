import { expect, type TestContext } from 'vitest';
import { SwitchboardError, type ErrorCode } from '../../src/errors.js';
import type { Actor, MessageRecord } from '../../src/providers/model.js';
import { FEATURES, type Feature, type MessagingProvider } from '../../src/providers/provider.js';
import type { Page, PageKey, PageRequest } from '../../src/providers/paging.js';

/**
 * What a provider's test file hands to `runProviderContract`: a provider on a workspace prepared with three
 * users and two channels, and the ids the contract needs. Each provider builds it its own way (SQL inserts
 * for the built-in workspace, a loopback fake's state for Slack).
 */
export interface ContractFixture {
  provider: MessagingProvider;
  owner: Actor;
  member: Actor;
  /** A workspace user who is a member of `publicChannelId` but not of `privateChannelId`. */
  outsider: Actor;
  /** The `@handle` (without `@`) that mentions `member` in message text. */
  memberHandle: string;
  /** A public channel; owner, member and outsider are all members. */
  publicChannelId: string;
  /** A private channel; owner and member are members, outsider is not. */
  privateChannelId: string;
  /** Native ids that are well-formed for this provider but name nothing in the workspace. */
  unknownIds: { user: string; channel: string; message: string };
  /** A message of another workspace of the same provider, which this workspace must not see. */
  otherWorkspaceMessageId?: string;
  /** Releases everything the setup made (databases, fake servers); called once after the last case. */
  cleanup(): Promise<void>;
}

/** The fixture of the running suite; only valid inside cases and hooks (it is made in `beforeAll`). */
export type FixtureGetter = () => ContractFixture;

/** A string no provider accepts as an id: batch reads must answer it with null, not fail the batch. */
export const MALFORMED_ID = 'not an id / at all';

export function forward(limit: number, cursor: string | null = null): PageRequest {
  return { direction: 'forward', limit, cursor };
}

export function backward(limit: number, cursor: string | null = null): PageRequest {
  return { direction: 'backward', limit, cursor };
}

/**
 * Skips the running case when the provider lacks a capability. The skip shows in the reporter as a
 * skipped case with the note, so a provider never passes the contract silently by leaving a case out.
 */
export function requireCapability(ctx: TestContext, supported: boolean, note: string): void {
  ctx.skip(!supported, `skipped: capability ${note}`);
}

/**
 * The optional part `feature` of the provider, for a case about that feature. Skips the running case when
 * the provider has no such part; the skip shows in the reporter with a note naming the part and the
 * capability that says it is absent (the parts contract checks that the two agree).
 */
export function requirePart<F extends Feature>(ctx: TestContext, provider: MessagingProvider, feature: F): NonNullable<MessagingProvider[F]> {
  const part = provider[feature];
  const { capability } = FEATURES[feature];
  ctx.skip(!part, `skipped: no ${feature} part (capabilities.${capability} is ${String(provider.capabilities()[capability])})`);
  return part as NonNullable<MessagingProvider[F]>;
}

/** Unwraps the single slot of a batch read, throwing an Error found in the slot as dataloader would. */
export async function only<T>(batch: Promise<Array<T | Error>>): Promise<T> {
  const results = await batch;
  expect(results).toHaveLength(1);
  const [result] = results;
  if (result instanceof Error) throw result;
  return result;
}

/** Unwraps every slot of a batch read, failing the test on any Error slot. */
export async function all<T>(batch: Promise<Array<T | Error>>): Promise<T[]> {
  const results = await batch;
  for (const result of results) {
    if (result instanceof Error) throw result;
  }
  return results as T[];
}

/** Awaits `work` and checks it failed with a SwitchboardError of `code`; returns the error. */
export async function expectError(work: Promise<unknown>, code: ErrorCode): Promise<SwitchboardError> {
  const outcome = await work.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!('error' in outcome)) {
    const value = JSON.stringify(outcome.value) ?? String(outcome.value);
    expect.fail(`expected a SwitchboardError ${code}, but the call succeeded with ${value.slice(0, 200)}`);
  }
  expect(outcome.error).toBeInstanceOf(SwitchboardError);
  expect((outcome.error as SwitchboardError).code).toBe(code);
  return outcome.error as SwitchboardError;
}

/**
 * Providers that cannot page backwards (or around a message) throw UNSUPPORTED rather than returning an
 * empty page. Returns the page, or null after checking the error was exactly that.
 */
export async function pageOrUnsupported<T>(work: Promise<T>): Promise<T | null> {
  try {
    return await work;
  } catch (error) {
    expect(error).toBeInstanceOf(SwitchboardError);
    expect((error as SwitchboardError).code).toBe('UNSUPPORTED');
    return null;
  }
}

/** Follows `endCursor`s from the first page until `hasNextPage` is false; guards against endless lists. */
export async function walkForward<T>(
  read: (page: PageRequest) => Promise<Page<T>>,
  limit: number,
): Promise<{ pages: Page<T>[]; nodes: T[] }> {
  const pages: Page<T>[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 200; guard += 1) {
    const page = await read(forward(limit, cursor));
    pages.push(page);
    expect(page.edges.length).toBeLessThanOrEqual(limit);
    if (!page.hasNextPage) return { pages, nodes: pages.flatMap((p) => p.edges.map((edge) => edge.node)) };
    expect(page.edges.length, 'a page that has a next page is not empty').toBeGreaterThan(0);
    cursor = page.edges[page.edges.length - 1].cursor;
  }
  throw new Error('walkForward: more than 200 pages; the cursor does not advance');
}

export const ids = (items: Array<{ id: string }>): string[] => items.map((item) => item.id);
export const pageIds = (page: Page<{ id: string }>): string[] => page.edges.map((edge) => edge.node.id);

export function keys(parentIds: string[], page: PageRequest): PageKey[] {
  return parentIds.map((parentId) => ({ parentId, page }));
}

/**
 * Sends a plain-text message. Waits a few milliseconds first so that consecutive messages get distinct
 * timestamps: the contract checks orderings, and a tie would make them depend on id order.
 */
export async function post(
  fixture: ContractFixture,
  actor: Actor,
  channelId: string,
  text: string,
  options: { parentId?: string; alsoSendToChannel?: boolean } = {},
): Promise<MessageRecord> {
  await new Promise((resolve) => setTimeout(resolve, 3));
  return fixture.provider.sendMessage(actor, {
    channelId,
    content: { text, format: 'text' },
    parentId: options.parentId ?? null,
    alsoSendToChannel: options.alsoSendToChannel ?? false,
    attachmentIds: [],
  });
}

/** Re-reads one message, failing the test when it is missing. */
export async function reload(fixture: ContractFixture, id: string): Promise<MessageRecord> {
  const record = await only(fixture.provider.loadMessages([id]));
  expect(record, `message ${id} should load`).not.toBeNull();
  return record as MessageRecord;
}

/** The records sorted oldest first (ties by id), which is what oldest-first lists must return. */
export function oldestFirst(records: MessageRecord[]): string[] {
  return [...records]
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id))
    .map((record) => record.id);
}
