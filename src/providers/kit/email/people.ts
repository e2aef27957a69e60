import { addressUser, addressUserId } from '../../address-users.js';
import type { ProviderName, RecipientsRecord, UserRecord } from '../../model.js';
import type { MailAddress } from './addresses.js';

/**
 * The people a provider has met in mail headers, by address, with the names the headers gave them: the
 * user records of senders and recipients outside the organisation, with a name rather than a bare address.
 * Neither Graph nor the Gmail API has a directory of strangers, so the headers are the only source; a
 * provider keeps one book per request view (or per workspace) and answers `loadUsers` for address ids
 * from it. Without a name for an id the core's fallback still answers (src/loaders.ts), named by address.
 */

/** Where a name was read: a sender names themself, so a From name wins over the name others typed. */
export type NameSource = 'from' | 'recipient';

export class MailPeople {
  private readonly names = new Map<string, { name: string | null; source: NameSource }>();

  constructor(
    private readonly provider: ProviderName,
    private readonly workspaceId: string,
  ) {}

  /** Remembers a mailbox; answers its user id (`addressUserId`). The first From name wins, else the first name. */
  note(mailbox: MailAddress, source: NameSource = 'recipient'): string {
    const id = addressUserId(mailbox.address);
    const given = mailbox.name?.trim();
    const name = given && given.toLowerCase() !== id ? given : null;
    const known = this.names.get(id);
    const better = !known || (name !== null && (known.name === null || (known.source === 'recipient' && source === 'from')));
    if (better) this.names.set(id, { name, source: name === null ? 'recipient' : source });
    return id;
  }

  /**
   * The recipients of a mail as a record: every mailbox noted, ids in header order, duplicates within a
   * list dropped. `replyTo` is kept only when it differs from `from`.
   */
  recipients(headers: { from: readonly MailAddress[]; to: readonly MailAddress[]; cc: readonly MailAddress[]; bcc?: readonly MailAddress[]; replyTo?: readonly MailAddress[] }): RecipientsRecord {
    const ids = (list: readonly MailAddress[] | undefined, source: NameSource = 'recipient') => [...new Set((list ?? []).map((mailbox) => this.note(mailbox, source)))];
    const from = ids(headers.from, 'from');
    const replyTo = ids(headers.replyTo);
    const sameAsFrom = replyTo.length === from.length && replyTo.every((id, index) => id === from[index]);
    return { from, to: ids(headers.to), cc: ids(headers.cc), bcc: ids(headers.bcc), ...(replyTo.length > 0 && !sameAsFrom ? { replyTo } : {}) };
  }

  /** The user of an address id, named as the headers named it (else by the address); null for ids never noted. */
  user(id: string): UserRecord | null {
    const key = addressUserId(id);
    const known = this.names.get(key);
    return known ? addressUser(this.provider, this.workspaceId, key, known.name) : null;
  }
}
