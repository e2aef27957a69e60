import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import { SwitchboardError } from '../../errors.js';
import type { EventDelivery } from '../capabilities.js';
import type { Actor } from '../model.js';
import { GraphBatchLoader } from '../kit/graph/batch.js';
import { ReactionMemory } from './reaction-memory.js';
import { RosterMemory } from './roster-memory.js';
import { GraphApi, type GraphCall } from '../kit/graph/client.js';
import { isAbsent } from '../kit/graph/errors.js';
import { GraphRateBudget, type GraphRateBudgetOptions } from '../kit/graph/rate-budget.js';
import { APP, GraphTokens, userPrincipal, type Principal } from '../kit/graph/tokens.js';
import { MicrosoftTransport } from '../kit/graph/transport.js';
import { teamsCalls } from './client.js';
import { UserDirectory } from './users.js';
import type { GraphTeam } from './wire.js';

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
 * batch loader, the rate budget, the user directory and team infos. Caches that must not outlive a request
 * live in ReadSession.
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

  /** Runs calls as `principal` through the batch loader (dataloader contract: one slot per call). */
  batch(principal: Principal, calls: readonly GraphCall[]): Promise<Array<unknown | Error>> {
    return this.loader.load(principal, calls);
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
