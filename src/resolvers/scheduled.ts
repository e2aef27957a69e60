import type { RequestContext, WorkspaceScope } from '../context.js';
import { logUnexpected } from '../log.js';
import { faultPoint } from '../store/fault-points.js';
import { SwitchboardError } from '../errors.js';
import { encodeGlobalId } from '../providers/ids.js';
import type { WorkspaceHandle } from '../providers/registry.js';
import type { Actor, MessageRecord } from '../providers/model.js';
import type { Page } from '../providers/paging.js';
import { requireFeature } from '../providers/provider.js';
import type { ScheduledDeliveryOutcome, ScheduledMessageChanges, ScheduledMessageRecord, ScheduledMessageStatus } from '../providers/features/scheduled.js';
import { memberScope, requireChannel, requireMemberScope, requireMessage, requireWriteScope } from './access.js';
import { emailEnvelope, envelopeInput, requireMailFieldsSupported, type EnvelopeInput } from './email-envelope.js';
import { messageContent, sendMessage, writingActor } from './messages.js';
import { pageRequest, type ConnectionArgs } from './pagination.js';
import { notFoundRef, refFromGlobalId, sameWorkspace, type Ref } from './refs.js';

/**
 * Scheduled messages: validation, permissions and delivery, for every provider alike.
 *
 * A scheduled message is private to its author until it is sent: anyone else gets NOT_FOUND, exactly as
 * for an id that does not exist. PERMISSION_DENIED is for the author who may no longer do it: a read-only
 * API key, or (update, send-now) a channel the author cannot post in any more. CONFLICT is for a message
 * that is no longer pending (sent, being sent, cancelled).
 *
 * Delivery goes through `sendMessage` itself, with an idempotency key derived from the scheduled message
 * (its id and revision), so mentions, events, thread subscriptions and the rest apply exactly as for a
 * message sent by hand, and a delivery retried after a crash finds the first send instead of sending twice.
 */

/** How far in the past `scheduledFor` may be (client and server clocks disagree); such a message is sent at once. */
export const SCHEDULE_CLOCK_SKEW_MS = 60_000;
/** How far ahead a message may be scheduled: the chat platforms' limit, so schedules port both ways. */
export const MAX_SCHEDULE_AHEAD_DAYS = 120;
const DAY_MS = 86_400_000;

/** When the next attempt of a transiently failed delivery is due, and when to give up. */
export interface RetryPolicy {
  retryAt(attempt: number): Date;
  maxAttempts: number;
}

export interface ScheduleMessageArgs extends EnvelopeInput {
  channelId: string;
  text?: string | null;
  markdown?: string | null;
  /** Email workspaces: an HTML body, and the envelope (EnvelopeInput), as for sendMessage. */
  html?: string | null;
  scheduledFor: Date;
  parentId?: string | null;
  alsoSendToChannel?: boolean | null;
  attachmentIds?: string[] | null;
}

export interface UpdateScheduledMessageArgs {
  scheduledMessageId: string;
  text?: string | null;
  markdown?: string | null;
  scheduledFor?: Date | null;
  attachmentIds?: string[] | null;
}

/** A time from now (less the clock-skew margin) up to MAX_SCHEDULE_AHEAD_DAYS ahead; VALIDATION_ERROR otherwise. */
export function validateScheduledFor(value: Date, now: Date = new Date()): Date {
  const field = ['input', 'scheduledFor'];
  if (Number.isNaN(value.getTime())) {
    throw new SwitchboardError('VALIDATION_ERROR', 'scheduledFor must be a valid date-time.', { field });
  }
  if (value.getTime() < now.getTime() - SCHEDULE_CLOCK_SKEW_MS) {
    throw new SwitchboardError(
      'VALIDATION_ERROR',
      `scheduledFor ${value.toISOString()} is in the past (server time ${now.toISOString()}); ` +
        `give a time from now on (up to ${SCHEDULE_CLOCK_SKEW_MS / 1000} seconds of clock skew are accepted).`,
      { field },
    );
  }
  const latest = new Date(now.getTime() + MAX_SCHEDULE_AHEAD_DAYS * DAY_MS);
  if (value > latest) {
    throw new SwitchboardError(
      'VALIDATION_ERROR',
      `scheduledFor ${value.toISOString()} is more than ${MAX_SCHEDULE_AHEAD_DAYS} days ahead; the latest allowed now is ${latest.toISOString()}.`,
      { field },
    );
  }
  return value;
}

export async function scheduleMessage(ctx: RequestContext, input: ScheduleMessageArgs): Promise<ScheduledMessageRecord> {
  requireWriteScope(ctx);
  const channelRef = refFromGlobalId(input.channelId, 'Channel', ['input', 'channelId']);
  const parentRef = input.parentId ? refFromGlobalId(input.parentId, 'Message', ['input', 'parentId']) : null;
  const attachmentIds = attachmentNativeIds(input.attachmentIds, channelRef);
  if (parentRef && !sameWorkspace(parentRef, channelRef)) {
    throw new SwitchboardError('VALIDATION_ERROR', 'parentId must belong to the workspace of channelId.', { field: ['input', 'parentId'] });
  }
  const scheduledFor = validateScheduledFor(input.scheduledFor);
  const scope = await requireMemberScope(ctx, channelRef);
  const scheduled = requireFeature(scope.provider, 'scheduled');
  const capabilities = scope.provider.capabilities();
  requireMailFieldsSupported(input, capabilities);
  const content = messageContent(input, capabilities);
  const channel = await requireChannel(ctx, channelRef);
  const actor = await writingActor(scope, channel.id, channel.name);
  const parent = parentRef ? await requireMessage(ctx, parentRef) : null;
  return scheduled.scheduleMessage(actor, {
    channelId: channel.id,
    content,
    parentId: parentRef?.nativeId ?? null,
    alsoSendToChannel: input.alsoSendToChannel ?? false,
    attachmentIds,
    scheduledFor,
    // Settled now, so a mail without recipients or with a bad address is refused when scheduled, not at its time.
    ...(capabilities.email ? { email: await emailEnvelope(scope, input, parent, actor) } : {}),
  });
}

/** The viewer's scheduled messages in one workspace with one of `statuses` (default: PENDING), soonest first. */
export async function listScheduledMessages(
  ctx: RequestContext,
  handle: WorkspaceHandle,
  args: ConnectionArgs & { statuses?: ScheduledMessageStatus[] | null },
): Promise<Page<ScheduledMessageRecord>> {
  const scope = await requireMemberScope(ctx, handle);
  const scheduled = requireFeature(scope.provider, 'scheduled');
  const page = pageRequest(args, { backward: false });
  if (page.direction !== 'forward') throw new SwitchboardError('UNSUPPORTED', 'Scheduled messages are read forward only.');
  const actor = await scope.actor();
  if (!actor) return { edges: [], hasNextPage: false, hasPreviousPage: false };
  const statuses: ScheduledMessageStatus[] = [...new Set(args.statuses ?? (['PENDING'] as const))];
  return scheduled.listScheduledMessages(actor, { statuses }, { limit: page.limit, cursor: page.cursor });
}

/** Scheduled messages by reference; null where one does not exist or is not the viewer's. */
export async function findScheduledMessages(ctx: RequestContext, refs: Ref[]): Promise<Array<ScheduledMessageRecord | null>> {
  return Promise.all(
    refs.map(async (ref) => {
      const scope = await memberScope(ctx, ref);
      // A node lookup: a workspace without scheduled messages has none to find.
      const scheduled = scope?.provider.scheduled;
      if (!scope || !scheduled) return null;
      const actor = await scope.actor();
      if (!actor) return null;
      const [found] = await scheduled.loadScheduledMessages(actor, [ref.nativeId]);
      return found instanceof Error ? null : found;
    }),
  );
}

export async function updateScheduledMessage(ctx: RequestContext, input: UpdateScheduledMessageArgs): Promise<ScheduledMessageRecord> {
  const { scope, part, actor, scheduled, ref } = await ownScheduledMessage(ctx, input.scheduledMessageId);
  const changes: ScheduledMessageChanges = {};
  if (input.text != null || input.markdown != null) changes.content = messageContent(input, scope.provider.capabilities());
  if (input.scheduledFor != null) changes.scheduledFor = validateScheduledFor(input.scheduledFor);
  if (input.attachmentIds != null) changes.attachmentIds = attachmentNativeIds(input.attachmentIds, ref);
  if (Object.keys(changes).length === 0) {
    throw new SwitchboardError('VALIDATION_ERROR', 'Give at least one of text, markdown, scheduledFor or attachmentIds to change.', {
      field: ['input'],
    });
  }
  requirePending(scheduled, 'updated');
  await postingActor(scope, scheduled);
  return part.updateScheduledMessage(actor, scheduled.id, changes);
}

/** Cancels: the author may always, even after leaving the channel. */
export async function deleteScheduledMessage(ctx: RequestContext, input: { scheduledMessageId: string }): Promise<ScheduledMessageRecord> {
  const { part, actor, scheduled } = await ownScheduledMessage(ctx, input.scheduledMessageId);
  requirePending(scheduled, 'cancelled');
  return part.cancelScheduledMessage(actor, scheduled.id);
}

/** Sends a pending (or failed) scheduled message now; the scheduled message becomes SENT. */
export async function sendScheduledMessageNow(ctx: RequestContext, input: { scheduledMessageId: string }): Promise<MessageRecord> {
  const { scope, part, actor, scheduled } = await ownScheduledMessage(ctx, input.scheduledMessageId);
  requirePending(scheduled, 'sent now');
  // Refuse before claiming, so that a refusal changes nothing.
  await checkStillDeliverable(scope, scheduled);
  const claimed = await part.claimScheduledMessage(actor, scheduled.id);
  const result = await deliverScheduledMessage(ctx, scope, actor, claimed, {
    // A transient failure leaves it to the scheduler, a few seconds later.
    retryAt: (attempt) => new Date(Date.now() + 5_000 * attempt),
    maxAttempts: 10,
  });
  if (result.message) return result.message;
  if (result.error instanceof SwitchboardError) throw result.error;
  throw new SwitchboardError('PROVIDER_ERROR', 'Sending failed for a temporary reason; the scheduler retries it shortly.');
}

export interface DeliveryResult {
  scheduled: ScheduledMessageRecord;
  /** The message sent; null when the delivery failed (then `scheduled` says FAILED, or PENDING for a retry). */
  message: MessageRecord | null;
  error: unknown;
}

/**
 * Sends a claimed (SENDING) scheduled message as its author, through `sendMessage`, and records the outcome:
 * SENT with the new message, FAILED with a lastError that says what the author can do, or PENDING again
 * for a transient failure (retried per `retry`). Publishes SCHEDULED_MESSAGE_SENT or _FAILED to the
 * author alone. `ctx` must be the author's.
 */
export async function deliverScheduledMessage(
  ctx: RequestContext,
  scope: WorkspaceScope,
  actor: Actor,
  scheduled: ScheduledMessageRecord,
  retry: RetryPolicy,
): Promise<DeliveryResult> {
  const part = requireFeature(scope.provider, 'scheduled');
  let message: MessageRecord;
  try {
    await checkStillDeliverable(scope, scheduled);
    message = await sendMessage(ctx, sendInput(scheduled));
  } catch (error) {
    const outcome = failureOutcome(error, scheduled, retry);
    const finished = await part.finishScheduledMessage(actor, scheduled.id, outcome);
    if (finished.status === 'FAILED') await publishScheduledEvent(ctx, scope, 'SCHEDULED_MESSAGE_FAILED', finished, null);
    return { scheduled: finished, message: null, error };
  }
  faultPoint('scheduler:sent');
  const finished = await part.finishScheduledMessage(actor, scheduled.id, { kind: 'sent', messageId: message.id });
  await publishScheduledEvent(ctx, scope, 'SCHEDULED_MESSAGE_SENT', finished, message);
  return { scheduled: finished, message, error: null };
}

/** Failures the author must fix, told in words, before `sendMessage` answers with a bare NOT_FOUND. */
async function checkStillDeliverable(scope: WorkspaceScope, scheduled: ScheduledMessageRecord): Promise<void> {
  const [channel, access] = await Promise.all([
    scope.loaders.channels.load(scheduled.channelId),
    scope.loaders.channelAccess.load(scheduled.channelId),
  ]);
  if (!channel) throw new SwitchboardError('NOT_FOUND', 'The channel no longer exists.');
  if (!access.isMember) {
    throw new SwitchboardError('PERMISSION_DENIED', `You are no longer a member of #${channel.name}; join it again, then reschedule or send it now.`);
  }
  if (!channel.isActive) {
    throw new SwitchboardError('CONFLICT', `#${channel.name} was archived; it takes no new messages.`);
  }
  if (scheduled.parentId) {
    const parent = await scope.loaders.messages.load(scheduled.parentId);
    if (!parent || parent.deletedAt) throw new SwitchboardError('CONFLICT', 'The message it replies to was deleted.');
  }
}

function failureOutcome(error: unknown, scheduled: ScheduledMessageRecord, retry: RetryPolicy): ScheduledDeliveryOutcome {
  const attempt = scheduled.attempts + 1;
  if (error instanceof SwitchboardError) {
    // An earlier attempt (its process died) still holds the delivery key: once its lease runs out, the
    // retry finds out from the provider whether it was posted, and sends it only if not (src/store/idempotency.ts).
    if (error.field?.at(-1) === 'idempotencyKey' && error.retryAfterSeconds !== undefined) {
      const retryAt = new Date(Math.max(retry.retryAt(attempt).getTime(), Date.now() + error.retryAfterSeconds * 1000));
      return { kind: 'retry', error: 'An earlier delivery attempt was interrupted; retrying.', retryAt, maxAttempts: retry.maxAttempts };
    }
    if (error.code === 'RATE_LIMITED' || error.code === 'PROVIDER_ERROR') {
      const after = error.retryAfterSeconds ? Date.now() + error.retryAfterSeconds * 1000 : 0;
      const retryAt = new Date(Math.max(retry.retryAt(attempt).getTime(), after));
      return { kind: 'retry', error: `${error.code}: ${error.message} Retrying.`, retryAt, maxAttempts: retry.maxAttempts };
    }
    return { kind: 'failed', error: `${error.code}: ${error.message}` };
  }
  // Never the error's own message in lastError or the log: it may quote data.
  logUnexpected(error);
  return {
    kind: 'retry',
    error: 'A temporary server error stopped the delivery; retrying.',
    retryAt: retry.retryAt(attempt),
    maxAttempts: retry.maxAttempts,
  };
}

function sendInput(scheduled: ScheduledMessageRecord) {
  const id = (typename: string, nativeId: string) =>
    encodeGlobalId({ typename, provider: scheduled.provider, workspaceId: scheduled.workspaceId, nativeId });
  const { content, email } = scheduled;
  return {
    channelId: id('Channel', scheduled.channelId),
    ...(content.html !== undefined ? { html: content.html } : { [content.format]: content.text }),
    // A mail goes with the envelope it was scheduled with; a reply that named nobody is addressed again by the reply rules.
    ...(email ? envelopeInput(email) : {}),
    parentId: scheduled.parentId && id('Message', scheduled.parentId),
    alsoSendToChannel: scheduled.alsoSendToChannel,
    attachmentIds: scheduled.attachments.map((attachment) => id('Attachment', attachment.id)),
    idempotencyKey: scheduled.deliveryKey,
  };
}

/** SCHEDULED_MESSAGE_SENT / _FAILED: about something private to the author, so only the author receives it. */
async function publishScheduledEvent(
  ctx: RequestContext,
  scope: WorkspaceScope,
  type: 'SCHEDULED_MESSAGE_SENT' | 'SCHEDULED_MESSAGE_FAILED',
  scheduled: ScheduledMessageRecord,
  message: MessageRecord | null,
): Promise<void> {
  // An author who left the channel is still told (about a channel it can no longer see: none named).
  const access = await scope.loaders.channelAccess.load(scheduled.channelId);
  await ctx.services.ingest.publish({
    type,
    provider: scope.handle.provider,
    workspaceId: scope.handle.workspaceId,
    channelId: access.canRead ? scheduled.channelId : null,
    messageId: message?.id ?? null,
    threadRootId: message ? (message.threadRootId ?? message.id) : null,
    actorId: scheduled.authorId,
    emoji: null,
    buttonId: null,
    audienceAccountId: ctx.viewer.accountId,
    scheduledMessageId: scheduled.id,
  });
}

/** One of the viewer's own scheduled messages, for a mutation; anyone else's is NOT_FOUND. */
async function ownScheduledMessage(ctx: RequestContext, id: string) {
  requireWriteScope(ctx);
  const ref = refFromGlobalId(id, 'ScheduledMessage', ['input', 'scheduledMessageId']);
  const scope = await requireMemberScope(ctx, ref);
  const part = requireFeature(scope.provider, 'scheduled');
  const actor = await scope.actor();
  const [scheduled] = actor ? await part.loadScheduledMessages(actor, [ref.nativeId]) : [null];
  if (!actor || !scheduled || scheduled instanceof Error) throw notFoundRef('ScheduledMessage', ref, 'Scheduled message');
  return { scope, part, actor, scheduled, ref };
}

/** The author may still post in the channel (member, channel not archived); PERMISSION_DENIED or CONFLICT otherwise. */
async function postingActor(scope: WorkspaceScope, scheduled: ScheduledMessageRecord): Promise<Actor> {
  const channel = await scope.loaders.channels.load(scheduled.channelId);
  return writingActor(scope, scheduled.channelId, channel?.name ?? 'the channel');
}

function requirePending(scheduled: ScheduledMessageRecord, verb: string): void {
  if (scheduled.status === 'PENDING' || scheduled.status === 'FAILED') return;
  const why = {
    SENT: 'it was already sent (edit or delete the message itself instead)',
    SENDING: 'it is being sent right now',
    CANCELLED: 'it was cancelled',
  }[scheduled.status];
  throw new SwitchboardError('CONFLICT', `The scheduled message cannot be ${verb}: ${why}.`);
}

function attachmentNativeIds(ids: readonly string[] | null | undefined, workspace: Ref): string[] {
  return (ids ?? []).map((id) => {
    const ref = refFromGlobalId(id, 'Attachment', ['input', 'attachmentIds']);
    if (!sameWorkspace(ref, workspace)) {
      throw new SwitchboardError('VALIDATION_ERROR', 'attachmentIds must belong to the workspace of the message.', {
        field: ['input', 'attachmentIds'],
      });
    }
    return ref.nativeId;
  });
}
