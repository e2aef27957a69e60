import type { Actor, AttachmentRecord, AudienceMember, ChannelAccess, ChannelRecord, LinkMetadata, MessageContent, MessageRecord, ProviderName, UserRecord, WorkspaceRecord } from './model.js';
import type { Capabilities } from './capabilities.js';
import type { BatchResult, Page, PageKey, PageRequest } from './paging.js';
import type { ThreadFilter, ThreadPage, ThreadStateRecord, ThreadSubscriptionStatus, UnreadChannelRecord, UnreadMark } from './features/read-state.js';
import type { ScheduleMessageRequest, ScheduledDeliveryOutcome, ScheduledMessageChanges, ScheduledMessageRecord, ScheduledMessageStatus } from './features/scheduled.js';
import type { PinResult, SearchRequest, SearchResultPage } from './features/search.js';
import type { ChannelChange, CreateChannelRequest, JoinableChannelRecord } from './features/channels.js';
import type { AttachmentPlacement, FileUpload } from './features/files.js';

/**
 * The interface every messaging provider implements, for one workspace (a built-in workspace, one Slack
 * team, one Teams tenant, one mailbox). Ids it receives and returns are native ids of that workspace.
 */

/** Narrows an inbox; null means "no restriction". Ids are native ids of the workspace. */
export interface InboxFilter {
  channelIds: string[] | null;
  authorIds: string[] | null;
  /** Only messages that mention this user. */
  mentioningUserId: string | null;
  createdAfter: Date | null;
  createdBefore: Date | null;
  /** Only messages unread for the acting user (see `loadUnreadFlags`); absent or false: no restriction. */
  unreadOnly?: boolean;
}



export interface SendMessageRequest {
  channelId: string;
  content: MessageContent;
  parentId: string | null;
  alsoSendToChannel: boolean;
  attachmentIds: string[];
}


/**
 * One workspace of one provider. Every method may throw a SwitchboardError (usually a ProviderError);
 * batch methods may instead put an Error in the slot of the key that failed.
 */
export interface MessagingProvider {
  readonly provider: ProviderName;
  readonly workspaceId: string;
  capabilities(): Capabilities;
  workspace(): Promise<WorkspaceRecord>;
  /**
   * A view of this provider for one request (or one subscription event), made once per request scope.
   * Providers without multi-get (Slack) cache their reads in it, so a thread read once serves its root,
   * replies and parents for the rest of the request; reads without an explicit actor act as `actor`.
   * Optional: a provider whose reads are batched anyway (the built-in workspace) leaves it out.
   */
  forRequest?(actor: () => Promise<Actor | null>): MessagingProvider;

  /** The workspace user that a Switchboard account acts as here, or null when it has none. */
  userForAccount(accountId: string): Promise<UserRecord | null>;

  loadUsers(ids: readonly string[]): BatchResult<UserRecord | null>;
  loadChannels(ids: readonly string[]): BatchResult<ChannelRecord | null>;
  loadMessages(ids: readonly string[]): BatchResult<MessageRecord | null>;
  loadChannelAccess(actor: Actor, channelIds: readonly string[]): BatchResult<ChannelAccess>;
  /**
   * Optional: `userForAccount` and `loadChannelAccess` for many accounts at once, in one call, with the same
   * answers (an account with no user here has no access). Subscriptions use it to check one event for
   * every subscriber together; without it they ask account by account.
   */
  loadAudience?(accountIds: readonly string[], channelIds: readonly string[]): BatchResult<AudienceMember>;

  /** Channels the actor can see, by name; `parentId` lists subchannels of one channel. */
  listChannels(
    actor: Actor,
    filter: { parentId: string | null; query: string | null; includeArchived: boolean },
    page: PageRequest,
  ): Promise<Page<ChannelRecord>>;
  listUsers(filter: { query: string | null }, page: PageRequest): Promise<Page<UserRecord>>;
  /** Members of each channel, by name. */
  listChannelMembers(keys: readonly PageKey[]): BatchResult<Page<UserRecord>>;
  /** Messages shown in each channel (roots and replies also sent to the channel), newest first. */
  listChannelMessages(keys: readonly PageKey[]): BatchResult<Page<MessageRecord>>;
  /** Immediate replies of each message, oldest first. */
  listChildren(keys: readonly PageKey[]): BatchResult<Page<MessageRecord>>;
  /** The whole subtree below each message, flattened, oldest first. */
  listDescendants(keys: readonly PageKey[]): BatchResult<Page<MessageRecord>>;
  /**
   * The actor's inbox in this workspace: every message it can read (roots and replies, not tombstones),
   * newest first, narrowed by `filter`. Forward pages only; the resolver merges workspaces.
   */
  listInbox(actor: Actor, filter: InboxFilter, page: { limit: number; cursor: string | null }): Promise<Page<MessageRecord>>;

  sendMessage(actor: Actor, request: SendMessageRequest): Promise<MessageRecord>;
  updateMessage(actor: Actor, messageId: string, content: MessageContent): Promise<MessageRecord>;
  /** Leaves a tombstone (`deletedAt`) so that reply trees keep their shape. */
  deleteMessage(actor: Actor, messageId: string): Promise<MessageRecord>;
  addReaction(actor: Actor, messageId: string, emoji: string): Promise<MessageRecord>;
  removeReaction(actor: Actor, messageId: string, emoji: string): Promise<MessageRecord>;

  // ── Read state and thread subscriptions (see the rules above ThreadSubscriptionStatus) ──────────────
  /** Unread timeline messages per channel for the actor; 0 for a channel it is not a member of. */
  loadChannelUnreadCounts(actor: Actor, channelIds: readonly string[]): BatchResult<number>;
  /** Whether each message is unread for the actor (timeline messages: channel position; replies: thread position). */
  loadUnreadFlags(actor: Actor, messageIds: readonly string[]): BatchResult<boolean>;
  /** The actor's subscription to each thread, by root id (UNSUBSCRIBED when it never followed it). */
  loadThreadSubscriptions(actor: Actor, rootIds: readonly string[]): BatchResult<ThreadSubscriptionStatus>;
  /** The actor's state in each thread, by root id. */
  loadThreadStates(actor: Actor, rootIds: readonly string[]): BatchResult<ThreadStateRecord>;
  /** Channels the actor can read that have unread messages for it, by name. Forward pages only. */
  listUnreadChannels(actor: Actor, page: { limit: number; cursor: string | null }): Promise<Page<UnreadChannelRecord>>;
  /** The actor's unread messages of each channel (a key's parentId is a channel id), oldest first. Forward only. */
  listUnreadMessages(actor: Actor, keys: readonly PageKey[]): BatchResult<Page<MessageRecord>>;
  /**
   * Threads the actor follows, in channels it can read, latest activity first; with `unreadOnly`, only those
   * with unread replies (`unreadThreadCount` still counts all of them). Forward pages only.
   */
  listFollowedThreads(actor: Actor, page: { limit: number; cursor: string | null }, filter?: ThreadFilter): Promise<ThreadPage>;
  /** Moves the actor's channel position to `messageId` (a message of that channel), or to the newest message. */
  markChannelRead(actor: Actor, channelId: string, messageId: string | null): Promise<void>;
  /**
   * Moves a position to just before the message, so that it and everything after it read as unread: the
   * channel's position for a timeline message, its thread's position for a reply shown only in its thread.
   */
  markUnread(actor: Actor, messageId: string): Promise<UnreadMark>;
  /** Moves the actor's position in the thread of `rootId` to `replyId` (a reply below it), or to the latest reply. */
  markThreadRead(actor: Actor, rootId: string, replyId: string | null): Promise<void>;
  /** Follows or unfollows the thread of `rootId`; following a thread never read starts at its latest reply. */
  setThreadSubscription(actor: Actor, rootId: string, status: ThreadSubscriptionStatus): Promise<void>;

  // ── Scheduled messages (see the rules above ScheduledMessageStatus) ──────────────────────────────────
  /** Stores a message for delivery at `request.scheduledFor`; reserves its attachments. */
  scheduleMessage(actor: Actor, request: ScheduleMessageRequest): Promise<ScheduledMessageRecord>;
  /** The actor's scheduled messages with one of `statuses`, soonest first. Forward pages only. */
  listScheduledMessages(
    actor: Actor,
    filter: { statuses: ScheduledMessageStatus[] },
    page: { limit: number; cursor: string | null },
  ): Promise<Page<ScheduledMessageRecord>>;
  /** Scheduled messages by id; null for an unknown id or one that is not the actor's. */
  loadScheduledMessages(actor: Actor, ids: readonly string[]): BatchResult<ScheduledMessageRecord | null>;
  /** Changes a PENDING or FAILED message (FAILED becomes PENDING again); CONFLICT otherwise. */
  updateScheduledMessage(actor: Actor, id: string, changes: ScheduledMessageChanges): Promise<ScheduledMessageRecord>;
  /** Cancels a PENDING or FAILED message (status CANCELLED, attachments released); CONFLICT otherwise. */
  cancelScheduledMessage(actor: Actor, id: string): Promise<ScheduledMessageRecord>;
  /**
   * Takes a PENDING or FAILED message out of the schedule so that the caller sends it now (SENDING), so
   * that no scheduler sends it too; CONFLICT when it is already sending, sent or cancelled.
   */
  claimScheduledMessage(actor: Actor, id: string): Promise<ScheduledMessageRecord>;
  /** Records how the delivery of a claimed message ended. */
  finishScheduledMessage(actor: Actor, id: string, outcome: ScheduledDeliveryOutcome): Promise<ScheduledMessageRecord>;

  // ── Search, pins and link previews (see the rules above SearchRequest) ─────────────────────────────
  /** Messages matching `request.query` in channels the actor can read, best first, with their context. */
  searchMessages(actor: Actor, request: SearchRequest): Promise<SearchResultPage>;
  /** Pins a message to its channel (CONFLICT when already pinned, VALIDATION_ERROR when the channel is full). */
  pinMessage(actor: Actor, messageId: string): Promise<PinResult>;
  /** Unpins a message (NOT_FOUND when it is not pinned). */
  unpinMessage(actor: Actor, messageId: string): Promise<MessageRecord>;
  /** Pinned messages of each channel (a key's parentId is a channel id), most recently pinned first. Forward only. */
  listPins(keys: readonly PageKey[]): BatchResult<Page<MessageRecord>>;
  /** Removes a message's link preview (NOT_FOUND when it has none); it stays removed for the same URL. */
  removeLinkPreview(actor: Actor, messageId: string): Promise<MessageRecord>;
  /**
   * Completes the pending preview of `url` on a message with what an unfurler found (null: nothing usable).
   * Returns the message when its visible preview changed, null when nothing changed (the message was
   * edited to another link meanwhile, the preview was removed, or there was no metadata).
   */
  completeLinkPreview(messageId: string, url: string, metadata: LinkMetadata | null): Promise<MessageRecord | null>;

  // ── Channels and files (see the rules above CreateChannelRequest) ────────────────────────────────────
  /** Creates a PUBLIC or PRIVATE channel with the actor as its first member (a channel admin). */
  createChannel(actor: Actor, request: CreateChannelRequest): Promise<ChannelChange>;
  /** Renames a channel (CONFLICT when the name is taken or the channel archived); the same name changes nothing. */
  renameChannel(actor: Actor, channelId: string, name: string): Promise<ChannelChange>;
  /** Archives a channel: it becomes read-only (CONFLICT when already archived). */
  archiveChannel(actor: Actor, channelId: string): Promise<ChannelChange>;
  /** Brings an archived channel back (CONFLICT when it is not archived). */
  unarchiveChannel(actor: Actor, channelId: string): Promise<ChannelChange>;
  /** The actor joins a public channel (NOT_FOUND for any other); already a member changes nothing. */
  joinChannel(actor: Actor, channelId: string): Promise<ChannelChange>;
  /** The actor leaves a channel it is in (CONFLICT when not in it, or the last member of a private one). */
  leaveChannel(actor: Actor, channelId: string): Promise<ChannelChange>;
  /** The actor adds users of the workspace to a channel it is in (CONFLICT when one is already in it). */
  inviteToChannel(actor: Actor, channelId: string, userIds: readonly string[]): Promise<ChannelChange>;
  /** Public channels the actor is not in and may join (not archived), by name, with their member counts. */
  listJoinableChannels(actor: Actor, filter: { query: string | null }, page: PageRequest): Promise<Page<JoinableChannelRecord>>;
  /** Stores a file uploaded by the actor, not attached to any message yet (see SendMessageRequest.attachmentIds). */
  uploadFile(actor: Actor, upload: FileUpload): Promise<AttachmentRecord>;
  /** Attachments by id, with their message (null until sent) and uploader; null for an unknown id. */
  loadAttachments(ids: readonly string[]): BatchResult<AttachmentPlacement | null>;
}
