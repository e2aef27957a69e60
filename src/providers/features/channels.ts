import type { ChannelRecord, MessageRecord } from '../model.js';

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
