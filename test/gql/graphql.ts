/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** A field whose value conforms to the standard internet email address format as specified in HTML Spec: https://html.spec.whatwg.org/multipage/input.html#valid-e-mail-address. */
  EmailAddress: { input: string; output: string; }
  /** A field whose value conforms to the standard URL format as specified in RFC3986: https://www.ietf.org/rfc/rfc3986.txt. */
  URL: { input: string; output: string; }
};

/** A file attached to a message (metadata; the file itself is behind `url`). */
export type Attachment = Node & {
  __typename?: 'Attachment';
  contentType: Scalars['String']['output'];
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  filename: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  sizeBytes: Scalars['Int']['output'];
  url: Scalars['URL']['output'];
};

/** An interactive button on a message; clicks arrive as BUTTON_CLICKED events. */
export type Button = {
  __typename?: 'Button';
  icon?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  text: Scalars['String']['output'];
  value?: Maybe<Scalars['String']['output']>;
};

/** What this workspace's provider can do, so that clients render only what works. */
export type Capabilities = {
  __typename?: 'Capabilities';
  attachmentUpload: Scalars['Boolean']['output'];
  /** Interactive buttons on messages. */
  buttons: Scalars['Boolean']['output'];
  deleteMessages: Scalars['Boolean']['output'];
  editMessages: Scalars['Boolean']['output'];
  eventDelivery: EventDelivery;
  /** Events this workspace emits. */
  eventTypes: Array<EventType>;
  linkPreviewRemoval: Scalars['Boolean']['output'];
  /** Longest message text accepted, in characters. */
  maxMessageLength: Scalars['Int']['output'];
  maxPinsPerChannel?: Maybe<Scalars['Int']['output']>;
  pins: Support;
  reactions: Scalars['Boolean']['output'];
  readState: Support;
  scheduledMessages: Support;
  search: Support;
  threadModel: ThreadModel;
  threadSubscriptions: Support;
};

/** A conversation container: a channel, a direct conversation, a mailbox folder or label. */
export type Channel = Node & {
  __typename?: 'Channel';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  hasSubchannels: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** False once archived. */
  isActive: Scalars['Boolean']['output'];
  isPrivate: Scalars['Boolean']['output'];
  /** Members of the channel, by name. */
  members: ChannelMembersConnection;
  /** Messages shown in the channel (thread roots, and replies also sent to the channel), newest first. first/after read towards older messages, last/before towards newer ones; around: the page of `first` messages centred on that message (scroll-to-message). */
  messages: ChannelMessagesConnection;
  name: Scalars['String']['output'];
  /** The channel this one is a subchannel of; null for top-level channels and for parents you cannot see. */
  parent?: Maybe<Channel>;
  /** Subchannels you can see, by name. */
  subchannels: ChannelSubchannelsConnection;
  type: ChannelType;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether the viewer may send messages here (a member, and the channel is not archived). */
  viewerCanPost: Scalars['Boolean']['output'];
  webUrl?: Maybe<Scalars['URL']['output']>;
  workspace: Workspace;
};


/** A conversation container: a channel, a direct conversation, a mailbox folder or label. */
export type ChannelMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A conversation container: a channel, a direct conversation, a mailbox folder or label. */
export type ChannelMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  around?: InputMaybe<Scalars['ID']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A conversation container: a channel, a direct conversation, a mailbox folder or label. */
export type ChannelSubchannelsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type ChannelMembersConnection = {
  __typename?: 'ChannelMembersConnection';
  edges: Array<ChannelMembersConnectionEdge>;
  nodes: Array<User>;
  pageInfo: PageInfo;
};

export type ChannelMembersConnectionEdge = {
  __typename?: 'ChannelMembersConnectionEdge';
  cursor: Scalars['String']['output'];
  node: User;
};

export type ChannelMessagesConnection = {
  __typename?: 'ChannelMessagesConnection';
  edges: Array<ChannelMessagesConnectionEdge>;
  nodes: Array<Message>;
  pageInfo: PageInfo;
};

export type ChannelMessagesConnectionEdge = {
  __typename?: 'ChannelMessagesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Message;
};

export type ChannelSubchannelsConnection = {
  __typename?: 'ChannelSubchannelsConnection';
  edges: Array<ChannelSubchannelsConnectionEdge>;
  nodes: Array<Channel>;
  pageInfo: PageInfo;
};

export type ChannelSubchannelsConnectionEdge = {
  __typename?: 'ChannelSubchannelsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Channel;
};

/** What kind of conversation container a channel is. */
export type ChannelType =
  /** A conversation between two people. */
  | 'DIRECT'
  /** A private conversation among a few people. */
  | 'GROUP'
  /** An email label (a message can carry several). */
  | 'LABEL'
  /** An email folder. */
  | 'MAILBOX'
  /** Visible to its members only. */
  | 'PRIVATE'
  /** Open to every member of the workspace. */
  | 'PUBLIC';

export type DeleteMessageInput = {
  messageId: Scalars['ID']['input'];
};

/** The id of the deleted message; the message itself stays as a tombstone so trees keep their shape. */
export type DeleteMessagePayload = {
  __typename?: 'DeleteMessagePayload';
  deletedMessageId?: Maybe<Scalars['ID']['output']>;
  /** The tombstone. */
  message?: Maybe<Message>;
  userErrors: Array<UserError>;
};

/** Why an operation failed. The same codes appear in userErrors and in errors[].extensions.code. */
export type ErrorCode =
  /** The object is in a state that forbids this, e.g. reacting twice with the same emoji. */
  | 'CONFLICT'
  /** No API key, or an unknown one (HTTP 401). */
  | 'NOT_AUTHENTICATED'
  /** The object does not exist, or the viewer may not see it (the two are never told apart). */
  | 'NOT_FOUND'
  /** The viewer can see the object but may not do this to it. */
  | 'PERMISSION_DENIED'
  /** The provider failed, or the server hit an unexpected error. */
  | 'PROVIDER_ERROR'
  /** The provider's rate budget is spent; retry after retryAfterSeconds. */
  | 'RATE_LIMITED'
  /** The workspace's provider cannot do this (see Workspace.capabilities). */
  | 'UNSUPPORTED'
  /** The input is malformed or out of range; the message says which field and why. */
  | 'VALIDATION_ERROR';

/** Something that happened. Events carry references, not content: `message` is resolved when you ask for it, with your own access rights. */
export type Event = Node & {
  __typename?: 'Event';
  /** Who caused the event. */
  actor?: Maybe<User>;
  /** For BUTTON_CLICKED: the button, as it is on the message now. */
  button?: Maybe<Button>;
  channel?: Maybe<Channel>;
  /** Opaque position in the event log; pass it as `after` to resume without losing events. */
  cursor: Scalars['String']['output'];
  /** For REACTION_ADDED and REACTION_REMOVED. */
  emoji?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The message as it is now (a tombstone after MESSAGE_DELETED). */
  message?: Maybe<Message>;
  occurredAt: Scalars['DateTime']['output'];
  type: EventType;
  workspace: Workspace;
};

/** How events reach Switchboard from the provider. */
export type EventDelivery =
  /** Switchboard polls for changes; events arrive with a delay. */
  | 'POLL'
  /** Webhooks or the provider itself push events as they happen. */
  | 'PUSH';

/** Narrows the events of a subscription; every given list must match (an empty filter: everything you may see). */
export type EventFilter = {
  channelIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Events about these threads: the root and every reply below it. */
  threadRootIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  types?: InputMaybe<Array<EventType>>;
  workspaceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** What happened. */
export type EventType =
  | 'APP_MENTION'
  | 'BUTTON_CLICKED'
  | 'CHANNEL_CREATED'
  | 'CHANNEL_DELETED'
  | 'CHANNEL_JOINED'
  | 'CHANNEL_LEFT'
  | 'CHANNEL_RENAMED'
  | 'CHANNEL_UPDATED'
  | 'LINK_PREVIEW_REMOVED'
  | 'MESSAGE_CREATED'
  | 'MESSAGE_DELETED'
  | 'MESSAGE_PINNED'
  | 'MESSAGE_UNPINNED'
  | 'MESSAGE_UPDATED'
  | 'REACTION_ADDED'
  | 'REACTION_REMOVED'
  | 'SCHEDULED_MESSAGE_FAILED'
  | 'SCHEDULED_MESSAGE_SENT'
  | 'THREAD_READ'
  | 'USER_CREATED'
  | 'USER_DELETED'
  | 'USER_UPDATED';

/** A message, with its place in a reply tree. */
export type Message = Node & {
  __typename?: 'Message';
  /** A reply that is also shown in the channel timeline. */
  alsoSentToChannel: Scalars['Boolean']['output'];
  attachments: Array<Attachment>;
  /** Null for system messages without an actor. */
  author?: Maybe<User>;
  /** Empty where the provider has no buttons. */
  buttons: Array<Button>;
  /** The channel the message lives in. */
  channel: Channel;
  /** Every container the message sits in; email can sit in several. */
  channels: Array<Channel>;
  /** Immediate replies, oldest first. */
  children: MessageChildrenConnection;
  createdAt: Scalars['DateTime']['output'];
  /** Set on a tombstone: the message was deleted but keeps its place in the tree. */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The whole subtree below this message, flattened, oldest first. Use `parent` to rebuild the tree. */
  descendants: MessageDescendantsConnection;
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  hasChildren: Scalars['Boolean']['output'];
  /** Rendered HTML; raw HTML in the source is escaped. */
  html?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  isPinned: Scalars['Boolean']['output'];
  lastReplyAt?: Maybe<Scalars['DateTime']['output']>;
  markdown?: Maybe<Scalars['String']['output']>;
  /** Users mentioned with @handle. */
  mentions: Array<User>;
  /** The message this one replies to (its immediate predecessor); null for a root. */
  parent?: Maybe<Message>;
  pinnedAt?: Maybe<Scalars['DateTime']['output']>;
  pinnedBy?: Maybe<User>;
  /** Reactions grouped by emoji, in the order they were first used. */
  reactions: Array<ReactionGroup>;
  recipients: Recipients;
  /** Replies anywhere below this message, deleted ones excluded. */
  replyCount: Scalars['Int']['output'];
  /** Email subject; null for chat. */
  subject?: Maybe<Scalars['String']['output']>;
  systemEvent?: Maybe<SystemEvent>;
  /** Plain text. Empty for a deleted message. */
  text: Scalars['String']['output'];
  /** Everyone who replied below this message. */
  threadParticipants: Array<User>;
  /** The root of the thread this message is in; null for a root. */
  threadRoot?: Maybe<Message>;
  type: MessageType;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The author, a channel admin, or a workspace admin or owner deletes. */
  viewerCanDelete: Scalars['Boolean']['output'];
  /** Only the author edits. */
  viewerCanUpdate: Scalars['Boolean']['output'];
  webUrl?: Maybe<Scalars['URL']['output']>;
  workspace: Workspace;
};


/** A message, with its place in a reply tree. */
export type MessageChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A message, with its place in a reply tree. */
export type MessageDescendantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type MessageChildrenConnection = {
  __typename?: 'MessageChildrenConnection';
  edges: Array<MessageChildrenConnectionEdge>;
  nodes: Array<Message>;
  pageInfo: PageInfo;
};

export type MessageChildrenConnectionEdge = {
  __typename?: 'MessageChildrenConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Message;
};

export type MessageDescendantsConnection = {
  __typename?: 'MessageDescendantsConnection';
  edges: Array<MessageDescendantsConnectionEdge>;
  nodes: Array<Message>;
  pageInfo: PageInfo;
};

export type MessageDescendantsConnectionEdge = {
  __typename?: 'MessageDescendantsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Message;
};

/** Narrows the unified inbox; every given condition must hold. */
export type MessageFilter = {
  /** Only messages by these users. */
  authorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these channels. */
  channelIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  createdAfter?: InputMaybe<Scalars['DateTime']['input']>;
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only messages that mention you. */
  mentionsViewer?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only unread messages (needs read state: UNSUPPORTED where capabilities.readState is NONE). */
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these workspaces (NOT_FOUND for one you do not belong to). */
  workspaceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Who wrote a message. */
export type MessageType =
  /** The workspace itself, about a change (someone joined, a channel was renamed…). */
  | 'SYSTEM'
  /** A person or bot. */
  | 'USER';

/** Writes. Each takes one input and returns a payload with userErrors. */
export type Mutation = {
  __typename?: 'Mutation';
  /** React with an emoji; each person once per emoji per message (again: CONFLICT). */
  addReaction: ReactionPayload;
  /** Delete a message: its author, a channel admin, or a workspace admin or owner may. */
  deleteMessage: DeleteMessagePayload;
  /** Remove your own reaction (someone else’s, or none: NOT_FOUND). */
  removeReaction: ReactionPayload;
  /** Send a message or a reply. You must be a member of the channel. */
  sendMessage: SendMessagePayload;
  /** Edit a message. Only its author may. */
  updateMessage: UpdateMessagePayload;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationAddReactionArgs = {
  input: ReactionInput;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationDeleteMessageArgs = {
  input: DeleteMessageInput;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationRemoveReactionArgs = {
  input: ReactionInput;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationSendMessageArgs = {
  input: SendMessageInput;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationUpdateMessageArgs = {
  input: UpdateMessageInput;
};

/** An object with an opaque global id (it encodes provider, workspace and native id). */
export type Node = {
  id: Scalars['ID']['output'];
};

/** Where a page sits in its list; cursors are opaque. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** The messaging platform behind a workspace. */
export type Provider =
  /** A workspace hosted by Switchboard itself. */
  | 'BUILTIN'
  | 'GMAIL'
  | 'MICROSOFT_TEAMS'
  | 'OUTLOOK'
  | 'SLACK';

/** Reads. Every field answers only with what the viewer may see. */
export type Query = {
  __typename?: 'Query';
  /** One channel by id; NOT_FOUND when it does not exist or you cannot see it. */
  channel?: Maybe<Channel>;
  /** One message by id; NOT_FOUND when it does not exist or is in a channel you cannot see. */
  message?: Maybe<Message>;
  /** Unified inbox: messages across all of the viewer's workspaces (or the ones named), newest first, merged into one list. Includes thread replies, excludes deleted messages. Reads forward only (first/after); the cursor resumes every workspace where the page left it. */
  messages: QueryMessagesConnection;
  /** Any object by its global id; null when it does not exist or is not visible to you. */
  node?: Maybe<Node>;
  /** Objects by global id, in the same order; null where one does not exist or is not visible. */
  nodes: Array<Maybe<Node>>;
  /** Who is asking. */
  viewer: Viewer;
  /** One workspace by id; NOT_FOUND when the viewer does not belong to it. */
  workspace?: Maybe<Workspace>;
  /** The workspaces the viewer belongs to. */
  workspaces: Array<Workspace>;
};


/** Reads. Every field answers only with what the viewer may see. */
export type QueryChannelArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field answers only with what the viewer may see. */
export type QueryMessageArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field answers only with what the viewer may see. */
export type QueryMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MessageFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Every field answers only with what the viewer may see. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field answers only with what the viewer may see. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Reads. Every field answers only with what the viewer may see. */
export type QueryWorkspaceArgs = {
  id: Scalars['ID']['input'];
};

export type QueryMessagesConnection = {
  __typename?: 'QueryMessagesConnection';
  edges: Array<QueryMessagesConnectionEdge>;
  nodes: Array<Message>;
  pageInfo: PageInfo;
};

export type QueryMessagesConnectionEdge = {
  __typename?: 'QueryMessagesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Message;
};

/** Everyone who reacted to a message with one emoji. */
export type ReactionGroup = {
  __typename?: 'ReactionGroup';
  count: Scalars['Int']['output'];
  /** A unicode emoji, or a custom emoji name like `:shipit:`. */
  emoji: Scalars['String']['output'];
  /** Who reacted, first reaction first (providers may truncate this list; count stays exact). */
  users: Array<User>;
  viewerHasReacted: Scalars['Boolean']['output'];
};

export type ReactionInput = {
  /** A unicode emoji ("👍") or a custom emoji name (":shipit:"). */
  emoji: Scalars['String']['input'];
  messageId: Scalars['ID']['input'];
};

/** The message with its reactions after the change. */
export type ReactionPayload = {
  __typename?: 'ReactionPayload';
  message?: Maybe<Message>;
  userErrors: Array<UserError>;
};

/** Email recipients. Chat messages have none: every list is empty. */
export type Recipients = {
  __typename?: 'Recipients';
  bcc: Array<User>;
  cc: Array<User>;
  from: Array<User>;
  to: Array<User>;
};

/** A new message or reply. Give the content in exactly one of text, markdown or html, at most Workspace.capabilities.maxMessageLength characters (40,000 on the built-in workspace); longer or blank content is a VALIDATION_ERROR. */
export type SendMessageInput = {
  /** Replies only: also show the reply in the channel timeline. */
  alsoSendToChannel?: InputMaybe<Scalars['Boolean']['input']>;
  /** Files uploaded beforehand. */
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Email only. */
  bcc?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Email only. */
  cc?: InputMaybe<Array<Scalars['String']['input']>>;
  channelId: Scalars['ID']['input'];
  /** Email workspaces only. */
  html?: InputMaybe<Scalars['String']['input']>;
  /** Retrying with the same key returns the first result and sends nothing twice (per API key owner; reusing a key for different content is a CONFLICT). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Markdown (GFM). Mention people with @handle. */
  markdown?: InputMaybe<Scalars['String']['input']>;
  /** Reply: the message being replied to, at any depth. Its thread root is derived. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Email only. */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** Plain text; characters with a meaning in markdown are kept literally. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Email only. */
  to?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The message sent, or why it was not. */
export type SendMessagePayload = {
  __typename?: 'SendMessagePayload';
  message?: Maybe<Message>;
  userErrors: Array<UserError>;
};

/** Live events over graphql-ws (WebSocket) or server-sent events. */
export type Subscription = {
  __typename?: 'Subscription';
  /** Normalized events you may see, live. With `after` (an Event.cursor), the events since then are replayed first, then the stream continues live with nothing lost or repeated. */
  events: Event;
};


/** Live events over graphql-ws (WebSocket) or server-sent events. */
export type SubscriptionEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
};

/** How a workspace provides a feature. */
export type Support =
  /** Switchboard provides it on top of the provider. */
  | 'EMULATED'
  /** The provider does it itself. */
  | 'NATIVE'
  /** Not available; the operations fail with UNSUPPORTED. */
  | 'NONE';

/** What a system message is about. */
export type SystemEvent = {
  __typename?: 'SystemEvent';
  /** Who made the change, when someone else than `user`. */
  actor?: Maybe<User>;
  channelName?: Maybe<Scalars['String']['output']>;
  /** The message the event is about (MESSAGE_PINNED). */
  message?: Maybe<Message>;
  oldChannelName?: Maybe<Scalars['String']['output']>;
  type: SystemEventType;
  /** Who joined or left. */
  user?: Maybe<User>;
};

/** The change a system message reports. */
export type SystemEventType =
  | 'CHANNEL_ARCHIVED'
  | 'CHANNEL_CREATED'
  | 'CHANNEL_RENAMED'
  | 'MESSAGE_PINNED'
  | 'USER_JOINED'
  | 'USER_LEFT';

/** How replies nest. */
export type ThreadModel =
  /** Replies hang off one root (Slack, Teams). */
  | 'FLAT'
  /** Replies to replies, to any depth. */
  | 'TREE';

/** New content for a message; exactly one of text, markdown or html, within the same length limit. */
export type UpdateMessageInput = {
  html?: InputMaybe<Scalars['String']['input']>;
  markdown?: InputMaybe<Scalars['String']['input']>;
  messageId: Scalars['ID']['input'];
  text?: InputMaybe<Scalars['String']['input']>;
};

/** The edited message, or why it was not edited. */
export type UpdateMessagePayload = {
  __typename?: 'UpdateMessagePayload';
  message?: Maybe<Message>;
  userErrors: Array<UserError>;
};

/** A person or bot in one workspace. */
export type User = Node & {
  __typename?: 'User';
  avatarUrl?: Maybe<Scalars['URL']['output']>;
  email?: Maybe<Scalars['EmailAddress']['output']>;
  id: Scalars['ID']['output'];
  isBot: Scalars['Boolean']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  workspace: Workspace;
};

/** An expected failure of a mutation: nothing was changed. */
export type UserError = {
  __typename?: 'UserError';
  code: ErrorCode;
  /** Path of the offending input field. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What was wrong, in words a developer can act on. */
  message: Scalars['String']['output'];
  /** For RATE_LIMITED. */
  retryAfterSeconds?: Maybe<Scalars['Int']['output']>;
};

/** The Switchboard account behind the API key of this request. */
export type Viewer = {
  __typename?: 'Viewer';
  email?: Maybe<Scalars['EmailAddress']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** What the API key may do. */
  scopes: Array<Scalars['String']['output']>;
  /** The viewer's own user in each workspace. */
  users: Array<User>;
};

/** One workspace of one provider: a built-in workspace, a Slack team, a Teams tenant or a mailbox. */
export type Workspace = Node & {
  __typename?: 'Workspace';
  capabilities: Capabilities;
  /** Channels the viewer can see (on the built-in workspace: the ones it is a member of), by name. parentId lists the subchannels of one channel; query matches names; archived channels only with includeArchived. */
  channels: WorkspaceChannelsConnection;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  provider: Provider;
  /** People and bots of the workspace, by name; query matches handle or display name. */
  users: WorkspaceUsersConnection;
  /** The viewer's own user in this workspace. */
  viewerUser?: Maybe<User>;
  webUrl?: Maybe<Scalars['URL']['output']>;
};


/** One workspace of one provider: a built-in workspace, a Slack team, a Teams tenant or a mailbox. */
export type WorkspaceChannelsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
};


/** One workspace of one provider: a built-in workspace, a Slack team, a Teams tenant or a mailbox. */
export type WorkspaceUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
};

export type WorkspaceChannelsConnection = {
  __typename?: 'WorkspaceChannelsConnection';
  edges: Array<WorkspaceChannelsConnectionEdge>;
  nodes: Array<Channel>;
  pageInfo: PageInfo;
};

export type WorkspaceChannelsConnectionEdge = {
  __typename?: 'WorkspaceChannelsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Channel;
};

export type WorkspaceUsersConnection = {
  __typename?: 'WorkspaceUsersConnection';
  edges: Array<WorkspaceUsersConnectionEdge>;
  nodes: Array<User>;
  pageInfo: PageInfo;
};

export type WorkspaceUsersConnectionEdge = {
  __typename?: 'WorkspaceUsersConnectionEdge';
  cursor: Scalars['String']['output'];
  node: User;
};

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', name: string, scopes: Array<string>, users: Array<{ __typename?: 'User', name: string, workspace: { __typename?: 'Workspace', name: string } }> }, workspaces: Array<{ __typename?: 'Workspace', name: string }> };

export type ChannelNamesQueryVariables = Exact<{
  workspaceId: Scalars['ID']['input'];
}>;


export type ChannelNamesQuery = { __typename?: 'Query', workspace?: { __typename?: 'Workspace', channels: { __typename?: 'WorkspaceChannelsConnection', nodes: Array<{ __typename?: 'Channel', name: string, isPrivate: boolean }> } } | null };

export type ChannelByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ChannelByIdQuery = { __typename?: 'Query', channel?: { __typename?: 'Channel', name: string } | null };

export type NodeByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NodeByIdQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Attachment', id: string }
    | { __typename?: 'Channel', name: string, id: string }
    | { __typename?: 'Event', id: string }
    | { __typename?: 'Message', id: string }
    | { __typename?: 'User', id: string }
    | { __typename?: 'Workspace', id: string }
   | null, nodes: Array<
    | { __typename?: 'Attachment', id: string }
    | { __typename?: 'Channel', id: string }
    | { __typename?: 'Event', id: string }
    | { __typename?: 'Message', id: string }
    | { __typename?: 'User', id: string }
    | { __typename?: 'Workspace', id: string }
   | null> };

export type LatestInChannelQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LatestInChannelQuery = { __typename?: 'Query', channel?: { __typename?: 'Channel', messages: { __typename?: 'ChannelMessagesConnection', nodes: Array<{ __typename?: 'Message', id: string }> } } | null };

export type MessageByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MessageByIdQuery = { __typename?: 'Query', message?: { __typename?: 'Message', id: string, text: string } | null };

export type InboxQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MessageFilter>;
}>;


export type InboxQuery = { __typename?: 'Query', messages: { __typename?: 'QueryMessagesConnection', edges: Array<{ __typename?: 'QueryMessagesConnectionEdge', cursor: string, node: { __typename?: 'Message', id: string, text: string, createdAt: string, workspace: { __typename?: 'Workspace', name: string }, channel: { __typename?: 'Channel', name: string }, author?: { __typename?: 'User', name: string } | null, mentions: Array<{ __typename?: 'User', name: string }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type PostMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type PostMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'SendMessagePayload', message?: { __typename?: 'Message', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string }> } };

export type SendMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type SendMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'SendMessagePayload', message?: { __typename?: 'Message', id: string, text: string, markdown?: string | null, html?: string | null, alsoSentToChannel: boolean, viewerCanUpdate: boolean, viewerCanDelete: boolean, author?: { __typename?: 'User', name: string } | null, parent?: { __typename?: 'Message', id: string } | null, threadRoot?: { __typename?: 'Message', id: string } | null, mentions: Array<{ __typename?: 'User', name: string }> } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type UpdateMutationVariables = Exact<{
  input: UpdateMessageInput;
}>;


export type UpdateMutation = { __typename?: 'Mutation', updateMessage: { __typename?: 'UpdateMessagePayload', message?: { __typename?: 'Message', id: string, text: string, editedAt?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type DeleteMutationVariables = Exact<{
  input: DeleteMessageInput;
}>;


export type DeleteMutation = { __typename?: 'Mutation', deleteMessage: { __typename?: 'DeleteMessagePayload', deletedMessageId?: string | null, message?: { __typename?: 'Message', id: string, text: string, deletedAt?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type ReactMutationVariables = Exact<{
  input: ReactionInput;
}>;


export type ReactMutation = { __typename?: 'Mutation', addReaction: { __typename?: 'ReactionPayload', message?: { __typename?: 'Message', reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number, viewerHasReacted: boolean, users: Array<{ __typename?: 'User', name: string }> }> } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type UnreactMutationVariables = Exact<{
  input: ReactionInput;
}>;


export type UnreactMutation = { __typename?: 'Mutation', removeReaction: { __typename?: 'ReactionPayload', message?: { __typename?: 'Message', reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number }> } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type TreeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TreeQuery = { __typename?: 'Query', message?: { __typename?: 'Message', id: string, replyCount: number, hasChildren: boolean, lastReplyAt?: string | null, threadParticipants: Array<{ __typename?: 'User', name: string }>, children: { __typename?: 'MessageChildrenConnection', nodes: Array<{ __typename?: 'Message', id: string, text: string, deletedAt?: string | null, children: { __typename?: 'MessageChildrenConnection', nodes: Array<{ __typename?: 'Message', id: string }> } }> }, descendants: { __typename?: 'MessageDescendantsConnection', nodes: Array<{ __typename?: 'Message', id: string, text: string, parent?: { __typename?: 'Message', id: string } | null }> } } | null };

export type ChannelTimelineQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ChannelTimelineQuery = { __typename?: 'Query', channel?: { __typename?: 'Channel', messages: { __typename?: 'ChannelMessagesConnection', nodes: Array<{ __typename?: 'Message', id: string, text: string, alsoSentToChannel: boolean }> } } | null };

export type PageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  around?: InputMaybe<Scalars['ID']['input']>;
}>;


export type PageQuery = { __typename?: 'Query', channel?: { __typename?: 'Channel', messages: { __typename?: 'ChannelMessagesConnection', edges: Array<{ __typename?: 'ChannelMessagesConnectionEdge', cursor: string, node: { __typename?: 'Message', id: string, createdAt: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null } } } | null };

export type RepliesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RepliesQuery = { __typename?: 'Query', message?: { __typename?: 'Message', children: { __typename?: 'MessageChildrenConnection', nodes: Array<{ __typename?: 'Message', id: string }> } } | null };

export type ThreadTreeByChildrenQueryVariables = Exact<{
  workspaceId: Scalars['ID']['input'];
}>;


export type ThreadTreeByChildrenQuery = { __typename?: 'Query', workspace?: { __typename?: 'Workspace', channels: { __typename?: 'WorkspaceChannelsConnection', nodes: Array<{ __typename?: 'Channel', name: string, messages: { __typename?: 'ChannelMessagesConnection', nodes: Array<{ __typename?: 'Message', id: string, text: string, children: { __typename?: 'MessageChildrenConnection', nodes: Array<{ __typename?: 'Message', id: string, text: string, children: { __typename?: 'MessageChildrenConnection', nodes: Array<{ __typename?: 'Message', id: string, text: string, children: { __typename?: 'MessageChildrenConnection', nodes: Array<{ __typename?: 'Message', id: string, text: string, children: { __typename?: 'MessageChildrenConnection', nodes: Array<{ __typename?: 'Message', id: string, text: string, author?: { __typename?: 'User', name: string } | null, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number, viewerHasReacted: boolean, users: Array<{ __typename?: 'User', name: string }> }> }> }, author?: { __typename?: 'User', name: string } | null, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number, viewerHasReacted: boolean, users: Array<{ __typename?: 'User', name: string }> }> }> }, author?: { __typename?: 'User', name: string } | null, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number, viewerHasReacted: boolean, users: Array<{ __typename?: 'User', name: string }> }> }> }, author?: { __typename?: 'User', name: string } | null, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number, viewerHasReacted: boolean, users: Array<{ __typename?: 'User', name: string }> }> }> }, author?: { __typename?: 'User', name: string } | null, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number, viewerHasReacted: boolean, users: Array<{ __typename?: 'User', name: string }> }> }> } }> } } | null };

export type TreeMessageFragment = { __typename?: 'Message', id: string, text: string, author?: { __typename?: 'User', name: string } | null, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number, viewerHasReacted: boolean, users: Array<{ __typename?: 'User', name: string }> }> };

export type ThreadTreeByDescendantsQueryVariables = Exact<{
  workspaceId: Scalars['ID']['input'];
}>;


export type ThreadTreeByDescendantsQuery = { __typename?: 'Query', workspace?: { __typename?: 'Workspace', channels: { __typename?: 'WorkspaceChannelsConnection', nodes: Array<{ __typename?: 'Channel', messages: { __typename?: 'ChannelMessagesConnection', nodes: Array<{ __typename?: 'Message', id: string, author?: { __typename?: 'User', name: string } | null, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number, users: Array<{ __typename?: 'User', name: string }> }>, descendants: { __typename?: 'MessageDescendantsConnection', nodes: Array<{ __typename?: 'Message', id: string, parent?: { __typename?: 'Message', id: string } | null, author?: { __typename?: 'User', name: string } | null, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number, users: Array<{ __typename?: 'User', name: string }> }> }> } }> } }> } } | null };

export type AddThreadMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type AddThreadMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'SendMessagePayload', message?: { __typename?: 'Message', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type DemoDirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoDirectoryQuery = { __typename?: 'Query', workspaces: Array<{ __typename?: 'Workspace', id: string, name: string, channels: { __typename?: 'WorkspaceChannelsConnection', nodes: Array<{ __typename?: 'Channel', id: string, name: string }> }, users: { __typename?: 'WorkspaceUsersConnection', nodes: Array<{ __typename?: 'User', id: string, name: string }> } }> };

export type EventsSubscriptionVariables = Exact<{
  filter?: InputMaybe<EventFilter>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type EventsSubscription = { __typename?: 'Subscription', events: { __typename?: 'Event', id: string, cursor: string, type: EventType, occurredAt: string, emoji?: string | null, workspace: { __typename?: 'Workspace', id: string, name: string }, channel?: { __typename?: 'Channel', id: string, name: string } | null, actor?: { __typename?: 'User', id: string, name: string } | null, message?: { __typename?: 'Message', id: string, text: string, editedAt?: string | null, deletedAt?: string | null, author?: { __typename?: 'User', name: string } | null, parent?: { __typename?: 'Message', id: string } | null, threadRoot?: { __typename?: 'Message', id: string } | null, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number }> } | null } };

export type SubscriptionsDirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type SubscriptionsDirectoryQuery = { __typename?: 'Query', workspaces: Array<{ __typename?: 'Workspace', id: string, name: string, channels: { __typename?: 'WorkspaceChannelsConnection', nodes: Array<{ __typename?: 'Channel', id: string, name: string }> } }> };

export type SubscriptionsSendMessageMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type SubscriptionsSendMessageMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'SendMessagePayload', message?: { __typename?: 'Message', id: string, text: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string }> } };

export type SubscriptionsUpdateMessageMutationVariables = Exact<{
  input: UpdateMessageInput;
}>;


export type SubscriptionsUpdateMessageMutation = { __typename?: 'Mutation', updateMessage: { __typename?: 'UpdateMessagePayload', message?: { __typename?: 'Message', id: string, text: string, editedAt?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', message: string }> } };

export type SubscriptionsDeleteMessageMutationVariables = Exact<{
  input: DeleteMessageInput;
}>;


export type SubscriptionsDeleteMessageMutation = { __typename?: 'Mutation', deleteMessage: { __typename?: 'DeleteMessagePayload', deletedMessageId?: string | null, userErrors: Array<{ __typename?: 'UserError', message: string }> } };

export type SubscriptionsAddReactionMutationVariables = Exact<{
  input: ReactionInput;
}>;


export type SubscriptionsAddReactionMutation = { __typename?: 'Mutation', addReaction: { __typename?: 'ReactionPayload', message?: { __typename?: 'Message', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string }> } };

export type SubscriptionsRemoveReactionMutationVariables = Exact<{
  input: ReactionInput;
}>;


export type SubscriptionsRemoveReactionMutation = { __typename?: 'Mutation', removeReaction: { __typename?: 'ReactionPayload', message?: { __typename?: 'Message', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string }> } };

export const TreeMessageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TreeMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasReacted"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TreeMessageFragment, unknown>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const ChannelNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChannelNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isPrivate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChannelNamesQuery, ChannelNamesQueryVariables>;
export const ChannelByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChannelById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ChannelByIdQuery, ChannelByIdQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"id"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const LatestInChannelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LatestInChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LatestInChannelQuery, LatestInChannelQueryVariables>;
export const MessageByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MessageById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<MessageByIdQuery, MessageByIdQueryVariables>;
export const InboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;
export const PostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Post"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PostMutation, PostMutationVariables>;
export const SendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Send"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"alsoSentToChannel"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"threadRoot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDelete"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SendMutation, SendMutationVariables>;
export const UpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Update"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateMutation, UpdateMutationVariables>;
export const DeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Delete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteMutation, DeleteMutationVariables>;
export const ReactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"React"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addReaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasReacted"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReactMutation, ReactMutationVariables>;
export const UnreactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Unreact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeReaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UnreactMutation, UnreactMutationVariables>;
export const TreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasChildren"}},{"kind":"Field","name":{"kind":"Name","value":"lastReplyAt"}},{"kind":"Field","name":{"kind":"Name","value":"threadParticipants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"descendants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TreeQuery, TreeQueryVariables>;
export const ChannelTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChannelTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"alsoSentToChannel"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChannelTimelineQuery, ChannelTimelineQueryVariables>;
export const PageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Page"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"around"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"around"},"value":{"kind":"Variable","name":{"kind":"Name","value":"around"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PageQuery, PageQueryVariables>;
export const RepliesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Replies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RepliesQuery, RepliesQueryVariables>;
export const ThreadTreeByChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ThreadTreeByChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreeMessage"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreeMessage"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreeMessage"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreeMessage"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreeMessage"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TreeMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasReacted"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ThreadTreeByChildrenQuery, ThreadTreeByChildrenQueryVariables>;
export const ThreadTreeByDescendantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ThreadTreeByDescendants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"descendants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ThreadTreeByDescendantsQuery, ThreadTreeByDescendantsQueryVariables>;
export const AddThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AddThreadMutation, AddThreadMutationVariables>;
export const DemoDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoDirectory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DemoDirectoryQuery, DemoDirectoryQueryVariables>;
export const EventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Events"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"threadRoot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventsSubscription, EventsSubscriptionVariables>;
export const SubscriptionsDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubscriptionsDirectory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubscriptionsDirectoryQuery, SubscriptionsDirectoryQueryVariables>;
export const SubscriptionsSendMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubscriptionsSendMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SubscriptionsSendMessageMutation, SubscriptionsSendMessageMutationVariables>;
export const SubscriptionsUpdateMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubscriptionsUpdateMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SubscriptionsUpdateMessageMutation, SubscriptionsUpdateMessageMutationVariables>;
export const SubscriptionsDeleteMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubscriptionsDeleteMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SubscriptionsDeleteMessageMutation, SubscriptionsDeleteMessageMutationVariables>;
export const SubscriptionsAddReactionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubscriptionsAddReaction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addReaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SubscriptionsAddReactionMutation, SubscriptionsAddReactionMutationVariables>;
export const SubscriptionsRemoveReactionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubscriptionsRemoveReaction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeReaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SubscriptionsRemoveReactionMutation, SubscriptionsRemoveReactionMutationVariables>;