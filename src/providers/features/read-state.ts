import type { ChannelRecord } from '../model.js';
import type { Page } from '../paging.js';

// ── Read state and thread subscriptions ─────────────────────────────────────────────────────────────
//
// Per-user state on top of messages: a read position per channel, and per thread whether the user follows
// it and how far it has read. On the built-in workspace both are native. On Slack, a channel's position
// is native (`conversations.mark` moves it; `conversations.info` answers `last_read` and
// `unread_count_display`), while thread subscriptions and thread read positions are Switchboard metadata
// (Slack's API has neither), so an adapter implements the thread half over its own table.
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

/** Narrows a list of followed threads. */
export interface ThreadFilter {
  /** Only threads with unread replies (unreadReplyCount > 0). */
  unreadOnly?: boolean;
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
