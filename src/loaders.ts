import DataLoader from 'dataloader';
import type { Actor, ChannelAccess, ChannelRecord, MessageRecord, UserRecord } from './providers/model.js';
import { requireFeature, type MessagingProvider } from './providers/provider.js';
import { addressUser, isAddressUserId } from './providers/address-users.js';
import type { Page, PageKey } from './providers/paging.js';
import type { ThreadStateRecord, ThreadSubscriptionStatus } from './providers/features/read-state.js';

/** Loader behaviour; the benchmarks switch batching and caching off to measure the naive resolver. */
export interface LoaderOptions {
  batch: boolean;
  cache: boolean;
}

export const DEFAULT_LOADER_OPTIONS: LoaderOptions = { batch: true, cache: true };

/**
 * One workspace's loaders for one request (or one subscription event). Every read a resolver makes goes
 * through here, so N lookups in one tick become one provider call, and pages prime the record loaders so a
 * message fetched in a page is never fetched again by id.
 */
export class WorkspaceLoaders {
  readonly users: DataLoader<string, UserRecord | null>;
  readonly channels: DataLoader<string, ChannelRecord | null>;
  readonly messages: DataLoader<string, MessageRecord | null>;
  readonly channelAccess: DataLoader<string, ChannelAccess>;
  readonly channelMessages: DataLoader<PageKey, Page<MessageRecord>, string>;
  readonly children: DataLoader<PageKey, Page<MessageRecord>, string>;
  readonly descendants: DataLoader<PageKey, Page<MessageRecord>, string>;
  readonly channelMembers: DataLoader<PageKey, Page<UserRecord>, string>;
  // Loaders of optional parts reach the part when they load (requireFeature: UNSUPPORTED without it).
  /** Pinned messages of a channel (parentId: channel id), most recently pinned first. */
  readonly pins: DataLoader<PageKey, Page<MessageRecord>, string>;
  // Read state and thread subscriptions: the viewer's own, so they answer "nothing" without a viewer user.
  readonly channelUnreadCounts: DataLoader<string, number>;
  readonly unreadFlags: DataLoader<string, boolean>;
  /** Keyed by thread root id. */
  readonly threadSubscriptions: DataLoader<string, ThreadSubscriptionStatus>;
  /** Keyed by thread root id. */
  readonly threadStates: DataLoader<string, ThreadStateRecord>;
  /** Unread messages of a channel (parentId: channel id), oldest first. */
  readonly unreadMessages: DataLoader<PageKey, Page<MessageRecord>, string>;

  constructor(provider: MessagingProvider, actor: () => Promise<Actor | null>, options: LoaderOptions) {
    const base = { batch: options.batch, cache: options.cache, maxBatchSize: options.batch ? Infinity : 1 };
    const paged = { ...base, cacheKeyFn: (key: PageKey) => JSON.stringify(key) };
    this.users = new DataLoader((ids) => loadUsers(provider, ids), base);
    this.channels = new DataLoader((ids) => provider.loadChannels(ids), base);
    this.messages = new DataLoader((ids) => provider.loadMessages(ids), base);
    this.channelAccess = new DataLoader(async (channelIds) => {
      const viewer = await actor();
      if (!viewer) return channelIds.map((channelId) => noAccess(channelId));
      return provider.loadChannelAccess(viewer, channelIds);
    }, base);
    this.channelMessages = new DataLoader((keys) => this.primed(provider.listChannelMessages(keys)), paged);
    this.children = new DataLoader((keys) => this.primed(provider.listChildren(keys)), paged);
    this.descendants = new DataLoader((keys) => this.primed(provider.listDescendants(keys)), paged);
    this.pins = new DataLoader((keys) => this.primed(requireFeature(provider, 'pins').listPins(keys)), paged);
    this.channelMembers = new DataLoader(async (keys) => {
      const pages = await provider.listChannelMembers(keys);
      for (const page of pages) if (!(page instanceof Error)) this.prime(this.users, page);
      return pages;
    }, paged);
    const asViewer = <K, V>(fallback: (key: K) => V | Error, load: (viewer: Actor, keys: readonly K[]) => Promise<Array<V | Error>>) =>
      async (keys: readonly K[]) => {
        const viewer = await actor();
        return viewer ? load(viewer, keys) : keys.map(fallback);
      };
    this.channelUnreadCounts = new DataLoader(asViewer(() => 0, (viewer, ids) => requireFeature(provider, 'readState').loadChannelUnreadCounts(viewer, ids)), base);
    this.unreadFlags = new DataLoader(asViewer(() => false, (viewer, ids) => requireFeature(provider, 'readState').loadUnreadFlags(viewer, ids)), base);
    this.threadSubscriptions = new DataLoader(
      asViewer((): ThreadSubscriptionStatus => 'UNSUBSCRIBED', (viewer, ids) => requireFeature(provider, 'threadSubscriptions').loadThreadSubscriptions(viewer, ids)),
      base,
    );
    this.threadStates = new DataLoader(
      asViewer((id: string) => new Error(`Thread ${id}: you are not a member of this workspace.`), (viewer, ids) =>
        requireFeature(provider, 'threadSubscriptions').loadThreadStates(viewer, ids),
      ),
      base,
    );
    this.unreadMessages = new DataLoader(
      asViewer(
        (): Page<MessageRecord> => ({ edges: [], hasNextPage: false, hasPreviousPage: false }),
        (viewer, keys: readonly PageKey[]) => this.primed(requireFeature(provider, 'readState').listUnreadMessages(viewer, keys)),
      ),
      paged,
    );
  }

  /** Keeps the access a provider page carries (Page.access), so that checking its items reads nothing more. */
  primeAccess(access: readonly ChannelAccess[] | undefined): void {
    for (const entry of access ?? []) this.channelAccess.prime(entry.channelId, entry);
  }

  private async primed(pages: Promise<Array<Page<MessageRecord> | Error>>) {
    const result = await pages;
    for (const page of result) if (!(page instanceof Error)) this.prime(this.messages, page);
    return result;
  }

  private prime<T extends { id: string }>(loader: DataLoader<string, T | null>, page: Page<T>): void {
    for (const edge of page.edges) loader.clear(edge.node.id).prime(edge.node.id, edge.node);
  }
}

/**
 * Users by id. On email workspaces anyone who sends or receives mail is a user, by address: an address id
 * the provider has no user for (a person outside the organisation) answers a user made from the address
 * (./providers/address-users.ts), so that senders and recipients always resolve, in the same batch.
 */
async function loadUsers(provider: MessagingProvider, ids: readonly string[]): Promise<Array<UserRecord | null | Error>> {
  const users = await provider.loadUsers(ids);
  if (!provider.capabilities().email) return users;
  return users.map((user, index) =>
    user === null && isAddressUserId(ids[index]) ? addressUser(provider.provider, provider.workspaceId, ids[index]) : user,
  );
}

function noAccess(channelId: string): ChannelAccess {
  return { channelId, canRead: false, canPost: false, isMember: false, isChannelAdmin: false };
}
