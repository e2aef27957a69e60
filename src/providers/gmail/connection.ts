import type { EventDelivery } from '../capabilities.js';
import { addressUser, addressUserId } from '../address-users.js';
import { parseAddress } from '../kit/email/addresses.js';
import { MailPeople } from '../kit/email/people.js';
import { registerReadCache } from '../kit/read-cache/invalidation.js';
import { ProviderReadCache } from '../kit/read-cache/read-cache.js';
import type { ChannelRecord, UserRecord } from '../model.js';
import { LABELS_TTL_MS } from './cached-reads.js';
import { GmailApi, type GmailGrant, type GmailLabel } from './client.js';
import { isChannelLabel } from './ids.js';
import { GmailRateBudget } from './rate-budget.js';
import type { GmailSettings } from './settings.js';
import type { SwitchboardError } from '../../errors.js';

/**
 * What lives per connected mailbox (one workspace, id = the address): the API client with its tokens and
 * quota budget, who is linked to it, the read cache (labels a minute; mail, where events say what changed,
 * until an event drops it: cached-reads.ts) and the people met in headers (the email kit's MailPeople: mail
 * has no user directory, so users are addresses named as the headers named them).
 */

export interface GmailProviderOptions {
  /** The mailbox's address, lower case: the workspace id. */
  mailbox: string;
  /**
   * The connection's name: `Display Name <address>` when Gmail named the owner at sign-in (oauth.ts), else the
   * address. The owner is a user by that name before any mail names them. Absent: the address.
   */
  name?: string;
  settings: GmailSettings;
  grant: GmailGrant;
  /** Whether a Switchboard account is linked to this mailbox (only its owner's accounts are). */
  isLinked(accountId: string): Promise<boolean>;
  eventDelivery?: EventDelivery;
  budget?: GmailRateBudget;
  onTokens?: (grant: GmailGrant) => void;
  onGrantFailed?: (error: SwitchboardError) => void;
  /**
   * How long mail reads are shared across requests when no event dropped them (src/providers/kit/read-cache/).
   * Default 0: mail is read from Gmail by every request (labels are kept a minute either way). The runtime
   * turns it on for PUSH mailboxes (workspaces.ts).
   */
  readCacheTtlMs?: number;
}

/** Reads a mailbox's cache keeps at most: full threads carry whole bodies (a view of 50 threads is ~60 reads). */
const READ_CACHE_ENTRIES = 500;

const SYSTEM_NAMES: Record<string, string> = { INBOX: 'Inbox', SENT: 'Sent', STARRED: 'Starred', IMPORTANT: 'Important' };

export class GmailConnection {
  readonly api: GmailApi;
  readonly mailbox: string;
  /** The mailbox's cached reads, dropped by its events (registered under the mailbox) and by writes. */
  private readonly readCache: ProviderReadCache;
  readonly people: MailPeople;
  /** The grant was refused: the workspace shows DISCONNECTED until it is reconnected. */
  disconnected = false;

  constructor(readonly options: GmailProviderOptions) {
    this.mailbox = addressUserId(options.mailbox);
    this.people = new MailPeople('gmail', this.mailbox);
    const owner = options.name ? parseAddress(options.name) : null;
    if (owner && addressUserId(owner.address) === this.mailbox) this.people.note(owner, 'from');
    const mailReadTtlMs = options.readCacheTtlMs ?? 0;
    this.readCache = new ProviderReadCache({ ttlMs: Math.max(mailReadTtlMs, LABELS_TTL_MS), maxEntries: READ_CACHE_ENTRIES });
    registerReadCache('gmail', this.mailbox, this.readCache);
    this.api = new GmailApi({
      mailbox: this.mailbox,
      readCache: this.readCache,
      mailReadTtlMs,
      settings: options.settings,
      grant: options.grant,
      budget: options.budget ?? new GmailRateBudget(options.settings.userQuotaPerMinute),
      onTokens: options.onTokens,
      onGrantFailed: (error) => {
        this.disconnected = true;
        options.onGrantFailed?.(error);
      },
    });
  }

  /** Labels (labels.list, kept a minute by the read cache). */
  async labels(): Promise<GmailLabel[]> {
    const data = await this.api.cachedCall('labels.list', {}, (gmail) => gmail.users.labels.list({ userId: 'me' }));
    return data.labels ?? [];
  }

  /** The labels shown as channels, as records with `/` nesting as parents. */
  async channels(): Promise<ChannelRecord[]> {
    const labels = (await this.labels()).filter((label) => isChannelLabel({ id: label.id ?? '', type: label.type }));
    const byName = new Map(labels.map((label) => [label.name ?? '', label]));
    return labels.map((label) => {
      const fullName = label.name ?? '';
      const cut = label.type === 'user' ? fullName.lastIndexOf('/') : -1;
      const parent = cut > 0 ? byName.get(fullName.slice(0, cut)) : undefined;
      const id = label.id ?? '';
      return {
        provider: 'gmail',
        workspaceId: this.mailbox,
        id,
        name: SYSTEM_NAMES[id] ?? (parent ? fullName.slice(cut + 1) : fullName),
        description: label.type === 'user' ? fullName : null,
        type: 'LABEL',
        isPrivate: true,
        isActive: true,
        webUrl: `https://mail.google.com/mail/u/?authuser=${encodeURIComponent(this.mailbox)}#${label.type === 'user' ? `label/${encodeURIComponent(fullName)}` : id.toLowerCase()}`,
        createdAt: null,
        updatedAt: null,
        parentId: parent?.id ?? null,
        hasSubchannels: label.type === 'user' && labels.some((other) => other.type === 'user' && (other.name ?? '').startsWith(`${fullName}/`)),
      } satisfies ChannelRecord;
    });
  }

  /** A person by address (../address-users.ts), named as mail named them; the mailbox itself is its OWNER. */
  user(address: string): UserRecord {
    const user = this.people.user(address) ?? addressUser('gmail', this.mailbox, address);
    return user.id === this.mailbox ? { ...user, role: 'OWNER' } : user;
  }
}
