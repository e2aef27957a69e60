import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import { SwitchboardError } from '../../errors.js';
import type { Actor, MessageRecord } from '../model.js';
import type { EventDelivery } from '../capabilities.js';
import type { EventType } from '../events.js';
import { SlackApi, type SlackResponse } from './client.js';
import { ProviderReadCache } from '../kit/read-cache/read-cache.js';
import { registerReadCache } from '../kit/read-cache/invalidation.js';
import { toMessage, userIdsToRender } from './map.js';
import { RateBudget, type RateBudgetOptions } from './rate-budget.js';
import { UserDirectory } from './users.js';
import type { SlackMessage, SlackTeam } from './wire.js';

/** The Slack user a Switchboard account is linked to, and that user's token when one was granted. */
export interface LinkedSlackUser {
  userId: string;
  /** A user token (`xoxp-…`); null when the account was linked without one (by email). */
  token: string | null;
}

/** See src/providers/slack/README.md for how each option is used. */
export interface SlackProviderOptions {
  /** Switchboard's id of this connection (the workspace id in global ids). */
  workspaceId: string;
  /** Slack's team id (`T…`). */
  teamId: string;
  /** The app's bot token (`xoxb-…`): users, team info, and reads no acting user makes. */
  botToken: string;
  /**
   * The token for reads made on nobody's behalf (provider-level calls without an actor, background work).
   * Default `botToken`. A bot sees only the conversations it was invited to; the installing admin's user
   * token sees everything the admin is in.
   */
  readToken?: string;
  /** The Slack user (and user token) linked to a Switchboard account; null when the account has none here. */
  linkedUser?: (accountId: string) => Promise<LinkedSlackUser | null> | LinkedSlackUser | null;
  /** Web API base URL (WebClient `slackApiUrl`); tests point it at the fake. Default `https://slack.com/api/`. */
  apiUrl?: string;
  /** Current time, in milliseconds or as a Date; drives the rate budget and caches. Default Date.now. */
  clock?: () => number | Date;
  /** The rate budget, or options for this connection's own (see rate-budget.ts). */
  budget?: RateBudget | RateBudgetOptions;
  /** Extra attempts for reads that fail on transport or a Slack 5xx (default 2), and the base delay (250 ms). */
  readRetries?: number;
  retryDelayMs?: number;
  /** How long users and team info stay cached. Default 10 minutes. */
  cacheTtlMs?: number;
  /**
   * How long a read of channels, messages and threads is reused when no event or write invalidated it
   * (src/providers/kit/read-cache/). Default 0: off (every read calls Slack). The runtime turns it on for
   * PUSH connections, whose changes arrive as events (workspaces.ts); without events a cached read could
   * miss a change for this long.
   */
  readCacheTtlMs?: number;
  /**
   * How this workspace's events reach Switchboard: PUSH (the Events API, default) or POLL (no public URL;
   * the poller sees new messages only). Sets capabilities.eventDelivery, and eventTypes unless given.
   */
  eventDelivery?: EventDelivery;
  /** The event types this workspace emits (capabilities.eventTypes); see capabilities.ts for the default. */
  eventTypes?: EventType[];
  /**
   * Switchboard's database, for what Slack's API does not keep (features.ts): thread subscriptions and thread
   * read positions, and the thread of a scheduled reply; ids and timestamps only. Without it,
   * capabilities.threadSubscriptions is NONE and scheduled replies read back without their thread.
   */
  db?: Kysely<Database> | null;
}

/** Who a call is made as: the token, and the Slack user it belongs to when that user is the actor. */
export interface Acting {
  token: string;
  /** The actor's Slack user id (whether or not `token` is theirs); null for calls on nobody's behalf. */
  userId: string | null;
  /** Whether `token` is the actor's own user token (so Slack itself decides what the actor may see). */
  own: boolean;
}

/**
 * What lives as long as the provider (one per Slack connection): the API client, the rate budget, the
 * user directory and the team's info. Read caches that must not outlive a request live in ReadSession.
 */
export class SlackConnection {
  readonly api: SlackApi;
  readonly budget: RateBudget;
  readonly users: UserDirectory;
  /** Provider reads shared across requests and viewers (by token), until an event makes them stale. */
  readonly readCache: ProviderReadCache | null;
  readonly now: () => number;
  private team: { at: number; value: Promise<SlackTeam> } | null = null;
  private readonly ttlMs: number;

  constructor(readonly options: SlackProviderOptions) {
    const clock = options.clock ?? Date.now;
    this.now = () => {
      const value = clock();
      return typeof value === 'number' ? value : value.getTime();
    };
    this.ttlMs = options.cacheTtlMs ?? 10 * 60_000;
    this.budget = options.budget instanceof RateBudget ? options.budget : new RateBudget({ clock: this.now, ...options.budget });
    const readCacheTtlMs = options.readCacheTtlMs ?? 0;
    this.readCache = readCacheTtlMs > 0 ? new ProviderReadCache({ ttlMs: readCacheTtlMs, clock: this.now }) : null;
    // Events of this team (webhooks, the poller, our own writes) drop what they make stale.
    if (this.readCache) registerReadCache('slack', options.workspaceId, this.readCache);
    this.api = new SlackApi({
      readCache: this.readCache ?? undefined,
      apiUrl: options.apiUrl,
      budget: this.budget,
      readRetries: options.readRetries,
      retryDelayMs: options.retryDelayMs,
    });
    this.users = new UserDirectory(this.api, options.botToken, options.workspaceId, this.now, this.ttlMs);
  }

  get workspaceId(): string {
    return this.options.workspaceId;
  }

  /** team.info, cached for the connection. */
  teamInfo(): Promise<SlackTeam> {
    const now = this.now();
    if (!this.team || now - this.team.at > this.ttlMs) {
      const value = this.api
        .call<SlackResponse & { team: SlackTeam }>('team.info', {}, this.options.botToken)
        .then((result) => result.team);
      this.team = { at: now, value };
      value.catch(() => {
        if (this.team?.value === value) this.team = null;
      });
    }
    return this.team.value;
  }

  async linkedUser(accountId: string): Promise<LinkedSlackUser | null> {
    return (await this.options.linkedUser?.(accountId)) ?? null;
  }

  /** The token a call on behalf of `actor` uses: the actor's own user token when linked, else the read token. */
  async acting(actor: Actor | null): Promise<Acting> {
    const fallback = this.options.readToken ?? this.options.botToken;
    if (!actor) return { token: fallback, userId: null, own: false };
    const linked = await this.linkedUser(actor.accountId);
    if (linked?.token && linked.userId === actor.userId) return { token: linked.token, userId: actor.userId, own: true };
    return { token: fallback, userId: actor.userId, own: false };
  }

  /** Writes are made as the actor, which needs the actor's own user token. */
  async writer(actor: Actor): Promise<Acting> {
    const acting = await this.acting(actor);
    if (!acting.own) {
      throw new SwitchboardError(
        'PERMISSION_DENIED',
        `Writing to Slack as user ${actor.userId} needs that user's Slack user token; link the account with a user token first.`,
      );
    }
    return acting;
  }

  /**
   * Slack messages → records. Users mentioned in the texts are loaded first (one batch, from the
   * connection's cache where warm) so that mentions render as `@handle`.
   */
  async records(items: Array<{ channel: string; message: SlackMessage }>): Promise<MessageRecord[]> {
    if (items.length === 0) return [];
    const mentioned = [...new Set(items.flatMap((item) => userIdsToRender(item.message)))];
    const [team] = await Promise.all([this.teamInfo(), mentioned.length ? this.users.load(mentioned) : null]);
    const context = {
      workspaceId: this.workspaceId,
      domain: team.domain,
      names: { user: (id: string) => this.users.cachedHandle(id) },
      now: () => new Date(this.now()),
    };
    return items.map((item) => toMessage(item.message, item.channel, context));
  }
}
