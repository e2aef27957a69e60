import { SwitchboardError } from '../../../errors.js';
import { isPermanentGrantFailure, requestToken, TEAMS_DELEGATED_SCOPES, type MicrosoftApp, type TokenGrant } from './identity.js';
import type { MicrosoftTransport } from './transport.js';

/**
 * Access tokens of one Microsoft connection, kept in one place: the app's own token (client credentials,
 * application permissions) and one per linked person (delegated, from their refresh token). A token is
 * refreshed `refreshMarginSeconds` before it expires, and again when Graph answers 401
 * InvalidAuthenticationToken (`invalidate`); concurrent callers of one principal share one refresh
 * (single-flight). Microsoft rotates refresh tokens: each new one is handed to `storeRefreshToken`, which
 * seals it at rest. A grant the platform refuses (revoked, consent withdrawn, app secret gone) is remembered:
 * every later call for that principal fails at once with the same NOT_AUTHENTICATED / PERMISSION_DENIED,
 * without calling Microsoft again, until the person reconnects (`reset`). `onGrantFailed` is told once, so the
 * connection can show the state on the workspace.
 */

/** Whose token: the app itself, or a linked person (their Microsoft user id). */
export type Principal = { kind: 'app' } | { kind: 'user'; userId: string };

export const APP: Principal = { kind: 'app' };
export const userPrincipal = (userId: string): Principal => ({ kind: 'user', userId });
export const principalKey = (principal: Principal): string => (principal.kind === 'app' ? 'app' : `user:${principal.userId}`);

export interface GraphTokensOptions {
  app: MicrosoftApp;
  transport: MicrosoftTransport;
  /** MICROSOFT_LOGIN_URL; default Microsoft's. */
  loginUrl?: string;
  /** Delegated scopes asked for on refresh; default TEAMS_DELEGATED_SCOPES. */
  scopes?: string[];
  /** Refresh this long before expiry. Default 300 s. */
  refreshMarginSeconds?: number;
  clock?: () => number;
  /** The provider name errors carry. Default 'teams'. */
  provider?: string;
  /** The person's current refresh token (decrypted), or null when they never linked. */
  refreshTokenOf(userId: string): Promise<string | null>;
  /** Stores a rotated refresh token; the implementation seals it. */
  storeRefreshToken(userId: string, refreshToken: string): Promise<void>;
  /** Told once when a grant stops working, with the error every later call will get. */
  onGrantFailed?(principal: Principal, error: SwitchboardError): Promise<void> | void;
}

interface Cached {
  token: string;
  expiresAt: number;
}

export class GraphTokens {
  private readonly cached = new Map<string, Cached>();
  private readonly inflight = new Map<string, Promise<string>>();
  private readonly failures = new Map<string, SwitchboardError>();
  private readonly clock: () => number;
  private readonly marginMs: number;
  private readonly provider: string;
  /** Token endpoint calls made (tests count refreshes). */
  refreshes = 0;

  constructor(private readonly options: GraphTokensOptions) {
    this.clock = options.clock ?? Date.now;
    this.marginMs = (options.refreshMarginSeconds ?? 300) * 1000;
    this.provider = options.provider ?? 'teams';
  }

  /** A valid access token for `principal`, refreshing it first when it is missing or about to expire. */
  async accessToken(principal: Principal): Promise<string> {
    const key = principalKey(principal);
    const failure = this.failures.get(key);
    if (failure) throw failure;
    const cached = this.cached.get(key);
    if (cached && cached.expiresAt - this.marginMs > this.clock()) return cached.token;
    let pending = this.inflight.get(key);
    if (!pending) {
      pending = this.refresh(principal).finally(() => this.inflight.delete(key));
      this.inflight.set(key, pending);
    }
    return pending;
  }

  /**
   * Graph refused `token` (401 InvalidAuthenticationToken): drop it so the next `accessToken` refreshes.
   * A token that was already replaced (another request refreshed meanwhile) is left alone.
   */
  invalidate(principal: Principal, token: string): void {
    const key = principalKey(principal);
    if (this.cached.get(key)?.token === token) this.cached.delete(key);
  }

  /** Seeds a token just obtained elsewhere (the OAuth callback's code exchange). */
  seed(principal: Principal, grant: Pick<TokenGrant, 'accessToken' | 'expiresAt'>): void {
    this.cached.set(principalKey(principal), { token: grant.accessToken, expiresAt: grant.expiresAt });
  }

  /** The error every call for `principal` gets while its grant is refused; null when it works. */
  failure(principal: Principal): SwitchboardError | null {
    return this.failures.get(principalKey(principal)) ?? null;
  }

  /**
   * Remembers a refusal recorded earlier (stored with the connection, by another process or before a
   * restart): calls for `principal` fail at once with it, without asking Microsoft, and nobody is told again.
   */
  refuse(principal: Principal, error: SwitchboardError): void {
    const key = principalKey(principal);
    this.cached.delete(key);
    this.failures.set(key, error);
  }

  /** The person reconnected (or the admin consented again): try their grant afresh. */
  reset(principal: Principal): void {
    const key = principalKey(principal);
    this.failures.delete(key);
    this.cached.delete(key);
  }

  private async refresh(principal: Principal): Promise<string> {
    const grant = await this.grantFor(principal);
    this.refreshes += 1;
    try {
      const answer = await requestToken(this.options.transport, {
        loginUrl: this.options.loginUrl,
        app: this.options.app,
        grant,
        now: this.clock(),
        provider: this.provider,
      });
      this.cached.set(principalKey(principal), { token: answer.accessToken, expiresAt: answer.expiresAt });
      if (principal.kind === 'user' && answer.refreshToken) await this.options.storeRefreshToken(principal.userId, answer.refreshToken);
      return answer.accessToken;
    } catch (error) {
      if (isPermanentGrantFailure(error)) await this.fail(principal, error as SwitchboardError);
      throw error;
    }
  }

  private async grantFor(principal: Principal): Promise<Record<string, string>> {
    if (principal.kind === 'app') return { grant_type: 'client_credentials', scope: 'https://graph.microsoft.com/.default' };
    const refreshToken = await this.options.refreshTokenOf(principal.userId);
    if (!refreshToken) {
      // Not remembered as a failure: the person may link their account in a moment.
      throw new SwitchboardError('NOT_AUTHENTICATED', 'This Microsoft account is not linked to Switchboard with a delegated grant; link it first.');
    }
    return { grant_type: 'refresh_token', refresh_token: refreshToken, scope: (this.options.scopes ?? TEAMS_DELEGATED_SCOPES).join(' ') };
  }

  private async fail(principal: Principal, error: SwitchboardError): Promise<void> {
    const key = principalKey(principal);
    this.cached.delete(key);
    if (this.failures.has(key)) return;
    this.failures.set(key, error);
    await this.options.onGrantFailed?.(principal, error);
  }
}
