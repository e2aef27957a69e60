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

export type BenchConnectSlackMutationVariables = Exact<{
  input: ConnectSlackWorkspaceInput;
}>;


export type BenchConnectSlackMutation = { __typename?: 'Mutation', connectSlackWorkspace: { __typename?: 'ConnectSlackWorkspacePayload', workspace?: { __typename?: 'Workspace', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type FirehoseSubscriptionVariables = Exact<{
  channelId: Scalars['ID']['input'];
}>;


export type FirehoseSubscription = { __typename?: 'Subscription', events: { __typename?: 'Event', id: string, cursor: string, type: EventType, occurredAt: string, channel?: { __typename?: 'Channel', id: string, name: string } | null, actor?: { __typename?: 'User', id: string, name: string } | null, message?: { __typename?: 'Message', id: string, text: string, createdAt: string, author?: { __typename?: 'User', id: string, name: string } | null, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number }> } | null } };

export type BenchChannelPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BenchChannelPageQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Attachment' }
    | { __typename?: 'Channel', id: string, name: string, messages: { __typename?: 'ChannelMessagesConnection', nodes: Array<{ __typename?: 'Message', id: string, text: string, createdAt: string, replyCount: number, author?: { __typename?: 'User', id: string, name: string } | null, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number }> }> } }
    | { __typename?: 'Event' }
    | { __typename?: 'Message' }
    | { __typename?: 'ScheduledMessage' }
    | { __typename?: 'User' }
    | { __typename?: 'Workspace' }
   | null };

export type BenchThreadTreeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BenchThreadTreeQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Attachment' }
    | { __typename?: 'Channel' }
    | { __typename?: 'Event' }
    | { __typename?: 'Message', id: string, text: string, createdAt: string, author?: { __typename?: 'User', id: string, name: string } | null }
    | { __typename?: 'ScheduledMessage' }
    | { __typename?: 'User' }
    | { __typename?: 'Workspace' }
   | null };

export type BenchSearchQueryVariables = Exact<{
  workspaceId: Scalars['ID']['input'];
  query: Scalars['String']['input'];
}>;


export type BenchSearchQuery = { __typename?: 'Query', workspace?: { __typename?: 'Workspace', search: { __typename?: 'SearchResults', totalCount: number, nodes: Array<{ __typename?: 'SearchHit', score: number, message: { __typename?: 'Message', id: string, text: string, createdAt: string, author?: { __typename?: 'User', id: string, name: string } | null, channel: { __typename?: 'Channel', id: string, name: string } } }> } } | null };

export type BenchSearchScaleQueryVariables = Exact<{
  workspaceId: Scalars['ID']['input'];
  query: Scalars['String']['input'];
  after?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type BenchSearchScaleQuery = { __typename?: 'Query', workspace?: { __typename?: 'Workspace', search: { __typename?: 'SearchResults', totalCount: number, nodes: Array<{ __typename?: 'SearchHit', score: number, highlights: Array<string>, message: { __typename?: 'Message', id: string, text: string, createdAt: string, author?: { __typename?: 'User', name: string } | null, channel: { __typename?: 'Channel', name: string } } }> } } | null };

export type BenchSearchSendMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type BenchSearchSendMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'SendMessagePayload', message?: { __typename?: 'Message', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string }> } };

export type CachedMessageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CachedMessageQuery = { __typename?: 'Query', message?: { __typename?: 'Message', id: string, text: string } | null };

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
    | { __typename?: 'ScheduledMessage', id: string }
    | { __typename?: 'User', id: string }
    | { __typename?: 'Workspace', id: string }
   | null, nodes: Array<
    | { __typename?: 'Attachment', id: string }
    | { __typename?: 'Channel', id: string }
    | { __typename?: 'Event', id: string }
    | { __typename?: 'Message', id: string }
    | { __typename?: 'ScheduledMessage', id: string }
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

export type AttachmentsUploadMutationVariables = Exact<{
  input: UploadAttachmentInput;
}>;


export type AttachmentsUploadMutation = { __typename?: 'Mutation', uploadAttachment: { __typename?: 'UploadAttachmentPayload', attachment?: { __typename?: 'Attachment', id: string, filename: string, contentType: string, sizeBytes: number, url: string, createdAt?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type AttachmentsSendMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type AttachmentsSendMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'SendMessagePayload', message?: { __typename?: 'Message', id: string, attachments: Array<{ __typename?: 'Attachment', id: string, filename: string, contentType: string, sizeBytes: number, url: string }> } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type AttachmentsDeleteMutationVariables = Exact<{
  input: DeleteMessageInput;
}>;


export type AttachmentsDeleteMutation = { __typename?: 'Mutation', deleteMessage: { __typename?: 'DeleteMessagePayload', deletedMessageId?: string | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type AttachmentsNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AttachmentsNodeQuery = { __typename?: 'Query', node?:
    | { __typename: 'Attachment', id: string, filename: string, sizeBytes: number, url: string }
    | { __typename: 'Channel' }
    | { __typename: 'Event' }
    | { __typename: 'Message' }
    | { __typename: 'ScheduledMessage' }
    | { __typename: 'User' }
    | { __typename: 'Workspace' }
   | null };

export type AttachmentsReadMessageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AttachmentsReadMessageQuery = { __typename?: 'Query', message?: { __typename?: 'Message', id: string, attachments: Array<{ __typename?: 'Attachment', id: string, filename: string, contentType: string, sizeBytes: number, url: string }> } | null };

export type AttachmentsCapabilitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type AttachmentsCapabilitiesQuery = { __typename?: 'Query', workspaces: Array<{ __typename?: 'Workspace', name: string, capabilities: { __typename?: 'Capabilities', attachmentUpload: boolean } }> };

export type ChannelOpsChannelFragment = { __typename?: 'Channel', id: string, name: string, description?: string | null, type: ChannelType, isPrivate: boolean, isActive: boolean, viewerCanManage: boolean, viewerCanPost: boolean, parent?: { __typename?: 'Channel', id: string, name: string } | null, members: { __typename?: 'ChannelMembersConnection', nodes: Array<{ __typename?: 'User', name: string }> }, messages: { __typename?: 'ChannelMessagesConnection', nodes: Array<{ __typename?: 'Message', id: string, type: MessageType, text: string, author?: { __typename?: 'User', name: string } | null, systemEvent?: { __typename?: 'SystemEvent', type: SystemEventType, channelName?: string | null, oldChannelName?: string | null, user?: { __typename?: 'User', name: string } | null, actor?: { __typename?: 'User', name: string } | null } | null }> } };

export type ChannelOpsCreateMutationVariables = Exact<{
  input: CreateChannelInput;
}>;


export type ChannelOpsCreateMutation = { __typename?: 'Mutation', createChannel: { __typename?: 'ChannelPayload', channel?: { __typename?: 'Channel', id: string, name: string, description?: string | null, type: ChannelType, isPrivate: boolean, isActive: boolean, viewerCanManage: boolean, viewerCanPost: boolean, parent?: { __typename?: 'Channel', id: string, name: string } | null, members: { __typename?: 'ChannelMembersConnection', nodes: Array<{ __typename?: 'User', name: string }> }, messages: { __typename?: 'ChannelMessagesConnection', nodes: Array<{ __typename?: 'Message', id: string, type: MessageType, text: string, author?: { __typename?: 'User', name: string } | null, systemEvent?: { __typename?: 'SystemEvent', type: SystemEventType, channelName?: string | null, oldChannelName?: string | null, user?: { __typename?: 'User', name: string } | null, actor?: { __typename?: 'User', name: string } | null } | null }> } } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type ChannelOpsRenameMutationVariables = Exact<{
  input: RenameChannelInput;
}>;


export type ChannelOpsRenameMutation = { __typename?: 'Mutation', renameChannel: { __typename?: 'ChannelPayload', channel?: { __typename?: 'Channel', id: string, name: string, description?: string | null, type: ChannelType, isPrivate: boolean, isActive: boolean, viewerCanManage: boolean, viewerCanPost: boolean, parent?: { __typename?: 'Channel', id: string, name: string } | null, members: { __typename?: 'ChannelMembersConnection', nodes: Array<{ __typename?: 'User', name: string }> }, messages: { __typename?: 'ChannelMessagesConnection', nodes: Array<{ __typename?: 'Message', id: string, type: MessageType, text: string, author?: { __typename?: 'User', name: string } | null, systemEvent?: { __typename?: 'SystemEvent', type: SystemEventType, channelName?: string | null, oldChannelName?: string | null, user?: { __typename?: 'User', name: string } | null, actor?: { __typename?: 'User', name: string } | null } | null }> } } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type ChannelOpsArchiveMutationVariables = Exact<{
  input: ChannelInput;
}>;


export type ChannelOpsArchiveMutation = { __typename?: 'Mutation', archiveChannel: { __typename?: 'ChannelPayload', channel?: { __typename?: 'Channel', id: string, name: string, description?: string | null, type: ChannelType, isPrivate: boolean, isActive: boolean, viewerCanManage: boolean, viewerCanPost: boolean, parent?: { __typename?: 'Channel', id: string, name: string } | null, members: { __typename?: 'ChannelMembersConnection', nodes: Array<{ __typename?: 'User', name: string }> }, messages: { __typename?: 'ChannelMessagesConnection', nodes: Array<{ __typename?: 'Message', id: string, type: MessageType, text: string, author?: { __typename?: 'User', name: string } | null, systemEvent?: { __typename?: 'SystemEvent', type: SystemEventType, channelName?: string | null, oldChannelName?: string | null, user?: { __typename?: 'User', name: string } | null, actor?: { __typename?: 'User', name: string } | null } | null }> } } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type ChannelOpsUnarchiveMutationVariables = Exact<{
  input: ChannelInput;
}>;


export type ChannelOpsUnarchiveMutation = { __typename?: 'Mutation', unarchiveChannel: { __typename?: 'ChannelPayload', channel?: { __typename?: 'Channel', id: string, name: string, description?: string | null, type: ChannelType, isPrivate: boolean, isActive: boolean, viewerCanManage: boolean, viewerCanPost: boolean, parent?: { __typename?: 'Channel', id: string, name: string } | null, members: { __typename?: 'ChannelMembersConnection', nodes: Array<{ __typename?: 'User', name: string }> }, messages: { __typename?: 'ChannelMessagesConnection', nodes: Array<{ __typename?: 'Message', id: string, type: MessageType, text: string, author?: { __typename?: 'User', name: string } | null, systemEvent?: { __typename?: 'SystemEvent', type: SystemEventType, channelName?: string | null, oldChannelName?: string | null, user?: { __typename?: 'User', name: string } | null, actor?: { __typename?: 'User', name: string } | null } | null }> } } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type ChannelOpsJoinMutationVariables = Exact<{
  input: ChannelInput;
}>;


export type ChannelOpsJoinMutation = { __typename?: 'Mutation', joinChannel: { __typename?: 'ChannelPayload', channel?: { __typename?: 'Channel', id: string, name: string, description?: string | null, type: ChannelType, isPrivate: boolean, isActive: boolean, viewerCanManage: boolean, viewerCanPost: boolean, parent?: { __typename?: 'Channel', id: string, name: string } | null, members: { __typename?: 'ChannelMembersConnection', nodes: Array<{ __typename?: 'User', name: string }> }, messages: { __typename?: 'ChannelMessagesConnection', nodes: Array<{ __typename?: 'Message', id: string, type: MessageType, text: string, author?: { __typename?: 'User', name: string } | null, systemEvent?: { __typename?: 'SystemEvent', type: SystemEventType, channelName?: string | null, oldChannelName?: string | null, user?: { __typename?: 'User', name: string } | null, actor?: { __typename?: 'User', name: string } | null } | null }> } } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type ChannelOpsLeaveMutationVariables = Exact<{
  input: ChannelInput;
}>;


export type ChannelOpsLeaveMutation = { __typename?: 'Mutation', leaveChannel: { __typename?: 'LeaveChannelPayload', leftChannelId?: string | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type ChannelOpsInviteMutationVariables = Exact<{
  input: InviteToChannelInput;
}>;


export type ChannelOpsInviteMutation = { __typename?: 'Mutation', inviteToChannel: { __typename?: 'ChannelPayload', channel?: { __typename?: 'Channel', id: string, name: string, description?: string | null, type: ChannelType, isPrivate: boolean, isActive: boolean, viewerCanManage: boolean, viewerCanPost: boolean, parent?: { __typename?: 'Channel', id: string, name: string } | null, members: { __typename?: 'ChannelMembersConnection', nodes: Array<{ __typename?: 'User', name: string }> }, messages: { __typename?: 'ChannelMessagesConnection', nodes: Array<{ __typename?: 'Message', id: string, type: MessageType, text: string, author?: { __typename?: 'User', name: string } | null, systemEvent?: { __typename?: 'SystemEvent', type: SystemEventType, channelName?: string | null, oldChannelName?: string | null, user?: { __typename?: 'User', name: string } | null, actor?: { __typename?: 'User', name: string } | null } | null }> } } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type ChannelOpsReadQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ChannelOpsReadQuery = { __typename?: 'Query', channel?: { __typename?: 'Channel', id: string, name: string, description?: string | null, type: ChannelType, isPrivate: boolean, isActive: boolean, viewerCanManage: boolean, viewerCanPost: boolean, parent?: { __typename?: 'Channel', id: string, name: string } | null, members: { __typename?: 'ChannelMembersConnection', nodes: Array<{ __typename?: 'User', name: string }> }, messages: { __typename?: 'ChannelMessagesConnection', nodes: Array<{ __typename?: 'Message', id: string, type: MessageType, text: string, author?: { __typename?: 'User', name: string } | null, systemEvent?: { __typename?: 'SystemEvent', type: SystemEventType, channelName?: string | null, oldChannelName?: string | null, user?: { __typename?: 'User', name: string } | null, actor?: { __typename?: 'User', name: string } | null } | null }> } } | null };

export type ChannelOpsDirectoryQueryVariables = Exact<{
  workspaceId: Scalars['ID']['input'];
  query?: InputMaybe<Scalars['String']['input']>;
}>;


export type ChannelOpsDirectoryQuery = { __typename?: 'Query', workspace?: { __typename?: 'Workspace', users: { __typename?: 'WorkspaceUsersConnection', nodes: Array<{ __typename?: 'User', id: string, name: string }> }, channels: { __typename?: 'WorkspaceChannelsConnection', nodes: Array<{ __typename?: 'Channel', id: string, name: string }> }, joinableChannels: { __typename?: 'JoinableChannelConnection', nodes: Array<{ __typename?: 'JoinableChannel', channelId: string, name: string, description?: string | null, memberCount: number }> } } | null };

export type ChannelOpsPostMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type ChannelOpsPostMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'SendMessagePayload', message?: { __typename?: 'Message', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type ChannelOpsJoinablePageQueryVariables = Exact<{
  workspaceId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ChannelOpsJoinablePageQuery = { __typename?: 'Query', workspace?: { __typename?: 'Workspace', joinableChannels: { __typename?: 'JoinableChannelConnection', nodes: Array<{ __typename?: 'JoinableChannel', name: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type ChannelOpsCapabilitiesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ChannelOpsCapabilitiesQuery = { __typename?: 'Query', workspace?: { __typename?: 'Workspace', capabilities: { __typename?: 'Capabilities', eventTypes: Array<EventType> } } | null };

export type ChannelOpsReadMessageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ChannelOpsReadMessageQuery = { __typename?: 'Query', message?: { __typename?: 'Message', id: string, text: string } | null };

export type SendMailMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type SendMailMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'SendMessagePayload', message?: { __typename?: 'Message', id: string, subject?: string | null, text: string, html?: string | null, parent?: { __typename?: 'Message', id: string } | null, author?: { __typename?: 'User', name: string, email?: string | null } | null, recipients: { __typename?: 'Recipients', from: Array<{ __typename?: 'User', name: string, email?: string | null }>, to: Array<{ __typename?: 'User', id: string, name: string, email?: string | null }>, cc: Array<{ __typename?: 'User', name: string, email?: string | null }>, bcc: Array<{ __typename?: 'User', name: string, email?: string | null }> } } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type UpdateMailMutationVariables = Exact<{
  input: UpdateMessageInput;
}>;


export type UpdateMailMutation = { __typename?: 'Mutation', updateMessage: { __typename?: 'UpdateMessagePayload', message?: { __typename?: 'Message', text: string, html?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type MailCapabilitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type MailCapabilitiesQuery = { __typename?: 'Query', workspaces: Array<{ __typename?: 'Workspace', name: string, capabilities: { __typename?: 'Capabilities', email: boolean } }> };

export type MailUserNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MailUserNodeQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Attachment' }
    | { __typename?: 'Channel' }
    | { __typename?: 'Event' }
    | { __typename?: 'Message' }
    | { __typename?: 'ScheduledMessage' }
    | { __typename?: 'User', name: string, email?: string | null, isBot: boolean }
    | { __typename?: 'Workspace' }
   | null };

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

export type PreviewSendMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type PreviewSendMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'SendMessagePayload', message?: { __typename?: 'Message', id: string, linkPreview?: { __typename?: 'LinkPreview', url: string, title?: string | null } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type PreviewEditMutationVariables = Exact<{
  input: UpdateMessageInput;
}>;


export type PreviewEditMutation = { __typename?: 'Mutation', updateMessage: { __typename?: 'UpdateMessagePayload', message?: { __typename?: 'Message', id: string, linkPreview?: { __typename?: 'LinkPreview', url: string, linkedMessage?: { __typename?: 'Message', id: string } | null, linkedChannel?: { __typename?: 'Channel', id: string } | null } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type RemovePreviewMutationVariables = Exact<{
  input: MessageInput;
}>;


export type RemovePreviewMutation = { __typename?: 'Mutation', removeLinkPreview: { __typename?: 'MessagePayload', message?: { __typename?: 'Message', id: string, linkPreview?: { __typename?: 'LinkPreview', url: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type PreviewOfQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PreviewOfQuery = { __typename?: 'Query', message?: { __typename?: 'Message', id: string, linkPreview?: { __typename?: 'LinkPreview', url: string, title?: string | null, description?: string | null, imageUrl?: string | null, siteName?: string | null, linkedMessage?: { __typename?: 'Message', id: string, text: string } | null, linkedChannel?: { __typename?: 'Channel', id: string, name: string } | null } | null } | null };

export type PreviewCapabilitiesQueryVariables = Exact<{
  workspace: Scalars['ID']['input'];
}>;


export type PreviewCapabilitiesQuery = { __typename?: 'Query', workspace?: { __typename?: 'Workspace', capabilities: { __typename?: 'Capabilities', linkPreviewRemoval: boolean, eventTypes: Array<EventType> } } | null };

export type PreviewTimelineQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PreviewTimelineQuery = { __typename?: 'Query', channel?: { __typename?: 'Channel', messages: { __typename?: 'ChannelMessagesConnection', nodes: Array<{ __typename?: 'Message', id: string }> } } | null };

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

export type PinsSendMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type PinsSendMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'SendMessagePayload', message?: { __typename?: 'Message', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type PinsDeleteMutationVariables = Exact<{
  input: DeleteMessageInput;
}>;


export type PinsDeleteMutation = { __typename?: 'Mutation', deleteMessage: { __typename?: 'DeleteMessagePayload', userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type PinMutationVariables = Exact<{
  input: MessageInput;
}>;


export type PinMutation = { __typename?: 'Mutation', pinMessage: { __typename?: 'MessagePayload', message?: { __typename?: 'Message', id: string, isPinned: boolean, pinnedAt?: string | null, pinnedBy?: { __typename?: 'User', name: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type UnpinMutationVariables = Exact<{
  input: MessageInput;
}>;


export type UnpinMutation = { __typename?: 'Mutation', unpinMessage: { __typename?: 'MessagePayload', message?: { __typename?: 'Message', id: string, isPinned: boolean, pinnedAt?: string | null, pinnedBy?: { __typename?: 'User', name: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type ChannelPinsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ChannelPinsQuery = { __typename?: 'Query', channel?: { __typename?: 'Channel', pins: { __typename?: 'ChannelPinsConnection', nodes: Array<{ __typename?: 'Message', id: string, text: string, pinnedAt?: string | null, pinnedBy?: { __typename?: 'User', name: string } | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type ChannelPinsBackwardQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ChannelPinsBackwardQuery = { __typename?: 'Query', channel?: { __typename?: 'Channel', pins: { __typename?: 'ChannelPinsConnection', nodes: Array<{ __typename?: 'Message', id: string }> } } | null };

export type PinsTimelineQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PinsTimelineQuery = { __typename?: 'Query', channel?: { __typename?: 'Channel', messages: { __typename?: 'ChannelMessagesConnection', nodes: Array<{ __typename?: 'Message', id: string, type: MessageType, text: string, author?: { __typename?: 'User', name: string } | null, systemEvent?: { __typename?: 'SystemEvent', type: SystemEventType, channelName?: string | null, actor?: { __typename?: 'User', name: string } | null, message?: { __typename?: 'Message', id: string } | null } | null }> } } | null };

export type PinsEverywhereQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type PinsEverywhereQuery = { __typename?: 'Query', workspaces: Array<{ __typename?: 'Workspace', channels: { __typename?: 'WorkspaceChannelsConnection', nodes: Array<{ __typename?: 'Channel', name: string, pins: { __typename?: 'ChannelPinsConnection', nodes: Array<{ __typename?: 'Message', id: string, pinnedBy?: { __typename?: 'User', name: string } | null }> } }> } }> };

export type PinsCapabilitiesQueryVariables = Exact<{
  workspace: Scalars['ID']['input'];
}>;


export type PinsCapabilitiesQuery = { __typename?: 'Query', workspace?: { __typename?: 'Workspace', capabilities: { __typename?: 'Capabilities', pins: Support, maxPinsPerChannel?: number | null, eventTypes: Array<EventType> } } | null };

export type ReadStateChannelQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReadStateChannelQuery = { __typename?: 'Query', channel?: { __typename?: 'Channel', id: string, name: string, unreadCount: number } | null };

export type ReadStateMessageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReadStateMessageQuery = { __typename?: 'Query', message?: { __typename?: 'Message', id: string, isUnread: boolean } | null };

export type ReadStateMarkChannelReadMutationVariables = Exact<{
  input: MarkChannelReadInput;
}>;


export type ReadStateMarkChannelReadMutation = { __typename?: 'Mutation', markChannelRead: { __typename?: 'MarkChannelReadPayload', channel?: { __typename?: 'Channel', id: string, unreadCount: number } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type ReadStateMarkUnreadMutationVariables = Exact<{
  input: MessageInput;
}>;


export type ReadStateMarkUnreadMutation = { __typename?: 'Mutation', markUnread: { __typename?: 'MarkUnreadPayload', message?: { __typename?: 'Message', id: string, isUnread: boolean } | null, channel?: { __typename?: 'Channel', id: string, unreadCount: number } | null, thread?: { __typename?: 'Thread', unreadReplyCount: number, hasNewReplies: boolean, root: { __typename?: 'Message', id: string } } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type ReadStateUnreadsQueryVariables = Exact<{
  workspaceId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  messagesFirst?: InputMaybe<Scalars['Int']['input']>;
  messagesAfter?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReadStateUnreadsQuery = { __typename?: 'Query', workspace?: { __typename?: 'Workspace', unreads: { __typename?: 'UnreadChannelConnection', edges: Array<{ __typename?: 'UnreadChannelEdge', cursor: string, node: { __typename?: 'UnreadChannel', unreadCount: number, channel: { __typename?: 'Channel', id: string, name: string, unreadCount: number }, messages: { __typename?: 'UnreadChannelMessagesConnection', nodes: Array<{ __typename?: 'Message', id: string, text: string, isUnread: boolean, createdAt: string, author?: { __typename?: 'User', name: string } | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type ReadStateInboxQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MessageFilter>;
}>;


export type ReadStateInboxQuery = { __typename?: 'Query', messages: { __typename?: 'QueryMessagesConnection', nodes: Array<{ __typename?: 'Message', id: string, isUnread: boolean, createdAt: string, author?: { __typename?: 'User', name: string } | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ReadStateChannelPageQueryVariables = Exact<{
  workspaceId: Scalars['ID']['input'];
  channels: Scalars['Int']['input'];
  messages: Scalars['Int']['input'];
}>;


export type ReadStateChannelPageQuery = { __typename?: 'Query', workspace?: { __typename?: 'Workspace', channels: { __typename?: 'WorkspaceChannelsConnection', nodes: Array<{ __typename?: 'Channel', unreadCount: number, messages: { __typename?: 'ChannelMessagesConnection', nodes: Array<{ __typename?: 'Message', id: string, isUnread: boolean }> } }> } } | null };

export type TableScheduleMutationVariables = Exact<{
  input: ScheduleMessageInput;
}>;


export type TableScheduleMutation = { __typename?: 'Mutation', scheduleMessage: { __typename?: 'ScheduledMessagePayload', scheduledMessage?: { __typename?: 'ScheduledMessage', id: string, text: string, markdown?: string | null, status: ScheduledMessageStatus, scheduledFor: string, lastError?: string | null, alsoSendToChannel: boolean, channel?: { __typename?: 'Channel', id: string, name: string } | null, parent?: { __typename?: 'Message', id: string } | null, author: { __typename?: 'User', name: string }, attachments: Array<{ __typename?: 'Attachment', id: string }>, sentMessage?: { __typename?: 'Message', id: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type TableScheduledListQueryVariables = Exact<{
  workspaceId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<ScheduledMessageStatus> | ScheduledMessageStatus>;
}>;


export type TableScheduledListQuery = { __typename?: 'Query', workspace?: { __typename?: 'Workspace', capabilities: { __typename?: 'Capabilities', scheduledMessages: Support, eventTypes: Array<EventType> }, scheduledMessages: { __typename?: 'ScheduledMessageConnection', nodes: Array<{ __typename?: 'ScheduledMessage', id: string, text: string, status: ScheduledMessageStatus, scheduledFor: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type TableScheduledNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TableScheduledNodeQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Attachment', id: string }
    | { __typename?: 'Channel', id: string }
    | { __typename?: 'Event', id: string }
    | { __typename?: 'Message', id: string }
    | { __typename?: 'ScheduledMessage', text: string, status: ScheduledMessageStatus, lastError?: string | null, scheduledFor: string, id: string, sentMessage?: { __typename?: 'Message', id: string, text: string, parent?: { __typename?: 'Message', id: string } | null, author?: { __typename?: 'User', name: string } | null } | null }
    | { __typename?: 'User', id: string }
    | { __typename?: 'Workspace', id: string }
   | null };

export type TableUpdateScheduledMutationVariables = Exact<{
  input: UpdateScheduledMessageInput;
}>;


export type TableUpdateScheduledMutation = { __typename?: 'Mutation', updateScheduledMessage: { __typename?: 'ScheduledMessagePayload', scheduledMessage?: { __typename?: 'ScheduledMessage', id: string, text: string, markdown?: string | null, status: ScheduledMessageStatus, scheduledFor: string, lastError?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type TableCancelScheduledMutationVariables = Exact<{
  input: ScheduledMessageRefInput;
}>;


export type TableCancelScheduledMutation = { __typename?: 'Mutation', deleteScheduledMessage: { __typename?: 'DeleteScheduledMessagePayload', deletedScheduledMessageId?: string | null, scheduledMessage?: { __typename?: 'ScheduledMessage', id: string, status: ScheduledMessageStatus } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type TableSendScheduledNowMutationVariables = Exact<{
  input: ScheduledMessageRefInput;
}>;


export type TableSendScheduledNowMutation = { __typename?: 'Mutation', sendScheduledMessageNow: { __typename?: 'SendMessagePayload', message?: { __typename?: 'Message', id: string, text: string, author?: { __typename?: 'User', name: string } | null, channel: { __typename?: 'Channel', name: string } } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type TableScheduledSendMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type TableScheduledSendMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'SendMessagePayload', message?: { __typename?: 'Message', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type TableScheduledTimelineQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TableScheduledTimelineQuery = { __typename?: 'Query', channel?: { __typename?: 'Channel', messages: { __typename?: 'ChannelMessagesConnection', nodes: Array<{ __typename?: 'Message', id: string, text: string }> } } | null };

export type ScheduleMessageMutationVariables = Exact<{
  input: ScheduleMessageInput;
}>;


export type ScheduleMessageMutation = { __typename?: 'Mutation', scheduleMessage: { __typename?: 'ScheduledMessagePayload', scheduledMessage?: { __typename?: 'ScheduledMessage', id: string, text: string, markdown?: string | null, status: ScheduledMessageStatus, scheduledFor: string, lastError?: string | null, alsoSendToChannel: boolean, channel?: { __typename?: 'Channel', id: string, name: string } | null, parent?: { __typename?: 'Message', id: string } | null, author: { __typename?: 'User', name: string }, attachments: Array<{ __typename?: 'Attachment', id: string, filename: string }>, sentMessage?: { __typename?: 'Message', id: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type ScheduledListQueryVariables = Exact<{
  workspaceId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<ScheduledMessageStatus> | ScheduledMessageStatus>;
}>;


export type ScheduledListQuery = { __typename?: 'Query', workspace?: { __typename?: 'Workspace', scheduledMessages: { __typename?: 'ScheduledMessageConnection', nodes: Array<{ __typename?: 'ScheduledMessage', id: string, text: string, status: ScheduledMessageStatus, scheduledFor: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type ScheduledNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScheduledNodeQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Attachment', id: string }
    | { __typename?: 'Channel', id: string }
    | { __typename?: 'Event', id: string }
    | { __typename?: 'Message', id: string }
    | { __typename?: 'ScheduledMessage', text: string, status: ScheduledMessageStatus, lastError?: string | null, scheduledFor: string, updatedAt: string, id: string, channel?: { __typename?: 'Channel', name: string } | null, attachments: Array<{ __typename?: 'Attachment', id: string }>, sentMessage?: { __typename?: 'Message', id: string, text: string, alsoSentToChannel: boolean, viewerThreadSubscription: ThreadSubscriptionStatus, parent?: { __typename?: 'Message', id: string } | null, threadRoot?: { __typename?: 'Message', id: string } | null, mentions: Array<{ __typename?: 'User', name: string }>, attachments: Array<{ __typename?: 'Attachment', id: string }>, author?: { __typename?: 'User', name: string } | null } | null }
    | { __typename?: 'User', id: string }
    | { __typename?: 'Workspace', id: string }
   | null };

export type UpdateScheduledMutationVariables = Exact<{
  input: UpdateScheduledMessageInput;
}>;


export type UpdateScheduledMutation = { __typename?: 'Mutation', updateScheduledMessage: { __typename?: 'ScheduledMessagePayload', scheduledMessage?: { __typename?: 'ScheduledMessage', id: string, text: string, markdown?: string | null, status: ScheduledMessageStatus, scheduledFor: string, lastError?: string | null, attachments: Array<{ __typename?: 'Attachment', id: string }> } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type DeleteScheduledMutationVariables = Exact<{
  input: ScheduledMessageRefInput;
}>;


export type DeleteScheduledMutation = { __typename?: 'Mutation', deleteScheduledMessage: { __typename?: 'DeleteScheduledMessagePayload', deletedScheduledMessageId?: string | null, scheduledMessage?: { __typename?: 'ScheduledMessage', id: string, status: ScheduledMessageStatus } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type SendScheduledNowMutationVariables = Exact<{
  input: ScheduledMessageRefInput;
}>;


export type SendScheduledNowMutation = { __typename?: 'Mutation', sendScheduledMessageNow: { __typename?: 'SendMessagePayload', message?: { __typename?: 'Message', id: string, text: string, author?: { __typename?: 'User', name: string } | null, mentions: Array<{ __typename?: 'User', name: string }>, channel: { __typename?: 'Channel', name: string } } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type ScheduledTestSendMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type ScheduledTestSendMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'SendMessagePayload', message?: { __typename?: 'Message', id: string, attachments: Array<{ __typename?: 'Attachment', id: string }> } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type ScheduledCapabilitiesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScheduledCapabilitiesQuery = { __typename?: 'Query', workspace?: { __typename?: 'Workspace', capabilities: { __typename?: 'Capabilities', scheduledMessages: Support, eventTypes: Array<EventType> } } | null };

export type SearchSendMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type SearchSendMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'SendMessagePayload', message?: { __typename?: 'Message', id: string, createdAt: string } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type SearchEditMutationVariables = Exact<{
  input: UpdateMessageInput;
}>;


export type SearchEditMutation = { __typename?: 'Mutation', updateMessage: { __typename?: 'UpdateMessagePayload', userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type SearchDeleteMutationVariables = Exact<{
  input: DeleteMessageInput;
}>;


export type SearchDeleteMutation = { __typename?: 'Mutation', deleteMessage: { __typename?: 'DeleteMessagePayload', userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type SearchQueryVariables = Exact<{
  workspace: Scalars['ID']['input'];
  query: Scalars['String']['input'];
  channelId?: InputMaybe<Scalars['ID']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
  before?: InputMaybe<Scalars['DateTime']['input']>;
  after?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SearchQuery = { __typename?: 'Query', workspace?: { __typename?: 'Workspace', search: { __typename?: 'SearchResults', totalCount: number, hasMore: boolean, query: string, nodes: Array<{ __typename?: 'SearchHit', score: number, highlights: Array<string>, message: { __typename?: 'Message', id: string, text: string, author?: { __typename?: 'User', name: string } | null, channel: { __typename?: 'Channel', name: string } }, context: Array<{ __typename?: 'Message', id: string, text: string }> }> } } | null };

export type SearchCapabilitiesQueryVariables = Exact<{
  workspace: Scalars['ID']['input'];
}>;


export type SearchCapabilitiesQuery = { __typename?: 'Query', workspace?: { __typename?: 'Workspace', capabilities: { __typename?: 'Capabilities', search: Support } } | null };

export type ThreadTreeByChildrenQueryVariables = Exact<{
  workspaceId: Scalars['ID']['input'];
}>;


export type ThreadTreeByChildrenQuery = { __typename?: 'Query', workspace?: { __typename?: 'Workspace', channels: { __typename?: 'WorkspaceChannelsConnection', nodes: Array<{ __typename?: 'Channel', name: string, messages: { __typename?: 'ChannelMessagesConnection', nodes: Array<{ __typename?: 'Message', id: string, text: string, children: { __typename?: 'MessageChildrenConnection', nodes: Array<{ __typename?: 'Message', id: string, text: string, children: { __typename?: 'MessageChildrenConnection', nodes: Array<{ __typename?: 'Message', id: string, text: string, children: { __typename?: 'MessageChildrenConnection', nodes: Array<{ __typename?: 'Message', id: string, text: string, children: { __typename?: 'MessageChildrenConnection', nodes: Array<{ __typename?: 'Message', id: string, text: string, author?: { __typename?: 'User', name: string } | null, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number, viewerHasReacted: boolean, users: Array<{ __typename?: 'User', name: string }> }> }> }, author?: { __typename?: 'User', name: string } | null, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number, viewerHasReacted: boolean, users: Array<{ __typename?: 'User', name: string }> }> }> }, author?: { __typename?: 'User', name: string } | null, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number, viewerHasReacted: boolean, users: Array<{ __typename?: 'User', name: string }> }> }> }, author?: { __typename?: 'User', name: string } | null, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number, viewerHasReacted: boolean, users: Array<{ __typename?: 'User', name: string }> }> }> }, author?: { __typename?: 'User', name: string } | null, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number, viewerHasReacted: boolean, users: Array<{ __typename?: 'User', name: string }> }> }> } }> } } | null };

export type TreeMessageFragment = { __typename?: 'Message', id: string, text: string, author?: { __typename?: 'User', name: string } | null, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number, viewerHasReacted: boolean, users: Array<{ __typename?: 'User', name: string }> }> };

export type AddThreadMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type AddThreadMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'SendMessagePayload', message?: { __typename?: 'Message', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type ThreadTreeReactMutationVariables = Exact<{
  input: ReactionInput;
}>;


export type ThreadTreeReactMutation = { __typename?: 'Mutation', addReaction: { __typename?: 'ReactionPayload', userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type OneThreadQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OneThreadQuery = { __typename?: 'Query', message?: { __typename?: 'Message', id: string, replyCount: number, author?: { __typename?: 'User', name: string } | null, children: { __typename?: 'MessageChildrenConnection', nodes: Array<{ __typename?: 'Message', id: string, author?: { __typename?: 'User', name: string } | null }> }, descendants: { __typename?: 'MessageDescendantsConnection', nodes: Array<{ __typename?: 'Message', id: string, text: string, parent?: { __typename?: 'Message', id: string } | null, threadRoot?: { __typename?: 'Message', id: string } | null, author?: { __typename?: 'User', name: string } | null, reactions: Array<{ __typename?: 'ReactionGroup', count: number, users: Array<{ __typename?: 'User', name: string }> }> }> } } | null };

export type ThreadsSendMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type ThreadsSendMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'SendMessagePayload', message?: { __typename?: 'Message', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type ThreadsSubscriptionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ThreadsSubscriptionQuery = { __typename?: 'Query', message?: { __typename?: 'Message', id: string, viewerThreadSubscription: ThreadSubscriptionStatus } | null };

export type ThreadsThreadFragment = { __typename?: 'Thread', hasNewReplies: boolean, unreadReplyCount: number, viewerSubscription: ThreadSubscriptionStatus, lastActivityAt: string, root: { __typename?: 'Message', id: string } };

export type ThreadsSubscribeMutationVariables = Exact<{
  input: MessageInput;
}>;


export type ThreadsSubscribeMutation = { __typename?: 'Mutation', subscribeToThread: { __typename?: 'ThreadPayload', thread?: { __typename?: 'Thread', hasNewReplies: boolean, unreadReplyCount: number, viewerSubscription: ThreadSubscriptionStatus, lastActivityAt: string, root: { __typename?: 'Message', id: string } } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type ThreadsUnsubscribeMutationVariables = Exact<{
  input: MessageInput;
}>;


export type ThreadsUnsubscribeMutation = { __typename?: 'Mutation', unsubscribeFromThread: { __typename?: 'ThreadPayload', thread?: { __typename?: 'Thread', hasNewReplies: boolean, unreadReplyCount: number, viewerSubscription: ThreadSubscriptionStatus, lastActivityAt: string, root: { __typename?: 'Message', id: string } } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type ThreadsMarkReadMutationVariables = Exact<{
  input: MarkThreadReadInput;
}>;


export type ThreadsMarkReadMutation = { __typename?: 'Mutation', markThreadRead: { __typename?: 'ThreadPayload', thread?: { __typename?: 'Thread', hasNewReplies: boolean, unreadReplyCount: number, viewerSubscription: ThreadSubscriptionStatus, lastActivityAt: string, root: { __typename?: 'Message', id: string } } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type ThreadsListQueryVariables = Exact<{
  workspaceId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ThreadsListQuery = { __typename?: 'Query', workspace?: { __typename?: 'Workspace', threads: { __typename?: 'ThreadConnection', unreadThreadCount: number, edges: Array<{ __typename?: 'ThreadEdge', cursor: string, node: { __typename?: 'Thread', hasNewReplies: boolean, unreadReplyCount: number, viewerSubscription: ThreadSubscriptionStatus, lastActivityAt: string, root: { __typename?: 'Message', id: string, text: string, channel: { __typename?: 'Channel', name: string } }, latestReplies: Array<{ __typename?: 'Message', id: string, text: string, isUnread: boolean }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type ThreadsUnreadOnlyQueryVariables = Exact<{
  workspaceId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ThreadsUnreadOnlyQuery = { __typename?: 'Query', workspace?: { __typename?: 'Workspace', threads: { __typename?: 'ThreadConnection', unreadThreadCount: number, nodes: Array<{ __typename?: 'Thread', hasNewReplies: boolean, unreadReplyCount: number, root: { __typename?: 'Message', id: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type ThreadsChannelSubscriptionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
}>;


export type ThreadsChannelSubscriptionsQuery = { __typename?: 'Query', channel?: { __typename?: 'Channel', messages: { __typename?: 'ChannelMessagesConnection', nodes: Array<{ __typename?: 'Message', id: string, viewerThreadSubscription: ThreadSubscriptionStatus }> } } | null };

export type GmailAttachInstallMutationVariables = Exact<{
  input: BeginInstallInput;
}>;


export type GmailAttachInstallMutation = { __typename?: 'Mutation', beginInstall: { __typename?: 'BeginInstallPayload', installUrl?: string | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type GmailAttachWorkspacesQueryVariables = Exact<{ [key: string]: never; }>;


export type GmailAttachWorkspacesQuery = { __typename?: 'Query', workspaces: Array<{ __typename?: 'Workspace', id: string, provider: Provider, capabilities: { __typename?: 'Capabilities', attachmentUpload: boolean }, channels: { __typename?: 'WorkspaceChannelsConnection', nodes: Array<{ __typename?: 'Channel', id: string, name: string }> } }> };

export type GmailAttachSendMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type GmailAttachSendMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'SendMessagePayload', message?: { __typename?: 'Message', id: string, subject?: string | null, attachments: Array<{ __typename?: 'Attachment', id: string, filename: string, contentType: string, sizeBytes: number, url: string }> } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type GmailAttachInboxQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GmailAttachInboxQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Attachment' }
    | { __typename?: 'Channel', messages: { __typename?: 'ChannelMessagesConnection', nodes: Array<{ __typename?: 'Message', id: string, subject?: string | null }> } }
    | { __typename?: 'Event' }
    | { __typename?: 'Message' }
    | { __typename?: 'ScheduledMessage' }
    | { __typename?: 'User' }
    | { __typename?: 'Workspace' }
   | null };

export type BeginGmailInstallMutationVariables = Exact<{
  input: BeginInstallInput;
}>;


export type BeginGmailInstallMutation = { __typename?: 'Mutation', beginInstall: { __typename?: 'BeginInstallPayload', installUrl?: string | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type GmailLiveWorkspacesQueryVariables = Exact<{ [key: string]: never; }>;


export type GmailLiveWorkspacesQuery = { __typename?: 'Query', workspaces: Array<{ __typename?: 'Workspace', id: string, provider: Provider, name: string, channels: { __typename?: 'WorkspaceChannelsConnection', nodes: Array<{ __typename?: 'Channel', id: string, name: string }> } }> };

export type SendGmailMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type SendGmailMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'SendMessagePayload', message?: { __typename?: 'Message', id: string, subject?: string | null, html?: string | null, author?: { __typename?: 'User', name: string, email?: string | null } | null, recipients: { __typename?: 'Recipients', from: Array<{ __typename?: 'User', email?: string | null }>, to: Array<{ __typename?: 'User', id: string, name: string, email?: string | null }>, cc: Array<{ __typename?: 'User', name: string, email?: string | null }>, bcc: Array<{ __typename?: 'User', email?: string | null }> } } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type GmailInboxMailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GmailInboxMailQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Attachment' }
    | { __typename?: 'Channel', messages: { __typename?: 'ChannelMessagesConnection', nodes: Array<{ __typename?: 'Message', id: string, subject?: string | null }> } }
    | { __typename?: 'Event' }
    | { __typename?: 'Message' }
    | { __typename?: 'ScheduledMessage' }
    | { __typename?: 'User' }
    | { __typename?: 'Workspace' }
   | null };

export type ScheduleGmailMutationVariables = Exact<{
  input: ScheduleMessageInput;
}>;


export type ScheduleGmailMutation = { __typename?: 'Mutation', scheduleMessage: { __typename?: 'ScheduledMessagePayload', scheduledMessage?: { __typename?: 'ScheduledMessage', id: string, status: ScheduledMessageStatus } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type ScheduledGmailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScheduledGmailQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Attachment' }
    | { __typename?: 'Channel' }
    | { __typename?: 'Event' }
    | { __typename?: 'Message' }
    | { __typename?: 'ScheduledMessage', status: ScheduledMessageStatus, lastError?: string | null, sentMessage?: { __typename?: 'Message', subject?: string | null, text: string, parent?: { __typename?: 'Message', id: string } | null } | null }
    | { __typename?: 'User' }
    | { __typename?: 'Workspace' }
   | null };

export type GmailAttachmentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GmailAttachmentsQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Attachment' }
    | { __typename?: 'Channel' }
    | { __typename?: 'Event' }
    | { __typename?: 'Message', attachments: Array<{ __typename?: 'Attachment', filename: string, contentType: string, sizeBytes: number, url: string }> }
    | { __typename?: 'ScheduledMessage' }
    | { __typename?: 'User' }
    | { __typename?: 'Workspace' }
   | null };

export type GmailInlineImageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GmailInlineImageQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Attachment' }
    | { __typename?: 'Channel' }
    | { __typename?: 'Event' }
    | { __typename?: 'Message', html?: string | null, attachments: Array<{ __typename?: 'Attachment', filename: string, url: string }> }
    | { __typename?: 'ScheduledMessage' }
    | { __typename?: 'User' }
    | { __typename?: 'Workspace' }
   | null };

export type GmailStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type GmailStatusQuery = { __typename?: 'Query', workspaces: Array<{ __typename?: 'Workspace', provider: Provider, connectionStatus: WorkspaceConnectionStatus, channels: { __typename?: 'WorkspaceChannelsConnection', nodes: Array<{ __typename?: 'Channel', id: string }> } }> };

export type GmailEconomyTreeQueryVariables = Exact<{
  workspaceId: Scalars['ID']['input'];
}>;


export type GmailEconomyTreeQuery = { __typename?: 'Query', workspace?: { __typename?: 'Workspace', channels: { __typename?: 'WorkspaceChannelsConnection', nodes: Array<{ __typename?: 'Channel', id: string, name: string, messages: { __typename?: 'ChannelMessagesConnection', nodes: Array<{ __typename?: 'Message', id: string, text: string, descendants: { __typename?: 'MessageDescendantsConnection', nodes: Array<{ __typename?: 'Message', id: string, text: string }> } }> } }> } } | null };

export type GmailEconomyNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GmailEconomyNodeQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Attachment', id: string }
    | { __typename?: 'Channel', id: string }
    | { __typename?: 'Event', id: string }
    | { __typename?: 'Message', text: string, id: string }
    | { __typename?: 'ScheduledMessage', id: string }
    | { __typename?: 'User', id: string }
    | { __typename?: 'Workspace', id: string }
   | null };

export type GmailEconomyReplyMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type GmailEconomyReplyMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'SendMessagePayload', message?: { __typename?: 'Message', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type KitScheduleMutationVariables = Exact<{
  input: ScheduleMessageInput;
}>;


export type KitScheduleMutation = { __typename?: 'Mutation', scheduleMessage: { __typename?: 'ScheduledMessagePayload', scheduledMessage?: { __typename?: 'ScheduledMessage', id: string, text: string, status: ScheduledMessageStatus } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type KitUpdateScheduledMutationVariables = Exact<{
  input: UpdateScheduledMessageInput;
}>;


export type KitUpdateScheduledMutation = { __typename?: 'Mutation', updateScheduledMessage: { __typename?: 'ScheduledMessagePayload', scheduledMessage?: { __typename?: 'ScheduledMessage', id: string, text: string, status: ScheduledMessageStatus } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type KitCancelScheduledMutationVariables = Exact<{
  input: ScheduledMessageRefInput;
}>;


export type KitCancelScheduledMutation = { __typename?: 'Mutation', deleteScheduledMessage: { __typename?: 'DeleteScheduledMessagePayload', scheduledMessage?: { __typename?: 'ScheduledMessage', id: string, status: ScheduledMessageStatus } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type KitSendNowMutationVariables = Exact<{
  input: ScheduledMessageRefInput;
}>;


export type KitSendNowMutation = { __typename?: 'Mutation', sendScheduledMessageNow: { __typename?: 'SendMessagePayload', message?: { __typename?: 'Message', id: string, text: string } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type KitScheduledNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitScheduledNodeQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Attachment' }
    | { __typename?: 'Channel' }
    | { __typename?: 'Event' }
    | { __typename?: 'Message' }
    | { __typename?: 'ScheduledMessage', id: string, text: string, status: ScheduledMessageStatus, lastError?: string | null, sentMessage?: { __typename?: 'Message', id: string, text: string } | null }
    | { __typename?: 'User' }
    | { __typename?: 'Workspace' }
   | null };

export type KitMailboxesQueryVariables = Exact<{ [key: string]: never; }>;


export type KitMailboxesQuery = { __typename?: 'Query', workspaces: Array<{ __typename?: 'Workspace', id: string, provider: Provider, capabilities: { __typename?: 'Capabilities', scheduledMessages: Support, email: boolean }, channels: { __typename?: 'WorkspaceChannelsConnection', nodes: Array<{ __typename?: 'Channel', id: string, name: string }> } }> };

export type KitScheduleMailMutationVariables = Exact<{
  input: ScheduleMessageInput;
}>;


export type KitScheduleMailMutation = { __typename?: 'Mutation', scheduleMessage: { __typename?: 'ScheduledMessagePayload', scheduledMessage?: { __typename?: 'ScheduledMessage', id: string, text: string, status: ScheduledMessageStatus, subject?: string | null, to: Array<string>, cc: Array<string>, bcc: Array<string> } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type KitScheduledMailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitScheduledMailQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Attachment' }
    | { __typename?: 'Channel' }
    | { __typename?: 'Event' }
    | { __typename?: 'Message' }
    | { __typename?: 'ScheduledMessage', status: ScheduledMessageStatus, lastError?: string | null, subject?: string | null, to: Array<string>, sentMessage?: { __typename?: 'Message', subject?: string | null, text: string, html?: string | null, parent?: { __typename?: 'Message', id: string } | null, recipients: { __typename?: 'Recipients', to: Array<{ __typename?: 'User', email?: string | null }>, cc: Array<{ __typename?: 'User', email?: string | null }>, bcc: Array<{ __typename?: 'User', email?: string | null }> } } | null }
    | { __typename?: 'User' }
    | { __typename?: 'Workspace' }
   | null };

export type KitUpdateScheduledMailMutationVariables = Exact<{
  input: UpdateScheduledMessageInput;
}>;


export type KitUpdateScheduledMailMutation = { __typename?: 'Mutation', updateScheduledMessage: { __typename?: 'ScheduledMessagePayload', scheduledMessage?: { __typename?: 'ScheduledMessage', text: string, subject?: string | null, to: Array<string> } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type KitMailboxMessagesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitMailboxMessagesQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Attachment' }
    | { __typename?: 'Channel', messages: { __typename?: 'ChannelMessagesConnection', nodes: Array<{ __typename?: 'Message', id: string, subject?: string | null }> } }
    | { __typename?: 'Event' }
    | { __typename?: 'Message' }
    | { __typename?: 'ScheduledMessage' }
    | { __typename?: 'User' }
    | { __typename?: 'Workspace' }
   | null };

export type KitTeamsWorkspaceQueryVariables = Exact<{ [key: string]: never; }>;


export type KitTeamsWorkspaceQuery = { __typename?: 'Query', workspaces: Array<{ __typename?: 'Workspace', id: string, provider: Provider, capabilities: { __typename?: 'Capabilities', scheduledMessages: Support }, channels: { __typename?: 'WorkspaceChannelsConnection', nodes: Array<{ __typename?: 'Channel', id: string, name: string }> } }> };

export type KitTeamsScheduleMutationVariables = Exact<{
  input: ScheduleMessageInput;
}>;


export type KitTeamsScheduleMutation = { __typename?: 'Mutation', scheduleMessage: { __typename?: 'ScheduledMessagePayload', scheduledMessage?: { __typename?: 'ScheduledMessage', id: string, text: string, status: ScheduledMessageStatus } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type KitTeamsScheduledQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KitTeamsScheduledQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Attachment' }
    | { __typename?: 'Channel' }
    | { __typename?: 'Event' }
    | { __typename?: 'Message' }
    | { __typename?: 'ScheduledMessage', status: ScheduledMessageStatus, lastError?: string | null, sentMessage?: { __typename?: 'Message', text: string, author?: { __typename?: 'User', name: string } | null } | null }
    | { __typename?: 'User' }
    | { __typename?: 'Workspace' }
   | null };

export type KitStageUploadMutationVariables = Exact<{
  input: UploadAttachmentInput;
}>;


export type KitStageUploadMutation = { __typename?: 'Mutation', uploadAttachment: { __typename?: 'UploadAttachmentPayload', attachment?: { __typename?: 'Attachment', id: string, filename: string, contentType: string, sizeBytes: number, url: string } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type OutlookAttachWorkspacesQueryVariables = Exact<{ [key: string]: never; }>;


export type OutlookAttachWorkspacesQuery = { __typename?: 'Query', workspaces: Array<{ __typename?: 'Workspace', id: string, provider: Provider, capabilities: { __typename?: 'Capabilities', attachmentUpload: boolean }, channels: { __typename?: 'WorkspaceChannelsConnection', nodes: Array<{ __typename?: 'Channel', id: string, name: string }> } }> };

export type OutlookAttachSendMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type OutlookAttachSendMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'SendMessagePayload', message?: { __typename?: 'Message', id: string, subject?: string | null, attachments: Array<{ __typename?: 'Attachment', id: string, filename: string, contentType: string, sizeBytes: number, url: string }> } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type OutlookAttachNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OutlookAttachNodeQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Attachment', id: string, filename: string, sizeBytes: number, url: string }
    | { __typename?: 'Channel' }
    | { __typename?: 'Event' }
    | { __typename?: 'Message' }
    | { __typename?: 'ScheduledMessage' }
    | { __typename?: 'User' }
    | { __typename?: 'Workspace' }
   | null };

export type OutlookAttachMessageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OutlookAttachMessageQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Attachment' }
    | { __typename?: 'Channel' }
    | { __typename?: 'Event' }
    | { __typename?: 'Message', attachments: Array<{ __typename?: 'Attachment', filename: string, contentType: string, sizeBytes: number, url: string }> }
    | { __typename?: 'ScheduledMessage' }
    | { __typename?: 'User' }
    | { __typename?: 'Workspace' }
   | null };

export type OutlookAttachInboxQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OutlookAttachInboxQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Attachment' }
    | { __typename?: 'Channel', messages: { __typename?: 'ChannelMessagesConnection', nodes: Array<{ __typename?: 'Message', id: string, subject?: string | null }> } }
    | { __typename?: 'Event' }
    | { __typename?: 'Message' }
    | { __typename?: 'ScheduledMessage' }
    | { __typename?: 'User' }
    | { __typename?: 'Workspace' }
   | null };

export type OutlookMailboxQueryVariables = Exact<{ [key: string]: never; }>;


export type OutlookMailboxQuery = { __typename?: 'Query', workspaces: Array<{ __typename?: 'Workspace', id: string, provider: Provider, name: string, capabilities: { __typename?: 'Capabilities', threadModel: ThreadModel, readState: Support, search: Support }, channels: { __typename?: 'WorkspaceChannelsConnection', nodes: Array<{ __typename?: 'Channel', id: string, name: string, type: ChannelType }> } }> };

export type OutlookSendMailMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type OutlookSendMailMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'SendMessagePayload', message?: { __typename?: 'Message', id: string, subject?: string | null, text: string, parent?: { __typename?: 'Message', id: string } | null, author?: { __typename?: 'User', email?: string | null } | null, recipients: { __typename?: 'Recipients', to: Array<{ __typename?: 'User', email?: string | null }>, cc: Array<{ __typename?: 'User', email?: string | null }> } } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type OutlookThreadQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OutlookThreadQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Attachment' }
    | { __typename?: 'Channel' }
    | { __typename?: 'Event' }
    | { __typename?: 'Message', subject?: string | null, replyCount: number, children: { __typename?: 'MessageChildrenConnection', nodes: Array<{ __typename?: 'Message', id: string, text: string, author?: { __typename?: 'User', name: string, email?: string | null } | null, parent?: { __typename?: 'Message', id: string } | null }> }, descendants: { __typename?: 'MessageDescendantsConnection', nodes: Array<{ __typename?: 'Message', id: string }> } }
    | { __typename?: 'ScheduledMessage' }
    | { __typename?: 'User' }
    | { __typename?: 'Workspace' }
   | null };

export type OutlookAttachmentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OutlookAttachmentsQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Attachment' }
    | { __typename?: 'Channel' }
    | { __typename?: 'Event' }
    | { __typename?: 'Message', html?: string | null, text: string, attachments: Array<{ __typename?: 'Attachment', filename: string, contentType: string, sizeBytes: number, url: string }> }
    | { __typename?: 'ScheduledMessage' }
    | { __typename?: 'User' }
    | { __typename?: 'Workspace' }
   | null };

export type OutlookUnifiedInboxQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OutlookUnifiedInboxQuery = { __typename?: 'Query', messages: { __typename?: 'QueryMessagesConnection', nodes: Array<{ __typename?: 'Message', id: string, createdAt: string, workspace: { __typename?: 'Workspace', provider: Provider } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type OutlookInboxAllQueryVariables = Exact<{ [key: string]: never; }>;


export type OutlookInboxAllQuery = { __typename?: 'Query', messages: { __typename?: 'QueryMessagesConnection', nodes: Array<{ __typename?: 'Message', id: string, createdAt: string, workspace: { __typename?: 'Workspace', provider: Provider } }> } };

export type OutlookInboxIdsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OutlookInboxIdsQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Attachment' }
    | { __typename?: 'Channel', messages: { __typename?: 'ChannelMessagesConnection', nodes: Array<{ __typename?: 'Message', id: string, subject?: string | null }> } }
    | { __typename?: 'Event' }
    | { __typename?: 'Message' }
    | { __typename?: 'ScheduledMessage' }
    | { __typename?: 'User' }
    | { __typename?: 'Workspace' }
   | null };

export type BeginOutlookConnectMutationVariables = Exact<{
  input: BeginInstallInput;
}>;


export type BeginOutlookConnectMutation = { __typename?: 'Mutation', beginInstall: { __typename?: 'BeginInstallPayload', installUrl?: string | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type OutlookOAuthMailboxesQueryVariables = Exact<{ [key: string]: never; }>;


export type OutlookOAuthMailboxesQuery = { __typename?: 'Query', workspaces: Array<{ __typename?: 'Workspace', name: string, provider: Provider, channels: { __typename?: 'WorkspaceChannelsConnection', nodes: Array<{ __typename?: 'Channel', name: string, type: ChannelType }> } }> };

export type OutlookEconomyTreeQueryVariables = Exact<{
  workspaceId: Scalars['ID']['input'];
}>;


export type OutlookEconomyTreeQuery = { __typename?: 'Query', workspace?: { __typename?: 'Workspace', channels: { __typename?: 'WorkspaceChannelsConnection', nodes: Array<{ __typename?: 'Channel', id: string, name: string, unreadCount: number, messages: { __typename?: 'ChannelMessagesConnection', nodes: Array<{ __typename?: 'Message', id: string, text: string, isUnread: boolean, descendants: { __typename?: 'MessageDescendantsConnection', nodes: Array<{ __typename?: 'Message', id: string, text: string, isUnread: boolean, parent?: { __typename?: 'Message', id: string } | null }> } }> } }> } } | null };

export type UnifiedInboxAcrossProvidersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type UnifiedInboxAcrossProvidersQuery = { __typename?: 'Query', messages: { __typename?: 'QueryMessagesConnection', nodes: Array<{ __typename?: 'Message', id: string, text: string, createdAt: string, workspace: { __typename?: 'Workspace', provider: Provider } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type OutlookPushedMailboxQueryVariables = Exact<{ [key: string]: never; }>;


export type OutlookPushedMailboxQuery = { __typename?: 'Query', workspaces: Array<{ __typename?: 'Workspace', id: string, provider: Provider, capabilities: { __typename?: 'Capabilities', eventDelivery: EventDelivery }, channels: { __typename?: 'WorkspaceChannelsConnection', nodes: Array<{ __typename?: 'Channel', id: string, name: string }> } }> };

export type ConnectSlackMutationVariables = Exact<{
  input: ConnectSlackWorkspaceInput;
}>;


export type ConnectSlackMutation = { __typename?: 'Mutation', connectSlackWorkspace: { __typename?: 'ConnectSlackWorkspacePayload', workspace?: { __typename?: 'Workspace', id: string, name: string, provider: Provider, capabilities: { __typename?: 'Capabilities', eventDelivery: EventDelivery } } | null, user?: { __typename?: 'User', id: string, name: string } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type LinkSlackMutationVariables = Exact<{
  input: LinkSlackUserInput;
}>;


export type LinkSlackMutation = { __typename?: 'Mutation', linkSlackUser: { __typename?: 'LinkSlackUserPayload', workspace?: { __typename?: 'Workspace', id: string, name: string, provider: Provider } | null, user?: { __typename?: 'User', name: string } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type UnlinkSlackMutationVariables = Exact<{
  input: UnlinkSlackUserInput;
}>;


export type UnlinkSlackMutation = { __typename?: 'Mutation', unlinkSlackUser: { __typename?: 'UnlinkSlackUserPayload', workspaceId?: string | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type ConnectWorkspacesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConnectWorkspacesQuery = { __typename?: 'Query', workspaces: Array<{ __typename?: 'Workspace', id: string, name: string, provider: Provider, viewerUser?: { __typename?: 'User', name: string } | null }> };

export type NeutralConnectWorkspaceMutationVariables = Exact<{
  input: ConnectWorkspaceInput;
}>;


export type NeutralConnectWorkspaceMutation = { __typename?: 'Mutation', connectWorkspace: { __typename?: 'ConnectWorkspacePayload', workspace?: { __typename?: 'Workspace', id: string, name: string, provider: Provider } | null, user?: { __typename?: 'User', name: string } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type NeutralLinkAccountMutationVariables = Exact<{
  input: LinkAccountInput;
}>;


export type NeutralLinkAccountMutation = { __typename?: 'Mutation', linkAccount: { __typename?: 'LinkAccountPayload', workspace?: { __typename?: 'Workspace', id: string, name: string, provider: Provider } | null, user?: { __typename?: 'User', name: string } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type NeutralUnlinkAccountMutationVariables = Exact<{
  input: UnlinkAccountInput;
}>;


export type NeutralUnlinkAccountMutation = { __typename?: 'Mutation', unlinkAccount: { __typename?: 'UnlinkAccountPayload', workspaceId?: string | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type NeutralBeginInstallMutationVariables = Exact<{
  input: BeginInstallInput;
}>;


export type NeutralBeginInstallMutation = { __typename?: 'Mutation', beginInstall: { __typename?: 'BeginInstallPayload', installUrl?: string | null, expiresAt?: string | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type NeutralDisconnectWorkspaceMutationVariables = Exact<{
  input: DisconnectWorkspaceInput;
}>;


export type NeutralDisconnectWorkspaceMutation = { __typename?: 'Mutation', disconnectWorkspace: { __typename?: 'DisconnectWorkspacePayload', workspaceId?: string | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type NeutralWorkspacesQueryVariables = Exact<{ [key: string]: never; }>;


export type NeutralWorkspacesQuery = { __typename?: 'Query', workspaces: Array<{ __typename?: 'Workspace', id: string, name: string, provider: Provider, viewerUser?: { __typename?: 'User', name: string } | null }> };

export type SlackFeaturesConnectMutationVariables = Exact<{
  input: ConnectSlackWorkspaceInput;
}>;


export type SlackFeaturesConnectMutation = { __typename?: 'Mutation', connectSlackWorkspace: { __typename?: 'ConnectSlackWorkspacePayload', workspace?: { __typename?: 'Workspace', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type SlackFeaturesLinkMutationVariables = Exact<{
  input: LinkSlackUserInput;
}>;


export type SlackFeaturesLinkMutation = { __typename?: 'Mutation', linkSlackUser: { __typename?: 'LinkSlackUserPayload', userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type SlackFeaturesCapabilitiesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SlackFeaturesCapabilitiesQuery = { __typename?: 'Query', workspace?: { __typename?: 'Workspace', capabilities: { __typename?: 'Capabilities', pins: Support, maxPinsPerChannel?: number | null, scheduledMessages: Support, search: Support, readState: Support, threadSubscriptions: Support, linkPreviewRemoval: boolean } } | null };

export type SlackFeaturesPinMutationVariables = Exact<{
  input: MessageInput;
}>;


export type SlackFeaturesPinMutation = { __typename?: 'Mutation', pinMessage: { __typename?: 'MessagePayload', message?: { __typename?: 'Message', id: string, isPinned: boolean, pinnedAt?: string | null, pinnedBy?: { __typename?: 'User', name: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type SlackFeaturesUnpinMutationVariables = Exact<{
  input: MessageInput;
}>;


export type SlackFeaturesUnpinMutation = { __typename?: 'Mutation', unpinMessage: { __typename?: 'MessagePayload', message?: { __typename?: 'Message', id: string, isPinned: boolean, pinnedBy?: { __typename?: 'User', name: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type SlackFeaturesPinsQueryVariables = Exact<{
  channelId: Scalars['ID']['input'];
}>;


export type SlackFeaturesPinsQuery = { __typename?: 'Query', channel?: { __typename?: 'Channel', pins: { __typename?: 'ChannelPinsConnection', nodes: Array<{ __typename?: 'Message', id: string, text: string, pinnedBy?: { __typename?: 'User', name: string } | null }> } } | null };

export type SlackFeaturesScheduleMutationVariables = Exact<{
  input: ScheduleMessageInput;
}>;


export type SlackFeaturesScheduleMutation = { __typename?: 'Mutation', scheduleMessage: { __typename?: 'ScheduledMessagePayload', scheduledMessage?: { __typename?: 'ScheduledMessage', id: string, text: string, status: ScheduledMessageStatus, scheduledFor: string, channel?: { __typename?: 'Channel', name: string } | null, parent?: { __typename?: 'Message', id: string } | null, author: { __typename?: 'User', name: string } } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type SlackFeaturesScheduledQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SlackFeaturesScheduledQuery = { __typename?: 'Query', workspace?: { __typename?: 'Workspace', scheduledMessages: { __typename?: 'ScheduledMessageConnection', nodes: Array<{ __typename?: 'ScheduledMessage', id: string, text: string, status: ScheduledMessageStatus, scheduledFor: string }> } } | null };

export type SlackFeaturesUpdateScheduledMutationVariables = Exact<{
  input: UpdateScheduledMessageInput;
}>;


export type SlackFeaturesUpdateScheduledMutation = { __typename?: 'Mutation', updateScheduledMessage: { __typename?: 'ScheduledMessagePayload', scheduledMessage?: { __typename?: 'ScheduledMessage', id: string, text: string, status: ScheduledMessageStatus, parent?: { __typename?: 'Message', id: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type SlackFeaturesSendNowMutationVariables = Exact<{
  input: ScheduledMessageRefInput;
}>;


export type SlackFeaturesSendNowMutation = { __typename?: 'Mutation', sendScheduledMessageNow: { __typename?: 'SendMessagePayload', message?: { __typename?: 'Message', id: string, text: string, author?: { __typename?: 'User', name: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type SlackFeaturesDeleteScheduledMutationVariables = Exact<{
  input: ScheduledMessageRefInput;
}>;


export type SlackFeaturesDeleteScheduledMutation = { __typename?: 'Mutation', deleteScheduledMessage: { __typename?: 'DeleteScheduledMessagePayload', deletedScheduledMessageId?: string | null, scheduledMessage?: { __typename?: 'ScheduledMessage', id: string, status: ScheduledMessageStatus } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type SlackFeaturesReadStateQueryVariables = Exact<{
  channelId: Scalars['ID']['input'];
}>;


export type SlackFeaturesReadStateQuery = { __typename?: 'Query', channel?: { __typename?: 'Channel', unreadCount: number, messages: { __typename?: 'ChannelMessagesConnection', nodes: Array<{ __typename?: 'Message', text: string, isUnread: boolean }> } } | null };

export type SlackFeaturesMarkReadMutationVariables = Exact<{
  input: MarkChannelReadInput;
}>;


export type SlackFeaturesMarkReadMutation = { __typename?: 'Mutation', markChannelRead: { __typename?: 'MarkChannelReadPayload', channel?: { __typename?: 'Channel', unreadCount: number } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type SlackFeaturesThreadsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SlackFeaturesThreadsQuery = { __typename?: 'Query', workspace?: { __typename?: 'Workspace', threads: { __typename?: 'ThreadConnection', unreadThreadCount: number, nodes: Array<{ __typename?: 'Thread', unreadReplyCount: number, root: { __typename?: 'Message', text: string, viewerThreadSubscription: ThreadSubscriptionStatus } }> } } | null };

export type SlackFeaturesSearchQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  query: Scalars['String']['input'];
}>;


export type SlackFeaturesSearchQuery = { __typename?: 'Query', workspace?: { __typename?: 'Workspace', search: { __typename?: 'SearchResults', totalCount: number, nodes: Array<{ __typename?: 'SearchHit', highlights: Array<string>, message: { __typename?: 'Message', text: string, author?: { __typename?: 'User', name: string } | null } }> } } | null };

export type SlackFeaturesReplyMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type SlackFeaturesReplyMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'SendMessagePayload', message?: { __typename?: 'Message', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type SlackWorkspacesQueryVariables = Exact<{ [key: string]: never; }>;


export type SlackWorkspacesQuery = { __typename?: 'Query', workspaces: Array<{ __typename?: 'Workspace', id: string, provider: Provider, name: string, capabilities: { __typename?: 'Capabilities', threadModel: ThreadModel } }> };

export type SlackReplyMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type SlackReplyMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'SendMessagePayload', message?: { __typename?: 'Message', id: string, text: string, alsoSentToChannel: boolean, webUrl?: string | null, parent?: { __typename?: 'Message', id: string } | null, threadRoot?: { __typename?: 'Message', id: string } | null, author?: { __typename?: 'User', name: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type SlackReactMutationVariables = Exact<{
  input: ReactionInput;
}>;


export type SlackReactMutation = { __typename?: 'Mutation', addReaction: { __typename?: 'ReactionPayload', message?: { __typename?: 'Message', id: string, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number, viewerHasReacted: boolean, users: Array<{ __typename?: 'User', name: string }> }> } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, retryAfterSeconds?: number | null }> } };

export type SlackChannelsQueryVariables = Exact<{
  workspaceId: Scalars['ID']['input'];
}>;


export type SlackChannelsQuery = { __typename?: 'Query', workspace?: { __typename?: 'Workspace', channels: { __typename?: 'WorkspaceChannelsConnection', nodes: Array<{ __typename?: 'Channel', id: string, name: string }> } } | null };

export type SlackTimelineQueryVariables = Exact<{
  channelId: Scalars['ID']['input'];
}>;


export type SlackTimelineQuery = { __typename?: 'Query', channel?: { __typename?: 'Channel', messages: { __typename?: 'ChannelMessagesConnection', nodes: Array<{ __typename?: 'Message', id: string, replyCount: number }> } } | null };

export type SlackThreadTreeQueryVariables = Exact<{
  workspaceId: Scalars['ID']['input'];
}>;


export type SlackThreadTreeQuery = { __typename?: 'Query', workspace?: { __typename?: 'Workspace', channels: { __typename?: 'WorkspaceChannelsConnection', nodes: Array<{ __typename?: 'Channel', name: string, messages: { __typename?: 'ChannelMessagesConnection', nodes: Array<{ __typename?: 'Message', id: string, text: string, author?: { __typename?: 'User', name: string } | null, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number, users: Array<{ __typename?: 'User', name: string }> }>, descendants: { __typename?: 'MessageDescendantsConnection', nodes: Array<{ __typename?: 'Message', id: string, text: string, parent?: { __typename?: 'Message', id: string } | null, author?: { __typename?: 'User', name: string } | null, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number, users: Array<{ __typename?: 'User', name: string }> }> }> } }> } }> } } | null };

export type BeginSlackInstallMutationVariables = Exact<{
  input: BeginSlackInstallInput;
}>;


export type BeginSlackInstallMutation = { __typename?: 'Mutation', beginSlackInstall: { __typename?: 'BeginSlackInstallPayload', installUrl?: string | null, expiresAt?: string | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type OAuthWorkspacesQueryVariables = Exact<{ [key: string]: never; }>;


export type OAuthWorkspacesQuery = { __typename?: 'Query', workspaces: Array<{ __typename?: 'Workspace', name: string, provider: Provider, viewerUser?: { __typename?: 'User', name: string } | null }> };

export type PolledWorkspaceQueryVariables = Exact<{ [key: string]: never; }>;


export type PolledWorkspaceQuery = { __typename?: 'Query', workspaces: Array<{ __typename?: 'Workspace', provider: Provider, capabilities: { __typename?: 'Capabilities', eventDelivery: EventDelivery, eventTypes: Array<EventType> }, channels: { __typename?: 'WorkspaceChannelsConnection', nodes: Array<{ __typename?: 'Channel', id: string, name: string }> } }> };

export type PolledSendMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type PolledSendMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'SendMessagePayload', message?: { __typename?: 'Message', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type EconomyTreeWithTextQueryVariables = Exact<{
  workspaceId: Scalars['ID']['input'];
}>;


export type EconomyTreeWithTextQuery = { __typename?: 'Query', workspace?: { __typename?: 'Workspace', channels: { __typename?: 'WorkspaceChannelsConnection', nodes: Array<{ __typename?: 'Channel', id: string, messages: { __typename?: 'ChannelMessagesConnection', nodes: Array<{ __typename?: 'Message', id: string, text: string, descendants: { __typename?: 'MessageDescendantsConnection', nodes: Array<{ __typename?: 'Message', id: string, text: string }> } }> } }> } } | null };

export type SlackLiveChannelsQueryVariables = Exact<{ [key: string]: never; }>;


export type SlackLiveChannelsQuery = { __typename?: 'Query', workspaces: Array<{ __typename?: 'Workspace', id: string, provider: Provider, name: string, channels: { __typename?: 'WorkspaceChannelsConnection', nodes: Array<{ __typename?: 'Channel', id: string, name: string }> } }> };

export type SlackLiveSendMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type SlackLiveSendMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'SendMessagePayload', message?: { __typename?: 'Message', id: string, text: string } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type SlackLiveReactMutationVariables = Exact<{
  input: ReactionInput;
}>;


export type SlackLiveReactMutation = { __typename?: 'Mutation', addReaction: { __typename?: 'ReactionPayload', message?: { __typename?: 'Message', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type SlackLiveInboxQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SlackLiveInboxQuery = { __typename?: 'Query', messages: { __typename?: 'QueryMessagesConnection', nodes: Array<{ __typename?: 'Message', id: string, text: string, createdAt: string, workspace: { __typename?: 'Workspace', provider: Provider, name: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type BeginTeamsInstallMutationVariables = Exact<{
  input: BeginInstallInput;
}>;


export type BeginTeamsInstallMutation = { __typename?: 'Mutation', beginInstall: { __typename?: 'BeginInstallPayload', installUrl?: string | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type TeamsOAuthWorkspacesQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamsOAuthWorkspacesQuery = { __typename?: 'Query', workspaces: Array<{ __typename?: 'Workspace', name: string, provider: Provider, viewerUser?: { __typename?: 'User', name: string } | null, channels: { __typename?: 'WorkspaceChannelsConnection', nodes: Array<{ __typename?: 'Channel', name: string }> } }> };

export type TeamsPollingWorkspacesQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamsPollingWorkspacesQuery = { __typename?: 'Query', workspaces: Array<{ __typename?: 'Workspace', id: string, provider: Provider }> };

export type TeamsLiveChannelsQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamsLiveChannelsQuery = { __typename?: 'Query', workspaces: Array<{ __typename?: 'Workspace', id: string, provider: Provider, name: string, channels: { __typename?: 'WorkspaceChannelsConnection', nodes: Array<{ __typename?: 'Channel', id: string, name: string }> } }> };

export type TeamsEconomyTreeQueryVariables = Exact<{
  workspaceId: Scalars['ID']['input'];
}>;


export type TeamsEconomyTreeQuery = { __typename?: 'Query', workspace?: { __typename?: 'Workspace', channels: { __typename?: 'WorkspaceChannelsConnection', nodes: Array<{ __typename?: 'Channel', id: string, name: string, messages: { __typename?: 'ChannelMessagesConnection', nodes: Array<{ __typename?: 'Message', id: string, text: string, author?: { __typename?: 'User', name: string } | null, descendants: { __typename?: 'MessageDescendantsConnection', nodes: Array<{ __typename?: 'Message', id: string, text: string, author?: { __typename?: 'User', name: string } | null }> } }> } }> } } | null };

export type TeamsGrantStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamsGrantStatusQuery = { __typename?: 'Query', workspaces: Array<{ __typename?: 'Workspace', id: string, provider: Provider, name: string, connectionStatus: WorkspaceConnectionStatus, channels: { __typename?: 'WorkspaceChannelsConnection', nodes: Array<{ __typename?: 'Channel', id: string, name: string }> } }> };

export type TeamsGrantSendMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type TeamsGrantSendMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'SendMessagePayload', message?: { __typename?: 'Message', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type TeamsSubscriptionsWorkspacesQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamsSubscriptionsWorkspacesQuery = { __typename?: 'Query', workspaces: Array<{ __typename?: 'Workspace', id: string, provider: Provider }> };

export type EventScheduledMessageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EventScheduledMessageQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Attachment' }
    | { __typename?: 'Channel' }
    | { __typename?: 'Event', type: EventType, scheduledMessage?: { __typename?: 'ScheduledMessage', id: string, status: ScheduledMessageStatus, sentMessage?: { __typename?: 'Message', id: string } | null } | null }
    | { __typename?: 'Message' }
    | { __typename?: 'ScheduledMessage' }
    | { __typename?: 'User' }
    | { __typename?: 'Workspace' }
   | null };

export type SchedulerTestSendNowMutationVariables = Exact<{
  input: ScheduledMessageRefInput;
}>;


export type SchedulerTestSendNowMutation = { __typename?: 'Mutation', sendScheduledMessageNow: { __typename?: 'SendMessagePayload', message?: { __typename?: 'Message', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type SchedulerTestScheduleMutationVariables = Exact<{
  input: ScheduleMessageInput;
}>;


export type SchedulerTestScheduleMutation = { __typename?: 'Mutation', scheduleMessage: { __typename?: 'ScheduledMessagePayload', scheduledMessage?: { __typename?: 'ScheduledMessage', id: string, status: ScheduledMessageStatus } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type SchedulerTestStatusQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SchedulerTestStatusQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Attachment' }
    | { __typename?: 'Channel' }
    | { __typename?: 'Event' }
    | { __typename?: 'Message' }
    | { __typename?: 'ScheduledMessage', status: ScheduledMessageStatus, lastError?: string | null, sentMessage?: { __typename?: 'Message', id: string, text: string } | null }
    | { __typename?: 'User' }
    | { __typename?: 'Workspace' }
   | null };

export type SchedulerTestGeneralQueryVariables = Exact<{ [key: string]: never; }>;


export type SchedulerTestGeneralQuery = { __typename?: 'Query', workspaces: Array<{ __typename?: 'Workspace', name: string, channels: { __typename?: 'WorkspaceChannelsConnection', nodes: Array<{ __typename?: 'Channel', id: string, name: string }> } }> };

export type ReadStateEventsMarkThreadReadMutationVariables = Exact<{
  input: MarkThreadReadInput;
}>;


export type ReadStateEventsMarkThreadReadMutation = { __typename?: 'Mutation', markThreadRead: { __typename?: 'ThreadPayload', thread?: { __typename?: 'Thread', unreadReplyCount: number } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type ReadStateEventsMarkChannelReadMutationVariables = Exact<{
  input: MarkChannelReadInput;
}>;


export type ReadStateEventsMarkChannelReadMutation = { __typename?: 'Mutation', markChannelRead: { __typename?: 'MarkChannelReadPayload', channel?: { __typename?: 'Channel', unreadCount: number } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type ReadStateEventsMarkUnreadMutationVariables = Exact<{
  input: MessageInput;
}>;


export type ReadStateEventsMarkUnreadMutation = { __typename?: 'Mutation', markUnread: { __typename?: 'MarkUnreadPayload', message?: { __typename?: 'Message', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type SharedDeliveryLeaveMutationVariables = Exact<{
  input: ChannelInput;
}>;


export type SharedDeliveryLeaveMutation = { __typename?: 'Mutation', leaveChannel: { __typename?: 'LeaveChannelPayload', leftChannelId?: string | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string }> } };

export type SharedDeliveryGlobexChannelsQueryVariables = Exact<{ [key: string]: never; }>;


export type SharedDeliveryGlobexChannelsQuery = { __typename?: 'Query', workspaces: Array<{ __typename?: 'Workspace', name: string, channels: { __typename?: 'WorkspaceChannelsConnection', nodes: Array<{ __typename?: 'Channel', id: string, name: string }> } }> };

export type SharedDeliveryViewerViewSubscriptionVariables = Exact<{
  filter?: InputMaybe<EventFilter>;
}>;


export type SharedDeliveryViewerViewSubscription = { __typename?: 'Subscription', events: { __typename?: 'Event', type: EventType, message?: { __typename?: 'Message', id: string, text: string, viewerCanUpdate: boolean, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number, viewerHasReacted: boolean }> } | null } };

export type SseTicketMutationVariables = Exact<{
  input: CreateSubscriptionTicketInput;
}>;


export type SseTicketMutation = { __typename?: 'Mutation', createSubscriptionTicket: { __typename?: 'CreateSubscriptionTicketPayload', ticket?: string | null, expiresAt?: string | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, message: string, field?: Array<string> | null }> } };

export type DemoDirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoDirectoryQuery = { __typename?: 'Query', workspaces: Array<{ __typename?: 'Workspace', id: string, name: string, channels: { __typename?: 'WorkspaceChannelsConnection', nodes: Array<{ __typename?: 'Channel', id: string, name: string }> }, users: { __typename?: 'WorkspaceUsersConnection', nodes: Array<{ __typename?: 'User', id: string, name: string }> } }> };

export type ThreadTreeByDescendantsQueryVariables = Exact<{
  workspaceId: Scalars['ID']['input'];
}>;


export type ThreadTreeByDescendantsQuery = { __typename?: 'Query', workspace?: { __typename?: 'Workspace', channels: { __typename?: 'WorkspaceChannelsConnection', nodes: Array<{ __typename?: 'Channel', messages: { __typename?: 'ChannelMessagesConnection', nodes: Array<{ __typename?: 'Message', id: string, author?: { __typename?: 'User', name: string } | null, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number, users: Array<{ __typename?: 'User', name: string }> }>, descendants: { __typename?: 'MessageDescendantsConnection', nodes: Array<{ __typename?: 'Message', id: string, parent?: { __typename?: 'Message', id: string } | null, author?: { __typename?: 'User', name: string } | null, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number, users: Array<{ __typename?: 'User', name: string }> }> }> } }> } }> } } | null };

export type BenchInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type BenchInboxQuery = { __typename?: 'Query', messages: { __typename?: 'QueryMessagesConnection', nodes: Array<{ __typename?: 'Message', id: string, text: string, createdAt: string, workspace: { __typename?: 'Workspace', name: string }, channel: { __typename?: 'Channel', name: string }, author?: { __typename?: 'User', name: string } | null, reactions: Array<{ __typename?: 'ReactionGroup', emoji: string, count: number, users: Array<{ __typename?: 'User', name: string }> }> }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

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

export const ChannelOpsChannelFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChannelOpsChannel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isPrivate"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanPost"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systemEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channelName"}},{"kind":"Field","name":{"kind":"Name","value":"oldChannelName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChannelOpsChannelFragment, unknown>;
export const TreeMessageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TreeMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasReacted"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TreeMessageFragment, unknown>;
export const ThreadsThreadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadsThread"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Thread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"root"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hasNewReplies"}},{"kind":"Field","name":{"kind":"Name","value":"unreadReplyCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSubscription"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}}]}}]} as unknown as DocumentNode<ThreadsThreadFragment, unknown>;
export const BenchConnectSlackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BenchConnectSlack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectSlackWorkspaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectSlackWorkspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BenchConnectSlackMutation, BenchConnectSlackMutationVariables>;
export const FirehoseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Firehose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"channelIds"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"channelId"}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FirehoseSubscription, FirehoseSubscriptionVariables>;
export const BenchChannelPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchChannelPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BenchChannelPageQuery, BenchChannelPageQueryVariables>;
export const BenchThreadTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchThreadTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BenchThreadTreeQuery, BenchThreadTreeQueryVariables>;
export const BenchSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BenchSearchQuery, BenchSearchQueryVariables>;
export const BenchSearchScaleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchSearchScale"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"highlights"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BenchSearchScaleQuery, BenchSearchScaleQueryVariables>;
export const BenchSearchSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BenchSearchSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BenchSearchSendMutation, BenchSearchSendMutationVariables>;
export const CachedMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CachedMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<CachedMessageQuery, CachedMessageQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const ChannelNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChannelNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isPrivate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChannelNamesQuery, ChannelNamesQueryVariables>;
export const ChannelByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChannelById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ChannelByIdQuery, ChannelByIdQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"id"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const LatestInChannelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LatestInChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LatestInChannelQuery, LatestInChannelQueryVariables>;
export const MessageByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MessageById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<MessageByIdQuery, MessageByIdQueryVariables>;
export const AttachmentsUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachmentsUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UploadAttachmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadAttachment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AttachmentsUploadMutation, AttachmentsUploadMutationVariables>;
export const AttachmentsSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachmentsSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AttachmentsSendMutation, AttachmentsSendMutationVariables>;
export const AttachmentsDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachmentsDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AttachmentsDeleteMutation, AttachmentsDeleteMutationVariables>;
export const AttachmentsNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttachmentsNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<AttachmentsNodeQuery, AttachmentsNodeQueryVariables>;
export const AttachmentsReadMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttachmentsReadMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<AttachmentsReadMessageQuery, AttachmentsReadMessageQueryVariables>;
export const AttachmentsCapabilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttachmentsCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachmentUpload"}}]}}]}}]}}]} as unknown as DocumentNode<AttachmentsCapabilitiesQuery, AttachmentsCapabilitiesQueryVariables>;
export const ChannelOpsCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChannelOpsCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateChannelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChannelOpsChannel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChannelOpsChannel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isPrivate"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanPost"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systemEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channelName"}},{"kind":"Field","name":{"kind":"Name","value":"oldChannelName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChannelOpsCreateMutation, ChannelOpsCreateMutationVariables>;
export const ChannelOpsRenameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChannelOpsRename"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenameChannelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChannelOpsChannel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChannelOpsChannel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isPrivate"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanPost"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systemEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channelName"}},{"kind":"Field","name":{"kind":"Name","value":"oldChannelName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChannelOpsRenameMutation, ChannelOpsRenameMutationVariables>;
export const ChannelOpsArchiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChannelOpsArchive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChannelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChannelOpsChannel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChannelOpsChannel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isPrivate"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanPost"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systemEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channelName"}},{"kind":"Field","name":{"kind":"Name","value":"oldChannelName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChannelOpsArchiveMutation, ChannelOpsArchiveMutationVariables>;
export const ChannelOpsUnarchiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChannelOpsUnarchive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChannelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unarchiveChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChannelOpsChannel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChannelOpsChannel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isPrivate"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanPost"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systemEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channelName"}},{"kind":"Field","name":{"kind":"Name","value":"oldChannelName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChannelOpsUnarchiveMutation, ChannelOpsUnarchiveMutationVariables>;
export const ChannelOpsJoinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChannelOpsJoin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChannelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChannelOpsChannel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChannelOpsChannel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isPrivate"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanPost"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systemEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channelName"}},{"kind":"Field","name":{"kind":"Name","value":"oldChannelName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChannelOpsJoinMutation, ChannelOpsJoinMutationVariables>;
export const ChannelOpsLeaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChannelOpsLeave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChannelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leftChannelId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ChannelOpsLeaveMutation, ChannelOpsLeaveMutationVariables>;
export const ChannelOpsInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChannelOpsInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteToChannelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteToChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChannelOpsChannel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChannelOpsChannel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isPrivate"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanPost"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systemEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channelName"}},{"kind":"Field","name":{"kind":"Name","value":"oldChannelName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChannelOpsInviteMutation, ChannelOpsInviteMutationVariables>;
export const ChannelOpsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChannelOpsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChannelOpsChannel"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChannelOpsChannel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isPrivate"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanPost"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systemEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channelName"}},{"kind":"Field","name":{"kind":"Name","value":"oldChannelName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChannelOpsReadQuery, ChannelOpsReadQueryVariables>;
export const ChannelOpsDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChannelOpsDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"joinableChannels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChannelOpsDirectoryQuery, ChannelOpsDirectoryQueryVariables>;
export const ChannelOpsPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChannelOpsPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ChannelOpsPostMutation, ChannelOpsPostMutationVariables>;
export const ChannelOpsJoinablePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChannelOpsJoinablePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinableChannels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChannelOpsJoinablePageQuery, ChannelOpsJoinablePageQueryVariables>;
export const ChannelOpsCapabilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChannelOpsCapabilities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}}]}}]}}]}}]} as unknown as DocumentNode<ChannelOpsCapabilitiesQuery, ChannelOpsCapabilitiesQueryVariables>;
export const ChannelOpsReadMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChannelOpsReadMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<ChannelOpsReadMessageQuery, ChannelOpsReadMessageQueryVariables>;
export const SendMailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendMail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bcc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SendMailMutation, SendMailMutationVariables>;
export const UpdateMailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"html"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateMailMutation, UpdateMailMutationVariables>;
export const MailCapabilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MailCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<MailCapabilitiesQuery, MailCapabilitiesQueryVariables>;
export const MailUserNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MailUserNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isBot"}}]}}]}}]}}]} as unknown as DocumentNode<MailUserNodeQuery, MailUserNodeQueryVariables>;
export const InboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;
export const PostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Post"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PostMutation, PostMutationVariables>;
export const PreviewSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PreviewSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"linkPreview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PreviewSendMutation, PreviewSendMutationVariables>;
export const PreviewEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PreviewEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"linkPreview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"linkedMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PreviewEditMutation, PreviewEditMutationVariables>;
export const RemovePreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemovePreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeLinkPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"linkPreview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RemovePreviewMutation, RemovePreviewMutationVariables>;
export const PreviewOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"linkPreview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"siteName"}},{"kind":"Field","name":{"kind":"Name","value":"linkedMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PreviewOfQuery, PreviewOfQueryVariables>;
export const PreviewCapabilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewCapabilities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkPreviewRemoval"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}}]}}]}}]}}]} as unknown as DocumentNode<PreviewCapabilitiesQuery, PreviewCapabilitiesQueryVariables>;
export const PreviewTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PreviewTimelineQuery, PreviewTimelineQueryVariables>;
export const SendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Send"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"alsoSentToChannel"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"threadRoot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDelete"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SendMutation, SendMutationVariables>;
export const UpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Update"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateMutation, UpdateMutationVariables>;
export const DeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Delete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteMutation, DeleteMutationVariables>;
export const ReactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"React"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addReaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasReacted"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReactMutation, ReactMutationVariables>;
export const UnreactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Unreact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeReaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UnreactMutation, UnreactMutationVariables>;
export const TreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasChildren"}},{"kind":"Field","name":{"kind":"Name","value":"lastReplyAt"}},{"kind":"Field","name":{"kind":"Name","value":"threadParticipants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"descendants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TreeQuery, TreeQueryVariables>;
export const ChannelTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChannelTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"alsoSentToChannel"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChannelTimelineQuery, ChannelTimelineQueryVariables>;
export const PageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Page"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"around"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"around"},"value":{"kind":"Variable","name":{"kind":"Name","value":"around"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PageQuery, PageQueryVariables>;
export const RepliesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Replies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RepliesQuery, RepliesQueryVariables>;
export const PinsSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PinsSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PinsSendMutation, PinsSendMutationVariables>;
export const PinsDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PinsDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PinsDeleteMutation, PinsDeleteMutationVariables>;
export const PinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Pin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pinMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isPinned"}},{"kind":"Field","name":{"kind":"Name","value":"pinnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pinnedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<PinMutation, PinMutationVariables>;
export const UnpinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Unpin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unpinMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isPinned"}},{"kind":"Field","name":{"kind":"Name","value":"pinnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pinnedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UnpinMutation, UnpinMutationVariables>;
export const ChannelPinsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChannelPins"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pins"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"pinnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pinnedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChannelPinsQuery, ChannelPinsQueryVariables>;
export const ChannelPinsBackwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChannelPinsBackward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pins"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChannelPinsBackwardQuery, ChannelPinsBackwardQueryVariables>;
export const PinsTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PinsTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systemEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channelName"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PinsTimelineQuery, PinsTimelineQueryVariables>;
export const PinsEverywhereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PinsEverywhere"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pins"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pinnedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PinsEverywhereQuery, PinsEverywhereQueryVariables>;
export const PinsCapabilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PinsCapabilities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pins"}},{"kind":"Field","name":{"kind":"Name","value":"maxPinsPerChannel"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}}]}}]}}]}}]} as unknown as DocumentNode<PinsCapabilitiesQuery, PinsCapabilitiesQueryVariables>;
export const ReadStateChannelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadStateChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<ReadStateChannelQuery, ReadStateChannelQueryVariables>;
export const ReadStateMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadStateMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isUnread"}}]}}]}}]} as unknown as DocumentNode<ReadStateMessageQuery, ReadStateMessageQueryVariables>;
export const ReadStateMarkChannelReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReadStateMarkChannelRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkChannelReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markChannelRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ReadStateMarkChannelReadMutation, ReadStateMarkChannelReadMutationVariables>;
export const ReadStateMarkUnreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReadStateMarkUnread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markUnread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isUnread"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadReplyCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasNewReplies"}},{"kind":"Field","name":{"kind":"Name","value":"root"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ReadStateMarkUnreadMutation, ReadStateMarkUnreadMutationVariables>;
export const ReadStateUnreadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadStateUnreads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"messagesFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"messagesAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"messagesFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"messagesAfter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"isUnread"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReadStateUnreadsQuery, ReadStateUnreadsQueryVariables>;
export const ReadStateInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadStateInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isUnread"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ReadStateInboxQuery, ReadStateInboxQueryVariables>;
export const ReadStateChannelPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadStateChannelPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channels"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"messages"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channels"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"messages"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isUnread"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReadStateChannelPageQuery, ReadStateChannelPageQueryVariables>;
export const TableScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TableSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"alsoSendToChannel"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<TableScheduleMutation, TableScheduleMutationVariables>;
export const TableScheduledListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TableScheduledList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduledMessageStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledMessages"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TableScheduledListQuery, TableScheduledListQueryVariables>;
export const TableScheduledNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TableScheduledNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduledMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"sentMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TableScheduledNodeQuery, TableScheduledNodeQueryVariables>;
export const TableUpdateScheduledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TableUpdateScheduled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateScheduledMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateScheduledMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<TableUpdateScheduledMutation, TableUpdateScheduledMutationVariables>;
export const TableCancelScheduledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TableCancelScheduled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduledMessageRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteScheduledMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedScheduledMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<TableCancelScheduledMutation, TableCancelScheduledMutationVariables>;
export const TableSendScheduledNowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TableSendScheduledNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduledMessageRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendScheduledMessageNow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<TableSendScheduledNowMutation, TableSendScheduledNowMutationVariables>;
export const TableScheduledSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TableScheduledSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TableScheduledSendMutation, TableScheduledSendMutationVariables>;
export const TableScheduledTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TableScheduledTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TableScheduledTimelineQuery, TableScheduledTimelineQueryVariables>;
export const ScheduleMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"alsoSendToChannel"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ScheduleMessageMutation, ScheduleMessageMutationVariables>;
export const ScheduledListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScheduledList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduledMessageStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScheduledListQuery, ScheduledListQueryVariables>;
export const ScheduledNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScheduledNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduledMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"threadRoot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alsoSentToChannel"}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerThreadSubscription"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScheduledNodeQuery, ScheduledNodeQueryVariables>;
export const UpdateScheduledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateScheduled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateScheduledMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateScheduledMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateScheduledMutation, UpdateScheduledMutationVariables>;
export const DeleteScheduledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteScheduled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduledMessageRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteScheduledMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedScheduledMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteScheduledMutation, DeleteScheduledMutationVariables>;
export const SendScheduledNowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendScheduledNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduledMessageRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendScheduledMessageNow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SendScheduledNowMutation, SendScheduledNowMutationVariables>;
export const ScheduledTestSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduledTestSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ScheduledTestSendMutation, ScheduledTestSendMutationVariables>;
export const ScheduledCapabilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScheduledCapabilities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledMessages"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}}]}}]}}]}}]} as unknown as DocumentNode<ScheduledCapabilitiesQuery, ScheduledCapabilitiesQueryVariables>;
export const SearchSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SearchSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SearchSendMutation, SearchSendMutationVariables>;
export const SearchEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SearchEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SearchEditMutation, SearchEditMutationVariables>;
export const SearchDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SearchDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SearchDeleteMutation, SearchDeleteMutationVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"channelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"highlights"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"context"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const SearchCapabilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchCapabilities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"}}]}}]}}]}}]} as unknown as DocumentNode<SearchCapabilitiesQuery, SearchCapabilitiesQueryVariables>;
export const ThreadTreeByChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ThreadTreeByChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreeMessage"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreeMessage"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreeMessage"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreeMessage"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreeMessage"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TreeMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasReacted"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ThreadTreeByChildrenQuery, ThreadTreeByChildrenQueryVariables>;
export const AddThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AddThreadMutation, AddThreadMutationVariables>;
export const ThreadTreeReactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ThreadTreeReact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addReaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ThreadTreeReactMutation, ThreadTreeReactMutationVariables>;
export const OneThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OneThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"descendants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"threadRoot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OneThreadQuery, OneThreadQueryVariables>;
export const ThreadsSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ThreadsSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ThreadsSendMutation, ThreadsSendMutationVariables>;
export const ThreadsSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ThreadsSubscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerThreadSubscription"}}]}}]}}]} as unknown as DocumentNode<ThreadsSubscriptionQuery, ThreadsSubscriptionQueryVariables>;
export const ThreadsSubscribeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ThreadsSubscribe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscribeToThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadsThread"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadsThread"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Thread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"root"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hasNewReplies"}},{"kind":"Field","name":{"kind":"Name","value":"unreadReplyCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSubscription"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}}]}}]} as unknown as DocumentNode<ThreadsSubscribeMutation, ThreadsSubscribeMutationVariables>;
export const ThreadsUnsubscribeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ThreadsUnsubscribe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unsubscribeFromThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadsThread"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadsThread"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Thread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"root"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hasNewReplies"}},{"kind":"Field","name":{"kind":"Name","value":"unreadReplyCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSubscription"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}}]}}]} as unknown as DocumentNode<ThreadsUnsubscribeMutation, ThreadsUnsubscribeMutationVariables>;
export const ThreadsMarkReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ThreadsMarkRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkThreadReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markThreadRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadsThread"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadsThread"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Thread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"root"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hasNewReplies"}},{"kind":"Field","name":{"kind":"Name","value":"unreadReplyCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSubscription"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}}]}}]} as unknown as DocumentNode<ThreadsMarkReadMutation, ThreadsMarkReadMutationVariables>;
export const ThreadsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ThreadsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadThreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadsThread"}},{"kind":"Field","name":{"kind":"Name","value":"root"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestReplies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"isUnread"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadsThread"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Thread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"root"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hasNewReplies"}},{"kind":"Field","name":{"kind":"Name","value":"unreadReplyCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSubscription"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}}]}}]} as unknown as DocumentNode<ThreadsListQuery, ThreadsListQueryVariables>;
export const ThreadsUnreadOnlyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ThreadsUnreadOnly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadThreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"root"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hasNewReplies"}},{"kind":"Field","name":{"kind":"Name","value":"unreadReplyCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ThreadsUnreadOnlyQuery, ThreadsUnreadOnlyQueryVariables>;
export const ThreadsChannelSubscriptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ThreadsChannelSubscriptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerThreadSubscription"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ThreadsChannelSubscriptionsQuery, ThreadsChannelSubscriptionsQueryVariables>;
export const GmailAttachInstallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GmailAttachInstall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BeginInstallInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beginInstall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"installUrl"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<GmailAttachInstallMutation, GmailAttachInstallMutationVariables>;
export const GmailAttachWorkspacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GmailAttachWorkspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachmentUpload"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GmailAttachWorkspacesQuery, GmailAttachWorkspacesQueryVariables>;
export const GmailAttachSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GmailAttachSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<GmailAttachSendMutation, GmailAttachSendMutationVariables>;
export const GmailAttachInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GmailAttachInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GmailAttachInboxQuery, GmailAttachInboxQueryVariables>;
export const BeginGmailInstallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BeginGmailInstall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BeginInstallInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beginInstall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"installUrl"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BeginGmailInstallMutation, BeginGmailInstallMutationVariables>;
export const GmailLiveWorkspacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GmailLiveWorkspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GmailLiveWorkspacesQuery, GmailLiveWorkspacesQueryVariables>;
export const SendGmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendGmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bcc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SendGmailMutation, SendGmailMutationVariables>;
export const GmailInboxMailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GmailInboxMail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GmailInboxMailQuery, GmailInboxMailQueryVariables>;
export const ScheduleGmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleGmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ScheduleGmailMutation, ScheduleGmailMutationVariables>;
export const ScheduledGmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScheduledGmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduledMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"sentMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScheduledGmailQuery, ScheduledGmailQueryVariables>;
export const GmailAttachmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GmailAttachments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GmailAttachmentsQuery, GmailAttachmentsQueryVariables>;
export const GmailInlineImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GmailInlineImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GmailInlineImageQuery, GmailInlineImageQueryVariables>;
export const GmailStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GmailStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"connectionStatus"}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GmailStatusQuery, GmailStatusQueryVariables>;
export const GmailEconomyTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GmailEconomyTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"descendants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GmailEconomyTreeQuery, GmailEconomyTreeQueryVariables>;
export const GmailEconomyNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GmailEconomyNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<GmailEconomyNodeQuery, GmailEconomyNodeQueryVariables>;
export const GmailEconomyReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GmailEconomyReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<GmailEconomyReplyMutation, GmailEconomyReplyMutationVariables>;
export const KitScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<KitScheduleMutation, KitScheduleMutationVariables>;
export const KitUpdateScheduledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitUpdateScheduled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateScheduledMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateScheduledMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<KitUpdateScheduledMutation, KitUpdateScheduledMutationVariables>;
export const KitCancelScheduledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitCancelScheduled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduledMessageRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteScheduledMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<KitCancelScheduledMutation, KitCancelScheduledMutationVariables>;
export const KitSendNowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitSendNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduledMessageRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendScheduledMessageNow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<KitSendNowMutation, KitSendNowMutationVariables>;
export const KitScheduledNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitScheduledNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduledMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"sentMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<KitScheduledNodeQuery, KitScheduledNodeQueryVariables>;
export const KitMailboxesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitMailboxes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledMessages"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<KitMailboxesQuery, KitMailboxesQueryVariables>;
export const KitScheduleMailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitScheduleMail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"cc"}},{"kind":"Field","name":{"kind":"Name","value":"bcc"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<KitScheduleMailMutation, KitScheduleMailMutationVariables>;
export const KitScheduledMailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitScheduledMail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduledMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"sentMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bcc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<KitScheduledMailQuery, KitScheduledMailQueryVariables>;
export const KitUpdateScheduledMailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitUpdateScheduledMail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateScheduledMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateScheduledMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<KitUpdateScheduledMailMutation, KitUpdateScheduledMailMutationVariables>;
export const KitMailboxMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitMailboxMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<KitMailboxMessagesQuery, KitMailboxMessagesQueryVariables>;
export const KitTeamsWorkspaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitTeamsWorkspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledMessages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<KitTeamsWorkspaceQuery, KitTeamsWorkspaceQueryVariables>;
export const KitTeamsScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitTeamsSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<KitTeamsScheduleMutation, KitTeamsScheduleMutationVariables>;
export const KitTeamsScheduledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KitTeamsScheduled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduledMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"sentMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<KitTeamsScheduledQuery, KitTeamsScheduledQueryVariables>;
export const KitStageUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitStageUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UploadAttachmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadAttachment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<KitStageUploadMutation, KitStageUploadMutationVariables>;
export const OutlookAttachWorkspacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutlookAttachWorkspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachmentUpload"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutlookAttachWorkspacesQuery, OutlookAttachWorkspacesQueryVariables>;
export const OutlookAttachSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutlookAttachSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<OutlookAttachSendMutation, OutlookAttachSendMutationVariables>;
export const OutlookAttachNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutlookAttachNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<OutlookAttachNodeQuery, OutlookAttachNodeQueryVariables>;
export const OutlookAttachMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutlookAttachMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutlookAttachMessageQuery, OutlookAttachMessageQueryVariables>;
export const OutlookAttachInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutlookAttachInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutlookAttachInboxQuery, OutlookAttachInboxQueryVariables>;
export const OutlookMailboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutlookMailbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threadModel"}},{"kind":"Field","name":{"kind":"Name","value":"readState"}},{"kind":"Field","name":{"kind":"Name","value":"search"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutlookMailboxQuery, OutlookMailboxQueryVariables>;
export const OutlookSendMailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutlookSendMail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<OutlookSendMailMutation, OutlookSendMailMutationVariables>;
export const OutlookThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutlookThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"descendants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutlookThreadQuery, OutlookThreadQueryVariables>;
export const OutlookAttachmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutlookAttachments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutlookAttachmentsQuery, OutlookAttachmentsQueryVariables>;
export const OutlookUnifiedInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutlookUnifiedInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<OutlookUnifiedInboxQuery, OutlookUnifiedInboxQueryVariables>;
export const OutlookInboxAllDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutlookInboxAll"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutlookInboxAllQuery, OutlookInboxAllQueryVariables>;
export const OutlookInboxIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutlookInboxIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutlookInboxIdsQuery, OutlookInboxIdsQueryVariables>;
export const BeginOutlookConnectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BeginOutlookConnect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BeginInstallInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beginInstall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"installUrl"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BeginOutlookConnectMutation, BeginOutlookConnectMutationVariables>;
export const OutlookOAuthMailboxesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutlookOAuthMailboxes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutlookOAuthMailboxesQuery, OutlookOAuthMailboxesQueryVariables>;
export const OutlookEconomyTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutlookEconomyTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"isUnread"}},{"kind":"Field","name":{"kind":"Name","value":"descendants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"isUnread"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutlookEconomyTreeQuery, OutlookEconomyTreeQueryVariables>;
export const UnifiedInboxAcrossProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnifiedInboxAcrossProviders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<UnifiedInboxAcrossProvidersQuery, UnifiedInboxAcrossProvidersQueryVariables>;
export const OutlookPushedMailboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutlookPushedMailbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutlookPushedMailboxQuery, OutlookPushedMailboxQueryVariables>;
export const ConnectSlackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConnectSlack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectSlackWorkspaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectSlackWorkspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventDelivery"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ConnectSlackMutation, ConnectSlackMutationVariables>;
export const LinkSlackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkSlack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkSlackUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkSlackUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<LinkSlackMutation, LinkSlackMutationVariables>;
export const UnlinkSlackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlinkSlack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnlinkSlackUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkSlackUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UnlinkSlackMutation, UnlinkSlackMutationVariables>;
export const ConnectWorkspacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectWorkspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"viewerUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConnectWorkspacesQuery, ConnectWorkspacesQueryVariables>;
export const NeutralConnectWorkspaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NeutralConnectWorkspace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectWorkspaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectWorkspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<NeutralConnectWorkspaceMutation, NeutralConnectWorkspaceMutationVariables>;
export const NeutralLinkAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NeutralLinkAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<NeutralLinkAccountMutation, NeutralLinkAccountMutationVariables>;
export const NeutralUnlinkAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NeutralUnlinkAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnlinkAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<NeutralUnlinkAccountMutation, NeutralUnlinkAccountMutationVariables>;
export const NeutralBeginInstallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NeutralBeginInstall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BeginInstallInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beginInstall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"installUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<NeutralBeginInstallMutation, NeutralBeginInstallMutationVariables>;
export const NeutralDisconnectWorkspaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NeutralDisconnectWorkspace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisconnectWorkspaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disconnectWorkspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<NeutralDisconnectWorkspaceMutation, NeutralDisconnectWorkspaceMutationVariables>;
export const NeutralWorkspacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeutralWorkspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"viewerUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NeutralWorkspacesQuery, NeutralWorkspacesQueryVariables>;
export const SlackFeaturesConnectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SlackFeaturesConnect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectSlackWorkspaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectSlackWorkspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SlackFeaturesConnectMutation, SlackFeaturesConnectMutationVariables>;
export const SlackFeaturesLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SlackFeaturesLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkSlackUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkSlackUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SlackFeaturesLinkMutation, SlackFeaturesLinkMutationVariables>;
export const SlackFeaturesCapabilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlackFeaturesCapabilities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pins"}},{"kind":"Field","name":{"kind":"Name","value":"maxPinsPerChannel"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledMessages"}},{"kind":"Field","name":{"kind":"Name","value":"search"}},{"kind":"Field","name":{"kind":"Name","value":"readState"}},{"kind":"Field","name":{"kind":"Name","value":"threadSubscriptions"}},{"kind":"Field","name":{"kind":"Name","value":"linkPreviewRemoval"}}]}}]}}]}}]} as unknown as DocumentNode<SlackFeaturesCapabilitiesQuery, SlackFeaturesCapabilitiesQueryVariables>;
export const SlackFeaturesPinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SlackFeaturesPin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pinMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isPinned"}},{"kind":"Field","name":{"kind":"Name","value":"pinnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pinnedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SlackFeaturesPinMutation, SlackFeaturesPinMutationVariables>;
export const SlackFeaturesUnpinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SlackFeaturesUnpin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unpinMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isPinned"}},{"kind":"Field","name":{"kind":"Name","value":"pinnedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SlackFeaturesUnpinMutation, SlackFeaturesUnpinMutationVariables>;
export const SlackFeaturesPinsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlackFeaturesPins"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pins"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"pinnedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SlackFeaturesPinsQuery, SlackFeaturesPinsQueryVariables>;
export const SlackFeaturesScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SlackFeaturesSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SlackFeaturesScheduleMutation, SlackFeaturesScheduleMutationVariables>;
export const SlackFeaturesScheduledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlackFeaturesScheduled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SlackFeaturesScheduledQuery, SlackFeaturesScheduledQueryVariables>;
export const SlackFeaturesUpdateScheduledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SlackFeaturesUpdateScheduled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateScheduledMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateScheduledMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SlackFeaturesUpdateScheduledMutation, SlackFeaturesUpdateScheduledMutationVariables>;
export const SlackFeaturesSendNowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SlackFeaturesSendNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduledMessageRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendScheduledMessageNow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SlackFeaturesSendNowMutation, SlackFeaturesSendNowMutationVariables>;
export const SlackFeaturesDeleteScheduledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SlackFeaturesDeleteScheduled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduledMessageRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteScheduledMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedScheduledMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SlackFeaturesDeleteScheduledMutation, SlackFeaturesDeleteScheduledMutationVariables>;
export const SlackFeaturesReadStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlackFeaturesReadState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"isUnread"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SlackFeaturesReadStateQuery, SlackFeaturesReadStateQueryVariables>;
export const SlackFeaturesMarkReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SlackFeaturesMarkRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkChannelReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markChannelRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SlackFeaturesMarkReadMutation, SlackFeaturesMarkReadMutationVariables>;
export const SlackFeaturesThreadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlackFeaturesThreads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadThreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadReplyCount"}},{"kind":"Field","name":{"kind":"Name","value":"root"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"viewerThreadSubscription"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SlackFeaturesThreadsQuery, SlackFeaturesThreadsQueryVariables>;
export const SlackFeaturesSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlackFeaturesSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"highlights"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SlackFeaturesSearchQuery, SlackFeaturesSearchQueryVariables>;
export const SlackFeaturesReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SlackFeaturesReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SlackFeaturesReplyMutation, SlackFeaturesReplyMutationVariables>;
export const SlackWorkspacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlackWorkspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threadModel"}}]}}]}}]}}]} as unknown as DocumentNode<SlackWorkspacesQuery, SlackWorkspacesQueryVariables>;
export const SlackReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SlackReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"alsoSentToChannel"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"threadRoot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"webUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SlackReplyMutation, SlackReplyMutationVariables>;
export const SlackReactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SlackReact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addReaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasReacted"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]}}]} as unknown as DocumentNode<SlackReactMutation, SlackReactMutationVariables>;
export const SlackChannelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlackChannels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SlackChannelsQuery, SlackChannelsQueryVariables>;
export const SlackTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlackTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SlackTimelineQuery, SlackTimelineQueryVariables>;
export const SlackThreadTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlackThreadTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"descendants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SlackThreadTreeQuery, SlackThreadTreeQueryVariables>;
export const BeginSlackInstallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BeginSlackInstall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BeginSlackInstallInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beginSlackInstall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"installUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BeginSlackInstallMutation, BeginSlackInstallMutationVariables>;
export const OAuthWorkspacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OAuthWorkspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"viewerUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OAuthWorkspacesQuery, OAuthWorkspacesQueryVariables>;
export const PolledWorkspaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolledWorkspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventDelivery"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PolledWorkspaceQuery, PolledWorkspaceQueryVariables>;
export const PolledSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolledSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PolledSendMutation, PolledSendMutationVariables>;
export const EconomyTreeWithTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EconomyTreeWithText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"descendants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EconomyTreeWithTextQuery, EconomyTreeWithTextQueryVariables>;
export const SlackLiveChannelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlackLiveChannels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SlackLiveChannelsQuery, SlackLiveChannelsQueryVariables>;
export const SlackLiveSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SlackLiveSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SlackLiveSendMutation, SlackLiveSendMutationVariables>;
export const SlackLiveReactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SlackLiveReact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addReaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SlackLiveReactMutation, SlackLiveReactMutationVariables>;
export const SlackLiveInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlackLiveInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SlackLiveInboxQuery, SlackLiveInboxQueryVariables>;
export const BeginTeamsInstallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BeginTeamsInstall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BeginInstallInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beginInstall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"installUrl"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BeginTeamsInstallMutation, BeginTeamsInstallMutationVariables>;
export const TeamsOAuthWorkspacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamsOAuthWorkspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"viewerUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamsOAuthWorkspacesQuery, TeamsOAuthWorkspacesQueryVariables>;
export const TeamsPollingWorkspacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamsPollingWorkspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}}]}}]} as unknown as DocumentNode<TeamsPollingWorkspacesQuery, TeamsPollingWorkspacesQueryVariables>;
export const TeamsLiveChannelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamsLiveChannels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamsLiveChannelsQuery, TeamsLiveChannelsQueryVariables>;
export const TeamsEconomyTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamsEconomyTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"descendants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamsEconomyTreeQuery, TeamsEconomyTreeQueryVariables>;
export const TeamsGrantStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamsGrantStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"connectionStatus"}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamsGrantStatusQuery, TeamsGrantStatusQueryVariables>;
export const TeamsGrantSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamsGrantSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TeamsGrantSendMutation, TeamsGrantSendMutationVariables>;
export const TeamsSubscriptionsWorkspacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamsSubscriptionsWorkspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}}]}}]} as unknown as DocumentNode<TeamsSubscriptionsWorkspacesQuery, TeamsSubscriptionsWorkspacesQueryVariables>;
export const EventScheduledMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventScheduledMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sentMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventScheduledMessageQuery, EventScheduledMessageQueryVariables>;
export const SchedulerTestSendNowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SchedulerTestSendNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduledMessageRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendScheduledMessageNow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SchedulerTestSendNowMutation, SchedulerTestSendNowMutationVariables>;
export const SchedulerTestScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SchedulerTestSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SchedulerTestScheduleMutation, SchedulerTestScheduleMutationVariables>;
export const SchedulerTestStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchedulerTestStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduledMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"sentMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SchedulerTestStatusQuery, SchedulerTestStatusQueryVariables>;
export const SchedulerTestGeneralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchedulerTestGeneral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SchedulerTestGeneralQuery, SchedulerTestGeneralQueryVariables>;
export const ReadStateEventsMarkThreadReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReadStateEventsMarkThreadRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkThreadReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markThreadRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadReplyCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReadStateEventsMarkThreadReadMutation, ReadStateEventsMarkThreadReadMutationVariables>;
export const ReadStateEventsMarkChannelReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReadStateEventsMarkChannelRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkChannelReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markChannelRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReadStateEventsMarkChannelReadMutation, ReadStateEventsMarkChannelReadMutationVariables>;
export const ReadStateEventsMarkUnreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReadStateEventsMarkUnread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markUnread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReadStateEventsMarkUnreadMutation, ReadStateEventsMarkUnreadMutationVariables>;
export const SharedDeliveryLeaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SharedDeliveryLeave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChannelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leftChannelId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SharedDeliveryLeaveMutation, SharedDeliveryLeaveMutationVariables>;
export const SharedDeliveryGlobexChannelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SharedDeliveryGlobexChannels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SharedDeliveryGlobexChannelsQuery, SharedDeliveryGlobexChannelsQueryVariables>;
export const SharedDeliveryViewerViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SharedDeliveryViewerView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasReacted"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SharedDeliveryViewerViewSubscription, SharedDeliveryViewerViewSubscriptionVariables>;
export const SseTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SseTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSubscriptionTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSubscriptionTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SseTicketMutation, SseTicketMutationVariables>;
export const DemoDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoDirectory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DemoDirectoryQuery, DemoDirectoryQueryVariables>;
export const ThreadTreeByDescendantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ThreadTreeByDescendants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"descendants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ThreadTreeByDescendantsQuery, ThreadTreeByDescendantsQueryVariables>;
export const BenchInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<BenchInboxQuery, BenchInboxQueryVariables>;
export const EventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Events"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"threadRoot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventsSubscription, EventsSubscriptionVariables>;
export const SubscriptionsDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubscriptionsDirectory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubscriptionsDirectoryQuery, SubscriptionsDirectoryQueryVariables>;
export const SubscriptionsSendMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubscriptionsSendMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SubscriptionsSendMessageMutation, SubscriptionsSendMessageMutationVariables>;
export const SubscriptionsUpdateMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubscriptionsUpdateMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SubscriptionsUpdateMessageMutation, SubscriptionsUpdateMessageMutationVariables>;
export const SubscriptionsDeleteMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubscriptionsDeleteMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SubscriptionsDeleteMessageMutation, SubscriptionsDeleteMessageMutationVariables>;
export const SubscriptionsAddReactionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubscriptionsAddReaction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addReaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SubscriptionsAddReactionMutation, SubscriptionsAddReactionMutationVariables>;
export const SubscriptionsRemoveReactionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubscriptionsRemoveReaction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeReaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SubscriptionsRemoveReactionMutation, SubscriptionsRemoveReactionMutationVariables>;