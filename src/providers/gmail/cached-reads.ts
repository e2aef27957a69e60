import { MEMBERSHIPS } from '../kit/read-cache/invalidation.js';
import { ANY } from '../kit/read-cache/read-cache.js';

/**
 * Which Gmail reads the mailbox's read cache keeps (src/providers/kit/read-cache/), what makes them stale and
 * for how long they may be reused.
 *
 * Mail reads (a thread, a message, a label's counts, a label page, the inbox's list) are tagged ANY: every
 * event of the mailbox drops them. A channel tag per label would not be exact, because a Gmail event names
 * one label of its message (changes.ts: INBOX, else its first label) while a thread and a label page depend
 * on labels the event does not name: a reply sent from Gmail's own client into an Inbox thread is reported
 * under SENT; a mail moved from the Inbox to a label is reported under that label, not the Inbox it left, and
 * a thread read before carries neither. The invalidation path only sees the event's channel
 * (kit/read-cache/invalidation.ts), so the one tag every event of the mailbox reaches is ANY. Dropping every
 * mail read costs no more HTTP requests than dropping only the thread concerned (the threads of a page go
 * in one batch either way), only quota units.
 *
 * Labels (labels.list) are tagged MEMBERSHIPS and kept a minute: Gmail's history reports no label being
 * created, renamed or deleted, so that list changes without an event (as it did before, in connection.ts).
 *
 * Never cached: history.list and getProfile (they find the changes), searches (a `q` such as
 * `newer_than:1d` changes with time, without an event), the lists that decide a write (read state's
 * marking, idempotent sends' lookup) and attachment bodies (streamed, never held).
 */

/** Reads of the mailbox's mail through the batch endpoint's gets or `messages.list`. */
const MAIL_READS = new Set(['threads.get', 'messages.get', 'labels.get', 'messages.list']);

/** Writes that change mail (its labels, its presence): they drop every mail read. */
const MAIL_WRITES = new Set(['messages.send', 'messages.modify', 'messages.batchModify', 'messages.trash', 'messages.untrash', 'messages.delete', 'messages.batchDelete', 'threads.modify', 'threads.trash', 'threads.untrash']);

/** Writes of labels themselves: they drop everything. */
const LABEL_WRITES = new Set(['labels.create', 'labels.update', 'labels.patch', 'labels.delete']);

/** How long labels.list is reused: no event says a label was created, renamed or deleted. */
export const LABELS_TTL_MS = 60_000;

/** The tags of a cached read, or null for a read that is always made. */
export function readTags(method: string): string[] | null {
  if (method === 'labels.list') return [MEMBERSHIPS];
  if (MAIL_READS.has(method)) return [ANY];
  return null;
}

/** How long a read may be reused (`mailTtlMs`: the mailbox's, 0 when mail reads are not cached). */
export function readTtlMs(method: string, mailTtlMs: number): number {
  return method === 'labels.list' ? LABELS_TTL_MS : mailTtlMs;
}

/**
 * What a call makes stale: `[]` (every ANY-tagged read: all mail) for mail writes, null (everything) for
 * label writes, undefined for calls that write nothing.
 */
export function writeTags(method: string): string[] | null | undefined {
  if (MAIL_WRITES.has(method)) return [];
  if (LABEL_WRITES.has(method)) return null;
  return undefined;
}

/**
 * The key of a read: method, mailbox and the request. Gmail answers by mailbox (one user, `me`, whatever
 * access token of that grant reads), and a connection's cache holds one mailbox; its address is in the key
 * anyway, so an answer can never be handed to another mailbox. Who may see the mailbox is decided before any
 * read (the accounts linked to it: channels.ts), never by the cache.
 */
export function readCacheKey(mailbox: string, method: string, request: Record<string, unknown>): string {
  return `${method}\u0000${mailbox}\u0000${JSON.stringify(request)}`;
}
