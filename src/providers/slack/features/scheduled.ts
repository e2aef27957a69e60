import { notFound, SwitchboardError } from '../../../errors.js';
import { logUnexpected } from '../../../log.js';
import type { Actor } from '../../model.js';
import type { BatchResult, Page } from '../../paging.js';
import type {
  ScheduledDeliveryOutcome,
  ScheduledMessageChanges,
  ScheduledMessageRecord,
  ScheduledMessages,
  ScheduledMessageStatus,
  ScheduleMessageRequest,
} from '../../features/scheduled.js';
import type { SlackConnection } from '../connection.js';
import { isAbsent } from '../errors.js';
import { isChannelId } from '../ids.js';
import { compareStrings, pageOf } from '../pages.js';
import { rawMessage } from '../reads.js';
import { outgoingText } from '../writes.js';
import {
  deleteFromSlack,
  deleteOrConflict,
  nowSeconds,
  parseScheduledId,
  pendingOf,
  postAtOf,
  requirePending,
  schedule,
  scheduledNativeId,
  type Pending,
  type ScheduledDeps,
} from './scheduled-calls.js';
import { defaultMeta, forgotten, metadataOf, toRecord, toRecords } from './scheduled-records.js';
import type { ScheduledMetadata, ScheduledStore } from './scheduled-store.js';
import type { FeatureScope } from './scope.js';

/**
 * Scheduled messages on Slack. Slack schedules natively (chat.scheduleMessage), lists what is still pending
 * (chat.scheduledMessages.list) and cancels (chat.deleteScheduledMessage); Slack itself posts the message
 * when its time comes. What Slack lacks is emulated, so capabilities.scheduledMessages says EMULATED:
 *
 * - update = schedule the new version, then delete the old one (in that order: if Slack refuses the new
 *   one, the old one is untouched; if the old one is gone meanwhile, the new one is deleted again and the
 *   update answers CONFLICT). The message gets a new id, as Slack gives it one.
 * - send now = `claimScheduledMessage` deletes it from Slack's schedule, the resolver posts it with
 *   `sendMessage`, and `finishScheduledMessage` reports the outcome from memory (Slack keeps no trace).
 *
 * Slack knows only pending messages: a sent or cancelled one is gone, so reads answer null for it and
 * lists with statuses other than PENDING are empty. A FAILED one exists only in the answer of the failed
 * send-now. Native id: `<channel>:<scheduled_message_id>`. Calls are made with the author's own user token
 * (Slack lists a token's own scheduled messages only); the list is read once per request.
 */

/** How long a claimed message is remembered for its `finishScheduledMessage`. */
const CLAIM_TTL_MS = 10 * 60_000;

/** Per connection: messages claimed for a send-now, until the send is finished. */
const claims = new WeakMap<SlackConnection, Map<string, { at: number; pending: Pending; record: ScheduledMessageRecord; meta: ScheduledMetadata | null }>>();

function claimsOf(connection: SlackConnection) {
  let map = claims.get(connection);
  if (!map) {
    map = new Map();
    claims.set(connection, map);
  }
  const now = connection.now();
  for (const [key, claim] of map) if (now - claim.at > CLAIM_TTL_MS) map.delete(key);
  return map;
}

// ---- reads --------------------------------------------------------------------------------------------

export async function listScheduledMessages(
  deps: ScheduledDeps,
  actor: Actor,
  filter: { statuses: ScheduledMessageStatus[] },
  page: { limit: number; cursor: string | null },
): Promise<Page<ScheduledMessageRecord>> {
  const acting = await deps.connection.writer(actor);
  // Slack keeps pending messages only; sent, cancelled and failed ones are not there to list.
  const pending = filter.statuses.includes('PENDING') ? await pendingOf(deps, acting) : [];
  const records = await toRecords(deps, actor, pending);
  return pageOf(
    records,
    { direction: 'forward', ...page },
    's',
    2,
    (record) => [String(record.scheduledFor.getTime()), record.id],
    (record, cursor) => record.scheduledFor.getTime() - Number(cursor[0]) || compareStrings(record.id, cursor[1]),
  );
}

export async function loadScheduledMessages(deps: ScheduledDeps, actor: Actor, ids: readonly string[]): Promise<Array<ScheduledMessageRecord | null>> {
  if (!ids.some((id) => parseScheduledId(id) !== null)) return ids.map(() => null);
  const acting = await deps.connection.writer(actor);
  const pending = await pendingOf(deps, acting);
  const wanted = new Set(ids);
  const records = new Map((await toRecords(deps, actor, pending.filter((item) => wanted.has(scheduledNativeId(item.channel, item.id))))).map((record) => [record.id, record]));
  return ids.map((id) => records.get(id) ?? null);
}

// ---- writes -------------------------------------------------------------------------------------------

export async function scheduleMessage(deps: ScheduledDeps, actor: Actor, request: ScheduleMessageRequest): Promise<ScheduledMessageRecord> {
  const acting = await deps.connection.writer(actor);
  if (request.attachmentIds.length > 0) {
    throw new SwitchboardError('UNSUPPORTED', 'Scheduled messages with files are not supported on Slack (capabilities.attachmentUpload is false).', {
      field: ['input', 'attachmentIds'],
    });
  }
  if (!isChannelId(request.channelId)) throw notFound('Channel', request.channelId);
  let thread: { parentTs: string; threadTs: string } | null = null;
  if (request.parentId !== null) {
    const parent = await rawMessage(deps.session, acting, request.parentId);
    if (!parent) throw notFound('Message', request.parentId);
    if (parent.address.channel !== request.channelId) {
      throw new SwitchboardError('VALIDATION_ERROR', 'parentId: the message replied to is in another channel than channelId.', {
        field: ['input', 'parentId'],
      });
    }
    // Slack threads are one level deep: a reply to a reply goes under its root.
    thread = { parentTs: parent.address.ts, threadTs: parent.message.thread_ts ?? parent.message.ts };
  } else if (request.alsoSendToChannel) {
    throw new SwitchboardError('VALIDATION_ERROR', 'alsoSendToChannel only applies to replies (give a parentId).', {
      field: ['input', 'alsoSendToChannel'],
    });
  }
  const text = await outgoingText(deps.connection, request.content);
  const meta: Omit<ScheduledMetadata, 'scheduledId'> = {
    channelId: request.channelId,
    authorId: actor.userId,
    parentTs: thread?.parentTs ?? null,
    threadTs: thread?.threadTs ?? null,
    replyBroadcast: thread !== null && request.alsoSendToChannel,
    format: request.content.format,
  };
  const pending = await schedule(deps, acting, meta, text, postAtOf(deps.connection, request.scheduledFor));
  return toRecord(deps, actor, pending, { ...meta, scheduledId: pending.id }, {});
}

/** Update = schedule the changed copy, then delete the original (see the file comment for the order). */
export async function updateScheduledMessage(
  deps: ScheduledDeps,
  actor: Actor,
  id: string,
  changes: ScheduledMessageChanges,
): Promise<ScheduledMessageRecord> {
  const acting = await deps.connection.writer(actor);
  const current = await requirePending(deps, acting, id);
  if (changes.attachmentIds && changes.attachmentIds.length > 0) {
    throw new SwitchboardError('UNSUPPORTED', 'Scheduled messages with files are not supported on Slack (capabilities.attachmentUpload is false).', {
      field: ['input', 'attachmentIds'],
    });
  }
  const old = (await metadataOf(deps, actor, [current])).get(`${current.channel}:${current.id}`) ?? null;
  const meta: Omit<ScheduledMetadata, 'scheduledId'> = {
    channelId: current.channel,
    authorId: actor.userId,
    parentTs: old?.parentTs ?? null,
    threadTs: old?.threadTs ?? null,
    replyBroadcast: old?.replyBroadcast ?? false,
    format: changes.content?.format ?? old?.format ?? 'markdown',
  };
  // Unchanged content is sent back exactly as Slack holds it, not re-rendered.
  const text = changes.content ? await outgoingText(deps.connection, changes.content) : current.text;
  const postAt = changes.scheduledFor ? postAtOf(deps.connection, changes.scheduledFor) : Math.max(current.postAt, nowSeconds(deps.connection) + 1);
  const replacement = await schedule(deps, acting, meta, text, postAt);
  try {
    await deleteFromSlack(deps, acting, current);
  } catch (error) {
    await deleteFromSlack(deps, acting, replacement).catch(logUnexpected);
    await deps.store?.remove(replacement.channel, replacement.id).catch(logUnexpected);
    if (isAbsent(error)) throw new SwitchboardError('CONFLICT', 'The scheduled message cannot be updated: Slack sent or cancelled it meanwhile.');
    throw error;
  }
  return toRecord(deps, actor, replacement, { ...meta, scheduledId: replacement.id }, {});
}

export async function cancelScheduledMessage(deps: ScheduledDeps, actor: Actor, id: string): Promise<ScheduledMessageRecord> {
  const acting = await deps.connection.writer(actor);
  const current = await requirePending(deps, acting, id);
  const [record] = await toRecords(deps, actor, [current]);
  await deleteOrConflict(deps, acting, current, 'cancelled');
  return { ...record, status: 'CANCELLED', updatedAt: new Date(deps.connection.now()) };
}

/** Send-now, step 1: takes the message out of Slack's schedule so that Slack does not post it too. */
export async function claimScheduledMessage(deps: ScheduledDeps, actor: Actor, id: string): Promise<ScheduledMessageRecord> {
  const acting = await deps.connection.writer(actor);
  const current = await requirePending(deps, acting, id);
  const meta = (await metadataOf(deps, actor, [current])).get(`${current.channel}:${current.id}`) ?? null;
  const record = await toRecord(deps, actor, current, meta, {});
  await deleteOrConflict(deps, acting, current, 'sent now');
  const claimed = { ...record, status: 'SENDING' as const, updatedAt: new Date(deps.connection.now()) };
  claimsOf(deps.connection).set(claimKey(deps, actor, id), { at: deps.connection.now(), pending: current, record: claimed, meta });
  return claimed;
}

/**
 * Send-now, step 2: how the send ended. Slack no longer holds the message, so SENT and FAILED are answered
 * from what the claim remembered and kept nowhere. A transient failure schedules the message again with
 * Slack at `retryAt` (a new id), so it is not lost; Slack then posts it itself.
 */
export async function finishScheduledMessage(
  deps: ScheduledDeps,
  actor: Actor,
  id: string,
  outcome: ScheduledDeliveryOutcome,
): Promise<ScheduledMessageRecord> {
  const map = claimsOf(deps.connection);
  const key = claimKey(deps, actor, id);
  const claim = map.get(key);
  map.delete(key);
  const now = new Date(deps.connection.now());
  const record = claim?.record ?? forgotten(deps, actor, id, now);
  if (outcome.kind === 'sent') return { ...record, status: 'SENT', sentMessageId: outcome.messageId, lastError: null, updatedAt: now };
  const attempts = record.attempts + 1;
  if (outcome.kind === 'retry' && claim) {
    try {
      const acting = await deps.connection.writer(actor);
      const meta = { ...(claim.meta ?? defaultMeta(claim.pending, actor)) };
      const again = await schedule(deps, acting, meta, claim.pending.text, postAtOf(deps.connection, outcome.retryAt));
      const rescheduled = await toRecord(deps, actor, again, { ...meta, scheduledId: again.id }, {});
      return { ...rescheduled, lastError: outcome.error, attempts };
    } catch (error) {
      const why = error instanceof SwitchboardError ? `${error.code}: ${error.message}` : 'an unexpected error';
      return { ...record, status: 'FAILED', lastError: `${outcome.error} Scheduling it again with Slack failed too (${why}).`, attempts, updatedAt: now };
    }
  }
  return { ...record, status: 'FAILED', lastError: outcome.error, attempts, updatedAt: now };
}

function claimKey(deps: ScheduledDeps, actor: Actor, id: string): string {
  return `${deps.connection.workspaceId}|${actor.userId}|${id}`;
}

/** Scheduled messages on Slack, the `scheduled` part of SlackProvider (capabilities.scheduledMessages EMULATED). */
export class SlackScheduled implements ScheduledMessages {
  constructor(
    private readonly scope: () => FeatureScope,
    /** Null without a database: scheduled replies then read back without their thread. */
    private readonly store: ScheduledStore | null,
  ) {}

  private deps(): ScheduledDeps {
    const { connection, session } = this.scope();
    return { connection, session, store: this.store };
  }

  scheduleMessage(actor: Actor, request: ScheduleMessageRequest): Promise<ScheduledMessageRecord> {
    return scheduleMessage(this.deps(), actor, request);
  }

  listScheduledMessages(
    actor: Actor,
    filter: { statuses: ScheduledMessageStatus[] },
    page: { limit: number; cursor: string | null },
  ): Promise<Page<ScheduledMessageRecord>> {
    return listScheduledMessages(this.deps(), actor, filter, page);
  }

  loadScheduledMessages(actor: Actor, ids: readonly string[]): BatchResult<ScheduledMessageRecord | null> {
    return loadScheduledMessages(this.deps(), actor, ids);
  }

  updateScheduledMessage(actor: Actor, id: string, changes: ScheduledMessageChanges): Promise<ScheduledMessageRecord> {
    return updateScheduledMessage(this.deps(), actor, id, changes);
  }

  cancelScheduledMessage(actor: Actor, id: string): Promise<ScheduledMessageRecord> {
    return cancelScheduledMessage(this.deps(), actor, id);
  }

  claimScheduledMessage(actor: Actor, id: string): Promise<ScheduledMessageRecord> {
    return claimScheduledMessage(this.deps(), actor, id);
  }

  finishScheduledMessage(actor: Actor, id: string, outcome: ScheduledDeliveryOutcome): Promise<ScheduledMessageRecord> {
    return finishScheduledMessage(this.deps(), actor, id, outcome);
  }
}
