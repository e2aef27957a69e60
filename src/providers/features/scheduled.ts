import type { Actor, AttachmentRecord, MessageContent, ProviderName } from '../model.js';
import type { BatchResult, Page } from '../paging.js';
import type { EmailEnvelope, SendMessageRequest } from '../provider.js';

// ── Scheduled messages ──────────────────────────────────────────────────────────────────────────────
//
// A message written now and delivered later. The built-in workspace stores them and Switchboard's
// scheduler (src/scheduler/) delivers them through the ordinary send path; so it does for providers without
// native scheduling, whose messages the provider kit keeps sealed (src/providers/kit/scheduled/). Each
// store hands the scheduler its due messages through a ScheduledQueue (below). A platform may schedule natively
// with fewer operations: one that lists only pending messages answers `loadScheduledMessages` from its
// list and null for anything already sent; one without update or send-now emulates update as
// delete + schedule, and `claimScheduledMessage` as delete (the resolver then sends the message
// itself with `sendMessage`), after which `finishScheduledMessage` has nothing left to record.
//
// Present on a provider exactly when `capabilities.scheduledMessages` is not NONE.
//
// Rules every provider keeps:
// - A scheduled message is private to its author until it is sent: every method takes the acting user and
//   answers NOT_FOUND (or null in batch reads) for someone else's.
// - Only PENDING messages (and FAILED ones, which the author may fix and retry) change; SENT, SENDING and
//   CANCELLED ones answer CONFLICT.
// - Permission to post (membership, unarchived channel) and the content rules are checked by the resolvers
//   for every provider alike, at scheduling time and again at delivery.

export type ScheduledMessageStatus = 'PENDING' | 'SENDING' | 'SENT' | 'FAILED' | 'CANCELLED';

export interface ScheduledMessageRecord {
  provider: ProviderName;
  workspaceId: string;
  id: string;
  channelId: string;
  /** The message it replies to, at any depth; null for a new thread. */
  parentId: string | null;
  authorId: string;
  content: MessageContent;
  /**
   * Email workspaces: the envelope it is sent with (subject, recipients as the client gave them); a reply
   * whose client named no recipients has empty lists and `derivedRecipients`, as they are derived from its
   * parent at delivery. Null for chat, and once the message is sent or cancelled (its words are gone).
   */
  email?: EmailEnvelope | null;
  /** The content as plain text and as markdown, like MessageRecord's `text` and `markdown`. */
  text: string;
  markdown: string | null;
  alsoSendToChannel: boolean;
  attachments: AttachmentRecord[];
  scheduledFor: Date;
  status: ScheduledMessageStatus;
  /** Why the last delivery attempt failed (FAILED), or why it is being retried (PENDING after an attempt). */
  lastError: string | null;
  /** The message it became, once SENT. */
  sentMessageId: string | null;
  /** Delivery attempts that failed transiently so far (the scheduler backs off by it). */
  attempts: number;
  /**
   * Idempotency key of the delivery: the same while the message is unchanged, a new one after an edit or a
   * retry of a FAILED message. A send retried with it after a crash returns the first send.
   */
  deliveryKey: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface ScheduleMessageRequest extends SendMessageRequest {
  scheduledFor: Date;
}

/** What an update changes; absent fields stay. `attachmentIds` replaces the whole list. */
export interface ScheduledMessageChanges {
  content?: MessageContent;
  scheduledFor?: Date;
  attachmentIds?: string[];
}

/** How a delivery started by `claimScheduledMessage` (or by the scheduler) ended. */
export type ScheduledDeliveryOutcome =
  | { kind: 'sent'; messageId: string }
  /** Will not work without the author's help (channel archived, author left…): FAILED, no retry. */
  | { kind: 'failed'; error: string }
  /** A transient failure: PENDING again, next attempt at `retryAt`; FAILED once attempts run out. */
  | { kind: 'retry'; error: string; retryAt: Date; maxAttempts: number };

/** Scheduled messages, an optional part of a provider (`MessagingProvider.scheduled`). */
export interface ScheduledMessages {
  /** Stores a message for delivery at `request.scheduledFor`; reserves its attachments. */
  scheduleMessage(actor: Actor, request: ScheduleMessageRequest): Promise<ScheduledMessageRecord>;
  /** The actor's scheduled messages with one of `statuses`, soonest first. Forward pages only. */
  listScheduledMessages(
    actor: Actor,
    filter: { statuses: ScheduledMessageStatus[] },
    page: { limit: number; cursor: string | null },
  ): Promise<Page<ScheduledMessageRecord>>;
  /** Scheduled messages by id; null for an unknown id or one that is not the actor's. */
  loadScheduledMessages(actor: Actor, ids: readonly string[]): BatchResult<ScheduledMessageRecord | null>;
  /** Changes a PENDING or FAILED message (FAILED becomes PENDING again); CONFLICT otherwise. */
  updateScheduledMessage(actor: Actor, id: string, changes: ScheduledMessageChanges): Promise<ScheduledMessageRecord>;
  /** Cancels a PENDING or FAILED message (status CANCELLED, attachments released); CONFLICT otherwise. */
  cancelScheduledMessage(actor: Actor, id: string): Promise<ScheduledMessageRecord>;
  /**
   * Takes a PENDING or FAILED message out of the schedule so that the caller sends it now (SENDING), so
   * that no scheduler sends it too; CONFLICT when it is already sending, sent or cancelled.
   */
  claimScheduledMessage(actor: Actor, id: string): Promise<ScheduledMessageRecord>;
  /** Records how the delivery of a claimed message ended. */
  finishScheduledMessage(actor: Actor, id: string, outcome: ScheduledDeliveryOutcome): Promise<ScheduledMessageRecord>;
}

/** A due message taken by a scheduler: it is SENDING now, under a lease. */
export interface ClaimedScheduledMessage {
  /** The provider of its workspace (the registry opens the provider by it). */
  provider: ProviderName;
  id: string;
  workspaceId: string;
  authorId: string;
  /** The author's Switchboard account; null when it no longer exists (then nobody is told). */
  account: { id: string; name: string; email: string | null } | null;
}

/**
 * Where Switchboard's scheduler finds the scheduled messages it delivers (a provider runtime's
 * `scheduledQueue`): the built-in workspace's table, and the kit's table for providers without native
 * scheduling. Several providers may share one queue (the scheduler asks each distinct queue once).
 */
export interface ScheduledQueue {
  /**
   * Takes up to `limit` messages due at `now` (PENDING ones whose time came, SENDING ones whose lease ran
   * out) for one scheduler: marked SENDING under a lease of `leaseMs` before anyone else can see them, so
   * schedulers sharing a database take disjoint messages without waiting for each other.
   */
  claimDue(options: { now: Date; limit: number; leaseMs: number }): Promise<ClaimedScheduledMessage[]>;
  /** When the next message falls due (or a claim's lease runs out); null when nothing waits. */
  nextDueAt(): Promise<Date | null>;
}
