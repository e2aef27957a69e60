import { SwitchboardError } from '../../errors.js';
import type { ChannelAccess, WorkspaceRecord } from '../model.js';
import type { Page } from '../paging.js';
import type { MessagingProvider } from '../provider.js';
import { slackCapabilities } from './capabilities.js';
import { SlackPins } from './features/pins.js';
import { SlackReadState } from './features/read-state.js';
import { SlackScheduled } from './features/scheduled.js';
import { SlackSearch } from './features/search.js';
import { SlackThreadSubscriptions } from './features/thread-subscriptions.js';
import { SlackProvider } from './provider.js';

/**
 * The provider of a connected Slack team whose stored credentials cannot be opened (the encryption key is
 * missing or was rotated away). Such a workspace stays listed for those linked to it, as DISCONNECTED and
 * empty: every read answers "nothing" (no channels, no messages, no unreads), and every write fails with a
 * PROVIDER_ERROR that says what is wrong. The viewer acts as its linked Slack user, known by id only (its
 * profile needs Slack). A query over all of one's workspaces thus still answers, and nothing about one
 * broken connection spills into another workspace.
 */
export function disconnectedSlackProvider(
  workspace: { workspaceId: string; name: string; webUrl: string | null },
  /** The Slack user an account is linked to (read without opening any credential). */
  linkedUserId: (accountId: string) => Promise<string | null>,
): MessagingProvider {
  const record: WorkspaceRecord = { id: workspace.workspaceId, provider: 'slack', name: workspace.name, webUrl: workspace.webUrl, connectionStatus: 'DISCONNECTED' };
  const failure = () =>
    new SwitchboardError(
      'PROVIDER_ERROR',
      `The Slack workspace ${JSON.stringify(workspace.name)} is disconnected: its stored credentials cannot be opened ` +
        '(encryption key missing or rotated); an admin must connect it again.',
    );
  const empty = <T>(): Page<T> => ({ edges: [], hasNextPage: false, hasPreviousPage: false });
  const noAccess = (channelId: string): ChannelAccess => ({ channelId, canRead: false, canPost: false, isMember: false, isChannelAdmin: false });
  const nulls = (ids: readonly unknown[]) => ids.map(() => null);
  const emptyPages = (keys: readonly unknown[]) => keys.map(() => empty());

  // Reads, by method name; each answers as for someone who sees nothing in the workspace.
  const reads: Record<string, (...args: never[]) => unknown> = {
    workspace: async () => record,
    userForAccount: async (accountId: string) => {
      const userId = await linkedUserId(accountId);
      return userId === null
        ? null
        : { provider: 'slack', workspaceId: workspace.workspaceId, id: userId, name: userId, email: null, avatarUrl: null, isBot: false, role: 'MEMBER' };
    },
    loadUsers: async (ids: readonly string[]) => nulls(ids),
    loadChannels: async (ids: readonly string[]) => nulls(ids),
    loadMessages: async (ids: readonly string[]) => nulls(ids),
    loadAttachments: async (ids: readonly string[]) => nulls(ids),
    loadScheduledMessages: async (_actor: unknown, ids: readonly string[]) => nulls(ids),
    loadChannelAccess: async (_actor: unknown, ids: readonly string[]) => ids.map(noAccess),
    loadAudience: async (accountIds: readonly string[], channelIds: readonly string[]) =>
      accountIds.map((accountId) => ({ accountId, userId: null, access: channelIds.map(noAccess) })),
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
  /**
   * Methods of `prototype` answer from `reads` when it has them (reads answer as for someone who sees
   * nothing), and are refused with the reason otherwise: every other method is a write, or needs Slack.
   */
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
  // The optional parts a connected Slack workspace has (./provider.ts), so that they read as supported and
  // empty, never UNSUPPORTED: a disconnected workspace is not a lesser one.
  const parts = {
    scheduled: refusing(SlackScheduled.prototype),
    pins: refusing(SlackPins.prototype),
    search: refusing(SlackSearch.prototype),
    readState: refusing(SlackReadState.prototype),
    threadSubscriptions: refusing(SlackThreadSubscriptions.prototype),
  };
  const provider: MessagingProvider = refusing<MessagingProvider>(SlackProvider.prototype, {
    provider: 'slack',
    workspaceId: workspace.workspaceId,
    capabilities: () => slackCapabilities,
    forRequest: () => provider,
    ...parts,
  });
  return provider;
}
