import type { StoredConnection } from '../../connections/store.js';
import type { SwitchboardError } from '../../errors.js';
import { logInfo } from '../../log.js';
import type { ProviderHost } from '../definition.js';
import { disconnectedProvider } from '../kit/disconnected-provider.js';
import { lazyProvider } from '../kit/lazy-provider.js';
import type { MessagingProvider } from '../provider.js';
import { capabilitiesFor } from './capabilities.js';
import { grantRefusal, refusedGrant } from './credentials.js';
import { GmailReadState } from './features/read-state.js';
import { GmailSearch } from './features/search.js';
import { GmailProvider } from './provider.js';
import { GmailRateBudget } from './rate-budget.js';
import type { GmailSettings } from './settings.js';

export const GMAIL = 'gmail';

/**
 * How long a PUSH mailbox reuses a mail read no event dropped (cached-reads.ts): every change of the
 * mailbox arrives as a push within seconds, so this only bounds a push that never came. POLL mailboxes do
 * not cache mail: their changes are known only at the next poll (GMAIL_POLL_INTERVAL_SECONDS, 30 s by
 * default), and a cached read would show every query that late, where a read of Gmail shows a change made
 * in Gmail's own client at once.
 */
const PUSH_READ_CACHE_TTL_MS = 5 * 60_000;

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
  /** `provider` is null for a mailbox whose grant Google refused: `view` is then the DISCONNECTED stand-in. */
  private readonly providers = new Map<string, { generation: number; provider: GmailProvider | null; view: MessagingProvider }>();
  private readonly loading = new Map<string, Promise<GmailProvider | null>>();
  private readonly budgets = new Map<string, GmailRateBudget>();

  constructor(private readonly server: GmailServer) {
    server.host.connections.onChange((changed) => {
      if (changed.provider === GMAIL) this.providers.delete(changed.workspaceId);
    });
  }

  open(mailbox: string): MessagingProvider {
    const cached = this.providers.get(mailbox);
    if (cached) return cached.view;
    return lazyProvider({ provider: GMAIL, workspaceId: mailbox, methods: GmailProvider.prototype, capabilities: capabilitiesFor({}), load: () => this.openFresh(mailbox) });
  }

  /** The mailbox as the schema shows it: its provider, or the DISCONNECTED stand-in of a refused grant. */
  async openFresh(mailbox: string): Promise<MessagingProvider | null> {
    if (!this.providers.has(mailbox)) await this.load(mailbox);
    return this.providers.get(mailbox)?.view ?? null;
  }

  /** The mailbox's provider for Gmail calls (sync, watch); null when it is not connected or its grant was refused. */
  async connected(mailbox: string): Promise<GmailProvider | null> {
    const cached = this.providers.get(mailbox);
    return cached ? cached.provider : this.load(mailbox);
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
          const refused = grantRefusal(stored);
          const provider = refused ? null : this.build(stored);
          this.providers.set(mailbox, { generation: stored.generation, provider, view: provider ?? this.disconnected(stored, refused!) });
          return provider;
        })
        .finally(() => this.loading.delete(mailbox));
      this.loading.set(mailbox, pending);
    }
    return pending;
  }

  /** The stand-in of a mailbox whose grant was refused: listed to its owner, DISCONNECTED, empty; writes fail with the refusal. */
  private disconnected(stored: StoredConnection, refusal: SwitchboardError): MessagingProvider {
    const store = this.server.host.connections.store;
    return disconnectedProvider({
      workspace: { id: stored.workspaceId, provider: GMAIL, name: stored.name, webUrl: stored.webUrl },
      capabilities: capabilitiesFor({ eventDelivery: stored.eventDelivery }),
      prototype: GmailProvider.prototype,
      parts: { readState: GmailReadState.prototype, search: GmailSearch.prototype },
      failure: () => refusal,
      linkedUserId: async (accountId) => ((await store.linkOf(GMAIL, stored.workspaceId, accountId)) ? stored.workspaceId : null),
    });
  }

  /**
   * Google refused the grant during a call (revoked while the access token still served): recorded on the
   * connection where every process sees it, once, so that nobody calls Google for this mailbox again until
   * it is reconnected; the change notice rebuilds it here and elsewhere as DISCONNECTED.
   */
  private async grantFailed(mailbox: string, error: SwitchboardError): Promise<void> {
    const store = this.server.host.connections.store;
    const stored = await store.load(GMAIL, mailbox);
    if (!stored || grantRefusal(stored)) return;
    logInfo('gmail_grant_refused', { workspaceId: mailbox, code: error.code });
    await store.updateCredentials(GMAIL, mailbox, { ...stored.credentials, ...refusedGrant() });
    this.server.host.connections.changed({ provider: GMAIL, workspaceId: mailbox });
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
      name: stored.name,
      settings,
      grant: { accessToken: stored.credentials.accessToken, refreshToken: stored.credentials.refreshToken, expiresAt: stored.credentials.expiresAt },
      eventDelivery: stored.eventDelivery,
      readCacheTtlMs: stored.eventDelivery === 'PUSH' ? PUSH_READ_CACHE_TTL_MS : 0,
      budget,
      isLinked: async (accountId) => (await host.connections.store.linkOf(GMAIL, mailbox, accountId)) !== null,
      onGrantFailed: (error) => {
        this.grantFailed(mailbox, error).catch((failure: unknown) => logInfo('gmail_grant_refusal_not_recorded', { workspaceId: mailbox, code: (failure as { code?: string }).code ?? 'unknown' }));
      },
    });
  }
}
