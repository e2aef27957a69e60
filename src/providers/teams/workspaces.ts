import type { StoredConnection } from '../../connections/store.js';
import type { ProviderHost } from '../definition.js';
import { GraphRateBudget } from '../kit/graph/rate-budget.js';
import { ReactionMemory } from './reaction-memory.js';
import { RosterMemory } from './roster-memory.js';
import { logInfo } from '../../log.js';
import type { SwitchboardError } from '../../errors.js';
import { APP, type Principal } from '../kit/graph/tokens.js';
import { disconnectedProvider } from '../kit/disconnected-provider.js';
import { lazyProvider } from '../kit/lazy-provider.js';
import type { MessagingProvider } from '../provider.js';
import { capabilitiesFor } from './capabilities.js';
import { appGrantRefusal, refusedAppGrant } from './credentials.js';
import { TeamsProvider } from './provider.js';
import type { TeamsSettings } from './settings.js';

export const TEAMS = 'teams';

/** How long a replaced provider's connections to Graph stay open for the requests still using it. */
const RETIRE_AFTER_MS = 60_000;

/**
 * The provider-read cache (cached-reads.ts) by how events arrive. PUSH: change notifications report every
 * message change (created, edited, reacted to, deleted) and channel and membership changes, and invalidate
 * on arrival, so a channel's reads are kept 5 minutes (as Slack's); lists that decide access 30 seconds
 * (private channels' memberships and archiving are not notified). POLL: the poller reports changes up to
 * an interval (30 s by default) late, and replies of older threads not at all (poller.ts FOLLOWED_ROOTS),
 * so any reuse would show older answers than a live read does: identical reads in flight are shared, nothing
 * is kept.
 */
export const READ_CACHE_TTLS = {
  PUSH: { containerMs: 5 * 60_000, listsMs: 30_000 },
  POLL: { containerMs: 0, listsMs: 0 },
} as const;

/** What the Teams runtime shares with its parts. */
export interface TeamsServer {
  host: ProviderHost;
  settings: TeamsSettings;
}

/**
 * One provider per connected tenant (workspace id = the tenant id), built from the stored connection and
 * rebuilt when its generation changes (a re-connect or a refreshed app token, in any process). People act
 * with their own delegated grants: the refresh token is the `userToken` of their account link, rotated
 * tokens are stored back on the link. One rate budget per tenant for the life of the process, and one memory
 * of the reactions last seen (reaction-memory.ts), so that rebuilding the provider does not forget them.
 */
export class TeamsWorkspaces {
  /** `view` is what requests get: the provider, or a DISCONNECTED stand-in while the app's grant is refused. */
  private readonly providers = new Map<string, { generation: number; provider: TeamsProvider; view: MessagingProvider }>();
  private readonly loading = new Map<string, Promise<TeamsProvider | null>>();
  private readonly budgets = new Map<string, GraphRateBudget>();
  private readonly reactions = new Map<string, ReactionMemory>();
  private readonly rosters = new Map<string, RosterMemory>();

  constructor(private readonly server: TeamsServer) {
    server.host.connections.onChange((changed) => {
      if (changed.provider === TEAMS) this.forget(changed.workspaceId);
    });
  }

  open(tenantId: string): MessagingProvider {
    const cached = this.providers.get(tenantId);
    if (cached) return cached.view;
    return lazyProvider({ provider: TEAMS, workspaceId: tenantId, methods: TeamsProvider.prototype, capabilities: capabilitiesFor({ db: this.server.host.db }), load: () => this.openView(tenantId) });
  }

  /** The provider itself (webhooks, pollers, subscriptions: what needs its Graph connection). */
  async openFresh(tenantId: string): Promise<TeamsProvider | null> {
    return this.providers.get(tenantId)?.provider ?? this.load(tenantId);
  }

  /** What requests and event delivery get: the provider, or its DISCONNECTED stand-in. */
  async openView(tenantId: string): Promise<MessagingProvider | null> {
    if (!(await this.openFresh(tenantId))) return null;
    return this.providers.get(tenantId)?.view ?? null;
  }

  /** Rebuilds the providers whose connection changed generation (the registry's `reached`). */
  async refresh(tenants: ReadonlyArray<{ tenantId: string; generation: number }>): Promise<void> {
    await Promise.all(tenants.filter(({ tenantId, generation }) => this.providers.get(tenantId)?.generation !== generation).map(({ tenantId }) => this.load(tenantId)));
  }

  /**
   * Drops a tenant's provider (re-connected, renewed or removed). Its kept-alive sockets are closed a minute
   * later, not at once: a request that opened it may still be reading through it.
   */
  forget(tenantId: string): void {
    const retired = this.providers.get(tenantId)?.provider;
    this.providers.delete(tenantId);
    if (retired) setTimeout(() => retired.connection.close(), RETIRE_AFTER_MS).unref();
  }

  close(): void {
    for (const { provider } of this.providers.values()) provider.connection.close();
    this.providers.clear();
  }

  private load(tenantId: string): Promise<TeamsProvider | null> {
    let pending = this.loading.get(tenantId);
    if (!pending) {
      pending = this.server.host
        .loadConnection(tenantId)
        .then((stored) => {
          this.forget(tenantId);
          if (!stored) return null;
          const provider = this.build(stored);
          const refused = appGrantRefusal(stored);
          const view = refused ? this.disconnected(stored, refused) : provider;
          this.providers.set(tenantId, { generation: stored.generation, provider, view });
          return provider;
        })
        .finally(() => this.loading.delete(tenantId));
      this.loading.set(tenantId, pending);
    }
    return pending;
  }

  /** The stand-in of a tenant whose app grant was refused: listed, DISCONNECTED, empty; writes fail with the refusal. */
  private disconnected(stored: StoredConnection, refusal: SwitchboardError): MessagingProvider {
    const store = this.server.host.connections.store;
    return disconnectedProvider({
      workspace: { id: stored.workspaceId, provider: TEAMS, name: stored.name, webUrl: stored.webUrl },
      capabilities: capabilitiesFor({ eventDelivery: stored.eventDelivery }),
      prototype: TeamsProvider.prototype,
      failure: () => refusal,
      linkedUserId: (accountId) => store.linkedExternalUserId(TEAMS, stored.workspaceId, accountId),
    });
  }

  /**
   * A grant Microsoft refused, recorded where every process sees it, so nobody asks the token endpoint for
   * it again: the app's on the connection (refusedAppGrant: the workspace shows DISCONNECTED until an admin
   * reconnects), a person's by dropping the refresh token from their link (they are linked without a grant:
   * their own calls answer NOT_AUTHENTICATED at once until they link again).
   */
  private async grantFailed(tenantId: string, principal: Principal, error: SwitchboardError): Promise<void> {
    const store = this.server.host.connections.store;
    logInfo('teams_grant_refused', { workspaceId: tenantId, principal: principal.kind, code: error.code });
    if (principal.kind === 'app') {
      const stored = await store.load(TEAMS, tenantId);
      if (!stored || appGrantRefusal(stored)) return;
      await store.updateCredentials(TEAMS, tenantId, { ...stored.credentials, ...refusedAppGrant(error.code) });
      this.server.host.connections.changed({ provider: TEAMS, workspaceId: tenantId });
      return;
    }
    const accountId = await store.accountFor(TEAMS, tenantId, principal.userId);
    const link = accountId ? await store.linkOf(TEAMS, tenantId, accountId) : null;
    if (link?.userToken) await store.link({ ...link, userToken: null });
  }

  private reactionMemory(tenantId: string): ReactionMemory {
    let memory = this.reactions.get(tenantId);
    if (!memory) {
      memory = new ReactionMemory();
      this.reactions.set(tenantId, memory);
    }
    return memory;
  }

  private rosterMemory(tenantId: string): RosterMemory {
    let memory = this.rosters.get(tenantId);
    if (!memory) {
      memory = new RosterMemory();
      this.rosters.set(tenantId, memory);
    }
    return memory;
  }

  private budget(tenantId: string): GraphRateBudget {
    let budget = this.budgets.get(tenantId);
    if (!budget) {
      budget = new GraphRateBudget({ provider: TEAMS, ...this.server.settings.budget });
      this.budgets.set(tenantId, budget);
    }
    return budget;
  }

  private build(stored: StoredConnection): TeamsProvider {
    const { settings, host } = this.server;
    const store = host.connections.store;
    const tenantId = stored.workspaceId;
    const linkOfUser = async (userId: string) => {
      const accountId = await store.accountFor(TEAMS, tenantId, userId);
      return accountId ? store.linkOf(TEAMS, tenantId, accountId) : null;
    };
    const refused = appGrantRefusal(stored);
    const provider = new TeamsProvider({
      workspaceId: tenantId,
      tenantId,
      name: stored.name,
      appGrantRefused: refused,
      onGrantFailed: (principal, error) => this.grantFailed(tenantId, principal, error),
      app: { clientId: settings.clientId ?? '', clientSecret: settings.clientSecret ?? '' },
      graphUrl: settings.graphUrl,
      loginUrl: settings.loginUrl,
      ca: settings.ca,
      eventDelivery: stored.eventDelivery,
      readCache: READ_CACHE_TTLS[stored.eventDelivery],
      db: host.db,
      budget: this.budget(tenantId),
      reactions: this.reactionMemory(tenantId),
      roster: this.rosterMemory(tenantId),
      linkedUser: async (accountId) => {
        const link = await store.linkOf(TEAMS, tenantId, accountId);
        return link ? { userId: link.externalUserId, hasGrant: link.userToken !== null } : null;
      },
      refreshTokenOf: async (userId) => (await linkOfUser(userId))?.userToken ?? null,
      storeRefreshToken: async (userId, refreshToken) => {
        const link = await linkOfUser(userId);
        if (link) await store.link({ ...link, userToken: refreshToken });
      },
    });
    // The stored app token (renewed by the connection store before it expires) serves app reads until then.
    const expiresAt = stored.credentials.expiresAt;
    if (expiresAt && !refused) provider.connection.api.tokens.seed(APP, { accessToken: stored.credentials.accessToken, expiresAt: expiresAt.getTime() });
    return provider;
  }
}
