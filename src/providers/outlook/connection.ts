import { SwitchboardError } from '../../errors.js';
import type { EventDelivery } from '../capabilities.js';
import type { Actor } from '../model.js';
import { GraphBatchLoader } from '../kit/graph/batch.js';
import { GraphApi } from '../kit/graph/client.js';
import { GraphRateBudget, type GraphRateBudgetOptions } from '../kit/graph/rate-budget.js';
import { GraphTokens, userPrincipal, type Principal } from '../kit/graph/tokens.js';
import { MicrosoftTransport } from '../kit/graph/transport.js';
import { registerReadCache } from '../kit/read-cache/invalidation.js';
import { ProviderReadCache } from '../kit/read-cache/read-cache.js';
import { CachedGraphReads } from './cached-reads.js';
import { outlookCalls, type OutlookCall, type OutlookCalls } from './client.js';
import { OUTLOOK_LIMITS } from './limits.js';
import type { GraphMailFolder, GraphMessage } from './wire.js';

/** Delegated scopes an Outlook link asks for (refreshes ask for the same). */
export const OUTLOOK_SCOPES = ['offline_access', 'User.Read', 'Mail.ReadWrite', 'Mail.ReadWrite.Shared', 'Mail.Send', 'Mail.Send.Shared'];

/** The mailbox a workspace is: its owner in the directory, and the address mail comes to. */
export interface MailboxIdentity {
  /** The Entra object id of the mailbox (a person's own, or a shared mailbox's). */
  id: string;
  address: string;
  displayName: string;
}

/** See src/providers/outlook/README.md for how each option is used. */
export interface OutlookProviderOptions {
  /** Switchboard's id of this workspace (the mailbox id). */
  workspaceId: string;
  tenantId: string;
  mailbox: MailboxIdentity;
  app: { clientId: string; clientSecret: string };
  graphUrl?: string;
  loginUrl?: string;
  ca?: string | null;
  /**
   * The Microsoft user a Switchboard account acts as (their Entra object id): the mailbox's owner, or for a
   * shared mailbox a member whose token may open it. Null when the account has none here.
   */
  linkedUser?: (accountId: string) => Promise<{ userId: string } | null> | { userId: string } | null;
  /** Who reads on nobody's behalf (webhooks, pollers): a linked person; default the mailbox's owner. */
  readAs?: { userId: string };
  refreshTokenOf: (userId: string) => Promise<string | null>;
  storeRefreshToken: (userId: string, refreshToken: string) => Promise<void>;
  onGrantFailed?: ConstructorParameters<typeof GraphTokens>[0]['onGrantFailed'];
  budget?: GraphRateBudget | GraphRateBudgetOptions;
  tokens?: GraphTokens;
  transport?: MicrosoftTransport;
  readRetries?: number;
  retryDelayMs?: number;
  clock?: () => number;
  sleep?: (ms: number) => Promise<void>;
  eventDelivery?: EventDelivery;
  /**
   * How long a Graph read is reused across requests when no event or write dropped it (the connection's
   * provider-read cache, cached-reads.ts; folder lists at most 30 s). 0 or absent: off, every read asks
   * Graph. The runtime turns it on for mailboxes with change notifications (workspaces.ts).
   */
  readCacheTtlMs?: number;
}

/**
 * What lives as long as the provider (one per mailbox): transport, tokens, GraphApi, the `$batch` loader, the
 * rate budget (Outlook's rows, limits.ts) and the names of people seen in mail (users are addresses; their
 * names come from the mail itself, so reading a user never costs a call).
 */
export class OutlookConnection {
  readonly api: GraphApi;
  readonly loader: GraphBatchLoader;
  /** Reads shared across requests (null: off); events of this mailbox drop them (registered below). */
  readonly reads: CachedGraphReads | null;
  readonly calls: OutlookCalls;
  readonly now: () => number;
  readonly transport: MicrosoftTransport;
  /** Display names by address, from the headers of mail read through this connection. */
  readonly names = new Map<string, string>();
  /** The mailbox's root folder (msgfolderroot): top-level folders have it as parent. Learnt from the folder list. */
  rootFolderId: string | null = null;
  private readonly ownTransport: MicrosoftTransport | null;
  private wellKnown: Promise<string> | null = null;

  constructor(readonly options: OutlookProviderOptions) {
    this.now = options.clock ?? Date.now;
    this.ownTransport = options.transport ? null : new MicrosoftTransport({ ca: options.ca });
    this.transport = options.transport ?? this.ownTransport!;
    const tokens =
      options.tokens ??
      new GraphTokens({
        app: { tenantId: options.tenantId, ...options.app },
        transport: this.transport,
        loginUrl: options.loginUrl,
        scopes: OUTLOOK_SCOPES,
        clock: this.now,
        provider: 'outlook',
        refreshTokenOf: options.refreshTokenOf,
        storeRefreshToken: options.storeRefreshToken,
        onGrantFailed: options.onGrantFailed,
      });
    const budget =
      options.budget instanceof GraphRateBudget ? options.budget : new GraphRateBudget({ clock: this.now, provider: 'outlook', limits: OUTLOOK_LIMITS, ...options.budget });
    this.api = new GraphApi({ graphUrl: options.graphUrl, transport: this.transport, tokens, budget, provider: 'outlook', readRetries: options.readRetries, retryDelayMs: options.retryDelayMs, sleep: options.sleep, clock: this.now });
    this.loader = new GraphBatchLoader(this.api, { sleep: options.sleep });
    const readCacheTtlMs = options.readCacheTtlMs ?? 0;
    if (readCacheTtlMs > 0) {
      const cache = new ProviderReadCache({ ttlMs: readCacheTtlMs, clock: this.now });
      registerReadCache('outlook', options.workspaceId, cache);
      this.reads = new CachedGraphReads(cache, this.api, this.loader);
    } else this.reads = null;
    this.calls = outlookCalls(options.mailbox.id);
    this.names.set(options.mailbox.address.toLowerCase(), options.mailbox.displayName);
  }

  get workspaceId(): string {
    return this.options.workspaceId;
  }

  get mailbox(): MailboxIdentity {
    return this.options.mailbox;
  }

  /** The mailbox's address as a user id (the author of what it sends). */
  get selfId(): string {
    return this.options.mailbox.address.toLowerCase();
  }

  close(): void {
    this.ownTransport?.close();
  }

  async linkedUser(accountId: string): Promise<{ userId: string } | null> {
    return (await this.options.linkedUser?.(accountId)) ?? null;
  }

  /** The principal reads without an actor use: the configured reader, else the mailbox's owner. */
  get readPrincipal(): Principal {
    return userPrincipal(this.options.readAs?.userId ?? this.options.mailbox.id);
  }

  /**
   * The principal an actor's calls use. Only an account linked here acts on the mailbox (a workspace of one
   * person, or a shared mailbox's members); anyone else sees nothing (PERMISSION_DENIED on writes).
   */
  async principalOf(actor: Actor): Promise<Principal | null> {
    if (actor.userId !== this.selfId) return null;
    const linked = await this.linkedUser(actor.accountId);
    return linked ? userPrincipal(linked.userId) : null;
  }

  async writer(actor: Actor): Promise<Principal> {
    const principal = await this.principalOf(actor);
    if (!principal) throw new SwitchboardError('PERMISSION_DENIED', 'Only the people linked to this mailbox may write from it.');
    return principal;
  }

  /** One Graph request, through the read cache when the connection has one. */
  call<T>(principal: Principal, call: OutlookCall): Promise<T> {
    return this.reads ? this.reads.call<T>(principal, call) : this.api.call<T>(principal, call);
  }

  /** Graph requests in `$batch`es (../kit/graph/batch.ts), through the read cache when the connection has one. */
  batch(principal: Principal, calls: readonly OutlookCall[]): Promise<Array<unknown | Error>> {
    return this.reads ? this.reads.batch(principal, calls) : this.loader.load(principal, calls);
  }

  /**
   * The ids of Deleted Items (mail there reads as deleted) and of the folder root (top-level folders' parent),
   * asked once per connection (Graph's folder ids never change): inside the first read's `$batch`
   * (`batchWithWellKnown`), or in a `$batch` of their own when nothing else is being read.
   */
  deletedItemsId(principal: Principal): Promise<string | null> {
    // An empty batchWithWellKnown sets `wellKnown` before it returns; its failure surfaces through `wellKnown`.
    if (!this.wellKnown) this.batchWithWellKnown(principal, []).catch(() => undefined);
    return this.wellKnown!;
  }

  /**
   * `batch`, with the well-known folders' two GETs added to the same `$batch` while the connection does not
   * know them yet, so that learning them never costs an HTTP request of its own. Answers `calls`' slots only.
   */
  batchWithWellKnown(principal: Principal, calls: readonly OutlookCall[]): Promise<Array<unknown | Error>> {
    if (this.wellKnown) return this.batch(principal, calls);
    const answers = this.batch(principal, [...calls, this.calls.folder('deleteditems'), this.calls.folder('inbox')]);
    this.wellKnown = answers.then((all) => {
      const [deleted, inbox] = all.slice(calls.length);
      if (deleted instanceof Error) throw deleted;
      if (!(inbox instanceof Error)) this.rootFolderId = (inbox as GraphMailFolder).parentFolderId;
      return (deleted as GraphMailFolder).id;
    });
    // A failure is not remembered: the next read asks again.
    this.wellKnown.catch(() => (this.wellKnown = null));
    return answers.then((all) => all.slice(0, calls.length));
  }

  /** Remembers the names mail gave for addresses. */
  rememberName(address: string | null | undefined, name: string | null | undefined): void {
    if (address && name && name !== address) this.names.set(address.toLowerCase(), name);
  }

  /**
   * Remembers the names a mail gives its sender and recipients, as soon as the mail is read (a conversation
   * too): a record names people whose own mail it does not carry (`threadParticipantIds`).
   */
  rememberPeople(message: GraphMessage): void {
    for (const entry of [message.from, ...(message.toRecipients ?? []), ...(message.ccRecipients ?? []), ...(message.bccRecipients ?? [])]) {
      this.rememberName(entry?.emailAddress.address, entry?.emailAddress.name);
    }
  }
}
