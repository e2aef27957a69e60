import DataLoader from 'dataloader';
import type { Actor, ChannelAccess, ChannelRecord, MessageRecord, UserRecord } from './providers/model.js';
import { requireFeature, type MessagingProvider } from './providers/provider.js';
import { addressUser, isAddressUserId } from './providers/address-users.js';
import type { ChildTree, ChildTreeKey, Page, PageKey } from './providers/paging.js';
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
  // Each loader is made on first use: a subscription holds its context for its whole life, idle most of
  // it, and an event reads through a few of these at most (a dozen DataLoaders each was ~5 KB per
  // subscriber; issue 14).
  private readonly made = new Map<string, DataLoader<never, unknown, unknown>>();
  /** Whether channel access is the provider's to decide (not when a class execution answers it). */
  private accessFromProvider = true;
  /** Children pages primed from reply trees (cache keys of `children`). */
  private readonly knownChildren = new Set<string>();
  private readonly base: { batch: boolean; cache: boolean; maxBatchSize: number };
  private readonly paged: { batch: boolean; cache: boolean; maxBatchSize: number; cacheKeyFn: (key: PageKey) => string };

  constructor(
    private readonly provider: MessagingProvider,
    private readonly actor: () => Promise<Actor | null>,
    options: LoaderOptions,
  ) {
    this.base = { batch: options.batch, cache: options.cache, maxBatchSize: options.batch ? Infinity : 1 };
    this.paged = { ...this.base, cacheKeyFn: (key: PageKey) => JSON.stringify(key) };
  }

  /** The loader called `name`, made by `make` the first time it is asked for. */
  private lazy<K, V, C = K>(name: string, make: () => DataLoader<K, V, C>): DataLoader<K, V, C> {
    let loader = this.made.get(name) as DataLoader<K, V, C> | undefined;
    if (!loader) {
      loader = make();
      this.made.set(name, loader as unknown as DataLoader<never, unknown, unknown>);
    }
    return loader;
  }

  /** Replaces a loader (a class execution answers channel access from the event's audience). */
  override(name: 'channelAccess', loader: DataLoader<string, ChannelAccess>): void {
    this.made.set(name, loader as unknown as DataLoader<never, unknown, unknown>);
    this.accessFromProvider = false;
  }

  get users(): DataLoader<string, UserRecord | null> {
    return this.lazy('users', () => new DataLoader((ids: readonly string[]) => loadUsers(this.provider, ids), this.base));
  }

  get channels(): DataLoader<string, ChannelRecord | null> {
    return this.lazy('channels', () => new DataLoader((ids: readonly string[]) => this.provider.loadChannels(ids), this.base));
  }

  get messages(): DataLoader<string, MessageRecord | null> {
    return this.lazy('messages', () => new DataLoader((ids: readonly string[]) => this.loadMessages(ids), this.base));
  }

  /**
   * Messages, and the viewer's access to their channels when the provider decides it in the same read. Not in
   * a class execution: its access comes from the event's audience, and asking the actor would make it personal.
   */
  private async loadMessages(ids: readonly string[]): Promise<Array<MessageRecord | null | Error>> {
    const viewer = this.provider.loadMessagesWithAccess && this.accessFromProvider ? await this.actor() : null;
    if (!viewer) return this.provider.loadMessages(ids);
    const { messages, access } = await this.provider.loadMessagesWithAccess!(viewer, ids);
    this.primeRelated({ access });
    return messages;
  }

  get channelAccess(): DataLoader<string, ChannelAccess> {
    return this.lazy('channelAccess', () =>
      new DataLoader(async (channelIds: readonly string[]) => {
        const viewer = await this.actor();
        if (!viewer) return channelIds.map((channelId) => noAccess(channelId));
        return this.provider.loadChannelAccess(viewer, channelIds);
      }, this.base),
    );
  }

  get channelMessages(): DataLoader<PageKey, Page<MessageRecord>, string> {
    return this.lazy('channelMessages', () => new DataLoader((keys: readonly PageKey[]) => this.primed(this.provider.listChannelMessages(keys)), this.paged));
  }

  get children(): DataLoader<PageKey, Page<MessageRecord>, string> {
    return this.lazy('children', () => new DataLoader((keys: readonly PageKey[]) => this.primed(this.provider.listChildren(keys)), this.paged));
  }

  /**
   * Reply trees, for a provider that reads them in one call (`listChildTrees`; null otherwise): every page of
   * a tree lands in the `children` loader, so the nested `children` fields below read nothing.
   */
  get childTrees(): DataLoader<ChildTreeKey, ChildTree<MessageRecord>, string> | null {
    const provider = this.provider;
    if (!provider.listChildTrees) return null;
    return this.lazy('childTrees', () =>
      new DataLoader(async (keys: readonly ChildTreeKey[]) => {
        const trees = await provider.listChildTrees!(keys);
        trees.forEach((tree, index) => {
          if (tree instanceof Error) return;
          tree.forEach((level, depth) => {
            for (const [parentId, page] of level) this.primeChildren({ parentId, page: keys[index].pages[depth] }, page);
          });
        });
        return trees;
      }, { ...this.base, cacheKeyFn: (key: ChildTreeKey) => JSON.stringify(key) }),
    );
  }

  /** Whether `key`'s page of children is known already (read in a tree or by itself). */
  knowsChildren(key: PageKey): boolean {
    return this.knownChildren.has(JSON.stringify(key));
  }

  private primeChildren(key: PageKey, page: Page<MessageRecord>): void {
    this.children.prime(key, page);
    this.knownChildren.add(JSON.stringify(key));
    this.prime(this.messages, page);
  }

  get descendants(): DataLoader<PageKey, Page<MessageRecord>, string> {
    return this.lazy('descendants', () => new DataLoader((keys: readonly PageKey[]) => this.primed(this.provider.listDescendants(keys)), this.paged));
  }

  /** Pinned messages of a channel (parentId: channel id), most recently pinned first. Optional parts reach the part when they load (requireFeature: UNSUPPORTED without it). */
  get pins(): DataLoader<PageKey, Page<MessageRecord>, string> {
    return this.lazy('pins', () => new DataLoader((keys: readonly PageKey[]) => this.primed(requireFeature(this.provider, 'pins').listPins(keys)), this.paged));
  }

  get channelMembers(): DataLoader<PageKey, Page<UserRecord>, string> {
    return this.lazy('channelMembers', () =>
      new DataLoader(async (keys: readonly PageKey[]) => {
        const pages = await this.provider.listChannelMembers(keys);
        for (const page of pages) if (!(page instanceof Error)) this.prime(this.users, page);
        return pages;
      }, this.paged),
    );
  }

  // Read state and thread subscriptions: the viewer's own, so they answer "nothing" without a viewer user.
  get channelUnreadCounts(): DataLoader<string, number> {
    return this.lazy('channelUnreadCounts', () =>
      new DataLoader(this.asViewer(() => 0, (viewer, ids: readonly string[]) => requireFeature(this.provider, 'readState').loadChannelUnreadCounts(viewer, ids)), this.base),
    );
  }

  get unreadFlags(): DataLoader<string, boolean> {
    return this.lazy('unreadFlags', () =>
      new DataLoader(this.asViewer(() => false, (viewer, ids: readonly string[]) => requireFeature(this.provider, 'readState').loadUnreadFlags(viewer, ids)), this.base),
    );
  }

  /** Keyed by thread root id. */
  get threadSubscriptions(): DataLoader<string, ThreadSubscriptionStatus> {
    return this.lazy('threadSubscriptions', () =>
      new DataLoader(
        this.asViewer((): ThreadSubscriptionStatus => 'UNSUBSCRIBED', (viewer, ids: readonly string[]) =>
          requireFeature(this.provider, 'threadSubscriptions').loadThreadSubscriptions(viewer, ids),
        ),
        this.base,
      ),
    );
  }

  /** Keyed by thread root id. */
  get threadStates(): DataLoader<string, ThreadStateRecord> {
    return this.lazy('threadStates', () =>
      new DataLoader(
        this.asViewer((id: string) => new Error(`Thread ${id}: you are not a member of this workspace.`), (viewer, ids: readonly string[]) =>
          requireFeature(this.provider, 'threadSubscriptions').loadThreadStates(viewer, ids),
        ),
        this.base,
      ),
    );
  }

  /** Unread messages of a channel (parentId: channel id), oldest first. */
  get unreadMessages(): DataLoader<PageKey, Page<MessageRecord>, string> {
    return this.lazy('unreadMessages', () =>
      new DataLoader(
        this.asViewer(
          (): Page<MessageRecord> => ({ edges: [], hasNextPage: false, hasPreviousPage: false }),
          (viewer, keys: readonly PageKey[]) => this.primed(requireFeature(this.provider, 'readState').listUnreadMessages(viewer, keys)),
        ),
        this.paged,
      ),
    );
  }

  private asViewer<K, V>(fallback: (key: K) => V | Error, load: (viewer: Actor, keys: readonly K[]) => Promise<Array<V | Error>>) {
    return async (keys: readonly K[]) => {
      const viewer = await this.actor();
      return viewer ? load(viewer, keys) : keys.map(fallback);
    };
  }

  /**
   * Keeps what a provider page carries besides its items (Page.access, Page.channels), so that checking its
   * items and naming their channels reads nothing more.
   */
  primeRelated(page: Pick<Page<unknown>, 'access' | 'channels'>): void {
    for (const entry of page.access ?? []) this.channelAccess.prime(entry.channelId, entry);
    for (const channel of page.channels ?? []) this.channels.prime(channel.id, channel);
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
