import { UnreadableConnectionError } from '../../connections/store.js';
import { logInfo, logUnexpected } from '../../log.js';
import type { MessagingProvider } from '../provider.js';
import type { LinkedSlackUser } from './connection.js';
import { disconnectedSlackProvider } from './disconnected-provider.js';
import { lazyProvider } from '../kit/lazy-provider.js';
import { SLACK, slackConnectionOf, slackUserLink, type SlackConnection, type SlackServer } from './connections.js';
import { createSlackProvider, SlackProvider } from './provider.js';
import { capabilitiesFor } from './capabilities.js';
import { RateBudget } from './rate-budget.js';

/**
 * The Slack runtime's workspaces: one provider per connected team, built from the stored
 * (opened) credentials and cached until the connection's generation changes (every re-connect bumps it,
 * in any process). The registry learns the current generations from the one query that lists an
 * account's workspaces, and calls `refresh` with them before anything of a workspace is opened.
 *
 * Links (which Slack user and token a Switchboard account acts as) are read per account and cached for
 * LINK_TTL_MS, and dropped at once when this process changes them; a change made by another process is
 * seen within that time.
 */

const LINK_TTL_MS = 30_000;
/**
 * How long a PUSH connection reuses a read no event invalidated (src/providers/kit/read-cache/): every change
 * of a channel the app is in arrives as an event, so this only bounds a missed one. Channel lists, which
 * decide access, stay at most 30 s (cached-reads.ts).
 */
const READ_CACHE_TTL_MS = 5 * 60_000;

interface CachedProvider {
  generation: number;
  provider: MessagingProvider;
}

export interface SlackWorkspaceOptions {
  /** Milliseconds since the epoch, for the link cache. Default Date.now. */
  clock?: () => number;
}

export class SlackWorkspaces {
  private readonly providers = new Map<string, CachedProvider>();
  private readonly loading = new Map<string, Promise<CachedProvider | null>>();
  /** One rate budget per team for the life of the process: shared by its providers and the poller. */
  private readonly budgets = new Map<string, RateBudget>();
  private readonly links = new Map<string, { at: number; value: Promise<LinkedSlackUser | null> }>();
  private readonly clock: () => number;

  constructor(
    private readonly server: SlackServer,
    options: SlackWorkspaceOptions = {},
  ) {
    this.clock = options.clock ?? Date.now;
    server.host.connections.onChange((changed) => {
      if (changed.provider === SLACK) this.invalidate(changed.workspaceId);
    });
  }

  /** Makes sure each team's provider matches its current generation (loading only the stale ones). */
  async refresh(teams: ReadonlyArray<{ teamId: string; generation: number }>): Promise<void> {
    await Promise.all(
      teams.map(async ({ teamId, generation }) => {
        if (this.providers.get(teamId)?.generation !== generation) await this.load(teamId);
      }),
    );
  }

  /**
   * The provider of a team. Requests find it loaded (`refresh` ran when their workspaces were listed);
   * otherwise a stand-in loads it on first use (../kit/lazy-provider.ts).
   */
  open(teamId: string): MessagingProvider {
    const cached = this.providers.get(teamId);
    if (cached) return cached.provider;
    // Until loaded, the connection's delivery is unknown: the defaults (PUSH) stand in.
    return lazyProvider({ provider: 'slack', workspaceId: teamId, methods: SlackProvider.prototype, capabilities: capabilitiesFor({}), load: () => this.openFresh(teamId) });
  }

  /** Loads every connected team (at start), so that event delivery finds their providers ready. */
  async warm(): Promise<void> {
    const generations = await this.server.host.connections.store.generations(SLACK, null);
    const loads = await Promise.allSettled([...generations.keys()].map((teamId) => this.load(teamId)));
    // A connection that cannot be opened (its key is gone) must not stop the server: its reads fail instead.
    for (const load of loads) if (load.status === 'rejected') logUnexpected(load.reason);
  }

  /** The provider of a team, loading it when needed (webhooks and pollers, outside any request); null if not connected. */
  async openFresh(teamId: string): Promise<MessagingProvider | null> {
    const cached = this.providers.get(teamId);
    if (cached) return cached.provider;
    return (await this.load(teamId))?.provider ?? null;
  }

  /** The team's rate budget (the poller spends from the same one as reads). */
  budget(teamId: string): RateBudget {
    let budget = this.budgets.get(teamId);
    if (!budget) {
      budget = new RateBudget(this.server.app.rateBudget);
      this.budgets.set(teamId, budget);
    }
    return budget;
  }

  /** Forgets a team's provider and links (after a re-connect, link or unlink in this process). */
  invalidate(teamId: string): void {
    this.providers.delete(teamId);
    for (const key of this.links.keys()) if (key.startsWith(`${teamId}|`)) this.links.delete(key);
  }

  private load(teamId: string): Promise<CachedProvider | null> {
    let pending = this.loading.get(teamId);
    if (!pending) {
      pending = this.server.host
        .loadConnection(teamId)
        .then(
          (stored) => {
            if (!stored) {
              this.providers.delete(teamId);
              return null;
            }
            const connection = slackConnectionOf(stored);
            const cached = { generation: connection.generation, provider: this.build(connection) };
            this.providers.set(teamId, cached);
            return cached;
          },
          (error: unknown) => {
            // Credentials that cannot be opened degrade this workspace alone: shown as disconnected, until a
            // re-connect (a new generation) or a restart with the right key.
            if (!(error instanceof UnreadableConnectionError)) throw error;
            logInfo('connection_unreadable', { provider: SLACK, workspaceId: teamId });
            const linkedUserId = (accountId: string) => this.server.host.connections.store.linkedExternalUserId(SLACK, teamId, accountId);
            const cached = { generation: error.connection.generation, provider: disconnectedSlackProvider(error.connection, linkedUserId) };
            this.providers.set(teamId, cached);
            return cached;
          },
        )
        .finally(() => this.loading.delete(teamId));
      this.loading.set(teamId, pending);
    }
    return pending;
  }

  private build(connection: SlackConnection): MessagingProvider {
    return createSlackProvider({
      workspaceId: connection.teamId,
      teamId: connection.teamId,
      botToken: connection.botToken,
      apiUrl: this.server.app.apiUrl,
      budget: this.budget(connection.teamId),
      linkedUser: (accountId: string) => this.linkedUser(connection.teamId, accountId),
      db: this.server.host.db,
      // POLL: no public URL, the poller finds new messages only (capabilities say so).
      eventDelivery: connection.eventDelivery,
      // Reads shared across requests until an event invalidates them: only where every change arrives as
      // an event (the Events API); a POLL connection would not hear of edits and reactions.
      readCacheTtlMs: connection.eventDelivery === 'PUSH' ? READ_CACHE_TTL_MS : 0,
    });
  }

  private linkedUser(teamId: string, accountId: string): Promise<LinkedSlackUser | null> {
    const key = `${teamId}|${accountId}`;
    const now = this.clock();
    const cached = this.links.get(key);
    if (cached && now - cached.at < LINK_TTL_MS) return cached.value;
    const value = slackUserLink(this.server.host.connections.store, teamId, accountId)
      .then((link) => (link ? { userId: link.slackUserId, token: link.userToken } : null));
    value.catch(() => this.links.delete(key));
    this.links.set(key, { at: now, value });
    return value;
  }
}

