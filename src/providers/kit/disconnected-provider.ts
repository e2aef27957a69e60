import type { SwitchboardError } from '../../errors.js';
import type { Capabilities } from '../capabilities.js';
import type { ChannelAccess, UserRecord, WorkspaceRecord } from '../model.js';
import type { Page } from '../paging.js';
import type { MessagingProvider } from '../provider.js';

/**
 * The provider of a connected workspace Switchboard cannot use (its credentials do not open, the platform
 * refused the connection's grant): it stays listed for those linked to it, as DISCONNECTED and empty. Every
 * read answers "nothing" (no channels, no messages, no unreads) and every other method — writes, and what
 * needs the platform — fails with `failure()`, which says what is wrong and what to do. The optional parts
 * the connected provider has are present (empty, never UNSUPPORTED): a disconnected workspace is not a
 * lesser one. One broken connection thus never spills into a query over all of one's workspaces.
 * Provider-neutral: Teams uses it for a refused app grant, Slack for credentials that no longer open.
 */
export interface DisconnectedOptions {
  workspace: Omit<WorkspaceRecord, 'connectionStatus'>;
  capabilities: Capabilities;
  /** The connected provider's class prototype: its method names say what to refuse. */
  prototype: object;
  /** The optional parts (pins, search, …) by property name, each by its class prototype. */
  parts?: Readonly<Record<string, object>>;
  failure: () => SwitchboardError;
  /** The user an account is linked to, known without the platform (the viewer acts as it). */
  linkedUserId: (accountId: string) => Promise<string | null>;
}

export function disconnectedProvider(options: DisconnectedOptions): MessagingProvider {
  const { workspace, failure } = options;
  const record: WorkspaceRecord = { ...workspace, connectionStatus: 'DISCONNECTED' };
  const empty = <T>(): Page<T> => ({ edges: [], hasNextPage: false, hasPreviousPage: false });
  const noAccess = (channelId: string): ChannelAccess => ({ channelId, canRead: false, canPost: false, isMember: false, isChannelAdmin: false });
  const nulls = (ids: readonly unknown[]) => ids.map(() => null);
  const emptyPages = (keys: readonly unknown[]) => keys.map(() => empty());
  const reads: Record<string, (...args: never[]) => unknown> = {
    workspace: async () => record,
    userForAccount: async (accountId: string): Promise<UserRecord | null> => {
      const userId = await options.linkedUserId(accountId);
      return userId === null ? null : { provider: workspace.provider, workspaceId: workspace.id, id: userId, name: userId, email: null, avatarUrl: null, isBot: false, role: 'MEMBER' };
    },
    loadUsers: async (ids: readonly string[]) => nulls(ids),
    loadChannels: async (ids: readonly string[]) => nulls(ids),
    loadMessages: async (ids: readonly string[]) => nulls(ids),
    loadAttachments: async (ids: readonly string[]) => nulls(ids),
    loadScheduledMessages: async (_actor: unknown, ids: readonly string[]) => nulls(ids),
    loadChannelAccess: async (_actor: unknown, ids: readonly string[]) => ids.map(noAccess),
    loadAudience: async (accountIds: readonly string[], channelIds: readonly string[]) => accountIds.map((accountId) => ({ accountId, userId: null, access: channelIds.map(noAccess) })),
    listChannels: async () => empty(),
    listUsers: async () => empty(),
    listInbox: async () => empty(),
    listUnreadChannels: async () => empty(),
    listScheduledMessages: async () => empty(),
    listJoinableChannels: async () => empty(),
    listFollowedThreads: async () => ({ ...empty(), unreadThreadCount: 0 }),
    listChannelMembers: async (keys: readonly unknown[]) => emptyPages(keys),
    listChannelMessages: async (keys: readonly unknown[]) => emptyPages(keys),
    listChildren: async (keys: readonly unknown[]) => emptyPages(keys),
    listDescendants: async (keys: readonly unknown[]) => emptyPages(keys),
    listPins: async (keys: readonly unknown[]) => emptyPages(keys),
    listUnreadMessages: async (_actor: unknown, keys: readonly unknown[]) => emptyPages(keys),
    loadChannelUnreadCounts: async (_actor: unknown, ids: readonly string[]) => ids.map(() => 0),
    loadUnreadFlags: async (_actor: unknown, ids: readonly string[]) => ids.map(() => false),
    loadThreadSubscriptions: async (_actor: unknown, ids: readonly string[]) => ids.map(() => 'UNSUBSCRIBED'),
    loadThreadStates: async (_actor: unknown, ids: readonly string[]) => ids.map(() => failure()),
    searchMessages: async () => ({ hits: [], totalCount: 0, hasMore: false }),
  };
  const refusing = <T extends object>(prototype: object, extra: Record<PropertyKey, unknown> = {}): T => {
    const methods = prototype as Record<PropertyKey, unknown>;
    return new Proxy({} as T, {
      get(_stub, property) {
        if (Object.hasOwn(extra, property)) return extra[property];
        if (typeof property !== 'string') return undefined;
        if (Object.hasOwn(reads, property)) return reads[property];
        if (typeof methods[property] === 'function') return async () => Promise.reject(failure());
        return undefined;
      },
      has(_stub, property) {
        return Object.hasOwn(extra, property) || (typeof property === 'string' && typeof methods[property] === 'function');
      },
    });
  };
  const parts = Object.fromEntries(Object.entries(options.parts ?? {}).map(([name, prototype]) => [name, refusing(prototype)]));
  const provider: MessagingProvider = refusing<MessagingProvider>(options.prototype, {
    provider: workspace.provider,
    workspaceId: workspace.id,
    capabilities: () => options.capabilities,
    forRequest: () => provider,
    ...parts,
  });
  return provider;
}
