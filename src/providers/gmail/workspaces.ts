import type { StoredConnection } from '../../connections/store.js';
import type { ProviderHost } from '../definition.js';
import { lazyProvider } from '../kit/lazy-provider.js';
import type { MessagingProvider } from '../provider.js';
import { capabilitiesFor } from './capabilities.js';
import { GmailProvider } from './provider.js';
import { GmailRateBudget } from './rate-budget.js';
import type { GmailSettings } from './settings.js';

export const GMAIL = 'gmail';

export interface GmailServer {
  host: ProviderHost;
  settings: GmailSettings;
}

/**
 * One provider per connected mailbox (workspace id = the address), built from the stored connection and
 * rebuilt when its generation changes (a reconnect or a refreshed token, in any process). One quota budget
 * per mailbox for the life of the process.
 */
export class GmailWorkspaces {
  private readonly providers = new Map<string, { generation: number; provider: GmailProvider }>();
  private readonly loading = new Map<string, Promise<GmailProvider | null>>();
  private readonly budgets = new Map<string, GmailRateBudget>();

  constructor(private readonly server: GmailServer) {
    server.host.connections.onChange((changed) => {
      if (changed.provider === GMAIL) this.providers.delete(changed.workspaceId);
    });
  }

  open(mailbox: string): MessagingProvider {
    const cached = this.providers.get(mailbox);
    if (cached) return cached.provider;
    return lazyProvider({ provider: GMAIL, workspaceId: mailbox, methods: GmailProvider.prototype, capabilities: capabilitiesFor({}), load: () => this.openFresh(mailbox) });
  }

  async openFresh(mailbox: string): Promise<GmailProvider | null> {
    return this.providers.get(mailbox)?.provider ?? this.load(mailbox);
  }

  async refresh(mailboxes: ReadonlyArray<{ mailbox: string; generation: number }>): Promise<void> {
    await Promise.all(mailboxes.filter(({ mailbox, generation }) => this.providers.get(mailbox)?.generation !== generation).map(({ mailbox }) => this.load(mailbox)));
  }

  private load(mailbox: string): Promise<GmailProvider | null> {
    let pending = this.loading.get(mailbox);
    if (!pending) {
      pending = this.server.host
        .loadConnection(mailbox)
        .then((stored) => {
          this.providers.delete(mailbox);
          if (!stored) return null;
          const provider = this.build(stored);
          this.providers.set(mailbox, { generation: stored.generation, provider });
          return provider;
        })
        .finally(() => this.loading.delete(mailbox));
      this.loading.set(mailbox, pending);
    }
    return pending;
  }

  private build(stored: StoredConnection): GmailProvider {
    const { settings, host } = this.server;
    const mailbox = stored.workspaceId;
    let budget = this.budgets.get(mailbox);
    if (!budget) {
      budget = new GmailRateBudget(settings.userQuotaPerMinute);
      this.budgets.set(mailbox, budget);
    }
    return new GmailProvider({
      mailbox,
      settings,
      grant: { accessToken: stored.credentials.accessToken, refreshToken: stored.credentials.refreshToken, expiresAt: stored.credentials.expiresAt },
      publicUrl: host.publicUrl,
      eventDelivery: stored.eventDelivery,
      budget,
      isLinked: async (accountId) => (await host.connections.store.linkOf(GMAIL, mailbox, accountId)) !== null,
    });
  }
}
