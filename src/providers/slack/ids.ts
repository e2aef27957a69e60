/**
 * Native ids of a Slack workspace, as the provider hands them to the schema layer (which wraps them into
 * opaque global ids). Channels and users keep Slack's ids (`C…`, `D…`, `G…`; `U…`, `W…`, bots `B…`). A
 * message has no id of its own in Slack: it is named by its channel and its `ts`, so its native id is
 * `<channel>:<ts>`. A message keeps that id for life, whether it is a root, a reply or a tombstone, so
 * events (which name only channel and ts) resolve to the same id as reads do.
 */

const CHANNEL_ID = /^[CDG][A-Z0-9]{2,}$/;
const USER_ID = /^[UWB][A-Z0-9]{2,}$/;
const TS = /^\d{9,10}\.\d{6}$/;

export function isChannelId(value: string): boolean {
  return CHANNEL_ID.test(value);
}

export function isUserId(value: string): boolean {
  return USER_ID.test(value);
}

export function isTs(value: string): boolean {
  return TS.test(value);
}

export function messageId(channel: string, ts: string): string {
  return `${channel}:${ts}`;
}

export interface MessageAddress {
  channel: string;
  ts: string;
}

/** The channel and ts a message id names, or null when the id is not one of ours. */
export function parseMessageId(id: string): MessageAddress | null {
  const [channel, ts, extra] = id.split(':');
  if (extra !== undefined || !channel || !ts || !isChannelId(channel) || !isTs(ts)) return null;
  return { channel, ts };
}

/** A Slack `ts` as an instant (millisecond precision; the microseconds only make the ts unique). */
export function tsToDate(ts: string): Date {
  const [seconds, fraction = '0'] = ts.split('.');
  return new Date(Number(seconds) * 1000 + Math.floor(Number(fraction.padEnd(6, '0').slice(0, 6)) / 1000));
}

/** An instant as a `ts` bound for `oldest` / `latest`. */
export function dateToTs(date: Date): string {
  const ms = date.getTime();
  return `${Math.floor(ms / 1000)}.${String((ms % 1000) * 1000).padStart(6, '0')}`;
}

/** Orders two ts strings numerically (they are fixed-point decimals of different lengths over time). */
export function compareTs(a: string, b: string): number {
  const [as, af = ''] = a.split('.');
  const [bs, bf = ''] = b.split('.');
  return Number(as) - Number(bs) || Number(af.padEnd(6, '0')) - Number(bf.padEnd(6, '0'));
}

/** A Slack reaction name as the provider-neutral emoji: the custom-emoji form `:name:` the schema documents. */
export function emojiOfReaction(name: string): string {
  return `:${name}:`;
}

/**
 * The ids webhook and poller code must produce for Slack events, so that a subscriber resolves the same
 * message, emoji and button as a read returns.
 */
export const slackNativeIds = {
  messageId,
  emoji: emojiOfReaction,
  /** A block-kit button: its `action_id` (unique within a message, which is all a click needs). */
  buttonId: (_blockId: string | null, actionId: string): string => actionId,
};
