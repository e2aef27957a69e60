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

/**
 * One workspace of one provider. Every method may throw a SwitchboardError (usually a ProviderError);
 * batch methods may instead put an Error in the slot of the key that failed.
 */
export interface MessagingProvider {
  readonly provider: ProviderName;
  readonly workspaceId: string;
  capabilities(): Capabilities;
  workspace(): Promise<WorkspaceRecord>;

  /** The workspace user that a Switchboard account acts as here, or null when it has none. */
  userForAccount(accountId: string): Promise<UserRecord | null>;

  loadUsers(ids: readonly string[]): BatchResult<UserRecord | null>;
  loadChannels(ids: readonly string[]): BatchResult<ChannelRecord | null>;
  loadMessages(ids: readonly string[]): BatchResult<MessageRecord | null>;
  loadChannelAccess(actor: Actor, channelIds: readonly string[]): BatchResult<ChannelAccess>;

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
}

/** An envelope after it was appended to the event log; `seq` orders the log and backs the cursor. */
export interface LoggedEvent extends EventEnvelope {
  seq: string;
}
