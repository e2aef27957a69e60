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
  /** A file sent with a multipart request (the GraphQL multipart request spec: an `operations` part, a `map` part naming the variable, and the file part). Input only. */
  File: { input: File; output: File; }
  /** A field whose value conforms to the standard URL format as specified in RFC3986: https://www.ietf.org/rfc/rfc3986.txt. */
  URL: { input: string; output: string; }
};

/** A file attached to a message, or uploaded and waiting to be sent. Readable by whoever can read its message (before that, by its uploader only); the bytes are behind `url`. */
export type Attachment = Node & {
  __typename?: 'Attachment';
  /** Its media type, e.g. `image/png`. */
  contentType: Scalars['String']['output'];
  /** When it was uploaded. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The name it was uploaded with. */
  filename: Scalars['String']['output'];
  /** The global id: opaque, stable, and accepted wherever an id is asked for (node(id), inputs, filters). */
  id: Scalars['ID']['output'];
  /** Its size in bytes. */
  sizeBytes: Scalars['Int']['output'];
  /** Where to download it. For files stored by Switchboard (the built-in workspace): a signed link, `/files/{id}/download?exp=…&sig=…`, that needs no API key and works for one hour; read the attachment again for a fresh one. Downloads are always served as attachments, never rendered. */
  url: Scalars['URL']['output'];
};

/** Which platform to authorize with, and what the authorization is for. */
export type BeginInstallInput = {
  /** The platform to authorize with. */
  provider: Provider;
  /** INSTALL the provider's app in a workspace, or LINK_USER your own user. */
  purpose: InstallPurpose;
  /** LINK_USER: the connected workspace to link in (optional; the platform asks otherwise). */
  workspaceId?: InputMaybe<Scalars['ID']['input']>;
};

/** Where to send the browser to authorize with the platform. */
export type BeginInstallPayload = {
  __typename?: 'BeginInstallPayload';
  /** When installUrl stops working (ten minutes after it was made). */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Open in a browser: /oauth/<provider>/install?state=…, which forwards to the platform. Single use. */
  installUrl?: Maybe<Scalars['URL']['output']>;
  /** Why the operation did not happen; empty when it succeeded (then nothing else needs checking). */
  userErrors: Array<UserError>;
};

/** What the Slack authorization is for. */
export type BeginSlackInstallInput = {
  /** INSTALL the app in a workspace, or LINK_USER your own Slack user. */
  purpose: SlackInstallPurpose;
  /** LINK_USER: the Slack workspace to link in (optional; Slack asks otherwise). */
  workspaceId?: InputMaybe<Scalars['ID']['input']>;
};

/** Where to send the browser to authorize with Slack. */
export type BeginSlackInstallPayload = {
  __typename?: 'BeginSlackInstallPayload';
  /** When installUrl stops working (ten minutes after it was made). */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Open in a browser: /oauth/slack/install?state=…, which forwards to Slack. Single use. */
  installUrl?: Maybe<Scalars['URL']['output']>;
  /** Why the operation did not happen; empty when it succeeded (then nothing else needs checking). */
  userErrors: Array<UserError>;
};

/** An interactive button on a message; clicks arrive as BUTTON_CLICKED events. */
export type Button = {
  __typename?: 'Button';
  /** An emoji or icon name shown with the label, if any. */
  icon?: Maybe<Scalars['String']['output']>;
  /** The button id within its message (not a global id); BUTTON_CLICKED events name it. */
  id: Scalars['ID']['output'];
  /** The label shown on the button. */
  text: Scalars['String']['output'];
  /** The value the app attached to the button, if any. */
  value?: Maybe<Scalars['String']['output']>;
};

/** What this workspace's provider can do, so that clients render only what works. */
export type Capabilities = {
  __typename?: 'Capabilities';
  /** Whether files can be uploaded and sent (uploadAttachment). */
  attachmentUpload: Scalars['Boolean']['output'];
  /** Who reads this workspace: its members (SHARED, chat) or its owner alone (PERSONAL, a mailbox). Render channel members, mentions and "who has seen it" only for SHARED. */
  audience: WorkspaceAudience;
  /** Interactive buttons on messages. */
  buttons: Scalars['Boolean']['output'];
  /** Creating, renaming, archiving, joining, leaving and inviting to channels; without it those mutations fail with UNSUPPORTED. */
  channelAdministration: Scalars['Boolean']['output'];
  /** Whether messages can be deleted (deleteMessage). */
  deleteMessages: Scalars['Boolean']['output'];
  /** Whether messages can be edited (updateMessage). */
  editMessages: Scalars['Boolean']['output'];
  /** Whether messages are mail: sendMessage takes subject, to, cc, bcc and html, updateMessage takes html, and messages have recipients. Elsewhere those inputs fail with UNSUPPORTED. */
  email: Scalars['Boolean']['output'];
  /** Whether events of this workspace arrive as they happen (PUSH) or with a polling delay (POLL). */
  eventDelivery: EventDelivery;
  /** Events this workspace emits. */
  eventTypes: Array<EventType>;
  /** Whether authors can remove link previews (removeLinkPreview). */
  linkPreviewRemoval: Scalars['Boolean']['output'];
  /** Longest message text accepted, in characters. */
  maxMessageLength: Scalars['Int']['output'];
  /** The most pins a channel holds (50 on the built-in workspace, 100 on Slack); null when unlimited or without pins. */
  maxPinsPerChannel?: Maybe<Scalars['Int']['output']>;
  /** Pinning messages (pinMessage, Channel.pins). */
  pins: Support;
  /** Whether messages take emoji reactions (addReaction, removeReaction). */
  reactions: Scalars['Boolean']['output'];
  /** Unread counts and read positions (Channel.unreadCount, Message.isUnread, markChannelRead). */
  readState: Support;
  /** Scheduling messages for later (scheduleMessage, Workspace.scheduledMessages). */
  scheduledMessages: Support;
  /** Full-text search (Workspace.search). */
  search: Support;
  /** How deep replies nest: render a tree (TREE) or one level of replies (FLAT). */
  threadModel: ThreadModel;
  /** Following threads and their unread replies (Workspace.threads, subscribeToThread, markThreadRead). */
  threadSubscriptions: Support;
};

/** A conversation container: a channel, a direct conversation, a mailbox folder or label. */
export type Channel = Node & {
  __typename?: 'Channel';
  /** When it was created; null when the provider does not say. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The channel's purpose; null when none was given. */
  description?: Maybe<Scalars['String']['output']>;
  /** Whether it has subchannels (see subchannels). */
  hasSubchannels: Scalars['Boolean']['output'];
  /** The global id: opaque, stable, and accepted wherever an id is asked for (node(id), inputs, filters). */
  id: Scalars['ID']['output'];
  /** False once archived: an archived channel is read-only. */
  isActive: Scalars['Boolean']['output'];
  /** Visible only to its members (PRIVATE, DIRECT and GROUP channels). */
  isPrivate: Scalars['Boolean']['output'];
  /** Members of the channel, by name. */
  members: ChannelMembersConnection;
  /** Messages shown in the channel (thread roots, and replies also sent to the channel), newest first. first/after read towards older messages, last/before towards newer ones; around: the page of `first` messages centred on that message (scroll-to-message). */
  messages: ChannelMessagesConnection;
  /** The name without "#" (e.g. "general"); a direct conversation is named after the other person. */
  name: Scalars['String']['output'];
  /** The channel this one is a subchannel of; null for top-level channels and for parents you cannot see. */
  parent?: Maybe<Channel>;
  /** Pinned messages, most recently pinned first. At most Workspace.capabilities.maxPinsPerChannel (50 on the built-in workspace). Forward pages only (first/after). */
  pins: ChannelPinsConnection;
  /** Subchannels you can see, by name. */
  subchannels: ChannelSubchannelsConnection;
  /** Public, private, direct, group, or a mail folder or label. */
  type: ChannelType;
  /** How many messages of this channel are unread for you. Unread means: shown in the channel timeline (a root, or a reply also sent to the channel), sent after your read position in the channel, not deleted, and not written by you. Without a position yet, everything since you joined the channel is unread. UNSUPPORTED where capabilities.readState is NONE. */
  unreadCount: Scalars['Int']['output'];
  /** When its name, description or state last changed; null when the provider does not say. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether you may rename, archive and unarchive it: its creator, its channel admins, workspace admins and owners. */
  viewerCanManage: Scalars['Boolean']['output'];
  /** Whether the viewer may send messages here (a member, and the channel is not archived). */
  viewerCanPost: Scalars['Boolean']['output'];
  /** The channel in its provider's own app; null for the built-in workspace. */
  webUrl?: Maybe<Scalars['URL']['output']>;
  /** The workspace the channel belongs to. */
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
export type ChannelPinsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
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

/** The channel an operation applies to. */
export type ChannelInput = {
  /** The global id of the channel (Channel.id, or JoinableChannel.channelId). */
  channelId: Scalars['ID']['input'];
};

/** One page of a list: its items (nodes, or edges with cursors) and where it sits (pageInfo). */
export type ChannelMembersConnection = {
  __typename?: 'ChannelMembersConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<ChannelMembersConnectionEdge>;
  /** The items of this page (the same as edges { node }, without cursors). */
  nodes: Array<User>;
  /** Where this page sits in the list, and the cursors to read on. */
  pageInfo: PageInfo;
};

/** One item of a page and its cursor. */
export type ChannelMembersConnectionEdge = {
  __typename?: 'ChannelMembersConnectionEdge';
  /** Opaque position of this item; pass it as after (or before) to read on from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: User;
};

/** One page of a list: its items (nodes, or edges with cursors) and where it sits (pageInfo). */
export type ChannelMessagesConnection = {
  __typename?: 'ChannelMessagesConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<ChannelMessagesConnectionEdge>;
  /** The items of this page (the same as edges { node }, without cursors). */
  nodes: Array<Message>;
  /** Where this page sits in the list, and the cursors to read on. */
  pageInfo: PageInfo;
};

/** One item of a page and its cursor. */
export type ChannelMessagesConnectionEdge = {
  __typename?: 'ChannelMessagesConnectionEdge';
  /** Opaque position of this item; pass it as after (or before) to read on from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Message;
};

/** The channel after the operation, or why nothing changed. */
export type ChannelPayload = {
  __typename?: 'ChannelPayload';
  /** The channel as it is now; null when nothing changed. */
  channel?: Maybe<Channel>;
  /** Why the operation did not happen; empty when it succeeded (then nothing else needs checking). */
  userErrors: Array<UserError>;
};

/** One page of a list: its items (nodes, or edges with cursors) and where it sits (pageInfo). */
export type ChannelPinsConnection = {
  __typename?: 'ChannelPinsConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<ChannelPinsConnectionEdge>;
  /** The items of this page (the same as edges { node }, without cursors). */
  nodes: Array<Message>;
  /** Where this page sits in the list, and the cursors to read on. */
  pageInfo: PageInfo;
};

/** One item of a page and its cursor. */
export type ChannelPinsConnectionEdge = {
  __typename?: 'ChannelPinsConnectionEdge';
  /** Opaque position of this item; pass it as after (or before) to read on from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Message;
};

/** One page of a list: its items (nodes, or edges with cursors) and where it sits (pageInfo). */
export type ChannelSubchannelsConnection = {
  __typename?: 'ChannelSubchannelsConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<ChannelSubchannelsConnectionEdge>;
  /** The items of this page (the same as edges { node }, without cursors). */
  nodes: Array<Channel>;
  /** Where this page sits in the list, and the cursors to read on. */
  pageInfo: PageInfo;
};

/** One item of a page and its cursor. */
export type ChannelSubchannelsConnectionEdge = {
  __typename?: 'ChannelSubchannelsConnectionEdge';
  /** Opaque position of this item; pass it as after (or before) to read on from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
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

/** Connect a Slack workspace with its tokens (admins only: an API key with the "admin" scope). The tokens are checked with Slack (auth.test) and stored encrypted; the server refuses without SWITCHBOARD_ENCRYPTION_KEY. Connecting again replaces the stored credentials. */
export type ConnectSlackWorkspaceInput = {
  /** The app's Bot User OAuth Token, "xoxb-…". */
  botToken: Scalars['String']['input'];
  /** PUSH (default) or POLL when Slack cannot reach this server. */
  eventDelivery?: InputMaybe<SlackEventDelivery>;
  /** The app's Signing Secret, to verify webhooks. Defaults to SLACK_SIGNING_SECRET. */
  signingSecret?: InputMaybe<Scalars['String']['input']>;
  /** Your own User OAuth Token, "xoxp-…": you then read and write as yourself (search needs it). Without it you are linked by email and the bot acts for you. */
  userToken?: InputMaybe<Scalars['String']['input']>;
};

/** The connected Slack workspace, or why it was not connected. */
export type ConnectSlackWorkspacePayload = {
  __typename?: 'ConnectSlackWorkspacePayload';
  /** Your Slack user in that workspace, when linked. */
  user?: Maybe<User>;
  /** Why the operation did not happen; empty when it succeeded (then nothing else needs checking). */
  userErrors: Array<UserError>;
  /** The Slack workspace; null when you have no linked Slack user there (so you cannot see it). */
  workspace?: Maybe<Workspace>;
};

/** Connect a provider workspace (admins only: an API key with the "admin" scope): give exactly one provider, with its fields. Credentials are checked with the provider and stored encrypted; the server refuses without SWITCHBOARD_ENCRYPTION_KEY. Connecting again replaces the stored credentials. */
export type ConnectWorkspaceInput =
  /** A Slack workspace: its credentials and settings. */
  { slack: ConnectSlackWorkspaceInput; };

/** The connected workspace, or why it was not connected. */
export type ConnectWorkspacePayload = {
  __typename?: 'ConnectWorkspacePayload';
  /** Your user in that workspace, when linked. */
  user?: Maybe<User>;
  /** Why the operation did not happen; empty when it succeeded (then nothing else needs checking). */
  userErrors: Array<UserError>;
  /** The workspace; null when you have no linked user there (so you cannot see it). */
  workspace?: Maybe<Workspace>;
};

/** A new channel. You become its first member and a channel admin. */
export type CreateChannelInput = {
  /** The channel's purpose, at most 250 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Lowercase letters, digits, hyphens and underscores, at most 80 characters, unique in the workspace (archived channels keep their names). A bad name is a VALIDATION_ERROR suggesting a valid one; a taken one a CONFLICT. */
  name: Scalars['String']['input'];
  /** Makes it a subchannel of this channel (one you can see, not archived). */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** PUBLIC (anyone in the workspace may join) or PRIVATE (members add people); default PUBLIC. */
  type?: InputMaybe<ChannelType>;
  /** The workspace to create it in (Workspace.id). */
  workspaceId: Scalars['ID']['input'];
};

/** The subscription the ticket will open: the ticket works for this document only. */
export type CreateSubscriptionTicketInput = {
  /** Which operation of the document, when it has several. */
  operationName?: InputMaybe<Scalars['String']['input']>;
  /** The subscription document, exactly as you will pass it in the stream URL (whitespace and comments may differ). */
  query: Scalars['String']['input'];
};

/** A single-use ticket for one EventSource connection, or why none was issued. */
export type CreateSubscriptionTicketPayload = {
  __typename?: 'CreateSubscriptionTicketPayload';
  /** When the ticket stops working if unused (60 seconds after it was issued). */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Pass it as the `ticket` query parameter of GET /graphql/stream, with `query` (and `variables`, `operationName`): `new EventSource("/graphql/stream?ticket=…&query=…")`. Works once, for this document only, and acts with the scopes of the API key that asked for it. Keep it out of logs all the same. */
  ticket?: Maybe<Scalars['String']['output']>;
  /** Why the operation did not happen; empty when it succeeded (then nothing else needs checking). */
  userErrors: Array<UserError>;
};

/** The message to delete. */
export type DeleteMessageInput = {
  /** The global id of the message. */
  messageId: Scalars['ID']['input'];
};

/** The id of the deleted message; the message itself stays as a tombstone so trees keep their shape. */
export type DeleteMessagePayload = {
  __typename?: 'DeleteMessagePayload';
  /** The global id of the deleted message: drop it from your cache (or render its tombstone). */
  deletedMessageId?: Maybe<Scalars['ID']['output']>;
  /** The tombstone. */
  message?: Maybe<Message>;
  /** Why the operation did not happen; empty when it succeeded (then nothing else needs checking). */
  userErrors: Array<UserError>;
};

/** The id of the cancelled scheduled message, or why it was not cancelled. */
export type DeleteScheduledMessagePayload = {
  __typename?: 'DeleteScheduledMessagePayload';
  /** The global id of the cancelled scheduled message. */
  deletedScheduledMessageId?: Maybe<Scalars['ID']['output']>;
  /** The cancelled scheduled message (status CANCELLED). */
  scheduledMessage?: Maybe<ScheduledMessage>;
  /** Why the operation did not happen; empty when it succeeded (then nothing else needs checking). */
  userErrors: Array<UserError>;
};

/** The connected workspace to disconnect from this server (admins only). */
export type DisconnectWorkspaceInput = {
  /** The connected workspace to disconnect. */
  workspaceId: Scalars['ID']['input'];
};

/** The workspace that is no longer connected, or why it was not disconnected. */
export type DisconnectWorkspacePayload = {
  __typename?: 'DisconnectWorkspacePayload';
  /** Why the operation did not happen; empty when it succeeded (then nothing else needs checking). */
  userErrors: Array<UserError>;
  /** The workspace that was disconnected. */
  workspaceId?: Maybe<Scalars['ID']['output']>;
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
  /** The provider's rate budget, or one of this API key's own limits (requests, subscriptions, uploads), is spent; retry after retryAfterSeconds. */
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
  /** The channel it happened in, as it is now; null for workspace-wide events and channels you can no longer see. */
  channel?: Maybe<Channel>;
  /** Opaque position in the event log; pass it as `after` to resume without losing events. */
  cursor: Scalars['String']['output'];
  /** For REACTION_ADDED and REACTION_REMOVED. */
  emoji?: Maybe<Scalars['String']['output']>;
  /** The global id: opaque, stable, and accepted wherever an id is asked for (node(id), inputs, filters). */
  id: Scalars['ID']['output'];
  /** The message as it is now (a tombstone after MESSAGE_DELETED). */
  message?: Maybe<Message>;
  /** When it happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** For SCHEDULED_MESSAGE_SENT and SCHEDULED_MESSAGE_FAILED: the scheduled message (its author is the only receiver). */
  scheduledMessage?: Maybe<ScheduledMessage>;
  /** What happened; it says which other fields are set. */
  type: EventType;
  /** The workspace it happened in. */
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
  /** Only events of these channels: a live channel view subscribes with its channel id. */
  channelIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Events about these threads: the root and every reply below it. */
  threadRootIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only events of these types. */
  types?: InputMaybe<Array<EventType>>;
  /** Only events of these workspaces (NOT_FOUND for one you do not belong to). */
  workspaceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** What happened. Which types a workspace emits: Capabilities.eventTypes. */
export type EventType =
  /** A message mentioned a bot user, as Slack's app_mention: what a bot listens for. `message` is the message. */
  | 'APP_MENTION'
  /** Someone clicked an interactive button: `button`, `actor` and `message`. */
  | 'BUTTON_CLICKED'
  /** A channel was created: `channel`; `message` is its CHANNEL_CREATED system message. */
  | 'CHANNEL_CREATED'
  /** A channel was deleted (Slack); `channel` is null from then on. */
  | 'CHANNEL_DELETED'
  /** Someone joined `channel` (`actor`); a joiner's own stream starts with this event. */
  | 'CHANNEL_JOINED'
  /** Someone left `channel` (`actor`); the leaver no longer receives the channel's events. */
  | 'CHANNEL_LEFT'
  /** You moved your read position in a channel (markChannelRead, markUnread). Only your own subscriptions receive it. */
  | 'CHANNEL_READ'
  /** A channel was renamed: `channel` has its new name; `message` is the system message. */
  | 'CHANNEL_RENAMED'
  /** A channel was archived or unarchived (see Channel.isActive), or otherwise changed. */
  | 'CHANNEL_UPDATED'
  /** The author removed a message's link preview. `message` is the message. */
  | 'LINK_PREVIEW_REMOVED'
  /** A message or reply was sent (also system messages). `message` is the new message. */
  | 'MESSAGE_CREATED'
  /** A message was deleted. `message` is its tombstone where the tree keeps one, else null. */
  | 'MESSAGE_DELETED'
  /** A message was pinned to its channel: `message`, pinned by `actor`. */
  | 'MESSAGE_PINNED'
  /** A message was unpinned: `message`, by `actor`. */
  | 'MESSAGE_UNPINNED'
  /** A message was edited, or its link preview arrived. `message` is the message as it is now. */
  | 'MESSAGE_UPDATED'
  /** Someone reacted: `emoji` and `actor` say who with what, `message` is the message. */
  | 'REACTION_ADDED'
  /** Someone took a reaction back: `emoji`, `actor` and `message` as for REACTION_ADDED. */
  | 'REACTION_REMOVED'
  /** One of your scheduled messages could not be delivered: see `scheduledMessage.lastError`. Only you receive it. */
  | 'SCHEDULED_MESSAGE_FAILED'
  /** One of your scheduled messages was delivered: `scheduledMessage`, and `message` is what it became. Only you receive it. */
  | 'SCHEDULED_MESSAGE_SENT'
  /** You moved your read position in a thread (markThreadRead, markUnread). Only your own subscriptions receive it. */
  | 'THREAD_READ'
  /** A person or bot joined the workspace (`actor`). Reserved: no provider emits it yet (see Capabilities.eventTypes). */
  | 'USER_CREATED'
  /** A person was removed from the workspace or deactivated (`actor`). Reserved: no provider emits it yet. */
  | 'USER_DELETED'
  /** A person's profile changed (`actor`). Reserved: no provider emits it yet. */
  | 'USER_UPDATED'
  /** An admin disconnected the workspace (disconnectWorkspace): its channels and messages are gone from your view, and a subscription confined to it (by workspaceIds, channelIds or threadRootIds) ends after this event. */
  | 'WORKSPACE_DISCONNECTED';

/** What a provider's OAuth flow is for. */
export type InstallPurpose =
  /** Install the provider's app in a workspace and connect it (admins only). */
  | 'INSTALL'
  /** Link your own user (with your user token) in a connected workspace, so you act as yourself. */
  | 'LINK_USER';

/** A channel and the people to add to it. */
export type InviteToChannelInput = {
  /** The channel to add them to (one you are in). */
  channelId: Scalars['ID']['input'];
  /** 1 to 100 users of the channel’s workspace, none of them in the channel yet. */
  userIds: Array<Scalars['ID']['input']>;
};

/** A public channel you are not in, as its directory entry. Its messages are readable once you join it (joinChannel with `channelId`); until then `node(channelId)` is null. */
export type JoinableChannel = {
  __typename?: 'JoinableChannel';
  /** The Channel id, for joinChannel. */
  channelId: Scalars['ID']['output'];
  /** When it was created. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The channel's purpose; null when none was given. */
  description?: Maybe<Scalars['String']['output']>;
  /** How many people are in it. */
  memberCount: Scalars['Int']['output'];
  /** The channel name, without "#". */
  name: Scalars['String']['output'];
};

/** A page of public channels you may join. */
export type JoinableChannelConnection = {
  __typename?: 'JoinableChannelConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<JoinableChannelEdge>;
  /** The items of this page (the same as edges { node }, without cursors). */
  nodes: Array<JoinableChannel>;
  /** Where this page sits in the list, and the cursors to read on. */
  pageInfo: PageInfo;
};

/** A joinable channel and its cursor. */
export type JoinableChannelEdge = {
  __typename?: 'JoinableChannelEdge';
  /** Opaque position of this item; pass it as after (or before) to read on from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: JoinableChannel;
};

/** The id of the channel you left; you can no longer read it (a public one you may join again). */
export type LeaveChannelPayload = {
  __typename?: 'LeaveChannelPayload';
  /** The global id of the channel you left: drop it from your channel list. */
  leftChannelId?: Maybe<Scalars['ID']['output']>;
  /** Why the operation did not happen; empty when it succeeded (then nothing else needs checking). */
  userErrors: Array<UserError>;
};

/** Link your account to your own user in a connected workspace: give exactly one provider, with its fields. */
export type LinkAccountInput =
  /** Your own Slack user: the credentials you act with there. */
  { slack: LinkSlackUserInput; };

/** The workspace you are now linked to, or why not. */
export type LinkAccountPayload = {
  __typename?: 'LinkAccountPayload';
  /** Your user in that workspace, when linked. */
  user?: Maybe<User>;
  /** Why the operation did not happen; empty when it succeeded (then nothing else needs checking). */
  userErrors: Array<UserError>;
  /** The workspace; null when you have no linked user there (so you cannot see it). */
  workspace?: Maybe<Workspace>;
};

/** The preview of the first link in a message. A link to a message or channel of the same workspace (`<server>/messages/<message id>`, `<server>/channels/<channel id>`) is an internal preview: `linkedMessage` or `linkedChannel`, shown only to those who can read them. Any other http(s) link is fetched by the server after the message is sent; its preview appears with a MESSAGE_UPDATED event when the page has a title or description. */
export type LinkPreview = {
  __typename?: 'LinkPreview';
  /** og:description, else the meta description. */
  description?: Maybe<Scalars['String']['output']>;
  /** og:image, absolute. */
  imageUrl?: Maybe<Scalars['URL']['output']>;
  /** The linked channel, when the link names one and you can read it. */
  linkedChannel?: Maybe<Channel>;
  /** The linked message, when the link names one and you can read it (null otherwise: nothing leaks). */
  linkedMessage?: Maybe<Message>;
  /** og:site_name, else the host name. */
  siteName?: Maybe<Scalars['String']['output']>;
  /** og:title, else the page title. Null for internal previews. */
  title?: Maybe<Scalars['String']['output']>;
  /** The link as written in the message. */
  url: Scalars['URL']['output'];
};

/** Link your account to your Slack user in a connected workspace with your own user token. */
export type LinkSlackUserInput = {
  /** Your User OAuth Token, "xoxp-…"; its workspace must be connected. */
  userToken: Scalars['String']['input'];
};

/** The Slack workspace you are now linked to, or why not. */
export type LinkSlackUserPayload = {
  __typename?: 'LinkSlackUserPayload';
  /** Your Slack user in that workspace, when linked. */
  user?: Maybe<User>;
  /** Why the operation did not happen; empty when it succeeded (then nothing else needs checking). */
  userErrors: Array<UserError>;
  /** The Slack workspace; null when you have no linked Slack user there (so you cannot see it). */
  workspace?: Maybe<Workspace>;
};

/** The channel to mark read, and how far. */
export type MarkChannelReadInput = {
  /** The channel (Channel.id). */
  channelId: Scalars['ID']['input'];
  /** Read up to and including this message of the channel (VALIDATION_ERROR when it is in another channel). Defaults to the newest message. A position earlier than the current one makes later messages unread again. */
  lastReadMessageId?: InputMaybe<Scalars['ID']['input']>;
};

/** The channel with your new read position (see unreadCount), or why nothing changed. */
export type MarkChannelReadPayload = {
  __typename?: 'MarkChannelReadPayload';
  /** The channel; read its unreadCount for the new count. Null when nothing changed. */
  channel?: Maybe<Channel>;
  /** Why the operation did not happen; empty when it succeeded (then nothing else needs checking). */
  userErrors: Array<UserError>;
};

/** The thread to mark read, and how far. */
export type MarkThreadReadInput = {
  /** Read up to and including this reply, which must be in that thread (VALIDATION_ERROR otherwise). Defaults to the latest reply. */
  lastReadReplyId?: InputMaybe<Scalars['ID']['input']>;
  /** The thread’s root, or any reply in it (the whole thread is meant). */
  messageId: Scalars['ID']['input'];
};

/** The message marked unread, where the read position moved, or why nothing changed. */
export type MarkUnreadPayload = {
  __typename?: 'MarkUnreadPayload';
  /** The message’s channel; its unreadCount counts from the message on (for a timeline message). */
  channel?: Maybe<Channel>;
  /** The message now unread (isUnread is true unless it is your own). */
  message?: Maybe<Message>;
  /** Set when the message is a reply shown only in its thread: that thread’s read position moved instead of the channel’s. */
  thread?: Maybe<Thread>;
  /** Why the operation did not happen; empty when it succeeded (then nothing else needs checking). */
  userErrors: Array<UserError>;
};

/** A message, with its place in a reply tree. */
export type Message = Node & {
  __typename?: 'Message';
  /** A reply that is also shown in the channel timeline. */
  alsoSentToChannel: Scalars['Boolean']['output'];
  /** Files sent with the message, in the order they were attached. */
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
  /** When it was sent. */
  createdAt: Scalars['DateTime']['output'];
  /** Set on a tombstone: the message was deleted but keeps its place in the tree. */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The whole subtree below this message, flattened, oldest first. Use `parent` to rebuild the tree. */
  descendants: MessageDescendantsConnection;
  /** When its author last edited it; null if never. */
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether anyone replied to this message directly. */
  hasChildren: Scalars['Boolean']['output'];
  /** Rendered HTML; raw HTML in the source is escaped. Mail: its own HTML, sanitized (no scripts, forms or frames; remote images as links or left out; inline images of its own attachments as signed download links that expire, like Attachment.url). */
  html?: Maybe<Scalars['String']['output']>;
  /** The global id: opaque, stable, and accepted wherever an id is asked for (node(id), inputs, filters). */
  id: Scalars['ID']['output'];
  /** Whether it is pinned to its channel (see Channel.pins). */
  isPinned: Scalars['Boolean']['output'];
  /** Whether you have not read this message yet. A message in the channel timeline is unread when it comes after your read position in the channel; a reply shown only in its thread, when it comes after your read position in that thread (kept for threads you follow or marked read; replies of other threads are never unread). Your own and deleted messages are never unread. */
  isUnread: Scalars['Boolean']['output'];
  /** When the latest reply anywhere below this message was sent; null without replies. */
  lastReplyAt?: Maybe<Scalars['DateTime']['output']>;
  /** The preview of the first link in the text; null when it has none, while it is being fetched, or after its removal. */
  linkPreview?: Maybe<LinkPreview>;
  /** The source as markdown, when the message was written in it (or converted from the provider, e.g. Slack mrkdwn). */
  markdown?: Maybe<Scalars['String']['output']>;
  /** Users mentioned with @handle. */
  mentions: Array<User>;
  /** The message this one replies to (its immediate predecessor); null for a root. */
  parent?: Maybe<Message>;
  /** When it was pinned; null when not pinned. */
  pinnedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who pinned it; null when not pinned. */
  pinnedBy?: Maybe<User>;
  /** Reactions grouped by emoji, in the order they were first used. */
  reactions: Array<ReactionGroup>;
  /** Email senders and recipients; empty lists for chat. */
  recipients: Recipients;
  /** Replies anywhere below this message, deleted ones excluded. */
  replyCount: Scalars['Int']['output'];
  /** Email subject; null for chat. */
  subject?: Maybe<Scalars['String']['output']>;
  /** For SYSTEM messages: the change they report, to render in your own words. Null otherwise. */
  systemEvent?: Maybe<SystemEvent>;
  /** Plain text. Empty for a deleted message. */
  text: Scalars['String']['output'];
  /** Everyone who replied below this message. */
  threadParticipants: Array<User>;
  /** The root of the thread this message is in; null for a root. */
  threadRoot?: Maybe<Message>;
  /** USER for what people and bots write, SYSTEM for notices. */
  type: MessageType;
  /** When it last changed (an edit, a deletion, a pin); the send time or null when it never did. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The author, a channel admin, or a workspace admin or owner deletes. */
  viewerCanDelete: Scalars['Boolean']['output'];
  /** Only the author edits. */
  viewerCanUpdate: Scalars['Boolean']['output'];
  /** Whether the viewer follows the thread this message belongs to (its own thread for a root; the thread of its root for a reply). UNSUPPORTED where capabilities.threadSubscriptions is NONE. */
  viewerThreadSubscription: ThreadSubscriptionStatus;
  /** The message in its provider's own app (a Slack permalink); null for the built-in workspace. */
  webUrl?: Maybe<Scalars['URL']['output']>;
  /** The workspace of the message. */
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

/** One page of a list: its items (nodes, or edges with cursors) and where it sits (pageInfo). */
export type MessageChildrenConnection = {
  __typename?: 'MessageChildrenConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<MessageChildrenConnectionEdge>;
  /** The items of this page (the same as edges { node }, without cursors). */
  nodes: Array<Message>;
  /** Where this page sits in the list, and the cursors to read on. */
  pageInfo: PageInfo;
};

/** One item of a page and its cursor. */
export type MessageChildrenConnectionEdge = {
  __typename?: 'MessageChildrenConnectionEdge';
  /** Opaque position of this item; pass it as after (or before) to read on from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Message;
};

/** One page of a list: its items (nodes, or edges with cursors) and where it sits (pageInfo). */
export type MessageDescendantsConnection = {
  __typename?: 'MessageDescendantsConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<MessageDescendantsConnectionEdge>;
  /** The items of this page (the same as edges { node }, without cursors). */
  nodes: Array<Message>;
  /** Where this page sits in the list, and the cursors to read on. */
  pageInfo: PageInfo;
};

/** One item of a page and its cursor. */
export type MessageDescendantsConnectionEdge = {
  __typename?: 'MessageDescendantsConnectionEdge';
  /** Opaque position of this item; pass it as after (or before) to read on from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Message;
};

/** Narrows the unified inbox; every given condition must hold. */
export type MessageFilter = {
  /** Only messages by these users. */
  authorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these channels. */
  channelIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only messages sent after this instant. */
  createdAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only messages sent before this instant. */
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only messages that mention you. */
  mentionsViewer?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only messages unread for you, i.e. whose Message.isUnread is true: timeline messages after your channel read position and replies after your position in their thread, never your own. UNSUPPORTED where capabilities.readState is NONE. */
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these workspaces (NOT_FOUND for one you do not belong to). */
  workspaceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Names one message. */
export type MessageInput = {
  /** The global id of the message. */
  messageId: Scalars['ID']['input'];
};

/** The message after the change, or why nothing was changed (then `message` is null). */
export type MessagePayload = {
  __typename?: 'MessagePayload';
  /** The message after the change; null when nothing changed. */
  message?: Maybe<Message>;
  /** Why the operation did not happen; empty when it succeeded (then nothing else needs checking). */
  userErrors: Array<UserError>;
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
  /** Archive a channel (same people as rename): it becomes read-only and leaves `Workspace.channels` unless includeArchived. Already archived: CONFLICT. Posts a CHANNEL_ARCHIVED system message; the event is CHANNEL_UPDATED. */
  archiveChannel: ChannelPayload;
  /** Start a provider's OAuth flow: INSTALL connects a workspace (admins), LINK_USER links your own user. */
  beginInstall: BeginInstallPayload;
  /**
   * Start the Slack OAuth flow: INSTALL connects a workspace (admins), LINK_USER links your Slack user.
   * @deprecated Use beginInstall(input: { provider: SLACK, … }), which takes the provider as data; this alias will be removed.
   */
  beginSlackInstall: BeginSlackInstallPayload;
  /**
   * Connect a Slack workspace with tokens (admins). See also beginSlackInstall for the OAuth install.
   * @deprecated Use connectWorkspace(input: { slack: … }), which takes the provider as data; this alias will be removed.
   */
  connectSlackWorkspace: ConnectSlackWorkspacePayload;
  /** Connect a provider workspace with its credentials (admins). See also beginInstall for the OAuth install. */
  connectWorkspace: ConnectWorkspacePayload;
  /** Create a channel (any member of the workspace may). Posts a CHANNEL_CREATED system message. */
  createChannel: ChannelPayload;
  /** A ticket that lets the browser's native EventSource (which cannot send an Authorization header) open one subscription over server-sent events without an API key in the URL. Single use, valid for 60 seconds, bound to your account and to this subscription document. When the stream drops, ask for a new ticket and reconnect with `after` set to the last Event.cursor you received. Clients that can send headers (fetch, graphql-sse, graphql-ws) do not need one. VALIDATION_ERROR when the document is not a valid subscription. */
  createSubscriptionTicket: CreateSubscriptionTicketPayload;
  /** Delete a message: its author, a channel admin, or a workspace admin or owner may. */
  deleteMessage: DeleteMessagePayload;
  /** Cancel a scheduled message; its files are released. Only its author may (anyone else: NOT_FOUND, as for an id that does not exist); once sent, being sent or cancelled: CONFLICT. */
  deleteScheduledMessage: DeleteScheduledMessagePayload;
  /** Disconnect a workspace (admins): its stored credentials and links are removed, every server drops what it cached of it, and subscriptions confined to it end. */
  disconnectWorkspace: DisconnectWorkspacePayload;
  /** Add people to a channel you are in, public or private (the way into a private channel). Someone already in it: CONFLICT, nobody is added. Posts a USER_JOINED system message per person, with you as actor. */
  inviteToChannel: ChannelPayload;
  /** Join a public channel (find them in Workspace.joinableChannels). A private channel is NOT_FOUND, like one that does not exist; archived: CONFLICT; already a member changes nothing. Posts a USER_JOINED system message. */
  joinChannel: ChannelPayload;
  /** Leave a channel you are in: from then on you no longer read it or receive its events. Not in it: CONFLICT (private ones: NOT_FOUND); the last member of a private channel cannot leave (CONFLICT); archived: CONFLICT; direct conversations: VALIDATION_ERROR. Posts a USER_LEFT system message. */
  leaveChannel: LeaveChannelPayload;
  /** Link your account to your own user in a connected workspace; reads and writes there then act as you. */
  linkAccount: LinkAccountPayload;
  /**
   * Link your account to your Slack user with your user token; reads and writes there then act as you.
   * @deprecated Use linkAccount(input: { slack: … }), which takes the provider as data; this alias will be removed.
   */
  linkSlackUser: LinkSlackUserPayload;
  /** Move your read position in a channel to a message, or to the newest message. Emits CHANNEL_READ to your own subscriptions only. */
  markChannelRead: MarkChannelReadPayload;
  /** Mark a thread read up to a reply, or up to its latest reply. Moving the position back makes later replies unread again. Emits THREAD_READ to your own subscriptions only. */
  markThreadRead: ThreadPayload;
  /** Mark a message unread: your read position moves to just before it, so the channel shows unread from this message on. For a reply shown only in its thread, the thread’s read position moves instead. Your own messages never count as unread. Emits CHANNEL_READ (or THREAD_READ) to your own subscriptions only. */
  markUnread: MarkUnreadPayload;
  /** Pin a message to its channel. Anyone who can write in the channel may. Posts a system message (type SYSTEM, systemEvent MESSAGE_PINNED) and emits MESSAGE_PINNED and, for the system message, MESSAGE_CREATED. userErrors: CONFLICT when the message is already pinned or the channel is archived; VALIDATION_ERROR when the channel already has the most pins it can have (capabilities.maxPinsPerChannel, 50 on the built-in workspace); NOT_FOUND for a message you cannot see. */
  pinMessage: MessagePayload;
  /** Remove the link preview of your own message. It does not come back when you edit the message, as long as it links to the same URL. Emits LINK_PREVIEW_REMOVED. userErrors: PERMISSION_DENIED when the message is not yours; NOT_FOUND when it has no preview (or you cannot see it); CONFLICT when the channel is archived. */
  removeLinkPreview: MessagePayload;
  /** Remove your own reaction (someone else’s, or none: NOT_FOUND). */
  removeReaction: ReactionPayload;
  /** Rename a channel: its creator, its channel admins and workspace admins or owners may (others: PERMISSION_DENIED). Archived: CONFLICT. The same name changes nothing. Posts a CHANNEL_RENAMED system message. */
  renameChannel: ChannelPayload;
  /** Schedule a message or a reply for later delivery. You must be a member of the channel and it must not be archived (else PERMISSION_DENIED or CONFLICT); the same holds when it is delivered, or it FAILS with lastError. */
  scheduleMessage: ScheduledMessagePayload;
  /** Send a message or a reply. You must be a member of the channel. */
  sendMessage: SendMessagePayload;
  /** Send a PENDING or FAILED scheduled message now instead of at its time; it becomes SENT. Only its author may (anyone else: NOT_FOUND, as for an id that does not exist); once sent, being sent or cancelled: CONFLICT. Refused with nothing changed when you can no longer post in the channel. Answers with the message sent. */
  sendScheduledMessageNow: SendMessagePayload;
  /** Follow the thread of a message (its root, or the thread a reply is in). A thread you never read starts read up to its latest reply; following again keeps your read position. Replying to a thread follows it automatically. */
  subscribeToThread: ThreadPayload;
  /** Bring an archived channel back (same people as rename). Not archived: CONFLICT. Posts a CHANNEL_UNARCHIVED system message; the event is CHANNEL_UPDATED. */
  unarchiveChannel: ChannelPayload;
  /** Remove your link to a connected workspace (and your stored token); the workspace disappears from your view. */
  unlinkAccount: UnlinkAccountPayload;
  /**
   * Remove your link to a Slack workspace (and your stored token); the workspace disappears from your view.
   * @deprecated Use unlinkAccount, which takes the provider as data; this alias will be removed.
   */
  unlinkSlackUser: UnlinkSlackUserPayload;
  /** Unpin a message. Anyone who can write in the channel may, not only who pinned it. Emits MESSAGE_UNPINNED. userErrors: NOT_FOUND when the message is not pinned (or you cannot see it); CONFLICT when the channel is archived. */
  unpinMessage: MessagePayload;
  /** Stop following the thread of a message. It stays unfollowed when others reply to your message; replying to it yourself follows it again. */
  unsubscribeFromThread: ThreadPayload;
  /** Edit a message. Only its author may. */
  updateMessage: UpdateMessagePayload;
  /** Change the content, the time or the files of a scheduled message. Only its author may (anyone else: NOT_FOUND, as for an id that does not exist); once sent, being sent or cancelled: CONFLICT. */
  updateScheduledMessage: ScheduledMessagePayload;
  /** Upload a file to attach to a message later: pass `attachment.id` in sendMessage(input: { attachmentIds }). Until then only you can see it. Needs Workspace.capabilities.attachmentUpload. */
  uploadAttachment: UploadAttachmentPayload;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationAddReactionArgs = {
  input: ReactionInput;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationArchiveChannelArgs = {
  input: ChannelInput;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationBeginInstallArgs = {
  input: BeginInstallInput;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationBeginSlackInstallArgs = {
  input: BeginSlackInstallInput;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationConnectSlackWorkspaceArgs = {
  input: ConnectSlackWorkspaceInput;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationConnectWorkspaceArgs = {
  input: ConnectWorkspaceInput;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationCreateChannelArgs = {
  input: CreateChannelInput;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationCreateSubscriptionTicketArgs = {
  input: CreateSubscriptionTicketInput;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationDeleteMessageArgs = {
  input: DeleteMessageInput;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationDeleteScheduledMessageArgs = {
  input: ScheduledMessageRefInput;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationDisconnectWorkspaceArgs = {
  input: DisconnectWorkspaceInput;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationInviteToChannelArgs = {
  input: InviteToChannelInput;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationJoinChannelArgs = {
  input: ChannelInput;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationLeaveChannelArgs = {
  input: ChannelInput;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationLinkAccountArgs = {
  input: LinkAccountInput;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationLinkSlackUserArgs = {
  input: LinkSlackUserInput;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationMarkChannelReadArgs = {
  input: MarkChannelReadInput;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationMarkThreadReadArgs = {
  input: MarkThreadReadInput;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationMarkUnreadArgs = {
  input: MessageInput;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationPinMessageArgs = {
  input: MessageInput;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationRemoveLinkPreviewArgs = {
  input: MessageInput;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationRemoveReactionArgs = {
  input: ReactionInput;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationRenameChannelArgs = {
  input: RenameChannelInput;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationScheduleMessageArgs = {
  input: ScheduleMessageInput;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationSendMessageArgs = {
  input: SendMessageInput;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationSendScheduledMessageNowArgs = {
  input: ScheduledMessageRefInput;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationSubscribeToThreadArgs = {
  input: MessageInput;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationUnarchiveChannelArgs = {
  input: ChannelInput;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationUnlinkAccountArgs = {
  input: UnlinkAccountInput;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationUnlinkSlackUserArgs = {
  input: UnlinkSlackUserInput;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationUnpinMessageArgs = {
  input: MessageInput;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationUnsubscribeFromThreadArgs = {
  input: MessageInput;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationUpdateMessageArgs = {
  input: UpdateMessageInput;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationUpdateScheduledMessageArgs = {
  input: UpdateScheduledMessageInput;
};


/** Writes. Each takes one input and returns a payload with userErrors. */
export type MutationUploadAttachmentArgs = {
  input: UploadAttachmentInput;
};

/** An object with an opaque global id (it encodes provider, workspace and native id). */
export type Node = {
  /** The global id: opaque, stable, and accepted wherever an id is asked for (node(id), inputs, filters). */
  id: Scalars['ID']['output'];
};

/** Where a page sits in its list; cursors are opaque. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item of the page; null for an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page: ask again with first and after: endCursor. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items come before this page: ask again with last and before: startCursor. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first item of the page; null for an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** The messaging platform behind a workspace. */
export type Provider =
  /** A workspace hosted by Switchboard itself. */
  | 'BUILTIN'
  /** A Gmail mailbox, connected through Google sign-in (beginInstall, /oauth/gmail/install). */
  | 'GMAIL'
  /** A Microsoft Teams tenant, connected through Microsoft sign-in (/oauth/microsoft/install, shared with Outlook). */
  | 'MICROSOFT_TEAMS'
  /** An Outlook mailbox, connected through Microsoft sign-in (/oauth/microsoft/install, shared with Teams). */
  | 'OUTLOOK'
  /** A connected Slack team (see connectWorkspace). */
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

/** One page of a list: its items (nodes, or edges with cursors) and where it sits (pageInfo). */
export type QueryMessagesConnection = {
  __typename?: 'QueryMessagesConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<QueryMessagesConnectionEdge>;
  /** The items of this page (the same as edges { node }, without cursors). */
  nodes: Array<Message>;
  /** Where this page sits in the list, and the cursors to read on. */
  pageInfo: PageInfo;
};

/** One item of a page and its cursor. */
export type QueryMessagesConnectionEdge = {
  __typename?: 'QueryMessagesConnectionEdge';
  /** Opaque position of this item; pass it as after (or before) to read on from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Message;
};

/** Everyone who reacted to a message with one emoji. */
export type ReactionGroup = {
  __typename?: 'ReactionGroup';
  /** How many people reacted with this emoji. */
  count: Scalars['Int']['output'];
  /** A unicode emoji, or a custom emoji name like `:shipit:`. */
  emoji: Scalars['String']['output'];
  /** Who reacted, first reaction first (providers may truncate this list; count stays exact). */
  users: Array<User>;
  /** Whether you are one of them: render the reaction as pressed, and offer removeReaction. */
  viewerHasReacted: Scalars['Boolean']['output'];
};

/** A message and an emoji, to react with or to take back. */
export type ReactionInput = {
  /** A unicode emoji ("👍") or a custom emoji name (":shipit:"). */
  emoji: Scalars['String']['input'];
  /** The global id of the message. */
  messageId: Scalars['ID']['input'];
};

/** The message with its reactions after the change. */
export type ReactionPayload = {
  __typename?: 'ReactionPayload';
  /** The message; null when the operation failed. */
  message?: Maybe<Message>;
  /** Why the operation did not happen; empty when it succeeded (then nothing else needs checking). */
  userErrors: Array<UserError>;
};

/** Email recipients. Chat messages have none: every list is empty. */
export type Recipients = {
  __typename?: 'Recipients';
  /** Blind-copied recipients (only on messages you sent). */
  bcc: Array<User>;
  /** Copied recipients. */
  cc: Array<User>;
  /** The sender. */
  from: Array<User>;
  /** Main recipients. */
  to: Array<User>;
};

/** A channel and its new name. */
export type RenameChannelInput = {
  /** The channel to rename. */
  channelId: Scalars['ID']['input'];
  /** Lowercase letters, digits, hyphens and underscores, at most 80 characters, unique in the workspace (archived channels keep their names). A bad name is a VALIDATION_ERROR suggesting a valid one; a taken one a CONFLICT. */
  name: Scalars['String']['input'];
};

/** A message to send later. Content as for sendMessage: exactly one of text or markdown, not blank, at most Workspace.capabilities.maxMessageLength characters. You must be able to post in the channel. */
export type ScheduleMessageInput = {
  /** Replies only: also show the reply in the channel timeline. */
  alsoSendToChannel?: InputMaybe<Scalars['Boolean']['input']>;
  /** Files you uploaded beforehand, not attached to any message. They are held for this message until it is sent or cancelled: attaching them elsewhere meanwhile is a VALIDATION_ERROR. */
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Blind-copied recipients (Workspace.capabilities.email only), written like `to`. */
  bcc?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Copied recipients (Workspace.capabilities.email only), written like `to`. */
  cc?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The channel to post in (Channel.id). */
  channelId: Scalars['ID']['input'];
  /** An HTML mail body (Workspace.capabilities.email only); the plain text is derived from it. */
  html?: InputMaybe<Scalars['String']['input']>;
  /** Markdown (GFM). Mention people with @handle. */
  markdown?: InputMaybe<Scalars['String']['input']>;
  /** Reply: the message being replied to, at any depth. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** When to send it. From now (up to 60 seconds in the past are accepted for clock skew, and sent at once) to 120 days ahead; otherwise VALIDATION_ERROR. */
  scheduledFor: Scalars['DateTime']['input'];
  /** The mail subject, one line (Workspace.capabilities.email only). A reply without one takes its parent's with "Re: " in front. */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** Plain text; characters with a meaning in markdown are kept literally. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Recipients (Workspace.capabilities.email only), written as for sendMessage and checked now. A new mail needs at least one recipient in to, cc or bcc. A reply without any is addressed when it is sent, by the reply rules of sendMessage. */
  to?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A message written now and delivered at `scheduledFor`. Private to its author until it is sent: nobody else can see it, even by id. */
export type ScheduledMessage = Node & {
  __typename?: 'ScheduledMessage';
  /** A reply that will also show in the channel timeline. */
  alsoSendToChannel: Scalars['Boolean']['output'];
  /** Files that will be attached; held for this message until it is sent or cancelled. */
  attachments: Array<Attachment>;
  /** Who scheduled it (always the viewer). */
  author: User;
  /** Mail: the blind-copied recipients, like `to`. */
  bcc: Array<Scalars['String']['output']>;
  /** Mail: the copied recipients, like `to`. */
  cc: Array<Scalars['String']['output']>;
  /** Where it will be posted; null once you can no longer read that channel (you left it). */
  channel?: Maybe<Channel>;
  /** When it was scheduled. */
  createdAt: Scalars['DateTime']['output'];
  /** The global id: opaque, stable, and accepted wherever an id is asked for (node(id), inputs, filters). */
  id: Scalars['ID']['output'];
  /** Why delivery failed (FAILED), or why it is being retried (PENDING after a temporary failure). */
  lastError?: Maybe<Scalars['String']['output']>;
  /** The content as markdown. */
  markdown?: Maybe<Scalars['String']['output']>;
  /** The message it will reply to (at any depth); null for a new thread, or when you can no longer see it. */
  parent?: Maybe<Message>;
  /** When it is (or was) due to be sent. */
  scheduledFor: Scalars['DateTime']['output'];
  /** The message it became, once SENT (null when you can no longer see it). */
  sentMessage?: Maybe<Message>;
  /** Where it is in its life: pending, sent, failed… */
  status: ScheduledMessageStatus;
  /** Mail: the subject it will be sent with. Null for chat, and once it is sent or cancelled (see sentMessage). */
  subject?: Maybe<Scalars['String']['output']>;
  /** The content as plain text. */
  text: Scalars['String']['output'];
  /** Mail: the recipients it will be sent to, as `"Jane Doe" <jane@example.com>` or `jane@example.com`. Empty for a reply addressed by the reply rules when it is sent, for chat, and once it is sent or cancelled. */
  to: Array<Scalars['String']['output']>;
  /** When it last changed (update, status change). */
  updatedAt: Scalars['DateTime']['output'];
  /** The workspace it will be posted in. */
  workspace: Workspace;
};

/** A page of scheduled messages. */
export type ScheduledMessageConnection = {
  __typename?: 'ScheduledMessageConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<ScheduledMessageEdge>;
  /** The items of this page (the same as edges { node }, without cursors). */
  nodes: Array<ScheduledMessage>;
  /** Where this page sits in the list, and the cursors to read on. */
  pageInfo: PageInfo;
};

/** A scheduled message and its cursor. */
export type ScheduledMessageEdge = {
  __typename?: 'ScheduledMessageEdge';
  /** Opaque position of this item; pass it as after (or before) to read on from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ScheduledMessage;
};

/** The scheduled message after the change, or why nothing was changed (then `scheduledMessage` is null). */
export type ScheduledMessagePayload = {
  __typename?: 'ScheduledMessagePayload';
  /** The scheduled message as it is now; null when nothing changed. */
  scheduledMessage?: Maybe<ScheduledMessage>;
  /** Why the operation did not happen; empty when it succeeded (then nothing else needs checking). */
  userErrors: Array<UserError>;
};

/** Names one of your scheduled messages. */
export type ScheduledMessageRefInput = {
  /** The global id of the scheduled message (ScheduledMessage.id). */
  scheduledMessageId: Scalars['ID']['input'];
};

/** Where a scheduled message is in its life. */
export type ScheduledMessageStatus =
  /** Cancelled by its author; it will never be sent. */
  | 'CANCELLED'
  /** Delivery failed for a reason the author must fix (see `lastError`): update it (it becomes PENDING again), send it now, or cancel it. */
  | 'FAILED'
  /** Waiting for its time; it can still be updated, cancelled or sent now. */
  | 'PENDING'
  /** Being delivered right now. */
  | 'SENDING'
  /** Delivered: `sentMessage` is the message it became. It can no longer change. */
  | 'SENT';

/** One message that matched a search, with why it matched and what surrounds it. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The messages just before and after the hit, oldest first (deleted ones skipped): in the channel timeline for a thread root, in its thread for a reply (the root counts as the thread’s first message). Empty at the very start and end. */
  context: Array<Message>;
  /** Fragments of the message around the matched words, as safe HTML: the text is HTML-escaped and every matched word is wrapped in <mark>…</mark>. Fragments come from the message source (markdown as written). */
  highlights: Array<Scalars['String']['output']>;
  /** The message that matched. */
  message: Message;
  /** Relevance between 0 and 1, higher is better. Comparable within one search only. */
  score: Scalars['Float']['output'];
};

/** A page of search hits, best first, and how many messages matched in all. */
export type SearchResults = {
  __typename?: 'SearchResults';
  /** More hits follow: ask again with offset + first. */
  hasMore: Scalars['Boolean']['output'];
  /** The hits of this page, best first. */
  nodes: Array<SearchHit>;
  /** The query as searched (trimmed). */
  query: Scalars['String']['output'];
  /** Messages that matched, not just this page. A provider may stop counting at a cap: the built-in workspace ranks and counts the newest 10,100 matches, as deep as offset and first can reach. */
  totalCount: Scalars['Int']['output'];
};

/** A new message or reply. Give the content in exactly one of text, markdown or html, at most Workspace.capabilities.maxMessageLength characters (40,000 on the built-in workspace); longer or blank content is a VALIDATION_ERROR. */
export type SendMessageInput = {
  /** Replies only: also show the reply in the channel timeline. */
  alsoSendToChannel?: InputMaybe<Scalars['Boolean']['input']>;
  /** Files uploaded beforehand. */
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Blind-copied recipients (Workspace.capabilities.email only), written like `to`. */
  bcc?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Copied recipients (Workspace.capabilities.email only), written like `to`. */
  cc?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The channel to post in (Channel.id); for a reply, the channel of its parent. */
  channelId: Scalars['ID']['input'];
  /** An HTML mail body (Workspace.capabilities.email only); the plain text is derived from it. */
  html?: InputMaybe<Scalars['String']['input']>;
  /** Retrying with the same key returns the first result and sends nothing twice (per API key owner; reusing a key for different content is a CONFLICT). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Markdown (GFM). Mention people with @handle. */
  markdown?: InputMaybe<Scalars['String']['input']>;
  /** Reply: the message being replied to, at any depth. Its thread root is derived. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** The mail subject, one line (Workspace.capabilities.email only). A reply without one takes its parent's with "Re: " in front. */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** Plain text; characters with a meaning in markdown are kept literally. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Recipients (Workspace.capabilities.email only), each `jane@example.com` or `"Jane Doe" <jane@example.com>`. A new mail needs at least one recipient in to, cc or bcc. A reply without any goes to its parent's sender (Reply-To when set), or for your own mail to its recipients; with some, to exactly those (reply all: pass them). */
  to?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The message sent, or why it was not. */
export type SendMessagePayload = {
  __typename?: 'SendMessagePayload';
  /** The message; null when the operation failed. */
  message?: Maybe<Message>;
  /** Why the operation did not happen; empty when it succeeded (then nothing else needs checking). */
  userErrors: Array<UserError>;
};

/** How events of a connected Slack workspace reach Switchboard. */
export type SlackEventDelivery =
  /** No public URL: Switchboard polls conversations.history for new messages. */
  | 'POLL'
  /** Slack calls POST /webhooks/slack (needs a public URL and the signing secret). */
  | 'PUSH';

/** What a Slack OAuth flow is for. */
export type SlackInstallPurpose =
  /** Install the Slack app in a workspace and connect it (admins only). */
  | 'INSTALL'
  /** Link your own Slack user (with your user token) in a connected workspace, so you act as yourself. */
  | 'LINK_USER';

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
  /** The channel name at the time (CHANNEL_CREATED, CHANNEL_RENAMED: the new name). */
  channelName?: Maybe<Scalars['String']['output']>;
  /** The message the event is about (MESSAGE_PINNED). */
  message?: Maybe<Message>;
  /** For CHANNEL_RENAMED: the name before. */
  oldChannelName?: Maybe<Scalars['String']['output']>;
  /** The change reported. */
  type: SystemEventType;
  /** Who joined or left. */
  user?: Maybe<User>;
};

/** The change a system message reports. */
export type SystemEventType =
  /** `actor` archived the channel. */
  | 'CHANNEL_ARCHIVED'
  /** `actor` created the channel, named `channelName`. */
  | 'CHANNEL_CREATED'
  /** `actor` renamed the channel from `oldChannelName` to `channelName`. */
  | 'CHANNEL_RENAMED'
  /** `actor` brought the channel back from the archive. */
  | 'CHANNEL_UNARCHIVED'
  /** `actor` pinned `message` to the channel. */
  | 'MESSAGE_PINNED'
  /** `user` joined the channel (added by `actor` when someone invited them). */
  | 'USER_JOINED'
  /** `user` left the channel. */
  | 'USER_LEFT';

/** A thread: a root message and every reply below it, at any depth, with the viewer’s read state in it. Replies count as unread when they came after the viewer’s read position in the thread (moved by markThreadRead, and by replying), are not deleted and are not the viewer’s own. */
export type Thread = {
  __typename?: 'Thread';
  /** Whether the thread has replies the viewer has not read (unreadReplyCount > 0). */
  hasNewReplies: Scalars['Boolean']['output'];
  /** When the latest reply was sent (the root’s time for a thread without replies); Workspace.threads is ordered by it. */
  lastActivityAt: Scalars['DateTime']['output'];
  /** The newest replies of the thread (anywhere below the root), the oldest of them first; 3 by default, at most 100. Deleted replies appear as tombstones so that the tree keeps its shape. */
  latestReplies: Array<Message>;
  /** The message that starts the thread. */
  root: Message;
  /** Replies after the viewer’s read position in the thread, deleted ones and the viewer’s own excluded. */
  unreadReplyCount: Scalars['Int']['output'];
  /** Whether the viewer follows this thread. */
  viewerSubscription: ThreadSubscriptionStatus;
};


/** A thread: a root message and every reply below it, at any depth, with the viewer’s read state in it. Replies count as unread when they came after the viewer’s read position in the thread (moved by markThreadRead, and by replying), are not deleted and are not the viewer’s own. */
export type ThreadLatestRepliesArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of followed threads. */
export type ThreadConnection = {
  __typename?: 'ThreadConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<ThreadEdge>;
  /** The items of this page (the same as edges { node }, without cursors). */
  nodes: Array<Thread>;
  /** Where this page sits in the list, and the cursors to read on. */
  pageInfo: PageInfo;
  /** How many followed threads (on every page, not just this one) have unread replies. */
  unreadThreadCount: Scalars['Int']['output'];
};

/** A followed thread and its cursor. */
export type ThreadEdge = {
  __typename?: 'ThreadEdge';
  /** Opaque position of this item; pass it as after (or before) to read on from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Thread;
};

/** Narrows the list of followed threads. */
export type ThreadFilter = {
  /** Only threads with unread replies (unreadReplyCount > 0): what a "Threads" badge links to. */
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** How replies nest. */
export type ThreadModel =
  /** Replies hang off one root (Slack, Teams). */
  | 'FLAT'
  /** Replies to replies, to any depth. */
  | 'TREE';

/** The thread with the viewer’s state after the change, or why nothing changed (then `thread` is null). */
export type ThreadPayload = {
  __typename?: 'ThreadPayload';
  /** The thread with your state in it; null when nothing changed. */
  thread?: Maybe<Thread>;
  /** Why the operation did not happen; empty when it succeeded (then nothing else needs checking). */
  userErrors: Array<UserError>;
};

/** Whether the viewer follows a thread, i.e. hears about its new replies. */
export type ThreadSubscriptionStatus =
  /** The viewer follows the thread: it is listed in Workspace.threads with its unread replies. */
  | 'SUBSCRIBED'
  /** The viewer does not follow the thread (never did, or unsubscribed). */
  | 'UNSUBSCRIBED';

/** The connected workspace to stop acting in as yourself. */
export type UnlinkAccountInput = {
  /** The connected workspace to unlink from. */
  workspaceId: Scalars['ID']['input'];
};

/** The workspace you unlinked from (it leaves your view), or why nothing changed. */
export type UnlinkAccountPayload = {
  __typename?: 'UnlinkAccountPayload';
  /** Why the operation did not happen; empty when it succeeded (then nothing else needs checking). */
  userErrors: Array<UserError>;
  /** The workspace you were unlinked from. */
  workspaceId?: Maybe<Scalars['ID']['output']>;
};

/** The Slack workspace to stop acting in as yourself. */
export type UnlinkSlackUserInput = {
  /** The Slack workspace to unlink from. */
  workspaceId: Scalars['ID']['input'];
};

/** The workspace you unlinked from (it leaves your view), or why nothing changed. */
export type UnlinkSlackUserPayload = {
  __typename?: 'UnlinkSlackUserPayload';
  /** Why the operation did not happen; empty when it succeeded (then nothing else needs checking). */
  userErrors: Array<UserError>;
  /** The workspace you were unlinked from. */
  workspaceId?: Maybe<Scalars['ID']['output']>;
};

/** A channel with unread messages, and those messages. */
export type UnreadChannel = {
  __typename?: 'UnreadChannel';
  /** The channel. */
  channel: Channel;
  /** The unread messages, oldest first, so that a client reads on from where you stopped. Forward only (first/after, 1–100, default 20). */
  messages: UnreadChannelMessagesConnection;
  /** How many messages are unread here (as Channel.unreadCount). */
  unreadCount: Scalars['Int']['output'];
};


/** A channel with unread messages, and those messages. */
export type UnreadChannelMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of channels with unread messages. */
export type UnreadChannelConnection = {
  __typename?: 'UnreadChannelConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<UnreadChannelEdge>;
  /** The items of this page (the same as edges { node }, without cursors). */
  nodes: Array<UnreadChannel>;
  /** Where this page sits in the list, and the cursors to read on. */
  pageInfo: PageInfo;
};

/** A channel with unread messages and its cursor. */
export type UnreadChannelEdge = {
  __typename?: 'UnreadChannelEdge';
  /** Opaque position of this item; pass it as after (or before) to read on from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: UnreadChannel;
};

/** One page of a list: its items (nodes, or edges with cursors) and where it sits (pageInfo). */
export type UnreadChannelMessagesConnection = {
  __typename?: 'UnreadChannelMessagesConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<UnreadChannelMessagesConnectionEdge>;
  /** The items of this page (the same as edges { node }, without cursors). */
  nodes: Array<Message>;
  /** Where this page sits in the list, and the cursors to read on. */
  pageInfo: PageInfo;
};

/** One item of a page and its cursor. */
export type UnreadChannelMessagesConnectionEdge = {
  __typename?: 'UnreadChannelMessagesConnectionEdge';
  /** Opaque position of this item; pass it as after (or before) to read on from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Message;
};

/** New content for a message; exactly one of text, markdown or html, within the same length limit. */
export type UpdateMessageInput = {
  /** The new content as HTML (email workspaces only). */
  html?: InputMaybe<Scalars['String']['input']>;
  /** The new content as markdown; @handle mentions are re-read. */
  markdown?: InputMaybe<Scalars['String']['input']>;
  /** The message to edit (yours). */
  messageId: Scalars['ID']['input'];
  /** The new content as plain text. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** The edited message, or why it was not edited. */
export type UpdateMessagePayload = {
  __typename?: 'UpdateMessagePayload';
  /** The message; null when the operation failed. */
  message?: Maybe<Message>;
  /** Why the operation did not happen; empty when it succeeded (then nothing else needs checking). */
  userErrors: Array<UserError>;
};

/** Changes to a PENDING or FAILED scheduled message (a FAILED one becomes PENDING again, and is sent at once when its time has passed). Give at least one field; content as for sendMessage, at most one of text or markdown. */
export type UpdateScheduledMessageInput = {
  /** Replaces the list of files ([] removes them all). */
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** New content as markdown. */
  markdown?: InputMaybe<Scalars['String']['input']>;
  /** From now (up to 60 seconds in the past are accepted for clock skew, and sent at once) to 120 days ahead; otherwise VALIDATION_ERROR. */
  scheduledFor?: InputMaybe<Scalars['DateTime']['input']>;
  /** The scheduled message to change (ScheduledMessage.id). */
  scheduledMessageId: Scalars['ID']['input'];
  /** New content as plain text. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** A file to upload, sent as a multipart request (GraphQL multipart request spec). At most 25 MiB by default (MAX_ATTACHMENT_BYTES); empty files and executables (.exe, .msi, .bat, .js, .sh…, judged by the name as Windows reads it, and programs by their content) are a VALIDATION_ERROR. */
export type UploadAttachmentInput = {
  /** The file part of the multipart request (its name is kept as filename). */
  file: Scalars['File']['input'];
  /** The workspace the file is for. May be left out when you belong to exactly one workspace (VALIDATION_ERROR otherwise). */
  workspaceId?: InputMaybe<Scalars['ID']['input']>;
};

/** The uploaded file, ready to be sent with sendMessage(attachmentIds), or why it was refused. */
export type UploadAttachmentPayload = {
  __typename?: 'UploadAttachmentPayload';
  /** The uploaded file: send its id with sendMessage(input: { attachmentIds }). Null when refused. */
  attachment?: Maybe<Attachment>;
  /** Why the operation did not happen; empty when it succeeded (then nothing else needs checking). */
  userErrors: Array<UserError>;
};

/** A person or bot in one workspace. */
export type User = Node & {
  __typename?: 'User';
  /** Profile picture; null when there is none. */
  avatarUrl?: Maybe<Scalars['URL']['output']>;
  /** Email address, when the provider shares it with you; null for bots. */
  email?: Maybe<Scalars['EmailAddress']['output']>;
  /** The handle people type to mention this user, without the @ (e.g. "alice" for @alice in markdown): the username on Slack; on the built-in workspace, the handle the person was added with. Null where the provider has no handles (mailboxes, Slack integrations without a user). */
  handle?: Maybe<Scalars['String']['output']>;
  /** The global id: opaque, stable, and accepted wherever an id is asked for (node(id), inputs, filters). */
  id: Scalars['ID']['output'];
  /** A bot or app rather than a person (its messages come from an integration). */
  isBot: Scalars['Boolean']['output'];
  /** Display name, e.g. "Alice Chen". */
  name: Scalars['String']['output'];
  /** The workspace this user belongs to (a person has one user per workspace). */
  workspace: Workspace;
};

/** An expected failure of a mutation: nothing was changed. */
export type UserError = {
  __typename?: 'UserError';
  /** Which kind of failure, from the closed set of ErrorCode. */
  code: ErrorCode;
  /** Path of the offending input field. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What was wrong, in words a developer can act on. Objects are named by the global ids you sent. */
  message: Scalars['String']['output'];
  /** For RATE_LIMITED. */
  retryAfterSeconds?: Maybe<Scalars['Int']['output']>;
};

/** The Switchboard account behind the API key of this request. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The email address of the account. */
  email?: Maybe<Scalars['EmailAddress']['output']>;
  /** The account id (not a global id: accounts are not nodes). */
  id: Scalars['ID']['output'];
  /** The name of the account, as the admin created it. */
  name: Scalars['String']['output'];
  /** What the API key may do. */
  scopes: Array<Scalars['String']['output']>;
  /** The viewer's own user in each workspace. */
  users: Array<User>;
};

/** One workspace of one provider: a built-in workspace, a Slack team, a Teams tenant or a mailbox. */
export type Workspace = Node & {
  __typename?: 'Workspace';
  /** What this workspace supports: check it before rendering a feature that might answer UNSUPPORTED. */
  capabilities: Capabilities;
  /** Channels the viewer can see (on the built-in workspace: the ones it is a member of), by name. parentId lists the subchannels of one channel; query matches names; archived channels only with includeArchived. */
  channels: WorkspaceChannelsConnection;
  /** Whether Switchboard can reach the workspace: DISCONNECTED when its stored credentials cannot be used or the provider refused its grant. */
  connectionStatus: WorkspaceConnectionStatus;
  /** The global id: opaque, stable, and accepted wherever an id is asked for (node(id), inputs, filters). */
  id: Scalars['ID']['output'];
  /** Public channels you may join (not archived, not yet a member), by name; query matches names. */
  joinableChannels: JoinableChannelConnection;
  /** The workspace name, as its provider shows it. */
  name: Scalars['String']['output'];
  /** The platform behind the workspace. */
  provider: Provider;
  /** The viewer's own scheduled messages in this workspace, soonest first. Pending ones by default; pass statuses to see others (e.g. [FAILED]). Reads forward only (first/after, 1–100, default 20). */
  scheduledMessages: ScheduledMessageConnection;
  /** Full-text search across the messages of this workspace that you can read (channels you are a member of, thread replies included; never deleted or system messages), ranked by relevance, then newest first. A word found in more than 10,100 messages is ranked among the newest 10,100 of them. The query is words in web-search syntax: "an exact phrase", -excluded, either or other; English stemming applies, so "deploying" finds "deployed", and words like "the" are ignored (a query of such words only finds nothing). VALIDATION_ERROR for a blank query or one over 500 characters, first outside 1–100, offset outside 0–10,000, an invalid date, or after not earlier than before; NOT_FOUND for a channel or user you cannot see. */
  search: SearchResults;
  /** Threads the viewer follows in this workspace, in channels it can read, the latest reply activity first. You follow a thread by replying to it, by subscribeToThread, or when someone replies to a message you wrote (unless you unsubscribed from it). Reads forward only (first/after, 1–100, default 20). */
  threads: ThreadConnection;
  /** Channels with unread messages for you, grouped with their counts and messages. Only channels you can read. Unread means: shown in the channel timeline (a root, or a reply also sent to the channel), sent after your read position in the channel, not deleted, and not written by you. Without a position yet, everything since you joined the channel is unread. Ordered by channel name, which new messages do not reorder, so paging through never skips a channel. Forward only (first/after, 1–100, default 20). */
  unreads: UnreadChannelConnection;
  /** People and bots of the workspace, by name; query matches handle or display name. */
  users: WorkspaceUsersConnection;
  /** The viewer's own user in this workspace. */
  viewerUser?: Maybe<User>;
  /** The workspace in its provider's own app (e.g. the Slack team URL); null for the built-in workspace. */
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
export type WorkspaceJoinableChannelsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
};


/** One workspace of one provider: a built-in workspace, a Slack team, a Teams tenant or a mailbox. */
export type WorkspaceScheduledMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  statuses?: InputMaybe<Array<ScheduledMessageStatus>>;
};


/** One workspace of one provider: a built-in workspace, a Slack team, a Teams tenant or a mailbox. */
export type WorkspaceSearchArgs = {
  after?: InputMaybe<Scalars['DateTime']['input']>;
  before?: InputMaybe<Scalars['DateTime']['input']>;
  channelId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  userId?: InputMaybe<Scalars['ID']['input']>;
};


/** One workspace of one provider: a built-in workspace, a Slack team, a Teams tenant or a mailbox. */
export type WorkspaceThreadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ThreadFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** One workspace of one provider: a built-in workspace, a Slack team, a Teams tenant or a mailbox. */
export type WorkspaceUnreadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** One workspace of one provider: a built-in workspace, a Slack team, a Teams tenant or a mailbox. */
export type WorkspaceUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
};

/** Who reads a workspace (Capabilities.audience). */
export type WorkspaceAudience =
  /** One person's (a mailbox): only its owner reads it or acts in it; everyone else appears only as the author or a recipient of its messages, by address. The owner's own messages land where the platform files them (Sent), not necessarily in the channel a send names. */
  | 'PERSONAL'
  /** Its users read and post in the channels they are members of (chat workspaces). */
  | 'SHARED';

/** One page of a list: its items (nodes, or edges with cursors) and where it sits (pageInfo). */
export type WorkspaceChannelsConnection = {
  __typename?: 'WorkspaceChannelsConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<WorkspaceChannelsConnectionEdge>;
  /** The items of this page (the same as edges { node }, without cursors). */
  nodes: Array<Channel>;
  /** Where this page sits in the list, and the cursors to read on. */
  pageInfo: PageInfo;
};

/** One item of a page and its cursor. */
export type WorkspaceChannelsConnectionEdge = {
  __typename?: 'WorkspaceChannelsConnectionEdge';
  /** Opaque position of this item; pass it as after (or before) to read on from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Channel;
};

/** Whether Switchboard can reach a workspace. */
export type WorkspaceConnectionStatus =
  /** Reads and writes reach the provider. */
  | 'CONNECTED'
  /** Its stored credentials cannot be used (e.g. the encryption key is missing or was rotated away, or the provider refused the connection's grant): the workspace reads as empty and writes fail with PROVIDER_ERROR (a refused grant: NOT_AUTHENTICATED or PERMISSION_DENIED) until an admin connects it again. Other workspaces are not affected. */
  | 'DISCONNECTED';

/** One page of a list: its items (nodes, or edges with cursors) and where it sits (pageInfo). */
export type WorkspaceUsersConnection = {
  __typename?: 'WorkspaceUsersConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<WorkspaceUsersConnectionEdge>;
  /** The items of this page (the same as edges { node }, without cursors). */
  nodes: Array<User>;
  /** Where this page sits in the list, and the cursors to read on. */
  pageInfo: PageInfo;
};

/** One item of a page and its cursor. */
export type WorkspaceUsersConnectionEdge = {
  __typename?: 'WorkspaceUsersConnectionEdge';
  /** Opaque position of this item; pass it as after (or before) to read on from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: User;
};

export type MessageFieldsFragment = { __typename?: 'Message', id: string, text: string, markdown?: string | null, createdAt: string, editedAt?: string | null, deletedAt?: string | null, type: MessageType, replyCount: number, hasChildren: boolean, author?: { __typename?: 'User', id: string, name: string, handle?: string | null, avatarUrl?: string | null, isBot: boolean } | null, parent?: { __typename?: 'Message', id: string } | null, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number, viewerHasReacted: boolean }>, attachments: Array<{ __typename?: 'Attachment', id: string, filename: string, contentType: string, url: string }> };

export type WorkspacesQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkspacesQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', id: string, name: string }, workspaces: Array<{ __typename?: 'Workspace', id: string, name: string, provider: Provider, capabilities: { __typename?: 'Capabilities', threadModel: ThreadModel, reactions: boolean, editMessages: boolean, maxMessageLength: number }, channels: { __typename?: 'WorkspaceChannelsConnection', edges: Array<{ __typename?: 'WorkspaceChannelsConnectionEdge', cursor: string, node: { __typename?: 'Channel', id: string, name: string, type: ChannelType, isPrivate: boolean, unreadCount: number, viewerCanPost: boolean } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } }> };

export type ChannelPageQueryVariables = Exact<{
  channelId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ChannelPageQuery = { __typename?: 'Query', channel?: { __typename?: 'Channel', id: string, name: string, description?: string | null, viewerCanPost: boolean, messages: { __typename?: 'ChannelMessagesConnection', edges: Array<{ __typename?: 'ChannelMessagesConnectionEdge', cursor: string, node: { __typename?: 'Message', lastReplyAt?: string | null, id: string, text: string, markdown?: string | null, createdAt: string, editedAt?: string | null, deletedAt?: string | null, type: MessageType, replyCount: number, hasChildren: boolean, threadParticipants: Array<{ __typename?: 'User', id: string, name: string }>, author?: { __typename?: 'User', id: string, name: string, handle?: string | null, avatarUrl?: string | null, isBot: boolean } | null, parent?: { __typename?: 'Message', id: string } | null, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number, viewerHasReacted: boolean }>, attachments: Array<{ __typename?: 'Attachment', id: string, filename: string, contentType: string, url: string }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type ChannelTreesQueryVariables = Exact<{
  channelId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  replies?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ChannelTreesQuery = { __typename?: 'Query', channel?: { __typename?: 'Channel', id: string, name: string, viewerCanPost: boolean, messages: { __typename?: 'ChannelMessagesConnection', edges: Array<{ __typename?: 'ChannelMessagesConnectionEdge', cursor: string, node: { __typename?: 'Message', id: string, text: string, markdown?: string | null, createdAt: string, editedAt?: string | null, deletedAt?: string | null, type: MessageType, replyCount: number, hasChildren: boolean, descendants: { __typename?: 'MessageDescendantsConnection', edges: Array<{ __typename?: 'MessageDescendantsConnectionEdge', cursor: string, node: { __typename?: 'Message', id: string, text: string, markdown?: string | null, createdAt: string, editedAt?: string | null, deletedAt?: string | null, type: MessageType, replyCount: number, hasChildren: boolean, author?: { __typename?: 'User', id: string, name: string, handle?: string | null, avatarUrl?: string | null, isBot: boolean } | null, parent?: { __typename?: 'Message', id: string } | null, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number, viewerHasReacted: boolean }>, attachments: Array<{ __typename?: 'Attachment', id: string, filename: string, contentType: string, url: string }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } }, author?: { __typename?: 'User', id: string, name: string, handle?: string | null, avatarUrl?: string | null, isBot: boolean } | null, parent?: { __typename?: 'Message', id: string } | null, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number, viewerHasReacted: boolean }>, attachments: Array<{ __typename?: 'Attachment', id: string, filename: string, contentType: string, url: string }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type ThreadTreeQueryVariables = Exact<{
  messageId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ThreadTreeQuery = { __typename?: 'Query', message?: { __typename?: 'Message', id: string, text: string, markdown?: string | null, createdAt: string, editedAt?: string | null, deletedAt?: string | null, type: MessageType, replyCount: number, hasChildren: boolean, channel: { __typename?: 'Channel', id: string, name: string, viewerCanPost: boolean }, descendants: { __typename?: 'MessageDescendantsConnection', edges: Array<{ __typename?: 'MessageDescendantsConnectionEdge', cursor: string, node: { __typename?: 'Message', id: string, text: string, markdown?: string | null, createdAt: string, editedAt?: string | null, deletedAt?: string | null, type: MessageType, replyCount: number, hasChildren: boolean, author?: { __typename?: 'User', id: string, name: string, handle?: string | null, avatarUrl?: string | null, isBot: boolean } | null, parent?: { __typename?: 'Message', id: string } | null, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number, viewerHasReacted: boolean }>, attachments: Array<{ __typename?: 'Attachment', id: string, filename: string, contentType: string, url: string }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } }, author?: { __typename?: 'User', id: string, name: string, handle?: string | null, avatarUrl?: string | null, isBot: boolean } | null, parent?: { __typename?: 'Message', id: string } | null, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number, viewerHasReacted: boolean }>, attachments: Array<{ __typename?: 'Attachment', id: string, filename: string, contentType: string, url: string }> } | null };

export type SendMessageMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type SendMessageMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'SendMessagePayload', message?: { __typename?: 'Message', id: string, text: string, markdown?: string | null, createdAt: string, editedAt?: string | null, deletedAt?: string | null, type: MessageType, replyCount: number, hasChildren: boolean, threadRoot?: { __typename?: 'Message', id: string } | null, channel: { __typename?: 'Channel', id: string }, author?: { __typename?: 'User', id: string, name: string, handle?: string | null, avatarUrl?: string | null, isBot: boolean } | null, parent?: { __typename?: 'Message', id: string } | null, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number, viewerHasReacted: boolean }>, attachments: Array<{ __typename?: 'Attachment', id: string, filename: string, contentType: string, url: string }> } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type EditMessageMutationVariables = Exact<{
  input: UpdateMessageInput;
}>;


export type EditMessageMutation = { __typename?: 'Mutation', updateMessage: { __typename?: 'UpdateMessagePayload', message?: { __typename?: 'Message', id: string, text: string, markdown?: string | null, createdAt: string, editedAt?: string | null, deletedAt?: string | null, type: MessageType, replyCount: number, hasChildren: boolean, author?: { __typename?: 'User', id: string, name: string, handle?: string | null, avatarUrl?: string | null, isBot: boolean } | null, parent?: { __typename?: 'Message', id: string } | null, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number, viewerHasReacted: boolean }>, attachments: Array<{ __typename?: 'Attachment', id: string, filename: string, contentType: string, url: string }> } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type DeleteMessageMutationVariables = Exact<{
  messageId: Scalars['ID']['input'];
}>;


export type DeleteMessageMutation = { __typename?: 'Mutation', deleteMessage: { __typename?: 'DeleteMessagePayload', deletedMessageId?: string | null, message?: { __typename?: 'Message', id: string, text: string, markdown?: string | null, createdAt: string, editedAt?: string | null, deletedAt?: string | null, type: MessageType, replyCount: number, hasChildren: boolean, author?: { __typename?: 'User', id: string, name: string, handle?: string | null, avatarUrl?: string | null, isBot: boolean } | null, parent?: { __typename?: 'Message', id: string } | null, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number, viewerHasReacted: boolean }>, attachments: Array<{ __typename?: 'Attachment', id: string, filename: string, contentType: string, url: string }> } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type AddReactionMutationVariables = Exact<{
  messageId: Scalars['ID']['input'];
  emoji: Scalars['String']['input'];
}>;


export type AddReactionMutation = { __typename?: 'Mutation', addReaction: { __typename?: 'ReactionPayload', message?: { __typename?: 'Message', id: string, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number, viewerHasReacted: boolean }> } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type RemoveReactionMutationVariables = Exact<{
  messageId: Scalars['ID']['input'];
  emoji: Scalars['String']['input'];
}>;


export type RemoveReactionMutation = { __typename?: 'Mutation', removeReaction: { __typename?: 'ReactionPayload', message?: { __typename?: 'Message', id: string, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number, viewerHasReacted: boolean }> } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type UnreadsQueryVariables = Exact<{
  workspaceId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type UnreadsQuery = { __typename?: 'Query', workspace?: { __typename?: 'Workspace', id: string, unreads: { __typename?: 'UnreadChannelConnection', edges: Array<{ __typename?: 'UnreadChannelEdge', cursor: string, node: { __typename?: 'UnreadChannel', unreadCount: number, channel: { __typename?: 'Channel', id: string, name: string, unreadCount: number }, messages: { __typename?: 'UnreadChannelMessagesConnection', edges: Array<{ __typename?: 'UnreadChannelMessagesConnectionEdge', cursor: string, node: { __typename?: 'Message', id: string, text: string, markdown?: string | null, createdAt: string, editedAt?: string | null, deletedAt?: string | null, type: MessageType, replyCount: number, hasChildren: boolean, author?: { __typename?: 'User', id: string, name: string, handle?: string | null, avatarUrl?: string | null, isBot: boolean } | null, parent?: { __typename?: 'Message', id: string } | null, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number, viewerHasReacted: boolean }>, attachments: Array<{ __typename?: 'Attachment', id: string, filename: string, contentType: string, url: string }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } }, threads: { __typename?: 'ThreadConnection', unreadThreadCount: number, edges: Array<{ __typename?: 'ThreadEdge', cursor: string, node: { __typename?: 'Thread', unreadReplyCount: number, root: { __typename?: 'Message', id: string, text: string, markdown?: string | null, createdAt: string, editedAt?: string | null, deletedAt?: string | null, type: MessageType, replyCount: number, hasChildren: boolean, author?: { __typename?: 'User', id: string, name: string, handle?: string | null, avatarUrl?: string | null, isBot: boolean } | null, parent?: { __typename?: 'Message', id: string } | null, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number, viewerHasReacted: boolean }>, attachments: Array<{ __typename?: 'Attachment', id: string, filename: string, contentType: string, url: string }> }, latestReplies: Array<{ __typename?: 'Message', id: string, text: string, markdown?: string | null, createdAt: string, editedAt?: string | null, deletedAt?: string | null, type: MessageType, replyCount: number, hasChildren: boolean, author?: { __typename?: 'User', id: string, name: string, handle?: string | null, avatarUrl?: string | null, isBot: boolean } | null, parent?: { __typename?: 'Message', id: string } | null, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number, viewerHasReacted: boolean }>, attachments: Array<{ __typename?: 'Attachment', id: string, filename: string, contentType: string, url: string }> }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type MarkChannelReadMutationVariables = Exact<{
  channelId: Scalars['ID']['input'];
  lastReadMessageId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type MarkChannelReadMutation = { __typename?: 'Mutation', markChannelRead: { __typename?: 'MarkChannelReadPayload', channel?: { __typename?: 'Channel', id: string, unreadCount: number } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type SearchQueryVariables = Exact<{
  workspaceId: Scalars['ID']['input'];
  query: Scalars['String']['input'];
  channelId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SearchQuery = { __typename?: 'Query', workspace?: { __typename?: 'Workspace', id: string, search: { __typename?: 'SearchResults', totalCount: number, hasMore: boolean, nodes: Array<{ __typename?: 'SearchHit', score: number, highlights: Array<string>, message: { __typename?: 'Message', id: string, text: string, markdown?: string | null, createdAt: string, editedAt?: string | null, deletedAt?: string | null, type: MessageType, replyCount: number, hasChildren: boolean, channel: { __typename?: 'Channel', id: string, name: string }, author?: { __typename?: 'User', id: string, name: string, handle?: string | null, avatarUrl?: string | null, isBot: boolean } | null, parent?: { __typename?: 'Message', id: string } | null, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number, viewerHasReacted: boolean }>, attachments: Array<{ __typename?: 'Attachment', id: string, filename: string, contentType: string, url: string }> } }> } } | null };

export type EventsSubscriptionVariables = Exact<{
  filter?: InputMaybe<EventFilter>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type EventsSubscription = { __typename?: 'Subscription', events: { __typename?: 'Event', id: string, cursor: string, type: EventType, occurredAt: string, emoji?: string | null, channel?: { __typename?: 'Channel', id: string, name: string } | null, actor?: { __typename?: 'User', id: string, name: string } | null, message?: { __typename?: 'Message', id: string, text: string, markdown?: string | null, createdAt: string, editedAt?: string | null, deletedAt?: string | null, type: MessageType, replyCount: number, hasChildren: boolean, channel: { __typename?: 'Channel', id: string }, threadRoot?: { __typename?: 'Message', id: string } | null, author?: { __typename?: 'User', id: string, name: string, handle?: string | null, avatarUrl?: string | null, isBot: boolean } | null, parent?: { __typename?: 'Message', id: string } | null, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number, viewerHasReacted: boolean }>, attachments: Array<{ __typename?: 'Attachment', id: string, filename: string, contentType: string, url: string }> } | null } };

export type CreateSubscriptionTicketMutationVariables = Exact<{
  query: Scalars['String']['input'];
  operationName?: InputMaybe<Scalars['String']['input']>;
}>;


export type CreateSubscriptionTicketMutation = { __typename?: 'Mutation', createSubscriptionTicket: { __typename?: 'CreateSubscriptionTicketPayload', ticket?: string | null, expiresAt?: string | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export const MessageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isBot"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasChildren"}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasReacted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<MessageFieldsFragment, unknown>;
export const WorkspacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Workspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threadModel"}},{"kind":"Field","name":{"kind":"Name","value":"reactions"}},{"kind":"Field","name":{"kind":"Name","value":"editMessages"}},{"kind":"Field","name":{"kind":"Name","value":"maxMessageLength"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isPrivate"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanPost"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkspacesQuery, WorkspacesQueryVariables>;
export const ChannelPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChannelPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanPost"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}},{"kind":"Field","name":{"kind":"Name","value":"lastReplyAt"}},{"kind":"Field","name":{"kind":"Name","value":"threadParticipants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isBot"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasChildren"}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasReacted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<ChannelPageQuery, ChannelPageQueryVariables>;
export const ChannelTreesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChannelTrees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"replies"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanPost"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}},{"kind":"Field","name":{"kind":"Name","value":"descendants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"replies"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isBot"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasChildren"}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasReacted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<ChannelTreesQuery, ChannelTreesQueryVariables>;
export const ThreadTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ThreadTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanPost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"descendants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isBot"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasChildren"}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasReacted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<ThreadTreeQuery, ThreadTreeQueryVariables>;
export const SendMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}},{"kind":"Field","name":{"kind":"Name","value":"threadRoot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isBot"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasChildren"}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasReacted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<SendMessageMutation, SendMessageMutationVariables>;
export const EditMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isBot"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasChildren"}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasReacted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<EditMessageMutation, EditMessageMutationVariables>;
export const DeleteMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"messageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isBot"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasChildren"}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasReacted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<DeleteMessageMutation, DeleteMessageMutationVariables>;
export const AddReactionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddReaction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"emoji"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addReaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"messageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"emoji"},"value":{"kind":"Variable","name":{"kind":"Name","value":"emoji"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasReacted"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AddReactionMutation, AddReactionMutationVariables>;
export const RemoveReactionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveReaction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"emoji"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeReaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"messageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"emoji"},"value":{"kind":"Variable","name":{"kind":"Name","value":"emoji"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasReacted"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveReactionMutation, RemoveReactionMutationVariables>;
export const UnreadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Unreads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"threads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadThreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"root"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadReplyCount"}},{"kind":"Field","name":{"kind":"Name","value":"latestReplies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isBot"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasChildren"}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasReacted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<UnreadsQuery, UnreadsQueryVariables>;
export const MarkChannelReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkChannelRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lastReadMessageId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markChannelRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"channelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"lastReadMessageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lastReadMessageId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<MarkChannelReadMutation, MarkChannelReadMutationVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"channelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"highlights"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isBot"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasChildren"}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasReacted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const EventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Events"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"threadRoot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isBot"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasChildren"}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasReacted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<EventsSubscription, EventsSubscriptionVariables>;
export const CreateSubscriptionTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSubscriptionTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"operationName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSubscriptionTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"operationName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"operationName"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreateSubscriptionTicketMutation, CreateSubscriptionTicketMutationVariables>;