import type { StoredConnection } from '../../connections/store.js';
import type { ProviderHost } from '../definition.js';
import { GraphRateBudget } from '../kit/graph/rate-budget.js';
import { lazyProvider } from '../kit/lazy-provider.js';
import type { MessagingProvider } from '../provider.js';
import { capabilitiesFor } from './capabilities.js';
import { mailboxOf } from './credentials.js';
import { OUTLOOK_LIMITS } from './limits.js';
import { OutlookProvider } from './provider.js';
import type { OutlookSettings } from './settings.js';

export const OUTLOOK = 'outlook';

const RETIRE_AFTER_MS = 60_000;
/**
 * How long a mailbox with change notifications reuses a Graph read no event dropped (cached-reads.ts): every
 * change of mail in a watched folder, read flags included, is notified, so this only bounds a notification
 * that is late or lost (a `missed` one is caught up by a delta round, whose changes drop reads too). Folder
 * lists stay at most 30 s (client.ts: Graph notifies no folder changes). Polled mailboxes hear of changes
 * only every poll interval: their reads are not cached.
 */
export const READ_CACHE_TTL_MS = 2 * 60_000;

export interface OutlookServer {
  host: ProviderHost;
  settings: OutlookSettings;
}

/**
 * One provider per connected mailbox (workspace id = the mailbox's directory id), built from the stored
 * connection and rebuilt when its generation changes. People act with their own delegated grants: the
 * refresh token is the `userToken` of their account link; rotated tokens are stored back on the link. A
 * shared mailbox (shared-mailboxes.ts) has one link per member and is read outside requests as one of them.
 */
export class OutlookWorkspaces {
  private readonly providers = new Map<string, { generation: number; provider: OutlookProvider }>();
  private readonly loading = new Map<string, Promise<OutlookProvider | null>>();
  private readonly budgets = new Map<string, GraphRateBudget>();

  constructor(private readonly server: OutlookServer) {
    server.host.connections.onChange((changed) => {
      if (changed.provider === OUTLOOK) this.forget(changed.workspaceId);
    });
  }

  open(mailboxId: string): MessagingProvider {
    const cached = this.providers.get(mailboxId);
    if (cached) return cached.provider;
    return lazyProvider({ provider: OUTLOOK, workspaceId: mailboxId, methods: OutlookProvider.prototype, capabilities: capabilitiesFor({}), load: () => this.openFresh(mailboxId) });
  }

  async openFresh(mailboxId: string): Promise<OutlookProvider | null> {
    return this.providers.get(mailboxId)?.provider ?? this.load(mailboxId);
  }

  async refresh(mailboxes: ReadonlyArray<{ mailboxId: string; generation: number }>): Promise<void> {
    await Promise.all(mailboxes.filter(({ mailboxId, generation }) => this.providers.get(mailboxId)?.generation !== generation).map(({ mailboxId }) => this.load(mailboxId)));
  }

  forget(mailboxId: string): void {
    const retired = this.providers.get(mailboxId)?.provider;
    this.providers.delete(mailboxId);
    if (retired) setTimeout(() => retired.connection.close(), RETIRE_AFTER_MS).unref();
  }

  close(): void {
    for (const { provider } of this.providers.values()) provider.connection.close();
    this.providers.clear();
  }

  private load(mailboxId: string): Promise<OutlookProvider | null> {
    let pending = this.loading.get(mailboxId);
    if (!pending) {
      pending = this.server.host
        .loadConnection(mailboxId)
        .then(async (stored) => {
          const reader = stored ? await this.readerOf(stored) : null;
          this.forget(mailboxId);
          if (!stored) return null;
          const provider = this.build(stored, reader);
          this.providers.set(mailboxId, { generation: stored.generation, provider });
          return provider;
        })
        .finally(() => this.loading.delete(mailboxId));
      this.loading.set(mailboxId, pending);
    }
    return pending;
  }

  private budget(mailboxId: string): GraphRateBudget {
    let budget = this.budgets.get(mailboxId);
    if (!budget) {
      budget = new GraphRateBudget({ provider: OUTLOOK, limits: OUTLOOK_LIMITS, ...this.server.settings.budget });
      this.budgets.set(mailboxId, budget);
    }
    return budget;
  }

  /**
   * Who reads the mailbox outside requests: its owner for a person's own mailbox (the default), for a shared
   * mailbox (shared-mailboxes.ts: no link is its own) the member linked first; null when none is linked.
   */
  private async readerOf(stored: StoredConnection): Promise<{ userId: string } | null> {
    const links = await this.server.host.db
      .selectFrom('provider_user_links')
      .select('external_user_id')
      .where('provider', '=', OUTLOOK)
      .where('workspace_id', '=', stored.workspaceId)
      .orderBy('created_at')
      .orderBy('account_id')
      .execute();
    if (links.length === 0 || links.some((link) => link.external_user_id === stored.workspaceId)) return null;
    return { userId: links[0].external_user_id };
  }

  private build(stored: StoredConnection, reader: { userId: string } | null): OutlookProvider {
    const { settings, host } = this.server;
    const store = host.connections.store;
    const mailbox = mailboxOf(stored);
    const linkOfUser = async (userId: string) => {
      const accountId = await store.accountFor(OUTLOOK, mailbox.id, userId);
      return accountId ? store.linkOf(OUTLOOK, mailbox.id, accountId) : null;
    };
    return new OutlookProvider({
      workspaceId: mailbox.id,
      tenantId: mailbox.tenantId,
      mailbox,
      app: { clientId: settings.clientId ?? '', clientSecret: settings.clientSecret ?? '' },
      graphUrl: settings.graphUrl,
      loginUrl: settings.loginUrl,
      ca: settings.ca,
      eventDelivery: stored.eventDelivery,
      readCacheTtlMs: stored.eventDelivery === 'PUSH' ? READ_CACHE_TTL_MS : 0,
      ...(reader ? { readAs: reader } : {}),
      budget: this.budget(mailbox.id),
      linkedUser: async (accountId) => {
        const link = await store.linkOf(OUTLOOK, mailbox.id, accountId);
        return link ? { userId: link.externalUserId } : null;
      },
      refreshTokenOf: async (userId) => (await linkOfUser(userId))?.userToken ?? (userId === mailbox.id ? stored.credentials.refreshToken : null),
      storeRefreshToken: async (userId, refreshToken) => {
        const link = await linkOfUser(userId);
        if (link) await store.link({ ...link, userToken: refreshToken });
      },
    });
  }
}
