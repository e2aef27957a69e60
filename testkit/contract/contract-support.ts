import { expect, type TestContext } from 'vitest';
import { SwitchboardError, type ErrorCode } from '../../src/errors.js';
import type { Actor, MessageRecord } from '../../src/providers/model.js';
import { FEATURES, type Feature, type MessagingProvider } from '../../src/providers/provider.js';
import type { Page, PageKey, PageRequest } from '../../src/providers/paging.js';

/**
 * What a provider's test file hands to `runProviderContract`: a provider on a workspace prepared with three
 * users and two channels, and the ids the contract needs. Each provider builds it its own way (SQL inserts
 * for the built-in workspace, a loopback fake's state for Slack, a fake mailbox for Outlook and Gmail).
 *
 * A personal workspace (`capabilities.audience` PERSONAL, a mailbox) is the owner's alone: member and
 * outsider are people who write to it (their messages arrive through `personal.deliver`) and to whom the
 * owner writes, but who read nothing of it; both channels are the owner's (public: where mail arrives,
 * Inbox; private: another folder or label).
 */
export interface ContractFixture {
  provider: MessagingProvider;
  owner: Actor;
  member: Actor;
  /** A workspace user who is a member of `publicChannelId` but not of `privateChannelId`. */
  outsider: Actor;
  /** The `@handle` (without `@`) that mentions `member` in message text. */
  memberHandle: string;
  /** A public channel; owner, member and outsider are all members. Personal workspaces: the Inbox. */
  publicChannelId: string;
  /** A private channel; owner and member are members, outsider is not. Personal workspaces: another folder or label. */
  privateChannelId: string;
  /** How others' messages reach a personal workspace; required exactly when capabilities.audience is PERSONAL. */
  personal?: PersonalWorld;
  /**
   * Native ids that are well-formed for this provider but name nothing in the workspace. `user` is null where
   * every well-formed user id names someone: on mail a user is an address (src/providers/address-users.ts),
   * and anyone with an address is a person who may write.
   */
  unknownIds: { user: string | null; channel: string; message: string };
  /** A message of another workspace of the same provider, which this workspace must not see. */
  otherWorkspaceMessageId?: string;
  /** Releases everything the setup made (databases, fake servers); called once after the last case. */
  cleanup(): Promise<void>;
}

/**
 * The world of a personal workspace (a mailbox): nobody but the owner acts in it, so "member posts in the
 * channel" means "mail from the member arrives in that folder", and the owner's own sends land in the sent
 * folder. `post` below goes through it, so most cases read the same for chat and mail.
 */
export interface PersonalWorld {
  /**
   * A message from `from` (member or outsider) arrives in the owner's workspace, in `channelId`; with a
   * `parentId` it answers that message (mail: In-Reply-To and References of the parent, its subject with
   * "Re: "). Answers the record as the owner reads it. Each delivery is stamped later than the one before.
   */
  deliver(from: Actor, message: { channelId: string; text: string; parentId: string | null }): Promise<MessageRecord>;
  /** The channel the owner's own messages land in (Sent Items, SENT), whichever channel a send names. */
  sentChannelId: string;
  /** The address a person is written to at (recipients of the owner's sends). */
  addressOf(actor: Actor): string;
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

/** Whether the workspace is one person's (capabilities.audience PERSONAL): see ContractFixture. */
export function isPersonal(f: ContractFixture): boolean {
  return f.provider.capabilities().audience === 'PERSONAL';
}

/** The personal world of a personal workspace; fails the setup when the fixture forgot it. */
function personalWorld(f: ContractFixture): PersonalWorld {
  if (!f.personal) throw new Error('capabilities.audience is PERSONAL, but the contract fixture has no `personal` world to deliver messages with.');
  return f.personal;
}

/**
 * Skips the running case on a personal workspace, for cases whose point is a second person reading or
 * acting in the workspace (which on a mailbox nobody but its owner does). The note says why.
 */
export function requireShared(ctx: TestContext, f: ContractFixture, why: string): void {
  ctx.skip(isPersonal(f), `skipped: capability audience is PERSONAL (${why})`);
}

/**
 * The channel a message `actor` posts to `channelId` lands in: that channel, except the owner's own
 * messages in a personal workspace, which land in its sent channel.
 */
export function landing(f: ContractFixture, actor: Actor, channelId: string): string {
  return isPersonal(f) && actor.userId === f.owner.userId ? personalWorld(f).sentChannelId : channelId;
}

/**
 * Who reads what `actor` would read in a case that is about the reading, not the reader: `actor` itself, but
 * on a personal workspace the owner (the one person who reads it).
 */
export function reader(f: ContractFixture, actor: Actor): Actor {
  return isPersonal(f) ? f.owner : actor;
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
 *
 * On a personal workspace only the owner sends: a message of anyone else is delivered to the owner
 * (`personal.deliver`), and the owner's sends are mail to the member (a new mail needs a recipient; a reply
 * goes to the member too, with the parent's subject).
 */
export async function post(
  fixture: ContractFixture,
  actor: Actor,
  channelId: string,
  text: string,
  options: { parentId?: string; alsoSendToChannel?: boolean } = {},
): Promise<MessageRecord> {
  await new Promise((resolve) => setTimeout(resolve, 3));
  const parentId = options.parentId ?? null;
  const personal = isPersonal(fixture) ? personalWorld(fixture) : null;
  if (personal && actor.userId !== fixture.owner.userId) {
    // Arriving mail is in its folder already; there is no "also sent to the channel" to honour (or to drop silently).
    if (options.alsoSendToChannel) throw new Error('post: a delivered message cannot be "also sent to the channel"; check capabilities.replyBroadcast first.');
    return personal.deliver(actor, { channelId, text, parentId });
  }
  return fixture.provider.sendMessage(actor, {
    channelId,
    content: { text, format: 'text' },
    parentId,
    alsoSendToChannel: options.alsoSendToChannel ?? false,
    attachmentIds: [],
    ...(personal
      ? { email: { subject: parentId ? '' : text.slice(0, 60), to: [{ name: null, address: personal.addressOf(fixture.member) }], cc: [], bcc: [], derivedRecipients: false } }
      : {}),
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
