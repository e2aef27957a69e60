import type { WorkspaceScope } from '../context.js';
import { SwitchboardError } from '../errors.js';
import { isAddressUserId } from '../providers/address-users.js';
import type { Capabilities } from '../providers/capabilities.js';
import { formatAddress, normalizeAddress, parseAddress } from '../providers/kit/email/addresses.js';
import type { Actor, MessageRecord, UserRecord } from '../providers/model.js';
import type { EmailEnvelope, EnvelopeAddress } from '../providers/provider.js';

/**
 * The envelope of a mail (subject and recipients), settled here once for every email provider: they all
 * address replies and title them the same way, and a client sees one set of validation errors. The rules
 * are on EmailEnvelope (src/providers/provider.ts).
 */

/** A subject is one header line: RFC 5322 caps a line at 998 characters. */
const MAX_SUBJECT_LENGTH = 998;

/** The mail-only fields of a send. */
export interface EnvelopeInput {
  subject?: string | null;
  to?: string[] | null;
  cc?: string[] | null;
  bcc?: string[] | null;
}

type Role = 'to' | 'cc' | 'bcc';

/** Whether a send names anything only mail has (the check that answers UNSUPPORTED on chat workspaces). */
export function namesEmailFields(input: EnvelopeInput & { html?: string | null }): Role | 'subject' | 'html' | null {
  if (input.subject != null) return 'subject';
  for (const role of ['to', 'cc', 'bcc'] as const) if (input[role]?.length) return role;
  return input.html != null ? 'html' : null;
}

/** UNSUPPORTED when a send (now or scheduled) names a mail-only field on a workspace that is not mail. */
export function requireMailFieldsSupported(input: EnvelopeInput & { html?: string | null }, capabilities: Capabilities): void {
  const mailField = namesEmailFields(input);
  if (mailField && !capabilities.email) {
    throw new SwitchboardError('UNSUPPORTED', 'subject, to, cc, bcc and html apply to email workspaces only (capabilities.email).', {
      field: ['input', mailField],
    });
  }
}

/**
 * A settled envelope as a send's input again (a scheduled mail at delivery, src/resolvers/scheduled.ts): the
 * subject, and the recipients unless they were derived from the parent, which the send derives again.
 */
export function envelopeInput(envelope: EmailEnvelope): EnvelopeInput {
  if (envelope.derivedRecipients) return { subject: envelope.subject };
  const format = (list: EnvelopeAddress[]) => list.map((mailbox) => formatAddress(mailbox));
  return { subject: envelope.subject, to: format(envelope.to), cc: format(envelope.cc), bcc: format(envelope.bcc) };
}

/** A mailbox as a client writes one (and reads it back): `jane@example.com` or `"Jane Doe" <jane@example.com>`. */
export function writtenAddress(mailbox: EnvelopeAddress): string {
  return mailbox.name ? `"${mailbox.name.replace(/(["\\])/g, '\\$1')}" <${mailbox.address}>` : mailbox.address;
}

/** Each given address parsed; VALIDATION_ERROR naming the first that is not one valid mailbox. */
function parseRecipients(input: EnvelopeInput, role: Role): EnvelopeAddress[] {
  return (input[role] ?? []).map((value) => {
    const mailbox = parseAddress(value);
    if (!mailbox) {
      throw new SwitchboardError(
        'VALIDATION_ERROR',
        `${role}: ${JSON.stringify(value)} is not an email address (expected jane@example.com or "Jane Doe" <jane@example.com>).`,
        { field: ['input', role] },
      );
    }
    return { name: mailbox.name, address: mailbox.address };
  });
}

function validSubject(subject: string): string {
  if (/[\r\n]/.test(subject)) {
    throw new SwitchboardError('VALIDATION_ERROR', 'subject must be one line (no line breaks).', { field: ['input', 'subject'] });
  }
  if ([...subject].length > MAX_SUBJECT_LENGTH) {
    throw new SwitchboardError('VALIDATION_ERROR', `subject is longer than ${MAX_SUBJECT_LENGTH} characters.`, { field: ['input', 'subject'] });
  }
  return subject;
}

/** The parent's subject with one "Re: " in front (none added when it already has one, in any language's usual form). */
export function replySubject(parentSubject: string | null): string {
  const subject = (parentSubject ?? '').trim();
  return /^(re|aw|sv|antw|vs|ref)\s*:/i.test(subject) ? subject : `Re: ${subject}`.trim();
}

/** Duplicates removed across the lists by address: to wins over cc, cc over bcc, the first mention within a list. */
function deduplicated(lists: Record<Role, EnvelopeAddress[]>): Record<Role, EnvelopeAddress[]> {
  const seen = new Set<string>();
  const keep = (list: EnvelopeAddress[]) =>
    list.filter((mailbox) => {
      const key = normalizeAddress(mailbox.address);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return { to: keep(lists.to), cc: keep(lists.cc), bcc: keep(lists.bcc) };
}

/** The mailboxes of users named in a record, through the request's user loader (one batch for all). */
async function mailboxesOf(scope: WorkspaceScope, ids: string[]): Promise<EnvelopeAddress[]> {
  const users = await scope.loaders.users.loadMany(ids);
  return users.flatMap((user, index): EnvelopeAddress[] => {
    const record = user instanceof Error ? null : (user as UserRecord | null);
    const address = record?.email ?? (isAddressUserId(ids[index]) ? ids[index] : null);
    if (!address) return [];
    return [{ name: record && record.name !== address ? record.name : null, address }];
  });
}

/** Who a reply without recipients goes to: the parent's Reply-To or sender; for one's own mail, its recipients. */
async function derivedRecipients(scope: WorkspaceScope, parent: MessageRecord, actor: Actor): Promise<Record<Role, EnvelopeAddress[]>> {
  const recipients = parent.recipients;
  const from = recipients?.from.length ? recipients.from : parent.authorId ? [parent.authorId] : [];
  const own = from.includes(actor.userId) || parent.authorId === actor.userId;
  if (own && recipients) {
    return { to: await mailboxesOf(scope, recipients.to), cc: await mailboxesOf(scope, recipients.cc), bcc: [] };
  }
  const replyTo = recipients?.replyTo?.length ? recipients.replyTo : from;
  return { to: await mailboxesOf(scope, replyTo), cc: [], bcc: [] };
}

/**
 * The envelope of a send on an email workspace. A new mail needs at least one recipient; a reply may omit
 * them (see EmailEnvelope). VALIDATION_ERROR names the bad address, the empty recipient list or a subject
 * with line breaks. How many recipients: the query limits hold each of to, cc and bcc to 100 items
 * (src/http/query-limits.ts maxListLength), 300 in all, under Exchange Online's and Gmail's 500.
 */
export async function emailEnvelope(
  scope: WorkspaceScope,
  input: EnvelopeInput,
  parent: MessageRecord | null,
  actor: Actor,
): Promise<EmailEnvelope> {
  const given = { to: parseRecipients(input, 'to'), cc: parseRecipients(input, 'cc'), bcc: parseRecipients(input, 'bcc') };
  const subject = input.subject != null ? validSubject(input.subject) : parent ? replySubject(parent.subject) : '';
  const named = given.to.length + given.cc.length + given.bcc.length > 0;
  if (!named && !parent) {
    throw new SwitchboardError('VALIDATION_ERROR', 'A new mail needs at least one recipient in to, cc or bcc.', { field: ['input', 'to'] });
  }
  const lists = deduplicated(named ? given : await derivedRecipients(scope, parent!, actor));
  const count = lists.to.length + lists.cc.length + lists.bcc.length;
  if (count === 0) {
    throw new SwitchboardError('VALIDATION_ERROR', 'The message replied to names nobody to reply to: give the recipients in to, cc or bcc.', {
      field: ['input', 'to'],
    });
  }
  return { subject, ...lists, derivedRecipients: !named };
}
