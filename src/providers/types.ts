/**
 * The provider-neutral model and the interface every messaging provider implements.
 *
 * Shape decisions, made with Slack, Microsoft Graph and Gmail in mind (see ../shared/reference/providers.md):
 * - A provider instance is scoped to one Switchboard workspace (a built-in workspace, one Slack team, one
 *   Teams tenant, one mailbox). Ids it receives and returns are native ids of that workspace; the schema
 *   layer wraps them into opaque global ids.
 * - Reads of many things are batch functions that keep dataloader's contract: the result has the keys'
 *   length and order, and an Error in a slot fails only that key. Slack has no multi-get, Graph has
 *   `$batch` (20), Gmail batch (50), SQL has `IN`: each adapter batches as well as its API allows.
 * - Reactions, mentions and attachments travel inside the message record, because every provider returns
 *   them embedded (Slack `reactions`, Graph `reactions`, Gmail parts); a separate call per message would
 *   be an N+1 on every provider.
 * - Lists are pages with opaque cursors made by the provider (Slack `next_cursor`, Graph `$skiptoken`,
 *   Gmail `pageToken`, SQL keyset). A provider that cannot page backwards throws UNSUPPORTED.
 */

export type ProviderName = 'builtin' | 'slack' | 'teams' | 'outlook' | 'gmail';

export type Support = 'NATIVE' | 'EMULATED' | 'NONE';
export type ThreadModel = 'FLAT' | 'TREE';
export type EventDelivery = 'PUSH' | 'POLL';

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
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** What a workspace's provider can do; exposed as `Workspace.capabilities` so clients render the right UI. */
export interface Capabilities {
  editMessages: boolean;
  deleteMessages: boolean;
  reactions: boolean;
  buttons: boolean;
  pins: Support;
  maxPinsPerChannel: number | null;
  scheduledMessages: Support;
  search: Support;
  readState: Support;
  threadSubscriptions: Support;
  linkPreviewRemoval: boolean;
  attachmentUpload: boolean;
  threadModel: ThreadModel;
  eventDelivery: EventDelivery;
  eventTypes: EventType[];
  /** Longest message text the provider accepts, in characters. */
  maxMessageLength: number;
  /**
   * What deleting leaves behind. ALWAYS (the default when absent): every deleted message stays readable as
   * a tombstone (`deletedAt` set, content gone). WITH_REPLIES (Slack): only a message that still has replies
   * stays as a tombstone; any other deleted message is gone, so reads answer null and writes NOT_FOUND.
   */
  tombstones?: 'ALWAYS' | 'WITH_REPLIES';
}

export interface WorkspaceRecord {
  /** Switchboard's id of the workspace (for the built-in provider, its row id). */
  id: string;
  provider: ProviderName;
  name: string;
  webUrl: string | null;
}

export type UserRole = 'OWNER' | 'ADMIN' | 'MEMBER' | 'BOT';

export interface UserRecord {
  provider: ProviderName;
  workspaceId: string;
  id: string;
  name: string;
  email: string | null;
  avatarUrl: string | null;
  isBot: boolean;
  role: UserRole;
}

export type ChannelType = 'PUBLIC' | 'PRIVATE' | 'DIRECT' | 'GROUP' | 'MAILBOX' | 'LABEL';

export interface ChannelRecord {
  provider: ProviderName;
  workspaceId: string;
  id: string;
  name: string;
  description: string | null;
  type: ChannelType;
  isPrivate: boolean;
  isActive: boolean;
  webUrl: string | null;
  createdAt: Date | null;
  updatedAt: Date | null;
  parentId: string | null;
  hasSubchannels: boolean;
  /** Who created the channel, when the provider knows (Slack `creator`); may rename and archive it. */
  creatorId?: string | null;
}

/** What one actor may do in one channel. `canRead` false means the channel must look nonexistent. */
export interface ChannelAccess {
  channelId: string;
  canRead: boolean;
  canPost: boolean;
  isMember: boolean;
  /** Channel admins may delete any message in the channel. */
  isChannelAdmin: boolean;
}

/**
 * One account as an event's audience: its user in the workspace (null: not a member) and its access to
 * the channels asked about. Lets event delivery decide for thousands of subscribers in one provider call.
 */
export interface AudienceMember {
  accountId: string;
  userId: string | null;
  access: ChannelAccess[];
}

export interface ReactionRecord {
  emoji: string;
  count: number;
  /** Users who reacted, oldest first; may be truncated by the provider (count stays exact). */
  userIds: string[];
}

export interface AttachmentRecord {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  /**
   * Where to download it: the provider's URL, or for files Switchboard stores itself (the built-in
   * workspace) the path `/files/{id}/download`, which the schema hands out signed and expiring.
   */
  url: string;
  createdAt: Date | null;
}

/** An interactive button on a message (Slack block actions, Teams adaptive-card actions). */
export interface ButtonRecord {
  id: string;
  text: string;
  value: string | null;
  icon: string | null;
}

export type SystemEventType =
  | 'USER_JOINED'
  | 'USER_LEFT'
  | 'CHANNEL_RENAMED'
  | 'CHANNEL_CREATED'
  | 'CHANNEL_ARCHIVED'
  | 'CHANNEL_UNARCHIVED'
  | 'MESSAGE_PINNED';

export interface SystemEventRecord {
  type: SystemEventType;
  userId: string | null;
  actorId: string | null;
  channelName: string | null;
  oldChannelName: string | null;
  messageId: string | null;
}

export interface MessageRecord {
  provider: ProviderName;
  workspaceId: string;
  id: string;
  channelId: string;
  /** Every container the message sits in (email labels); `[channelId]` for chat. */
  channelIds: string[];
  type: 'USER' | 'SYSTEM';
  systemEvent: SystemEventRecord | null;
  authorId: string | null;
  subject: string | null;
  text: string;
  markdown: string | null;
  html: string | null;
  parentId: string | null;
  threadRootId: string | null;
  hasChildren: boolean;
  /** Replies anywhere below this message, tombstones excluded. */
  replyCount: number;
  lastReplyAt: Date | null;
  threadParticipantIds: string[];
  alsoSentToChannel: boolean;
  mentionIds: string[];
  reactions: ReactionRecord[];
  attachments: AttachmentRecord[];
  buttons: ButtonRecord[];
  pinnedAt: Date | null;
  pinnedById: string | null;
  editedAt: Date | null;
  deletedAt: Date | null;
  createdAt: Date;
  updatedAt: Date | null;
  webUrl: string | null;
  /** The preview of the message's first link (see LinkPreviewRecord); null or absent when it has none. */
  linkPreview?: LinkPreviewRecord | null;
}

/**
 * A page request, already validated by the resolver layer.
 * - `forward`: `limit` items after `cursor` (or from the start) in the list's natural order.
 * - `backward`: the `limit` items just before `cursor` (or the end), still returned in natural order.
 * - `around`: the page centred on one item (scroll-to-message); `anchorId` is a native id.
 */
export type PageRequest =
  | { direction: 'forward'; limit: number; cursor: string | null }
  | { direction: 'backward'; limit: number; cursor: string | null }
  | { direction: 'around'; limit: number; anchorId: string };

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Page<T> {
  edges: Edge<T>[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/** A page request for one parent object, the key type of the paged batch reads. */
export interface PageKey {
  parentId: string;
  page: PageRequest;
}

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

/** Who is acting: a Switchboard account and its user in this workspace. */
export interface Actor {
  accountId: string;
  userId: string;
}

export interface MessageContent {
  /** Plain or markdown text; providers convert to their own format. */
  text: string;
  format: 'text' | 'markdown';
}

export interface SendMessageRequest {
  channelId: string;
  content: MessageContent;
  parentId: string | null;
  alsoSendToChannel: boolean;
  attachmentIds: string[];
}

export type BatchResult<T> = Promise<Array<T | Error>>;

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

/** A page of followed threads, and how many of all followed threads have unread replies. */
export interface ThreadPage extends Page<ThreadStateRecord> {
  unreadThreadCount: number;
}

/**
 * Where a mark-unread moved a read position: the channel's (a timeline message) or the thread's (a reply
 * shown only in its thread). `rootId` names the thread in the second case.
 */
export type UnreadMark = { kind: 'channel'; channelId: string } | { kind: 'thread'; channelId: string; rootId: string };

// ── Scheduled messages ──────────────────────────────────────────────────────────────────────────────
//
// A message written now and delivered later. The built-in workspace stores them and Switchboard's
// scheduler (src/scheduler/) delivers them through the ordinary send path. Slack has it natively:
// `chat.scheduleMessage` (schedule), `chat.scheduledMessages.list` (list; it knows only pending ones, so an
// adapter answers `loadScheduledMessages` from the list and null for anything already sent), and
// `chat.deleteScheduledMessage` (cancel). Update and send-now have no Slack method: an adapter emulates
// update as delete + schedule, and `claimScheduledMessage` as delete (the resolver then sends the message
// itself with `sendMessage`), after which `finishScheduledMessage` has nothing left to record.
//
// Rules every provider keeps:
// - A scheduled message is private to its author until it is sent: every method takes the acting user and
//   answers NOT_FOUND (or null in batch reads) for someone else's.
// - Only PENDING messages (and FAILED ones, which the author may fix and retry) change; SENT, SENDING and
//   CANCELLED ones answer CONFLICT.
// - Permission to post (membership, unarchived channel) and the content rules are checked by the resolvers
//   for every provider alike, at scheduling time and again at delivery.

export type ScheduledMessageStatus = 'PENDING' | 'SENDING' | 'SENT' | 'FAILED' | 'CANCELLED';

export interface ScheduledMessageRecord {
  provider: ProviderName;
  workspaceId: string;
  id: string;
  channelId: string;
  /** The message it replies to, at any depth; null for a new thread. */
  parentId: string | null;
  authorId: string;
  content: MessageContent;
  /** The content as plain text and as markdown, like MessageRecord's `text` and `markdown`. */
  text: string;
  markdown: string | null;
  alsoSendToChannel: boolean;
  attachments: AttachmentRecord[];
  scheduledFor: Date;
  status: ScheduledMessageStatus;
  /** Why the last delivery attempt failed (FAILED), or why it is being retried (PENDING after an attempt). */
  lastError: string | null;
  /** The message it became, once SENT. */
  sentMessageId: string | null;
  /** Delivery attempts that failed transiently so far (the scheduler backs off by it). */
  attempts: number;
  /**
   * Idempotency key of the delivery: the same while the message is unchanged, a new one after an edit or a
   * retry of a FAILED message. A send retried with it after a crash returns the first send.
   */
  deliveryKey: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface ScheduleMessageRequest extends SendMessageRequest {
  scheduledFor: Date;
}

/** What an update changes; absent fields stay. `attachmentIds` replaces the whole list. */
export interface ScheduledMessageChanges {
  content?: MessageContent;
  scheduledFor?: Date;
  attachmentIds?: string[];
}

/** How a delivery started by `claimScheduledMessage` (or by the scheduler) ended. */
export type ScheduledDeliveryOutcome =
  | { kind: 'sent'; messageId: string }
  /** Will not work without the author's help (channel archived, author left…): FAILED, no retry. */
  | { kind: 'failed'; error: string }
  /** A transient failure: PENDING again, next attempt at `retryAt`; FAILED once attempts run out. */
  | { kind: 'retry'; error: string; retryAt: Date; maxAttempts: number };

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
  /** Threads the actor follows, in channels it can read, latest activity first. Forward pages only. */
  listFollowedThreads(actor: Actor, page: { limit: number; cursor: string | null }): Promise<ThreadPage>;
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

// ── Search, pins and link previews ────────────────────────────────────────────────────────────────
//
// Search: full-text search over the messages the actor can read, ranked by relevance, then newest first.
// The built-in workspace uses PostgreSQL full-text search; Slack has `search.messages` (a user token
// only, `page`/`count` paging that an adapter derives from offset/limit, highlights between U+E000 and
// U+E001, `previous`/`next` context inline); Graph has `/search/query`; Gmail `q=`.
//
// Pins: at most `capabilities.maxPinsPerChannel` per channel. Slack: `pins.add`/`pins.remove`/`pins.list`,
// whose `already_pinned` maps to CONFLICT, `too_many_pins` to VALIDATION_ERROR and `no_pin` to NOT_FOUND;
// Slack posts its own "pinned a message" system message, which an adapter returns as `announcement`.
//
// Link previews: a message's first link. A link to a message or channel of the same workspace is an
// internal preview that carries ids only (the reader's access decides what it shows); any other link is
// unfurled: a provider that unfurls by itself (Slack) reports the result in the message record, the
// built-in workspace leaves the preview `pending` and Switchboard's unfurler (src/unfurl/) fetches the
// page and hands the metadata to `completeLinkPreview` (Slack's `chat.unfurl` is the same hand-over).
//
// Rules every provider keeps:
// - Search answers only messages of channels the actor can read, never tombstones, never system messages.
// - Pin and unpin are open to anyone who can write in the channel (the resolvers check that); already
//   pinned is CONFLICT, a full channel VALIDATION_ERROR, unpinning a message that is not pinned NOT_FOUND.
// - Removing a preview is for the author (the resolvers check that); a removed preview stays removed while
//   the message links to the same URL, also across edits.

/** A validated search; ids are native ids of the workspace. */
export interface SearchRequest {
  /** The words to find, trimmed and not empty (websearch syntax: "a phrase", -exclude, or). */
  query: string;
  channelId: string | null;
  authorId: string | null;
  /** Only messages created strictly after / before these instants. */
  createdAfter: Date | null;
  createdBefore: Date | null;
  limit: number;
  offset: number;
  /** Messages of context on each side of every hit (0: none). */
  contextSize: number;
}

/** Start and end of a highlighted term inside `SearchHitRecord.highlights` (Slack's own markers). */
export const HIGHLIGHT_START = '\ue000';
export const HIGHLIGHT_END = '\ue001';

export interface SearchHitRecord {
  message: MessageRecord;
  /** Relevance, higher is better; comparable within one result only. */
  score: number;
  /** Fragments of the text around the matches, as plain text with terms between HIGHLIGHT_START/END. */
  highlights: string[];
  /** The messages just before and after the hit (in its thread for a reply), oldest first. */
  context: MessageRecord[];
}

export interface SearchResultPage {
  hits: SearchHitRecord[];
  /** Every match, not just this page; a provider may stop counting at a cap (the built-in one at 10,100). */
  totalCount: number;
  hasMore: boolean;
}

/** A pinned message, and the system message that announces it when the provider posts one. */
export interface PinResult {
  message: MessageRecord;
  announcement: MessageRecord | null;
}

/**
 * A message's link preview. Internal previews set `linkedMessageId` or `linkedChannelId` and no text of
 * their own; external ones carry the page's metadata.
 */
export interface LinkPreviewRecord {
  url: string;
  title: string | null;
  description: string | null;
  imageUrl: string | null;
  siteName: string | null;
  linkedMessageId: string | null;
  linkedChannelId: string | null;
  /** An external link waiting for its metadata (see `completeLinkPreview`); shown to nobody yet. */
  pending: boolean;
}

/** What an unfurler found on a page; null fields were absent. */
export interface LinkMetadata {
  title: string | null;
  description: string | null;
  imageUrl: string | null;
  siteName: string | null;
}

// ── Channels and files ────────────────────────────────────────────────────────────────────────────
//
// Channel operations of the operation reference, and uploads for `SendMessageRequest.attachmentIds`.
// Slack has them all: `conversations.create` / `rename` / `archive` / `unarchive` / `join` / `leave` /
// `invite` (its `name_taken`, `already_archived`, `not_archived`, `not_in_channel`, `last_member` and
// `already_in_channel` map to CONFLICT, `channel_not_found` and `method_not_supported_for_channel_type`
// to NOT_FOUND and VALIDATION_ERROR), and uploads in two steps, `files.getUploadURLExternal` then
// `files.completeUploadExternal` without a channel (the file is shared when a message references it).
// Slack posts its own system messages (`channel_join`, `channel_name`…), which an adapter returns in
// `systemMessages` when the API answers them, or leaves to its events.
//
// Rules every provider keeps:
// - Channel names follow Slack's rules (lowercase letters, digits, `-` and `_`, at most 80), checked by the
//   resolvers; a name is unique among the workspace's channels, archived ones included (CONFLICT).
// - Who may rename and archive (the creator, channel admins, workspace admins and owners), and that the
//   actor can see the channel at all, is decided by the resolvers; providers guard the data: the channel
//   exists, has the right type (PUBLIC or PRIVATE) and state; an archived channel is read-only.
// - Every change that happened posts a `type: SYSTEM` message in the channel, in the same transaction,
//   returned in `systemMessages` (one per added user for an invite); `changed: false` means nothing happened
//   (already a member, the same name) and nothing was posted.

/** A new channel; the name is already validated. */
export interface CreateChannelRequest {
  name: string;
  description: string | null;
  type: 'PUBLIC' | 'PRIVATE';
  /** Makes it a subchannel of this channel (native id). */
  parentId: string | null;
}

/** A channel after an operation, and the system messages that announce it. */
export interface ChannelChange {
  channel: ChannelRecord;
  changed: boolean;
  systemMessages: MessageRecord[];
}

/** A public channel the actor could join. */
export interface JoinableChannelRecord extends ChannelRecord {
  memberCount: number;
}

/**
 * A file to store; name and type already normalized by the resolvers (see src/files/rules.ts). The bytes
 * are in memory: the multipart parser buffers a file part whole, within the upload limit.
 */
export interface FileUpload {
  filename: string;
  contentType: string;
  bytes: Uint8Array;
}

/** An attachment with where it sits: its message (null until sent) and who uploaded it. */
export interface AttachmentPlacement extends AttachmentRecord {
  messageId: string | null;
  uploaderId: string | null;
}

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
