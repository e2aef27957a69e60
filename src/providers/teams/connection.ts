import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import { SwitchboardError } from '../../errors.js';
import type { EventDelivery } from '../capabilities.js';
import type { Actor } from '../model.js';
import { GraphBatchLoader } from '../kit/graph/batch.js';
import { registerReadCache } from '../kit/read-cache/invalidation.js';
import { ProviderReadCache } from '../kit/read-cache/read-cache.js';
import { readCacheKey, readTags, readTtlMs, writeTags, type ReadCacheTtls } from './cached-reads.js';
import { ReactionMemory } from './reaction-memory.js';
import { RosterMemory } from './roster-memory.js';
import { GraphApi, type GraphCall } from '../kit/graph/client.js';
import { isAbsent } from '../kit/graph/errors.js';
import { GraphRateBudget, type GraphRateBudgetOptions } from '../kit/graph/rate-budget.js';
import { APP, GraphTokens, userPrincipal, type Principal } from '../kit/graph/tokens.js';
import { MicrosoftTransport } from '../kit/graph/transport.js';
import { teamsCalls } from './client.js';
import { UserDirectory } from './users.js';
import type { GraphList, GraphTeam } from './wire.js';

/** The Microsoft user a Switchboard account is linked to (their Entra object id). */
export interface LinkedMicrosoftUser {
  userId: string;
  /** False when the link holds no delegated grant (never given, or revoked and dropped); default true. */
  hasGrant?: boolean;
}

/** See src/providers/teams/README.md for how each option is used. */
export interface TeamsProviderOptions {
  /** Switchboard's id of this connection (the workspace id in global ids). */
  workspaceId: string;
  /** The Microsoft 365 tenant (directory) id. */
  tenantId: string;
  /** Switchboard's app registration. */
  app: { clientId: string; clientSecret: string };
  /** MICROSOFT_GRAPH_URL, default Microsoft's; tests point it at the fake. */
  graphUrl?: string;
  /** MICROSOFT_LOGIN_URL, default Microsoft's. */
  loginUrl?: string;
  /** An extra CA (PEM) trusted for this connection only (a test's fake; a TLS-inspecting proxy). */
  ca?: string | null;
  /** The Microsoft user linked to a Switchboard account; null when the account has none here. */
  linkedUser?: (accountId: string) => Promise<LinkedMicrosoftUser | null> | LinkedMicrosoftUser | null;
  /** A linked person's refresh token (decrypted), for their delegated access. */
  refreshTokenOf: (userId: string) => Promise<string | null>;
  /** Stores a rotated refresh token; the implementation seals it at rest. */
  storeRefreshToken: (userId: string, refreshToken: string) => Promise<void>;
  /** Told once when a grant stops working (see microsoft/tokens.ts): the connection shows the state. */
  onGrantFailed?: ConstructorParameters<typeof GraphTokens>[0]['onGrantFailed'];
  /** Who reads on nobody's behalf: the app (application permissions, default) or one linked person. */
  readAs?: 'app' | LinkedMicrosoftUser;
  /** The rate budget (share one per tenant) or options for this connection's own. */
  budget?: GraphRateBudget | GraphRateBudgetOptions;
  /** Reactions last seen on messages (share one per tenant, so a renewed app token keeps it); default: its own. */
  reactions?: ReactionMemory;
  /** Channel digests and membership ids last seen (share one per tenant, like `reactions`); default: its own. */
  roster?: RosterMemory;
  /** Shared token keeper and transport, when several provider instances serve one tenant. */
  tokens?: GraphTokens;
  transport?: MicrosoftTransport;
  /** Extra attempts for reads that met Graph's 5xx (default 2) and the base delay (250 ms). */
  readRetries?: number;
  retryDelayMs?: number;
  clock?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** How long users and team infos stay cached. Default 10 minutes. */
  cacheTtlMs?: number;
  /**
   * The connection's provider-read cache (cached-reads.ts): Graph reads shared across requests by grant,
   * dropped by events and writes, reused at most this long. Default: off; the runtime (workspaces.ts) turns
   * it on for PUSH tenants and makes it coalesce only for POLL ones.
   */
  readCache?: ReadCacheTtls | null;
  /** PUSH (change notifications, default) or POLL (delta queries, no public URL). */
  eventDelivery?: EventDelivery;
  /** Switchboard's database, for channel and thread read positions and thread subscriptions; without it those parts are absent. */
  db?: Kysely<Database> | null;
  /** The connection's name as stored, shown when Graph cannot be asked (a refused app grant). */
  name?: string;
  /** The app's grant was refused earlier (stored with the connection): app calls fail at once with this. */
  appGrantRefused?: SwitchboardError | null;
}

/** Who a call is made as: the principal whose token is used, and the actor's Microsoft user id. */
export interface Acting {
  principal: Principal;
  /** The actor's Microsoft user id; null for calls on nobody's behalf. */
  userId: string | null;
  /** Whether `principal` is the actor's own delegated grant (so Graph itself decides what they see). */
  own: boolean;
  /** The actor is linked, but without a delegated grant (revoked): their writes answer NOT_AUTHENTICATED. */
  ungranted?: boolean;
}

/**
 * What lives as long as the provider (one per tenant connection): the transport, tokens, GraphApi, the
 * batch loader, the rate budget, the user directory and team infos, and the provider-read cache. Caches
 * that must not outlive a request live in ReadSession.
 *
 * The provider's reads and writes go through `call`, `callAll` and `batch`: reads through the read cache
 * (when it is on and cached-reads.ts tags them), writes invalidating what they touch. `api` and `loader`
 * themselves are for what must see Graph's present state (resolving an event, the poller).
 */
export class TeamsConnection {
  readonly api: GraphApi;
  readonly loader: GraphBatchLoader;
  readonly users: UserDirectory;
  readonly now: () => number;
  readonly readPrincipal: Principal;
  /** Reactions last seen on messages events resolved, to tell a reaction from an edit (reaction-memory.ts). */
  readonly reactions: ReactionMemory;
  readonly roster: RosterMemory;
  private readonly teams = new Map<string, { at: number; value: Promise<GraphTeam | null> }>();
  private organization: Promise<{ id: string; displayName: string }> | null = null;
  private readonly ttlMs: number;
  /** Graph reads shared across requests (cached-reads.ts); null when off. */
  readonly readCache: ProviderReadCache | null;
  private readonly readTtls: ReadCacheTtls | null;
  /** The transport this connection made itself (a shared one is closed by whoever made it). */
  private readonly ownTransport: MicrosoftTransport | null;

  constructor(readonly options: TeamsProviderOptions) {
    this.now = options.clock ?? Date.now;
    this.ttlMs = options.cacheTtlMs ?? 10 * 60_000;
    this.reactions = options.reactions ?? new ReactionMemory();
    this.roster = options.roster ?? new RosterMemory();
    this.ownTransport = options.transport ? null : new MicrosoftTransport({ ca: options.ca });
    const transport = options.transport ?? this.ownTransport!;
    const tokens =
      options.tokens ??
      new GraphTokens({
        app: { tenantId: options.tenantId, ...options.app },
        transport,
        loginUrl: options.loginUrl,
        clock: this.now,
        provider: 'teams',
        refreshTokenOf: options.refreshTokenOf,
        storeRefreshToken: options.storeRefreshToken,
        onGrantFailed: options.onGrantFailed,
      });
    if (options.appGrantRefused) tokens.refuse(APP, options.appGrantRefused);
    const budget = options.budget instanceof GraphRateBudget ? options.budget : new GraphRateBudget({ clock: this.now, provider: 'teams', ...options.budget });
    this.api = new GraphApi({
      graphUrl: options.graphUrl,
      transport,
      tokens,
      budget,
      provider: 'teams',
      readRetries: options.readRetries,
      retryDelayMs: options.retryDelayMs,
      sleep: options.sleep,
      clock: this.now,
    });
    this.loader = new GraphBatchLoader(this.api, { sleep: options.sleep });
    this.readPrincipal = options.readAs && options.readAs !== 'app' ? userPrincipal(options.readAs.userId) : APP;
    this.users = new UserDirectory(this, this.ttlMs);
    this.readTtls = options.readCache ?? null;
    this.readCache = this.readTtls ? new ProviderReadCache({ ttlMs: Math.max(this.readTtls.containerMs, this.readTtls.listsMs), clock: this.now }) : null;
    // Events of this tenant (webhooks, the poller, our own writes) drop what they make stale.
    if (this.readCache) registerReadCache('teams', options.workspaceId, this.readCache);
  }

  get workspaceId(): string {
    return this.options.workspaceId;
  }

  /** Closes kept-alive connections to Graph (the connection is removed or the server stops). */
  close(): void {
    this.ownTransport?.close();
  }

  async linkedUser(accountId: string): Promise<LinkedMicrosoftUser | null> {
    return (await this.options.linkedUser?.(accountId)) ?? null;
  }

  /** The grant a call for `actor` uses: the actor's own when linked, else the read principal. */
  async acting(actor: Actor | null): Promise<Acting> {
    if (!actor) return { principal: this.readPrincipal, userId: null, own: false };
    const linked = await this.linkedUser(actor.accountId);
    if (linked && linked.userId === actor.userId) {
      if (linked.hasGrant !== false) return { principal: userPrincipal(actor.userId), userId: actor.userId, own: true };
      // Linked without a grant: reads go through the read principal (membership from member lists).
      return { principal: this.readPrincipal, userId: actor.userId, own: false, ungranted: true };
    }
    return { principal: this.readPrincipal, userId: actor.userId, own: false };
  }

  /** Writes are made as the actor: Graph allows posting, editing and reacting with delegated grants only. */
  async writer(actor: Actor): Promise<Acting> {
    const acting = await this.acting(actor);
    if (acting.ungranted) {
      throw new SwitchboardError('NOT_AUTHENTICATED', `The Microsoft grant of user ${actor.userId} was revoked or never given; link the account again to write to Teams.`);
    }
    if (!acting.own) {
      throw new SwitchboardError('PERMISSION_DENIED', `Writing to Teams as user ${actor.userId} needs that person's own Microsoft grant; link the account first.`);
    }
    return acting;
  }

  /** One request as `principal`: a read through the read cache, a write invalidating what it touches. */
  async call<T>(principal: Principal, call: GraphCall): Promise<T> {
    const cached = this.cachedRead(principal, call);
    if (cached) return cached(() => this.api.call<T>(principal, call)) as Promise<T>;
    try {
      return await this.api.call<T>(principal, call);
    } finally {
      // Whether or not Graph answered: it may have made the change.
      if (call.write) this.invalidateAfter(call);
    }
  }

  /** A list read to its end (or `maxItems`), page by page through `call`. */
  async callAll<T>(principal: Principal, call: GraphCall, maxItems = Infinity): Promise<T[]> {
    const items: T[] = [];
    let next: string | undefined = call.path;
    while (next && items.length < maxItems) {
      const page: GraphList<T> = await this.call(principal, { ...call, path: next });
      items.push(...(page.value ?? []));
      next = page['@odata.nextLink'];
    }
    return items;
  }

  /**
   * Runs calls as `principal` through the batch loader (dataloader contract: one slot per call). Reads the
   * read cache holds (or has in flight) are answered from it; the rest go out in one `$batch`, and the
   * cacheable ones among them are kept.
   */
  async batch(principal: Principal, calls: readonly GraphCall[]): Promise<Array<unknown | Error>> {
    if (!this.readCache) return this.loader.load(principal, calls);
    // Misses are collected while the calls are looked up, then sent together one microtask later.
    const sent: GraphCall[] = [];
    let answers: Promise<Array<unknown | Error>> | null = null;
    const send = (call: GraphCall): Promise<unknown> => {
      const slot = sent.push(call) - 1;
      answers ??= Promise.resolve().then(() => this.loader.load(principal, sent));
      return answers.then((all) => {
        const answer = all[slot];
        if (answer instanceof Error) throw answer;
        return answer;
      });
    };
    const results = await Promise.all(
      calls.map((call) => {
        const cached = this.cachedRead(principal, call);
        return (cached ? cached(() => send(call)) : send(call)).catch((error: Error) => error);
      }),
    );
    for (const call of calls) if (call.write) this.invalidateAfter(call);
    return results;
  }

  /** How a read goes through the read cache (`load` calls Graph); null for what is not cached. */
  private cachedRead(principal: Principal, call: GraphCall): ((load: () => Promise<unknown>) => Promise<unknown>) | null {
    const cache = this.readCache;
    const tags = cache ? readTags(call) : null;
    if (!cache || !tags) return null;
    let path: string;
    try {
      path = this.api.checkedPath(call.path);
    } catch {
      return null;
    }
    return (load) => cache.read(readCacheKey(principal, path, call), tags, load, readTtlMs(call, this.readTtls!));
  }

  private invalidateAfter(call: GraphCall): void {
    if (!this.readCache) return;
    const tags = writeTags(call);
    if (tags) this.readCache.invalidate(tags);
    else this.readCache.invalidateAll();
  }

  /** One team's info (archived state, name), cached for the connection; null when it does not exist. */
  team(teamId: string): Promise<GraphTeam | null> {
    const cached = this.teams.get(teamId);
    if (cached && this.now() - cached.at < this.ttlMs) return cached.value;
    const value = this.api.call<GraphTeam>(this.readPrincipal, teamsCalls.team(teamId)).catch((error: unknown) => {
      if (isAbsent(error)) return null;
      this.teams.delete(teamId);
      throw error;
    });
    this.teams.set(teamId, { at: this.now(), value });
    return value;
  }

  /** Remembers team infos read elsewhere (joinedTeams, batches). */
  rememberTeam(team: GraphTeam): void {
    this.teams.set(team.id, { at: this.now(), value: Promise.resolve(team) });
  }

  /** The tenant's name, cached for the connection. */
  tenant(): Promise<{ id: string; displayName: string }> {
    this.organization ??= this.api
      .call<{ value?: Array<{ id: string; displayName: string }> }>(this.readPrincipal, teamsCalls.organization())
      .then((answer) => answer.value?.[0] ?? { id: this.options.tenantId, displayName: 'Microsoft Teams' })
      .catch((error: unknown) => {
        this.organization = null;
        throw error;
      });
    return this.organization;
  }
}
