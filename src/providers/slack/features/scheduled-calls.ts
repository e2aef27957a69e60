import { notFound, SwitchboardError } from '../../../errors.js';
import { logUnexpected } from '../../../log.js';
import type { SlackResponse } from '../client.js';
import type { Acting, SlackConnection } from '../connection.js';
import { isAbsent } from '../errors.js';
import { isChannelId } from '../ids.js';
import { compareStrings } from '../pages.js';
import type { ReadSession } from '../session.js';
import type { ScheduledMetadata, ScheduledStore } from './scheduled-store.js';

/**
 * Slack's side of scheduled messages: what chat.scheduledMessages.list holds for a token (read once per
 * request), chat.scheduleMessage and chat.deleteScheduledMessage, and the native ids. The provider part
 * (./scheduled.ts) builds the operations on these; ./scheduled-records.ts turns them into records.
 */

/** chat.scheduledMessages.list page size (a user rarely has more pending, so one call answers). */
const LIST_PAGE_SIZE = 200;
export const SCHEDULED_ID = /^Q[A-Z0-9]+$/;

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
export interface Pending {
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
export function normalId(id: string | number): string {
  const value = String(id);
  return value.startsWith('Q') ? value : `Q${value}`;
}

/** Per request: the actor's pending list, by token (writes forget it). */
const lists = new WeakMap<ReadSession, Map<string, Promise<Pending[]>>>();

/** The dependencies of every operation. */
export interface ScheduledDeps {
  connection: SlackConnection;
  session: ReadSession;
  /** Null without a database: scheduled replies then read back without their thread. */
  store: ScheduledStore | null;
}

/** The actor's pending messages, soonest first; read once per request and token. */
export function pendingOf(deps: ScheduledDeps, acting: Acting): Promise<Pending[]> {
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

export function forgetPending(session: ReadSession, token: string): void {
  lists.get(session)?.delete(token);
}

export async function requirePending(deps: ScheduledDeps, acting: Acting, id: string): Promise<Pending> {
  const parsed = parseScheduledId(id);
  const found = parsed ? (await pendingOf(deps, acting)).find((item) => item.channel === parsed.channel && item.id === parsed.id) : undefined;
  // Someone else's message is not in the actor's list: it reads as nonexistent, as the rules want.
  if (!found) throw notFound('Scheduled message', id);
  return found;
}

export async function schedule(
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

export async function deleteFromSlack(deps: ScheduledDeps, acting: Acting, pending: Pending): Promise<void> {
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
export async function deleteOrConflict(deps: ScheduledDeps, acting: Acting, pending: Pending, verb: string): Promise<void> {
  try {
    await deleteFromSlack(deps, acting, pending);
  } catch (error) {
    if (isAbsent(error)) throw new SwitchboardError('CONFLICT', `The scheduled message cannot be ${verb}: Slack sent or cancelled it meanwhile.`);
    throw error;
  }
}

export function nowSeconds(connection: SlackConnection): number {
  return Math.floor(connection.now() / 1000);
}

/**
 * Slack's post_at is whole seconds in the future: the instant rounded up, and at least the next second (the
 * resolvers accept a few seconds of clock skew into the past, which Slack would refuse as time_in_past).
 */
export function postAtOf(connection: SlackConnection, when: Date): number {
  return Math.max(Math.ceil(when.getTime() / 1000), nowSeconds(connection) + 1);
}
