import type { ProviderName } from './model.js';

/** Every type of normalized event, as `Event.type` in the schema. */

export const EVENT_TYPES = [
  'MESSAGE_CREATED',
  'MESSAGE_UPDATED',
  'MESSAGE_DELETED',
  'REACTION_ADDED',
  'REACTION_REMOVED',
  'APP_MENTION',
  'BUTTON_CLICKED',
  'MESSAGE_PINNED',
  'MESSAGE_UNPINNED',
  'LINK_PREVIEW_REMOVED',
  'CHANNEL_CREATED',
  'CHANNEL_RENAMED',
  'CHANNEL_UPDATED',
  'CHANNEL_DELETED',
  'CHANNEL_JOINED',
  'CHANNEL_LEFT',
  'USER_CREATED',
  'USER_UPDATED',
  'USER_DELETED',
  'THREAD_READ',
  /** The viewer moved its read position in a channel (markChannelRead, markUnread); private to the viewer. */
  'CHANNEL_READ',
  'SCHEDULED_MESSAGE_SENT',
  'SCHEDULED_MESSAGE_FAILED',
  /** An admin disconnected the workspace: subscriptions confined to it end (nobody is a member any more). */
  'WORKSPACE_DISCONNECTED',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** A normalized event: ids and type only, never content. Subscribers resolve content themselves. */
export interface EventEnvelope {
  id: string;
  type: EventType;
  occurredAt: Date;
  provider: ProviderName;
  workspaceId: string;
  channelId: string | null;
  messageId: string | null;
  /** Root of the message's thread, so that subscribers can filter by thread without a lookup. */
  threadRootId: string | null;
  actorId: string | null;
  emoji: string | null;
  buttonId: string | null;
  /**
   * Set on private events (read state: THREAD_READ, CHANNEL_READ): only subscriptions of this Switchboard
   * account receive them, whoever else can read the channel. Absent or null: everyone who may see it.
   */
  audienceAccountId?: string | null;
  /** For SCHEDULED_MESSAGE_SENT and _FAILED: the scheduled message (native id); absent or null otherwise. */
  scheduledMessageId?: string | null;
}

/** An envelope after it was appended to the event log; `seq` orders the log and backs the cursor. */
export interface LoggedEvent extends EventEnvelope {
  seq: string;
}

/** The changes the message mutations make: what a provider that echoes reports back (EchoRules.types). */
export const MESSAGE_WRITE_EVENTS: ReadonlySet<EventType> = new Set<EventType>([
  'MESSAGE_CREATED',
  'MESSAGE_UPDATED',
  'MESSAGE_DELETED',
  'REACTION_ADDED',
  'REACTION_REMOVED',
  'MESSAGE_PINNED',
  'MESSAGE_UNPINNED',
  'APP_MENTION',
]);

/**
 * A change as a provider reports it (webhook, poller) or as Switchboard made it, before the ingest path
 * (src/subscriptions/ingest.ts) claims its echo and appends it to the event log.
 */
export interface ProviderChange {
  envelope: Omit<EventEnvelope, 'id'>;
  /** What else tells two changes of one message apart for echo suppression: a reaction's emoji, else ''. */
  detail: string;
}
