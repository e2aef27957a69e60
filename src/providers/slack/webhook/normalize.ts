import type { EventType, ProviderChange } from '../../events.js';
import { slackNativeIds } from '../ids.js';

/**
 * Slack Events API payloads → normalized changes (ids and type only, never content). Native ids are the
 * ones the Slack provider uses (../ids.ts: `<channel>:<ts>` messages, `:name:` emoji, `action_id` buttons),
 * so a subscriber resolves the message through the provider exactly as if it had queried it. Anything not
 * listed here is acknowledged and dropped.
 */

/** A normalized change, before the ingest path claims its echo and appends it to the event log. */
export type SlackChange = ProviderChange;

/** Slack's inner `event` object, loosely typed: fields differ per event type. */
export type SlackInnerEvent = Record<string, unknown> & { type?: unknown };

const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const obj = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

/** Message subtypes that are messages in the timeline (user, bot and system messages). */
const TIMELINE_SUBTYPES = new Set([
  'thread_broadcast',
  'bot_message',
  'file_share',
  'me_message',
  'channel_join',
  'channel_leave',
  'channel_name',
  'channel_archive',
  'channel_unarchive',
  'channel_topic',
  'channel_purpose',
  'group_join',
  'group_leave',
  'group_name',
  'group_archive',
  'group_unarchive',
  'group_topic',
  'group_purpose',
]);

const CHANNEL_EVENTS: Record<string, EventType> = {
  channel_created: 'CHANNEL_CREATED',
  channel_rename: 'CHANNEL_RENAMED',
  group_rename: 'CHANNEL_RENAMED',
  channel_deleted: 'CHANNEL_DELETED',
  group_deleted: 'CHANNEL_DELETED',
  channel_archive: 'CHANNEL_UPDATED',
  group_archive: 'CHANNEL_UPDATED',
  channel_unarchive: 'CHANNEL_UPDATED',
  group_unarchive: 'CHANNEL_UPDATED',
};

/** When the event happened: the envelope's event_time, else the event's own timestamp, else now. */
function occurredAt(eventTime: unknown, event: SlackInnerEvent): Date {
  if (typeof eventTime === 'number' && Number.isFinite(eventTime)) return new Date(eventTime * 1000);
  const ts = str(event.event_ts) ?? str(event.ts);
  const seconds = ts ? Number(ts) : NaN;
  return Number.isFinite(seconds) ? new Date(seconds * 1000) : new Date();
}

/**
 * The changes one inner event stands for (usually one, none for what we do not normalize).
 * `eventTime` is the envelope's `event_time` (unix seconds).
 */
export function normalizeSlackEvent(teamId: string, event: SlackInnerEvent, eventTime?: unknown): SlackChange[] {
  const type = str(event.type);
  if (!type) return [];
  const at = occurredAt(eventTime, event);
  const change = (
    eventType: EventType,
    fields: { channelId: string | null; messageId?: string | null; threadRootId?: string | null; actorId?: string | null; emoji?: string | null },
  ): SlackChange => ({
    envelope: {
      type: eventType,
      occurredAt: at,
      provider: 'slack',
      workspaceId: teamId,
      channelId: fields.channelId,
      messageId: fields.messageId ?? null,
      // Explicitly null: unknown here, the ingest path looks it up (reactions).
      threadRootId: fields.threadRootId === undefined ? (fields.messageId ?? null) : fields.threadRootId,
      actorId: fields.actorId ?? null,
      emoji: fields.emoji ?? null,
      buttonId: null,
    },
    detail: fields.emoji ?? '',
  });
  const ids = slackNativeIds;

  switch (type) {
    case 'message':
      return normalizeMessage(event, ids, change);
    case 'app_mention': {
      const channel = str(event.channel);
      const ts = str(event.ts);
      if (!channel || !ts) return [];
      const root = str(event.thread_ts) ?? ts;
      return [change('APP_MENTION', { channelId: channel, messageId: ids.messageId(channel, ts), threadRootId: ids.messageId(channel, root), actorId: str(event.user) })];
    }
    case 'reaction_added':
    case 'reaction_removed': {
      const item = obj(event.item);
      const channel = str(item?.channel);
      const ts = str(item?.ts);
      const reaction = str(event.reaction);
      if (item?.type !== 'message' || !channel || !ts || !reaction) return [];
      return [
        change(type === 'reaction_added' ? 'REACTION_ADDED' : 'REACTION_REMOVED', {
          channelId: channel,
          messageId: ids.messageId(channel, ts),
          // The thread root is not in a reaction event: the ingest path asks the provider (one read).
          threadRootId: null,
          actorId: str(event.user),
          emoji: ids.emoji(reaction),
        }),
      ];
    }
    case 'pin_added':
    case 'pin_removed': {
      const item = obj(event.item);
      const channel = str(event.channel_id) ?? str(item?.channel);
      const message = obj(item?.message);
      const ts = str(message?.ts) ?? str(item?.ts);
      if ((item?.type !== undefined && item.type !== 'message') || !channel || !ts) return [];
      const root = str(message?.thread_ts) ?? ts;
      return [
        change(type === 'pin_added' ? 'MESSAGE_PINNED' : 'MESSAGE_UNPINNED', {
          channelId: channel,
          messageId: ids.messageId(channel, ts),
          threadRootId: ids.messageId(channel, root),
          actorId: str(event.user),
        }),
      ];
    }
    case 'member_joined_channel':
    case 'member_left_channel': {
      const channel = str(event.channel);
      if (!channel) return [];
      return [change(type === 'member_joined_channel' ? 'CHANNEL_JOINED' : 'CHANNEL_LEFT', { channelId: channel, actorId: str(event.user) })];
    }
    default: {
      const channelType = CHANNEL_EVENTS[type];
      if (!channelType) return [];
      // channel_created and *_rename carry a channel object; the others just its id.
      const channelObject = obj(event.channel);
      const channel = channelObject ? str(channelObject.id) : str(event.channel);
      if (!channel) return [];
      return [change(channelType, { channelId: channel, actorId: str(channelObject?.creator) ?? str(event.user) })];
    }
  }
}

type ChangeFactory = (
  eventType: EventType,
  fields: { channelId: string | null; messageId?: string | null; threadRootId?: string | null; actorId?: string | null },
) => SlackChange;

function normalizeMessage(event: SlackInnerEvent, ids: typeof slackNativeIds, change: ChangeFactory): SlackChange[] {
  const channel = str(event.channel);
  if (!channel) return [];
  const subtype = str(event.subtype);

  if (subtype === 'message_changed') {
    const message = obj(event.message);
    const previous = obj(event.previous_message);
    const ts = str(message?.ts);
    if (!message || !ts) return [];
    // Slack also reports thread bookkeeping (reply counts, unfurls) as message_changed; only an edit of the
    // content is an update.
    const edited = obj(message.edited) !== null;
    const textChanged = previous ? previous.text !== message.text : true;
    if (!edited && !textChanged) return [];
    const root = str(message.thread_ts) ?? ts;
    return [
      change('MESSAGE_UPDATED', {
        channelId: channel,
        messageId: ids.messageId(channel, ts),
        threadRootId: ids.messageId(channel, root),
        actorId: str(obj(message.edited)?.user) ?? str(message.user),
      }),
    ];
  }
  if (subtype === 'message_deleted') {
    const ts = str(event.deleted_ts);
    if (!ts) return [];
    const previous = obj(event.previous_message);
    const root = str(previous?.thread_ts) ?? ts;
    return [change('MESSAGE_DELETED', { channelId: channel, messageId: ids.messageId(channel, ts), threadRootId: ids.messageId(channel, root) })];
  }
  if (subtype !== null && !TIMELINE_SUBTYPES.has(subtype)) return [];
  // message_replied arrives without a subtype but wraps the parent in `message`: not a new message.
  if (event.message !== undefined || event.hidden === true) return [];
  const ts = str(event.ts);
  if (!ts) return [];
  const root = str(event.thread_ts) ?? ts;
  return [
    change('MESSAGE_CREATED', {
      channelId: channel,
      messageId: ids.messageId(channel, ts),
      threadRootId: ids.messageId(channel, root),
      actorId: str(event.user) ?? str(event.bot_user_id),
    }),
  ];
}
