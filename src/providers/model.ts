/**
 * The provider-neutral model: the records every provider returns and the actor every call names.
 *
 * Shape decisions, made with the chat and mail platforms in mind (see docs/architecture.md):
 * - Ids inside records are native ids of one workspace; the schema layer wraps them into opaque global ids.
 * - Reactions, mentions and attachments travel inside the message record, because every provider returns
 *   them embedded (a chat message's reactions, a mail's parts); a separate call per message would
 *   be an N+1 on every provider.
 */

/** The public providers: the values of the schema's `Provider` enum (a definition's `kind`). */
export type ProviderKind = 'builtin' | 'slack' | 'teams' | 'outlook' | 'gmail';

/**
 * The name of a provider definition (src/providers/index.ts): the key of its routes, stored rows, global
 * ids and events. The public providers are named by their kind; a test kit may add others (e.g. `memory`),
 * which show in the schema as the kind their definition declares.
 */
export type ProviderName = ProviderKind | (string & Record<never, never>);

export interface WorkspaceRecord {
  /** Switchboard's id of the workspace (for the built-in provider, its row id). */
  id: string;
  provider: ProviderName;
  name: string;
  webUrl: string | null;
  /** DISCONNECTED: a connected workspace whose credentials cannot be used (src/connections/); absent: CONNECTED. */
  connectionStatus?: 'CONNECTED' | 'DISCONNECTED';
}

export type UserRole = 'OWNER' | 'ADMIN' | 'MEMBER' | 'BOT';

export interface UserRecord {
  provider: ProviderName;
  workspaceId: string;
  id: string;
  name: string;
  /**
   * The @handle that mentions use (Slack's username, the built-in `users.name`); absent or null where the
   * provider has none (mailboxes).
   */
  handle?: string | null;
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
  /** Who created the channel, when the provider knows (the platform's creator field); may rename and archive it. */
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

/** An interactive button on a message (a platform's block or card actions). */
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
  /** Email senders and recipients (workspaces whose capabilities say `email`); null or absent for chat. */
  recipients?: RecipientsRecord | null;
}

/**
 * Who a mail is from and to, as user ids of the workspace. People the provider has no user for (anyone
 * outside the organisation) are users too, by address: their id is `addressUserId(address)`
 * (./address-users.ts), which every email workspace's user loader resolves. Lists keep the header's order.
 */
export interface RecipientsRecord {
  from: string[];
  to: string[];
  cc: string[];
  /** Only on mail the viewer sent (providers see Bcc on their own sent copies alone). */
  bcc: string[];
  /** Where replies go (the Reply-To header) when it differs from `from`; absent or [] means `from`. */
  replyTo?: string[];
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

/** Who is acting: a Switchboard account and its user in this workspace. */
export interface Actor {
  accountId: string;
  userId: string;
}

export interface MessageContent {
  /** Plain or markdown text; providers convert to their own format. */
  text: string;
  format: 'text' | 'markdown';
  /**
   * Email workspaces only (`capabilities.email`): the HTML the client wrote, as given (providers sanitize
   * what they read back, src/providers/kit/email/sanitize.ts). Then `text` is its plain-text rendering and
   * `format` is 'text', so a provider without an HTML body (a plain-text alternative part) has it ready.
   * Never set for chat workspaces: the resolvers answer UNSUPPORTED first.
   */
  html?: string;
}
