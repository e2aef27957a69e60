import type { Actor, ChannelRecord, MessageRecord } from '../model.js';
import type { Page, PageRequest } from '../paging.js';

// ── Channel administration ────────────────────────────────────────────────────────────────────────────
//
// Channel operations of the operation reference: create, rename, archive, join, leave, invite, and the
// list of channels one could join. Present on a provider exactly when `capabilities.channelAdministration`
// is true. Slack has them all (the Slack adapter does not use them yet): `conversations.create` / `rename` / `archive` / `unarchive` / `join` / `leave` /
// `invite` (its `name_taken`, `already_archived`, `not_archived`, `not_in_channel`, `last_member` and
// `already_in_channel` map to CONFLICT, `channel_not_found` and `method_not_supported_for_channel_type`
// to NOT_FOUND and VALIDATION_ERROR).
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

/** Channel administration, an optional part of a provider (`MessagingProvider.channelAdmin`). */
export interface ChannelAdministration {
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
}
