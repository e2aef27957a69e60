import { notFound, SwitchboardError } from '../../errors.js';
import { logUnexpected } from '../../log.js';
import type { Actor, MessageContent } from '../model.js';
import type { Page } from '../paging.js';
import type { ScheduledDeliveryOutcome, ScheduledMessageChanges, ScheduledMessageRecord, ScheduledMessageStatus, ScheduleMessageRequest } from '../features/scheduled.js';
import type { SlackResponse } from './client.js';
import type { Acting, SlackConnection } from './connection.js';
import { isAbsent } from './errors.js';
import { isChannelId, messageId } from './ids.js';
import { mentionedUserIds, renderMrkdwn } from './mrkdwn.js';
import { compareStrings, pageOf } from './pages.js';
import { rawMessage } from './reads.js';
import type { ScheduledMetadata, ScheduledStore } from './scheduled-store.js';
import type { ReadSession } from './session.js';
import { outgoingText } from './writes.js';

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

/** chat.scheduledMessages.list page size (a user rarely has more pending, so one call answers). */
const LIST_PAGE_SIZE = 200;
/** How long a claimed message is remembered for its `finishScheduledMessage`. */
const CLAIM_TTL_MS = 10 * 60_000;
const SCHEDULED_ID = /^Q[A-Z0-9]+$/;

/** One entry of chat.scheduledMessages.list. */
interface SlackScheduledItem {
  id: string | number;
  channel_id: string;
  post_at: number;
  date_created: number;
  text?: string;
}

interface ScheduleResponse extends SlackResponse {
  channel: string;
  scheduled_message_id: string;
  /** A string in chat.scheduleMessage's answer, an integer in the list's (providers.md). */
  post_at: string | number;
}

/** A pending message as Slack knows it: enough to reschedule it exactly. */
interface Pending {
  channel: string;
  id: string;
  postAt: number;
  dateCreated: number;
  /** The mrkdwn Slack holds. */
  text: string;
}

export function scheduledNativeId(channel: string, scheduledId: string): string {
  return `${channel}:${scheduledId}`;
}

export function parseScheduledId(id: string): { channel: string; id: string } | null {
  const [channel, scheduled, extra] = id.split(':');
  if (extra !== undefined || !channel || !scheduled || !isChannelId(channel) || !SCHEDULED_ID.test(scheduled)) return null;
  return { channel, id: scheduled };
}

/** Slack's doc example gives list ids as bare numbers (1298393284) and schedule ids as `Q1298393284`. */
function normalId(id: string | number): string {
  const value = String(id);
  return value.startsWith('Q') ? value : `Q${value}`;
}

/** Per request: the actor's pending list, by token (writes forget it). */
const lists = new WeakMap<ReadSession, Map<string, Promise<Pending[]>>>();
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

/** The dependencies of every operation. */
export interface ScheduledDeps {
  connection: SlackConnection;
  session: ReadSession;
  /** Null without a database: scheduled replies then read back without their thread. */
  store: ScheduledStore | null;
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

/** The actor's pending messages, soonest first; read once per request and token. */
function pendingOf(deps: ScheduledDeps, acting: Acting): Promise<Pending[]> {
  let byToken = lists.get(deps.session);
  if (!byToken) {
    byToken = new Map();
    lists.set(deps.session, byToken);
  }
  let pending = byToken.get(acting.token);
  if (!pending) {
    pending = deps.connection.api
      .callAll<SlackScheduledItem>('chat.scheduledMessages.list', { limit: LIST_PAGE_SIZE }, acting.token, 'scheduled_messages')
      .then(async (items) => {
        const list = items
          .map((item) => ({ channel: item.channel_id, id: normalId(item.id), postAt: item.post_at, dateCreated: item.date_created, text: item.text ?? '' }))
          .sort((a, b) => a.postAt - b.postAt || compareStrings(a.id, b.id));
        await deps.store?.prune(acting.userId!, list.map((item) => item.id)).catch(logUnexpected);
        return list;
      });
    const forgetOnFailure = byToken;
    pending.catch(() => forgetOnFailure.delete(acting.token));
    byToken.set(acting.token, pending);
  }
  return pending;
}

function forgetPending(session: ReadSession, token: string): void {
  lists.get(session)?.delete(token);
}

async function requirePending(deps: ScheduledDeps, acting: Acting, id: string): Promise<Pending> {
  const parsed = parseScheduledId(id);
  const found = parsed ? (await pendingOf(deps, acting)).find((item) => item.channel === parsed.channel && item.id === parsed.id) : undefined;
  // Someone else's message is not in the actor's list: it reads as nonexistent, as the rules want.
  if (!found) throw notFound('Scheduled message', id);
  return found;
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

// ---- Slack calls ----------------------------------------------------------------------------------------

async function schedule(
  deps: ScheduledDeps,
  acting: Acting,
  meta: Omit<ScheduledMetadata, 'scheduledId'>,
  text: string,
  postAt: number,
): Promise<Pending> {
  const response = await deps.connection.api.call<ScheduleResponse>(
    'chat.scheduleMessage',
    {
      channel: meta.channelId,
      post_at: postAt,
      text,
      ...(meta.threadTs ? { thread_ts: meta.threadTs } : {}),
      ...(meta.replyBroadcast ? { reply_broadcast: true } : {}),
    },
    acting.token,
    { write: true, budgetScope: meta.channelId },
  );
  forgetPending(deps.session, acting.token);
  const pending: Pending = {
    channel: response.channel ?? meta.channelId,
    id: normalId(response.scheduled_message_id),
    postAt: Number(response.post_at ?? postAt),
    dateCreated: nowSeconds(deps.connection),
    text,
  };
  // Slack has the message now; losing its thread on a database hiccup must not fail the request (a retry
  // would schedule it twice).
  await deps.store?.save({ ...meta, channelId: pending.channel, scheduledId: pending.id }).catch(logUnexpected);
  return pending;
}

async function deleteFromSlack(deps: ScheduledDeps, acting: Acting, pending: Pending): Promise<void> {
  await deps.connection.api.call<SlackResponse>(
    'chat.deleteScheduledMessage',
    { channel: pending.channel, scheduled_message_id: pending.id },
    acting.token,
    { write: true },
  );
  forgetPending(deps.session, acting.token);
  await deps.store?.remove(pending.channel, pending.id).catch(logUnexpected);
}

/** A message Slack posted (or someone cancelled) between our list and our delete is a CONFLICT. */
async function deleteOrConflict(deps: ScheduledDeps, acting: Acting, pending: Pending, verb: string): Promise<void> {
  try {
    await deleteFromSlack(deps, acting, pending);
  } catch (error) {
    if (isAbsent(error)) throw new SwitchboardError('CONFLICT', `The scheduled message cannot be ${verb}: Slack sent or cancelled it meanwhile.`);
    throw error;
  }
}

// ---- records ------------------------------------------------------------------------------------------

function nowSeconds(connection: SlackConnection): number {
  return Math.floor(connection.now() / 1000);
}

/**
 * Slack's post_at is whole seconds in the future: the instant rounded up, and at least the next second (the
 * resolvers accept a few seconds of clock skew into the past, which Slack would refuse as time_in_past).
 */
function postAtOf(connection: SlackConnection, when: Date): number {
  return Math.max(Math.ceil(when.getTime() / 1000), nowSeconds(connection) + 1);
}

function claimKey(deps: ScheduledDeps, actor: Actor, id: string): string {
  return `${deps.connection.workspaceId}|${actor.userId}|${id}`;
}

function defaultMeta(pending: Pending, actor: Actor): Omit<ScheduledMetadata, 'scheduledId'> {
  return { channelId: pending.channel, authorId: actor.userId, parentTs: null, threadTs: null, replyBroadcast: false, format: 'markdown' };
}

async function metadataOf(deps: ScheduledDeps, actor: Actor, pending: Pending[]): Promise<Map<string, ScheduledMetadata>> {
  if (!deps.store || pending.length === 0) return new Map();
  return deps.store.load(actor.userId, pending.map((item) => ({ channelId: item.channel, scheduledId: item.id })));
}

async function toRecords(deps: ScheduledDeps, actor: Actor, pending: Pending[]): Promise<ScheduledMessageRecord[]> {
  const meta = await metadataOf(deps, actor, pending);
  await loadMentioned(deps.connection, pending.map((item) => item.text));
  return Promise.all(pending.map((item) => toRecord(deps, actor, item, meta.get(`${item.channel}:${item.id}`) ?? null, { mentionsLoaded: true })));
}

async function loadMentioned(connection: SlackConnection, texts: string[]): Promise<void> {
  const ids = [...new Set(texts.flatMap((text) => mentionedUserIds(text)))];
  if (ids.length > 0) await connection.users.load(ids);
}

async function toRecord(
  deps: ScheduledDeps,
  actor: Actor,
  pending: Pending,
  meta: ScheduledMetadata | null,
  options: { mentionsLoaded?: boolean },
): Promise<ScheduledMessageRecord> {
  if (!options.mentionsLoaded) await loadMentioned(deps.connection, [pending.text]);
  const rendered = renderMrkdwn(pending.text, { user: (id) => deps.connection.users.cachedHandle(id) });
  const format = meta?.format ?? 'markdown';
  const content: MessageContent = { format, text: format === 'text' ? rendered.text : rendered.markdown };
  const created = new Date(pending.dateCreated * 1000);
  const nativeId = scheduledNativeId(pending.channel, pending.id);
  return {
    provider: 'slack',
    workspaceId: deps.connection.workspaceId,
    id: nativeId,
    channelId: pending.channel,
    parentId: meta?.parentTs ? messageId(pending.channel, meta.parentTs) : null,
    authorId: actor.userId,
    content,
    text: rendered.text,
    markdown: rendered.markdown,
    alsoSendToChannel: meta?.replyBroadcast ?? false,
    attachments: [],
    scheduledFor: new Date(pending.postAt * 1000),
    status: 'PENDING',
    lastError: null,
    sentMessageId: null,
    attempts: 0,
    // Every version of a message has its own Slack id (an update reschedules it), so the id is the key.
    deliveryKey: `slack-scheduled:${deps.connection.workspaceId}:${nativeId}`,
    createdAt: created,
    updatedAt: created,
  };
}

/** The record of a claim this process no longer remembers: what its id tells. */
function forgotten(deps: ScheduledDeps, actor: Actor, id: string, now: Date): ScheduledMessageRecord {
  const parsed = parseScheduledId(id);
  return {
    provider: 'slack',
    workspaceId: deps.connection.workspaceId,
    id,
    channelId: parsed?.channel ?? '',
    parentId: null,
    authorId: actor.userId,
    content: { format: 'markdown', text: '' },
    text: '',
    markdown: '',
    alsoSendToChannel: false,
    attachments: [],
    scheduledFor: now,
    status: 'SENDING',
    lastError: null,
    sentMessageId: null,
    attempts: 0,
    deliveryKey: `slack-scheduled:${deps.connection.workspaceId}:${id}`,
    createdAt: now,
    updatedAt: now,
  };
}

