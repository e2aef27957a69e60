import type { StoredConnection } from '../../connections/store.js';
import type { ProviderHost } from '../definition.js';
import { GraphRateBudget } from '../kit/graph/rate-budget.js';
import { APP } from '../kit/graph/tokens.js';
import { lazyProvider } from '../kit/lazy-provider.js';
import type { MessagingProvider } from '../provider.js';
import { capabilitiesFor } from './capabilities.js';
import { TeamsProvider } from './provider.js';
import type { TeamsSettings } from './settings.js';

export const TEAMS = 'teams';

/** How long a replaced provider's connections to Graph stay open for the requests still using it. */
const RETIRE_AFTER_MS = 60_000;

/** What the Teams runtime shares with its parts. */
export interface TeamsServer {
  host: ProviderHost;
  settings: TeamsSettings;
}

/**
 * One provider per connected tenant (workspace id = the tenant id), built from the stored connection and
 * rebuilt when its generation changes (a re-connect or a refreshed app token, in any process). People act
 * with their own delegated grants: the refresh token is the `userToken` of their account link, rotated
 * tokens are stored back on the link. One rate budget per tenant for the life of the process.
 */
export class TeamsWorkspaces {
  private readonly providers = new Map<string, { generation: number; provider: TeamsProvider }>();
  private readonly loading = new Map<string, Promise<TeamsProvider | null>>();
  private readonly budgets = new Map<string, GraphRateBudget>();

  constructor(private readonly server: TeamsServer) {
    server.host.connections.onChange((changed) => {
      if (changed.provider === TEAMS) this.forget(changed.workspaceId);
    });
  }

  open(tenantId: string): MessagingProvider {
    const cached = this.providers.get(tenantId);
    if (cached) return cached.provider;
    return lazyProvider({ provider: TEAMS, workspaceId: tenantId, methods: TeamsProvider.prototype, capabilities: capabilitiesFor({}), load: () => this.openFresh(tenantId) });
  }

  async openFresh(tenantId: string): Promise<TeamsProvider | null> {
    return this.providers.get(tenantId)?.provider ?? this.load(tenantId);
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
          this.providers.set(tenantId, { generation: stored.generation, provider });
          return provider;
        })
        .finally(() => this.loading.delete(tenantId));
      this.loading.set(tenantId, pending);
    }
    return pending;
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
    const provider = new TeamsProvider({
      workspaceId: tenantId,
      tenantId,
      app: { clientId: settings.clientId ?? '', clientSecret: settings.clientSecret ?? '' },
      graphUrl: settings.graphUrl,
      loginUrl: settings.loginUrl,
      ca: settings.ca,
      eventDelivery: stored.eventDelivery,
      budget: this.budget(tenantId),
      linkedUser: async (accountId) => {
        const link = await store.linkOf(TEAMS, tenantId, accountId);
        return link ? { userId: link.externalUserId } : null;
      },
      refreshTokenOf: async (userId) => (await linkOfUser(userId))?.userToken ?? null,
      storeRefreshToken: async (userId, refreshToken) => {
        const link = await linkOfUser(userId);
        if (link) await store.link({ ...link, userToken: refreshToken });
      },
    });
    // The stored app token (renewed by the connection store before it expires) serves app reads until then.
    const expiresAt = stored.credentials.expiresAt;
    if (expiresAt) provider.connection.api.tokens.seed(APP, { accessToken: stored.credentials.accessToken, expiresAt: expiresAt.getTime() });
    return provider;
  }
}
