import { SwitchboardError } from '../errors.js';
import type { Actor, AudienceMember, ChannelAccess, ChannelRecord, MessageContent, MessageRecord, ProviderName, UserRecord, WorkspaceRecord } from './model.js';
import type { Capabilities } from './capabilities.js';
import type { BatchResult, ChildTree, ChildTreeKey, Page, PageKey, PageRequest } from './paging.js';
import type { MessageParts } from './message-parts.js';
import type { ReadState, ThreadSubscriptions } from './features/read-state.js';
import type { ScheduledMessages } from './features/scheduled.js';
import type { Search } from './features/search.js';
import type { Pins } from './features/pins.js';
import type { LinkPreviews } from './features/link-previews.js';
import type { ChannelAdministration } from './features/channel-admin.js';
import type { OutgoingFile, Uploads } from './features/uploads.js';

/**
 * The interface every messaging provider implements, for one workspace (a built-in workspace, one chat
 * team or tenant, one mailbox). Ids it receives and returns are native ids of that workspace.
 */

/** Narrows an inbox; null means "no restriction". Ids are native ids of the workspace. */
export interface InboxFilter {
  channelIds: string[] | null;
  authorIds: string[] | null;
  /** Only messages that mention this user. */
  mentioningUserId: string | null;
  createdAfter: Date | null;
  createdBefore: Date | null;
  /** Only messages unread for the acting user (see ReadState.loadUnreadFlags); absent or false: no restriction. Needs the `readState` part. */
  unreadOnly?: boolean;
}

export interface SendMessageRequest {
  channelId: string;
  content: MessageContent;
  parentId: string | null;
  alsoSendToChannel: boolean;
  attachmentIds: string[];
  /**
   * The bytes of `attachmentIds`, in their order, for providers that send files themselves (mail): read by the
   * uploads kit (src/providers/kit/uploads/), which checked that each is the actor's. Absent otherwise.
   */
  files?: readonly OutgoingFile[];
  /**
   * Set when the send is guarded by an idempotency key: a token (derived from the key) the provider stores
   * with the message where it can, so that `findSentMessage` can tell later whether this send happened.
   */
  idempotencyToken?: string | null;
  /** What a mail carries besides its content; set exactly for providers whose capabilities say `email`. */
  email?: EmailEnvelope | null;
}

/** A mailbox as a send names it: the address (validated) and the display name the client gave, if any. */
export interface EnvelopeAddress {
  name: string | null;
  address: string;
}

/**
 * The envelope of a mail, settled by the send resolver (src/resolvers/email-envelope.ts) so that every email
 * provider addresses and titles mail the same way:
 * - A new mail has at least one recipient in to, cc or bcc, and the subject given ('' when none).
 * - A reply keeps its parent's thread. Without recipients it goes to the parent's sender (its Reply-To
 *   when it has one); a reply to one's own mail goes to that mail's to and cc instead. With recipients it
 *   goes to exactly those (a client answers "reply all" by passing the addresses it shows). Its subject is
 *   the parent's with one "Re: " in front, unless the client gave one.
 * Lists hold no duplicates across to, cc and bcc (to wins over cc, cc over bcc).
 */
export interface EmailEnvelope {
  subject: string;
  to: EnvelopeAddress[];
  cc: EnvelopeAddress[];
  bcc: EnvelopeAddress[];
  /**
   * True for a reply whose client named no recipients, so the lists above were derived from the parent:
   * a provider with a native reply call (Graph `reply`) may let the platform address it instead.
   */
  derivedRecipients: boolean;
}

/** One attachment's bytes as a provider serves them (`attachmentContent`). */
export interface ProviderFile {
  filename: string;
  contentType: string;
  sizeBytes: number;
  body: Uint8Array | ReadableStream<Uint8Array>;
}

/** An idempotency key to record with the message in the same transaction (see `sendMessageOnce`). */
export interface SendOnce {
  accountId: string;
  key: string;
  requestHash: string;
}

/**
 * One workspace of one provider. Every method may throw a SwitchboardError (usually a ProviderError);
 * batch methods may instead put an Error in the slot of the key that failed.
 *
 * Reading and writing messages is what every provider does. Everything else is an optional part, present
 * exactly when `capabilities()` says the provider has the feature (FEATURES below names the capability of
 * each part; the provider contract in testkit/contract checks it). Callers get a part through
 * `requireFeature`, which answers UNSUPPORTED for a part the provider does not have.
 */
export interface MessagingProvider {
  readonly provider: ProviderName;
  readonly workspaceId: string;
  capabilities(): Capabilities;
  workspace(): Promise<WorkspaceRecord>;
  /**
   * A view of this provider for one request (or one subscription event), made once per request scope.
   * Providers whose platform has no multi-get cache their reads in it, so a thread read once serves its root,
   * replies and parents for the rest of the request; reads without an explicit actor act as `actor`.
   * `parts` names the parts of message records the request reads (./message-parts.ts): the view may leave
   * the others out of its records (the built-in workspace's view does only that: its reads are batched anyway).
   */
  forRequest?(actor: () => Promise<Actor | null>, parts?: MessageParts): MessagingProvider;

  /** The workspace user that a Switchboard account acts as here, or null when it has none. */
  userForAccount(accountId: string): Promise<UserRecord | null>;

  loadUsers(ids: readonly string[]): BatchResult<UserRecord | null>;
  loadChannels(ids: readonly string[]): BatchResult<ChannelRecord | null>;
  loadMessages(ids: readonly string[]): BatchResult<MessageRecord | null>;
  /**
   * Optional: `loadMessages` that also says the actor's access to the messages' channels, decided in the same
   * read (as `Page.access` does for pages): a message looked up by id is then checked with no read of its own.
   */
  loadMessagesWithAccess?(actor: Actor, ids: readonly string[]): Promise<{ messages: Array<MessageRecord | null | Error>; access: readonly ChannelAccess[] }>;
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
  /**
   * Replies of each message several levels down in one read (`children` nested in `children`), each level's
   * pages as `listChildren` would answer them. Optional: without it each level is a `listChildren` call.
   */
  listChildTrees?(keys: readonly ChildTreeKey[]): BatchResult<ChildTree<MessageRecord>>;
  /** The whole subtree below each message, flattened, oldest first. */
  listDescendants(keys: readonly PageKey[]): BatchResult<Page<MessageRecord>>;
  /**
   * The actor's inbox in this workspace: every message it can read (roots and replies, not tombstones),
   * newest first, narrowed by `filter`. Forward pages only; the resolver merges workspaces.
   */
  listInbox(actor: Actor, filter: InboxFilter, page: { limit: number; cursor: string | null }): Promise<Page<MessageRecord>>;

  sendMessage(actor: Actor, request: SendMessageRequest): Promise<MessageRecord>;
  /**
   * Optional, for providers that store messages in Switchboard's database: sends and records the
   * idempotency key in one transaction (src/store/idempotency.ts), so a crash leaves both or neither.
   * Throws AlreadySent when the key already names a message.
   */
  sendMessageOnce?(actor: Actor, request: SendMessageRequest, once: SendOnce): Promise<MessageRecord>;
  /**
   * Optional, for providers outside Switchboard's database: the message an earlier send with this
   * `idempotencyToken` left in the channel (or thread) since `since`, or null when there is none. Asked
   * before a send whose first attempt died is made again.
   */
  findSentMessage?(actor: Actor, lookup: { channelId: string; parentId: string | null; token: string; since: Date }): Promise<MessageRecord | null>;
  updateMessage(actor: Actor, messageId: string, content: MessageContent): Promise<MessageRecord>;
  /** Leaves a tombstone (`deletedAt`) so that reply trees keep their shape. */
  deleteMessage(actor: Actor, messageId: string): Promise<MessageRecord>;
  addReaction(actor: Actor, messageId: string, emoji: string): Promise<MessageRecord>;
  removeReaction(actor: Actor, messageId: string, emoji: string): Promise<MessageRecord>;

  /**
   * Optional, for providers whose attachments Switchboard serves from the platform (mail): the bytes of one
   * attachment, streamed, never stored. Records name such attachments with `url` `/provider-files/{id}`;
   * the schema hands out a signed link to `/files/…/download` that streams through this (src/http/
   * attachment-downloads.ts). Null when it does not exist.
   */
  attachmentContent?(attachmentId: string): Promise<ProviderFile | null>;

  // ── Optional parts (src/providers/features/*.ts hold their types, interfaces and rules) ───────────────
  /** Scheduled messages; present exactly when capabilities.scheduledMessages is not NONE. */
  readonly scheduled?: ScheduledMessages;
  /** Full-text search; present exactly when capabilities.search is not NONE. */
  readonly search?: Search;
  /** Pins; present exactly when capabilities.pins is not NONE. */
  readonly pins?: Pins;
  /** Link previews Switchboard keeps (removal, completion by the unfurler); present exactly when capabilities.linkPreviewRemoval. */
  readonly linkPreviews?: LinkPreviews;
  /** Channel read positions; present exactly when capabilities.readState is not NONE. */
  readonly readState?: ReadState;
  /** Thread subscriptions and thread read positions; present exactly when capabilities.threadSubscriptions is not NONE. */
  readonly threadSubscriptions?: ThreadSubscriptions;
  /** Creating, renaming, archiving, joining, leaving channels; present exactly when capabilities.channelAdministration. */
  readonly channelAdmin?: ChannelAdministration;
  /** File uploads; present exactly when capabilities.attachmentUpload. */
  readonly uploads?: Uploads;
}

/** The name of an optional part of MessagingProvider. */
export type Feature = 'scheduled' | 'search' | 'pins' | 'linkPreviews' | 'readState' | 'threadSubscriptions' | 'channelAdmin' | 'uploads';

/** The capability that says whether each part is present, and the feature's name in error messages. */
export const FEATURES: Record<Feature, { capability: keyof Capabilities; name: string }> = {
  scheduled: { capability: 'scheduledMessages', name: 'scheduled messages' },
  search: { capability: 'search', name: 'search' },
  pins: { capability: 'pins', name: 'pins' },
  linkPreviews: { capability: 'linkPreviewRemoval', name: 'link preview removal' },
  readState: { capability: 'readState', name: 'read state' },
  threadSubscriptions: { capability: 'threadSubscriptions', name: 'thread subscriptions' },
  channelAdmin: { capability: 'channelAdministration', name: 'channel administration' },
  uploads: { capability: 'attachmentUpload', name: 'file uploads' },
};

/** Whether `capabilities` claim the feature of a part: a Support other than NONE, or true. */
export function claimsFeature(capabilities: Capabilities, feature: Feature): boolean {
  const claim = capabilities[FEATURES[feature].capability];
  return claim === true || claim === 'NATIVE' || claim === 'EMULATED';
}

/**
 * The part `feature` of a provider, for a caller about to use it; UNSUPPORTED (naming the provider, the
 * feature and its capability) when the provider does not have it. The one way callers reach a part:
 * resolvers, loaders, the scheduler and the unfurler alike. `field` names the input that asked for the
 * feature, when one did (e.g. `['filter', 'unreadOnly']`). Only where absence is an answer rather than an
 * error (a node lookup of a scheduled message answers null) does a caller read `provider.<part>` itself.
 */
export function requireFeature<F extends Feature>(provider: MessagingProvider, feature: F, field?: string[]): NonNullable<MessagingProvider[F]> {
  const part = provider[feature];
  if (part) return part as NonNullable<MessagingProvider[F]>;
  const { capability, name } = FEATURES[feature];
  throw new SwitchboardError(
    'UNSUPPORTED',
    `The ${provider.provider} provider of this workspace has no ${name} (capabilities.${capability} is ${String(provider.capabilities()[capability])}).`,
    field ? { field } : {},
  );
}
