import type { Actor, AttachmentRecord, MessageContent, ProviderName } from '../model.js';
import type { BatchResult, Page } from '../paging.js';
import type { SendMessageRequest } from '../provider.js';

// ── Scheduled messages ──────────────────────────────────────────────────────────────────────────────
//
// A message written now and delivered later. The built-in workspace stores them and Switchboard's
// scheduler (src/scheduler/) delivers them through the ordinary send path. Slack has it natively:
// `chat.scheduleMessage` (schedule), `chat.scheduledMessages.list` (list; it knows only pending ones, so an
// adapter answers `loadScheduledMessages` from the list and null for anything already sent), and
// `chat.deleteScheduledMessage` (cancel). Update and send-now have no Slack method: an adapter emulates
// update as delete + schedule, and `claimScheduledMessage` as delete (the resolver then sends the message
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
