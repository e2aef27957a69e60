import type { EventType } from './events.js';

/** How well a provider supports a feature: natively, emulated by Switchboard, or not at all. */

export type Support = 'NATIVE' | 'EMULATED' | 'NONE';
export type ThreadModel = 'FLAT' | 'TREE';
export type EventDelivery = 'PUSH' | 'POLL';
/** Who reads a workspace: its members (SHARED) or one person (PERSONAL); see `Capabilities.audience`. */
export type Audience = 'SHARED' | 'PERSONAL';

/**
 * What a workspace's provider can do; exposed as `Workspace.capabilities` so clients render the right UI.
 * Each optional part of a provider (see FEATURES in ./provider.ts) is present exactly when its capability
 * here is not NONE (or false).
 */
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
  /** Creating, renaming, archiving, joining, leaving and inviting to channels, and listing joinable ones. */
  channelAdministration: boolean;
  threadModel: ThreadModel;
  eventDelivery: EventDelivery;
  eventTypes: EventType[];
  /** Longest message text the provider accepts, in characters. */
  maxMessageLength: number;
  /**
   * What deleting leaves behind. ALWAYS (the default when absent): every deleted message stays readable as
   * a tombstone (`deletedAt` set, content gone). WITH_REPLIES (platforms that hide a deleted
   * message unless it anchors a thread): only a message that still has replies
   * stays as a tombstone; any other deleted message is gone, so reads answer null and writes NOT_FOUND.
   */
  tombstones?: 'ALWAYS' | 'WITH_REPLIES';
  /**
   * Whether a reply can also be sent to the channel (`alsoSendToChannel`, Slack's reply_broadcast). Absent
   * means true; Teams has no such thing (false), and sending one answers VALIDATION_ERROR.
   */
  replyBroadcast?: boolean;
  /**
   * Messages are mail (Outlook, Gmail): sends take `subject`, `to`, `cc`, `bcc` and `html` content, edits
   * take `html`, and messages carry `recipients`. Absent means false: those inputs answer UNSUPPORTED.
   */
  email?: boolean;
  /**
   * Who reads the workspace. SHARED (the default when absent; chat): its users read and post in the channels
   * they are members of. PERSONAL (a mailbox: Outlook, Gmail): the workspace is one person's. Only its owner
   * (the accounts linked to it) reads it or acts in it; everyone else appears only as the author of messages
   * that arrive and as a recipient, by address, and sees nothing of it. Every channel has the owner as its one
   * member, and the owner's own messages land where the platform files them (a mailbox's sent folder), not
   * necessarily in the channel a send names.
   */
  audience?: Audience;
}
