import type { Actor, ChannelRecord, MessageRecord } from '../model.js';
import type { BatchResult, Page, PageKey } from '../paging.js';

// ── Read state and thread subscriptions ─────────────────────────────────────────────────────────────
//
// Per-user state on top of messages: a read position per channel, and per thread whether the user follows
// it and how far it has read. On the built-in workspace both are native. On Slack, a channel's position
// is native (`conversations.mark` moves it; `conversations.info` answers `last_read` and
// `unread_count_display`), while thread subscriptions and thread read positions are Switchboard metadata
// (Slack's API has neither), so an adapter implements the thread half over its own table.
//
// They are two optional parts of a provider: `readState` (channel positions, present exactly when
// `capabilities.readState` is not NONE) and `threadSubscriptions` (present exactly when
// `capabilities.threadSubscriptions` is not NONE).
//
// Rules every provider keeps:
// - A channel's unread messages are those of its timeline (roots, and replies also sent to the channel)
//   after the user's position, not deleted, not written by the user: your own messages are never unread.
// - A thread is a root and every reply below it, at any depth. Its unread replies are the replies after
//   the user's position in that thread, with the same exclusions. A thread the user never followed nor
//   marked read has no position: none of its replies count as unread.
// - Sending a reply subscribes its author to the thread and moves the author's thread position to the
//   reply; it also subscribes the root's author, unless that user explicitly unsubscribed (as Slack does).
//   Providers do this inside `sendMessage`.

export type ThreadSubscriptionStatus = 'SUBSCRIBED' | 'UNSUBSCRIBED';

/** One channel with unread messages for the acting user. */
export interface UnreadChannelRecord {
  channel: ChannelRecord;
  unreadCount: number;
}

/** The acting user's state in one thread, named by its root. */
export interface ThreadStateRecord {
  rootId: string;
  subscription: ThreadSubscriptionStatus;
  /** Replies after the user's thread position (not deleted, not the user's own). */
  unreadReplyCount: number;
  /** When the latest reply (not deleted) was sent; the root's time when it has none. */
  lastActivityAt: Date;
}

/** A page of followed threads, and how many of all followed threads have unread replies. */
export interface ThreadPage extends Page<ThreadStateRecord> {
  unreadThreadCount: number;
}

/**
 * Where a mark-unread moved a read position: the channel's (a timeline message) or the thread's (a reply
 * shown only in its thread). `rootId` names the thread in the second case.
 */
export type UnreadMark = { kind: 'channel'; channelId: string } | { kind: 'thread'; channelId: string; rootId: string };

/** Channel read state, an optional part of a provider (`MessagingProvider.readState`). */
export interface ReadState {
  /** Unread timeline messages per channel for the actor; 0 for a channel it is not a member of. */
  loadChannelUnreadCounts(actor: Actor, channelIds: readonly string[]): BatchResult<number>;
  /** Whether each message is unread for the actor (timeline messages: channel position; replies: thread position). */
  loadUnreadFlags(actor: Actor, messageIds: readonly string[]): BatchResult<boolean>;
  /** Channels the actor can read that have unread messages for it, by name. Forward pages only. */
  listUnreadChannels(actor: Actor, page: { limit: number; cursor: string | null }): Promise<Page<UnreadChannelRecord>>;
  /** The actor's unread messages of each channel (a key's parentId is a channel id), oldest first. Forward only. */
  listUnreadMessages(actor: Actor, keys: readonly PageKey[]): BatchResult<Page<MessageRecord>>;
  /** Moves the actor's channel position to `messageId` (a message of that channel), or to the newest message. */
  markChannelRead(actor: Actor, channelId: string, messageId: string | null): Promise<void>;
  /**
   * Moves a position to just before the message, so that it and everything after it read as unread: the
   * channel's position for a timeline message, its thread's position for a reply shown only in its thread.
   */
  markUnread(actor: Actor, messageId: string): Promise<UnreadMark>;
}

/** Thread subscriptions and thread read positions, an optional part of a provider (`MessagingProvider.threadSubscriptions`). */
export interface ThreadSubscriptions {
  /** The actor's subscription to each thread, by root id (UNSUBSCRIBED when it never followed it). */
  loadThreadSubscriptions(actor: Actor, rootIds: readonly string[]): BatchResult<ThreadSubscriptionStatus>;
  /** The actor's state in each thread, by root id. */
  loadThreadStates(actor: Actor, rootIds: readonly string[]): BatchResult<ThreadStateRecord>;
  /** Threads the actor follows, in channels it can read, latest activity first. Forward pages only. */
  listFollowedThreads(actor: Actor, page: { limit: number; cursor: string | null }): Promise<ThreadPage>;
  /** Moves the actor's position in the thread of `rootId` to `replyId` (a reply below it), or to the latest reply. */
  markThreadRead(actor: Actor, rootId: string, replyId: string | null): Promise<void>;
  /** Follows or unfollows the thread of `rootId`; following a thread never read starts at its latest reply. */
  setThreadSubscription(actor: Actor, rootId: string, status: ThreadSubscriptionStatus): Promise<void>;
}
