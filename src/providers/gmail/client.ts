import DataLoader from 'dataloader';
import { gmail_v1 } from '@googleapis/gmail';
import { OAuth2Client, type Credentials } from 'google-auth-library';
import { SwitchboardError } from '../../errors.js';
import type { ProviderReadCache } from '../kit/read-cache/read-cache.js';
import { decodeBatch, encodeBatch, MAX_BATCH } from './batch.js';
import { readCacheKey, readTags, readTtlMs, writeTags } from './cached-reads.js';
import { factsOf, gmailError, isRateLimit } from './errors.js';
import { GmailRateBudget } from './rate-budget.js';
import type { GmailSettings } from './settings.js';

/**
 * Every call Switchboard makes to one Gmail mailbox: the real googleapis client (`@googleapis/gmail`,
 * `rootUrl` = GMAIL_API_URL) with google-auth-library's OAuth2Client (tokens refreshed before expiry,
 * 5 minutes ahead, with the stored refresh token), the per-user quota budget, error mapping, and the batch
 * endpoint for reads: gets made in the same tick travel in one `POST /batch/gmail/v1` of at most 50 parts
 * (a lone get goes through the SDK). The SDK's own retries are off (gaxios would sleep inside a request);
 * a read that meets a 429 pauses the mailbox's budget and answers RATE_LIMITED with Retry-After.
 *
 * Reads pass through the mailbox's read cache (src/providers/kit/read-cache/, rules in cached-reads.ts):
 * identical reads in flight share one call (one part of a batch), and answers are reused until an event or
 * a write drops them; only the gets and lists the cache does not answer go to Gmail (the budget is taken for
 * those only). Writes drop what they may change, whether or not their answer came back.
 */

export type GmailMessage = gmail_v1.Schema$Message;
export type GmailThread = gmail_v1.Schema$Thread;
export type GmailLabel = gmail_v1.Schema$Label;
export type GmailHistory = gmail_v1.Schema$History;

export interface GmailGrant {
  accessToken: string;
  refreshToken: string | null;
  expiresAt: Date | null;
}

export interface GmailApiOptions {
  settings: GmailSettings;
  grant: GmailGrant;
  budget: GmailRateBudget;
  /** A renewed access token (store it sealed); called by google-auth-library's `tokens` event. */
  onTokens?: (grant: GmailGrant) => void;
  /** The grant was refused (revoked, expired refresh token): the workspace shows DISCONNECTED. */
  onGrantFailed?: (error: SwitchboardError) => void;
  /** The mailbox's address: the read cache's keys name it. */
  mailbox: string;
  /** The mailbox's read cache (labels always; mail when `mailReadTtlMs` > 0). Absent: every read calls Gmail. */
  readCache?: ProviderReadCache;
  /** How long mail reads are reused when no event dropped them; 0: mail is always read (cached-reads.ts). */
  mailReadTtlMs?: number;
}

type Gettable =
  | { method: 'threads.get'; id: string; format: 'full' | 'metadata' | 'minimal' }
  | { method: 'messages.get'; id: string; format: 'full' | 'metadata' | 'minimal' | 'raw' }
  | { method: 'labels.get'; id: string };

export class GmailApi {
  readonly auth: OAuth2Client;
  readonly gmail: gmail_v1.Gmail;
  readonly budget: GmailRateBudget;
  private readonly loader: DataLoader<Gettable, unknown, string>;
  private grantFailed: SwitchboardError | null = null;

  constructor(private readonly options: GmailApiOptions) {
    const { settings, grant } = options;
    this.budget = options.budget;
    this.auth = new OAuth2Client({
      clientId: settings.clientId ?? undefined,
      clientSecret: settings.clientSecret ?? undefined,
      endpoints: { oauth2TokenUrl: settings.tokenUrl, oauth2RevokeUrl: settings.revokeUrl },
      eagerRefreshThresholdMillis: 5 * 60_000,
      // A 401 before the token's expiry (revoked, or ended early) refreshes once and retries: a revoked grant
      // then answers invalid_grant, which `failure` records, instead of 401s on every call.
      forceRefreshOnFailure: true,
    });
    this.auth.setCredentials({ access_token: grant.accessToken, refresh_token: grant.refreshToken ?? undefined, expiry_date: grant.expiresAt?.getTime() ?? undefined, token_type: 'Bearer' });
    this.auth.on('tokens', (tokens: Credentials) => {
      if (!tokens.access_token) return;
      options.onTokens?.({ accessToken: tokens.access_token, refreshToken: tokens.refresh_token ?? grant.refreshToken, expiresAt: tokens.expiry_date ? new Date(tokens.expiry_date) : null });
    });
    this.gmail = new gmail_v1.Gmail({ auth: this.auth, rootUrl: settings.apiUrl, retry: false });
    this.loader = new DataLoader((keys) => this.getMany(keys), { maxBatchSize: MAX_BATCH, cache: false, cacheKeyFn: (key) => JSON.stringify(key) });
  }

  /**
   * One call through the SDK: budgeted, errors mapped, never cached. A write (cached-reads.ts) drops the
   * cached reads it may change once it is done, answered or not.
   */
  async call<T>(method: string, run: (gmail: gmail_v1.Gmail) => Promise<{ data: T }>): Promise<T> {
    const stale = this.options.readCache ? writeTags(method) : undefined;
    if (stale === undefined) return this.callGmail(method, run);
    try {
      return await this.callGmail(method, run);
    } finally {
      if (stale) this.options.readCache!.invalidate(stale);
      else this.options.readCache!.invalidateAll();
    }
  }

  /**
   * A list read the read cache may answer (`messages.list` of a label or of the inbox's query, `labels.list`):
   * `request` is what the key names, so it must hold every parameter `run` sends.
   */
  cachedCall<T>(method: 'messages.list' | 'labels.list', request: Record<string, unknown>, run: (gmail: gmail_v1.Gmail) => Promise<{ data: T }>): Promise<T> {
    return this.cached(method, request, () => this.callGmail(method, run));
  }

  /**
   * Drops every cached read: Gmail's history has a gap (a new baseline), so changes may have gone unreported
   * and no event will drop what they made stale.
   */
  forgetReads(): void {
    this.options.readCache?.invalidateAll();
  }

  /** A thread (format full: every message with its MIME parts), batched with the tick's other gets. */
  thread(id: string, format: 'full' | 'metadata' | 'minimal' = 'full'): Promise<GmailThread> {
    return this.get({ method: 'threads.get', id, format }) as Promise<GmailThread>;
  }

  message(id: string, format: 'full' | 'metadata' | 'minimal' | 'raw' = 'full'): Promise<GmailMessage> {
    return this.get({ method: 'messages.get', id, format }) as Promise<GmailMessage>;
  }

  label(id: string): Promise<GmailLabel> {
    return this.get({ method: 'labels.get', id }) as Promise<GmailLabel>;
  }

  /** A get through the read cache, then the tick's batch: only the gets the cache does not answer become parts. */
  private get(key: Gettable): Promise<unknown> {
    return this.cached(key.method, { ...key }, () => this.loader.load(key));
  }

  /** `load` through the read cache where the method is cached for this mailbox (cached-reads.ts). */
  private cached<T>(method: string, request: Record<string, unknown>, load: () => Promise<T>): Promise<T> {
    const cache = this.options.readCache;
    const tags = readTags(method);
    const ttlMs = readTtlMs(method, this.options.mailReadTtlMs ?? 0);
    if (!cache || !tags || ttlMs <= 0) return load();
    return cache.read(readCacheKey(this.options.mailbox, method, request), tags, load, ttlMs);
  }

  private async callGmail<T>(method: string, run: (gmail: gmail_v1.Gmail) => Promise<{ data: T }>): Promise<T> {
    if (this.grantFailed) throw this.grantFailed;
    this.budget.take([method]);
    try {
      return (await run(this.gmail)).data;
    } catch (error) {
      throw this.failure(method, error);
    }
  }

  /** The current access token (refreshed first when it is about to expire). */
  async accessToken(): Promise<string> {
    if (this.grantFailed) throw this.grantFailed;
    try {
      const { token } = await this.auth.getAccessToken();
      if (!token) throw new SwitchboardError('NOT_AUTHENTICATED', 'Google gave no access token for this mailbox; reconnect it.');
      return token;
    } catch (error) {
      throw this.failure('token refresh', error);
    }
  }

  private single(key: Gettable): Promise<unknown> {
    switch (key.method) {
      case 'threads.get':
        return this.callGmail(key.method, (gmail) => gmail.users.threads.get({ userId: 'me', id: key.id, format: key.format }));
      case 'messages.get':
        return this.callGmail(key.method, (gmail) => gmail.users.messages.get({ userId: 'me', id: key.id, format: key.format }));
      case 'labels.get':
        return this.callGmail(key.method, (gmail) => gmail.users.labels.get({ userId: 'me', id: key.id }));
    }
  }

  private async getMany(keys: readonly Gettable[]): Promise<Array<unknown>> {
    if (keys.length === 1) return [await this.single(keys[0]).catch((error: unknown) => error as Error)];
    const token = await this.accessToken();
    this.budget.take(keys.map((key) => key.method));
    const parts = keys.map((key) => ({ path: batchPath(key) }));
    const { contentType, body } = encodeBatch(parts);
    let response: Response;
    try {
      response = await fetch(new URL('batch/gmail/v1', this.options.settings.apiUrl), { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': contentType }, body });
    } catch (error) {
      throw gmailError('batch', error);
    }
    const text = await response.text();
    if (!response.ok) {
      const error = this.failure('batch', { response: { status: response.status, data: safeJson(text), headers: response.headers } });
      return keys.map(() => error);
    }
    return decodeBatch(response.headers.get('content-type') ?? '', text, keys.length).map((answer, i) =>
      answer.status >= 200 && answer.status < 300 ? answer.body : this.failure(keys[i].method, { response: { status: answer.status, data: answer.body, headers: answer.headers } }),
    );
  }

  /** Maps an error, pausing the budget on rate limits and remembering a refused grant. */
  private failure(operation: string, error: unknown): SwitchboardError {
    const facts = factsOf(error);
    const mapped = gmailError(operation, error);
    if (facts && isRateLimit(facts)) this.budget.pause(mapped.retryAfterSeconds ?? 10);
    const refused = (facts?.reason === 'invalid_grant') || /invalid_grant/.test(String((error as Error)?.message ?? ''));
    if (refused) {
      this.grantFailed = new SwitchboardError('NOT_AUTHENTICATED', 'The Gmail grant of this mailbox was revoked or expired; reconnect the mailbox.');
      this.options.onGrantFailed?.(this.grantFailed);
      return this.grantFailed;
    }
    return mapped;
  }
}

function batchPath(key: Gettable): string {
  const id = encodeURIComponent(key.id);
  switch (key.method) {
    case 'threads.get':
      return `/gmail/v1/users/me/threads/${id}?format=${key.format}`;
    case 'messages.get':
      return `/gmail/v1/users/me/messages/${id}?format=${key.format}`;
    case 'labels.get':
      return `/gmail/v1/users/me/labels/${id}`;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
