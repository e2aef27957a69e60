import { logUnexpected } from '../../../log.js';
import { notFound, SwitchboardError } from '../../../errors.js';
import type { Actor, MessageRecord } from '../../model.js';
import type { BatchResult, Page, PageKey } from '../../paging.js';
import type { PinResult, Pins } from '../../features/pins.js';
import type { SlackResponse } from '../client.js';
import type { Acting, SlackConnection } from '../connection.js';
import { isAbsent } from '../errors.js';
import { compareTs, dateToTs, isChannelId, messageId, parseMessageId } from '../ids.js';
import { decodeCursor, emptyPage, encodeCursor, linearOnly } from '../pages.js';
import { requireMessage } from '../reads.js';
import type { ReadSession } from '../session.js';
import type { HistoryResponse, SlackMessage } from '../wire.js';
import type { FeatureScope } from './scope.js';

/**
 * Pins on Slack: pins.add, pins.remove and pins.list (Tier 2: 20+ a minute per workspace), made with the
 * actor's own user token. Slack's already_pinned answers CONFLICT, too_many_pins VALIDATION_ERROR, and
 * no_pin / not_pinned NOT_FOUND (errors.ts). At most MAX_PINS_PER_CHANNEL per channel.
 *
 * Slack posts a "pinned a message to this channel" system message (subtype pinned_item) for every pin,
 * which pinMessage finds with one conversations.history read and returns as the announcement.
 *
 * Calls: pinMessage costs pins.add and one conversations.history (plus one read of the message when the
 * request has not read it yet); unpinMessage costs pins.remove (plus that read); Channel.pins costs one
 * pins.list per channel and request, which also gives the real pin time and pinner.
 */

/** Slack's limit on pinned items in one channel ("up to 100"; pins.add answers too_many_pins beyond). */
export const MAX_PINS_PER_CHANNEL = 100;
/** How many of the newest channel messages pinMessage searches for Slack's announcement. */
const ANNOUNCEMENT_WINDOW = 10;
/** Clock skew allowed between Switchboard and Slack when looking for the announcement. */
const ANNOUNCEMENT_SKEW_MS = 60_000;

interface PinnedItem {
  type?: string;
  channel?: string;
  created?: number;
  created_by?: string;
  message?: SlackMessage;
}

interface PinsListResponse extends SlackResponse {
  items?: PinnedItem[];
}

/** A pinned_item system message; `item` is the pinned message when Slack includes it. */
interface PinnedAnnouncement extends SlackMessage {
  item?: { ts?: string };
}

export async function pinMessage(connection: SlackConnection, session: ReadSession, actor: Actor, id: string): Promise<PinResult> {
  const acting = await connection.writer(actor);
  const address = parseMessageId(id);
  if (!address) throw notFound('Message', id);
  // Read before the pin: within a request the resolver has already read it, so this costs nothing.
  const before = await requireMessage(connection, session, acting, id);
  const pinnedAt = new Date(connection.now());
  await connection.api.call<SlackResponse>('pins.add', { channel: address.channel, timestamp: address.ts }, acting.token, { write: true });
  session.forget(address.channel);
  const announcement = await findAnnouncement(connection, session, acting, address.channel, address.ts, pinnedAt);
  return { message: { ...before, pinnedAt, pinnedById: actor.userId }, announcement };
}

export async function unpinMessage(connection: SlackConnection, session: ReadSession, actor: Actor, id: string): Promise<MessageRecord> {
  const acting = await connection.writer(actor);
  const address = parseMessageId(id);
  if (!address) throw notFound('Message', id);
  const before = await requireMessage(connection, session, acting, id);
  await connection.api.call<SlackResponse>('pins.remove', { channel: address.channel, timestamp: address.ts }, acting.token, { write: true });
  session.forget(address.channel);
  return { ...before, pinnedAt: null, pinnedById: null };
}

/**
 * Slack's pinned_item message for this pin: the newest one by the actor since just before the pin, the
 * one naming the pinned message when Slack says which (`item.ts`). Null when Slack posted none.
 */
async function findAnnouncement(
  connection: SlackConnection,
  session: ReadSession,
  acting: Acting,
  channel: string,
  ts: string,
  pinnedAt: Date,
): Promise<MessageRecord | null> {
  let history: HistoryResponse;
  try {
    history = await connection.api.call<HistoryResponse>(
      'conversations.history',
      { channel, limit: ANNOUNCEMENT_WINDOW },
      acting.token,
    );
  } catch (error) {
    // The pin is made; failing to find its announcement (even rate-limited) must not make it look failed.
    if (!(error instanceof SwitchboardError)) logUnexpected(error);
    return null;
  }
  session.remember(acting.token, channel, history.messages);
  const since = dateToTs(new Date(pinnedAt.getTime() - ANNOUNCEMENT_SKEW_MS));
  const candidates = (history.messages as PinnedAnnouncement[])
    .filter((message) => message.subtype === 'pinned_item' && message.user === acting.userId && compareTs(message.ts, since) >= 0)
    .sort((a, b) => compareTs(b.ts, a.ts));
  const found = candidates.find((message) => message.item?.ts === ts) ?? candidates.find((message) => message.item?.ts === undefined);
  if (!found) return null;
  const [record] = await connection.records([{ channel, message: found }]);
  return { ...record, systemEvent: record.systemEvent ? { ...record.systemEvent, messageId: messageId(channel, ts) } : null };
}

/**
 * Pinned messages of each channel, most recently pinned first: one pins.list per channel and request.
 * Slack's `created` has whole seconds, so pins of one second keep the order pins.list gives them.
 */
export async function listPins(
  connection: SlackConnection,
  session: ReadSession,
  acting: Acting,
  keys: readonly PageKey[],
): Promise<Array<Page<MessageRecord> | Error>> {
  return Promise.all(
    keys.map(async (key) => {
      try {
        const page = linearOnly(key.page, 'pins');
        if (page.direction !== 'forward') throw new SwitchboardError('UNSUPPORTED', 'Pins are read forward only (first/after).');
        const cursor = page.cursor === null ? null : decodeCursor(page.cursor, 'p', 2);
        const pins = isChannelId(key.parentId) ? await pinsOf(connection, session, acting, key.parentId) : [];
        let start = 0;
        if (cursor) {
          const at = pins.findIndex((pin) => pin.id === cursor[1]);
          // The cursor's pin was removed meanwhile: go on after the pins of its time.
          start = at >= 0 ? at + 1 : firstAfter(pins, Number(cursor[0]));
        }
        const slice = pins.slice(start, start + page.limit);
        return {
          edges: slice.map((pin) => ({ cursor: encodeCursor('p', String(pin.pinnedAt!.getTime()), pin.id), node: pin })),
          hasNextPage: start + page.limit < pins.length,
          hasPreviousPage: cursor !== null,
        };
      } catch (error) {
        if (isAbsent(error)) return emptyPage<MessageRecord>();
        return error as Error;
      }
    }),
  );
}

function firstAfter(pins: MessageRecord[], pinnedAtMs: number): number {
  const index = pins.findIndex((pin) => pin.pinnedAt!.getTime() < pinnedAtMs);
  return index < 0 ? pins.length : index;
}

/** Per request: each channel's pins (records with the real pin time and pinner), by token. */
const pinLists = new WeakMap<ReadSession, Map<string, Promise<MessageRecord[]>>>();

function pinsOf(connection: SlackConnection, session: ReadSession, acting: Acting, channel: string): Promise<MessageRecord[]> {
  let lists = pinLists.get(session);
  if (!lists) {
    lists = new Map();
    pinLists.set(session, lists);
  }
  const key = `${acting.token}|${channel}`;
  let pending = lists.get(key);
  if (!pending) {
    pending = readPins(connection, session, acting, channel);
    const owner = lists;
    pending.catch(() => owner.delete(key));
    lists.set(key, pending);
  }
  return pending;
}

async function readPins(connection: SlackConnection, session: ReadSession, acting: Acting, channel: string): Promise<MessageRecord[]> {
  const response = await connection.api.call<PinsListResponse>('pins.list', { channel }, acting.token);
  // Files were pinnable once; only messages are pins here.
  const items = (response.items ?? []).filter((item): item is PinnedItem & { message: SlackMessage } => item.type === 'message' && item.message !== undefined);
  const records = await connection.records(items.map((item) => ({ channel: item.channel ?? channel, message: item.message })));
  return records
    .map((record, index) => ({
      ...record,
      pinnedAt: items[index].created ? new Date(items[index].created! * 1000) : (record.pinnedAt ?? record.createdAt),
      pinnedById: items[index].created_by ?? null,
    }))
    // A stable sort: pins of the same second stay in pins.list's order (most recent first).
    .sort((a, b) => b.pinnedAt.getTime() - a.pinnedAt.getTime());
}

/** Pins on Slack, the `pins` part of SlackProvider (capabilities.pins NATIVE). */
export class SlackPins implements Pins {
  constructor(private readonly scope: () => FeatureScope) {}

  pinMessage(actor: Actor, messageId: string): Promise<PinResult> {
    const { connection, session } = this.scope();
    return pinMessage(connection, session, actor, messageId);
  }

  unpinMessage(actor: Actor, messageId: string): Promise<MessageRecord> {
    const { connection, session } = this.scope();
    return unpinMessage(connection, session, actor, messageId);
  }

  async listPins(keys: readonly PageKey[]): BatchResult<Page<MessageRecord>> {
    const { connection, session, viewer } = this.scope();
    return listPins(connection, session, await viewer(), keys);
  }
}
