import { SwitchboardError } from '../errors.js';
import type {
  Actor,
  AttachmentPlacement,
  AttachmentRecord,
  BatchResult,
  ChannelChange,
  CreateChannelRequest,
  FileUpload,
  JoinableChannelRecord,
  LinkMetadata,
  MessageRecord,
  Page,
  PageKey,
  PageRequest,
  PinResult,
  ScheduledDeliveryOutcome,
  ScheduledMessageChanges,
  ScheduledMessageRecord,
  ScheduledMessageStatus,
  ScheduleMessageRequest,
  SearchRequest,
  SearchResultPage,
  ThreadPage,
  ThreadStateRecord,
  ThreadSubscriptionStatus,
  UnreadChannelRecord,
  UnreadMark,
} from '../types.js';

/**
 * The parts of MessagingProvider the Slack provider does not do yet. Each answers UNSUPPORTED, and
 * capabilities.ts says NONE (or false) for it, so clients do not offer it. Pins, search, scheduled
 * messages and read state have Slack methods (the fake server in test/fakes/slack speaks them already) and
 * come next; a method moves out of this class when it works.
 */
function unsupported(what: string, capability?: string): SwitchboardError {
  const flag = capability ? ` (capabilities.${capability})` : '';
  return new SwitchboardError('UNSUPPORTED', `Slack workspaces do not support ${what} through Switchboard yet${flag}.`);
}

export abstract class SlackUnsupported {
  // ── Read state and thread subscriptions (capabilities.readState / threadSubscriptions: NONE) ──
  async loadChannelUnreadCounts(_actor: Actor, _channelIds: readonly string[]): BatchResult<number> {
    throw unsupported('read state', 'readState');
  }
  async loadUnreadFlags(_actor: Actor, _messageIds: readonly string[]): BatchResult<boolean> {
    throw unsupported('read state', 'readState');
  }
  async loadThreadSubscriptions(_actor: Actor, _rootIds: readonly string[]): BatchResult<ThreadSubscriptionStatus> {
    throw unsupported('thread subscriptions', 'threadSubscriptions');
  }
  async loadThreadStates(_actor: Actor, _rootIds: readonly string[]): BatchResult<ThreadStateRecord> {
    throw unsupported('thread subscriptions', 'threadSubscriptions');
  }
  async listUnreadChannels(_actor: Actor, _page: { limit: number; cursor: string | null }): Promise<Page<UnreadChannelRecord>> {
    throw unsupported('read state', 'readState');
  }
  async listUnreadMessages(_actor: Actor, _keys: readonly PageKey[]): BatchResult<Page<MessageRecord>> {
    throw unsupported('read state', 'readState');
  }
  async listFollowedThreads(_actor: Actor, _page: { limit: number; cursor: string | null }): Promise<ThreadPage> {
    throw unsupported('thread subscriptions', 'threadSubscriptions');
  }
  async markChannelRead(_actor: Actor, _channelId: string, _messageId: string | null): Promise<void> {
    throw unsupported('read state', 'readState');
  }
  async markUnread(_actor: Actor, _messageId: string): Promise<UnreadMark> {
    throw unsupported('read state', 'readState');
  }
  async markThreadRead(_actor: Actor, _rootId: string, _replyId: string | null): Promise<void> {
    throw unsupported('thread read state', 'threadSubscriptions');
  }
  async setThreadSubscription(_actor: Actor, _rootId: string, _status: ThreadSubscriptionStatus): Promise<void> {
    throw unsupported('thread subscriptions', 'threadSubscriptions');
  }

  // ── Scheduled messages (capabilities.scheduledMessages: NONE) ──
  async scheduleMessage(_actor: Actor, _request: ScheduleMessageRequest): Promise<ScheduledMessageRecord> {
    throw unsupported('scheduled messages', 'scheduledMessages');
  }
  async listScheduledMessages(
    _actor: Actor,
    _filter: { statuses: ScheduledMessageStatus[] },
    _page: { limit: number; cursor: string | null },
  ): Promise<Page<ScheduledMessageRecord>> {
    throw unsupported('scheduled messages', 'scheduledMessages');
  }
  async loadScheduledMessages(_actor: Actor, _ids: readonly string[]): BatchResult<ScheduledMessageRecord | null> {
    throw unsupported('scheduled messages', 'scheduledMessages');
  }
  async updateScheduledMessage(_actor: Actor, _id: string, _changes: ScheduledMessageChanges): Promise<ScheduledMessageRecord> {
    throw unsupported('scheduled messages', 'scheduledMessages');
  }
  async cancelScheduledMessage(_actor: Actor, _id: string): Promise<ScheduledMessageRecord> {
    throw unsupported('scheduled messages', 'scheduledMessages');
  }
  async claimScheduledMessage(_actor: Actor, _id: string): Promise<ScheduledMessageRecord> {
    throw unsupported('scheduled messages', 'scheduledMessages');
  }
  async finishScheduledMessage(_actor: Actor, _id: string, _outcome: ScheduledDeliveryOutcome): Promise<ScheduledMessageRecord> {
    throw unsupported('scheduled messages', 'scheduledMessages');
  }

  // ── Search, pins, link previews (capabilities.search / pins: NONE, linkPreviewRemoval: false) ──
  async searchMessages(_actor: Actor, _request: SearchRequest): Promise<SearchResultPage> {
    throw unsupported('search', 'search');
  }
  async pinMessage(_actor: Actor, _messageId: string): Promise<PinResult> {
    throw unsupported('pins', 'pins');
  }
  async unpinMessage(_actor: Actor, _messageId: string): Promise<MessageRecord> {
    throw unsupported('pins', 'pins');
  }
  async listPins(_keys: readonly PageKey[]): BatchResult<Page<MessageRecord>> {
    throw unsupported('pins', 'pins');
  }
  async removeLinkPreview(_actor: Actor, _messageId: string): Promise<MessageRecord> {
    throw unsupported('removing link previews', 'linkPreviewRemoval');
  }
  async completeLinkPreview(_messageId: string, _url: string, _metadata: LinkMetadata | null): Promise<MessageRecord | null> {
    throw unsupported('link previews completed by Switchboard', 'linkPreviewRemoval');
  }

  // ── Channel operations (no capability flag yet) and uploads (capabilities.attachmentUpload: false) ──
  async createChannel(_actor: Actor, _request: CreateChannelRequest): Promise<ChannelChange> {
    throw unsupported('creating channels');
  }
  async renameChannel(_actor: Actor, _channelId: string, _name: string): Promise<ChannelChange> {
    throw unsupported('renaming channels');
  }
  async archiveChannel(_actor: Actor, _channelId: string): Promise<ChannelChange> {
    throw unsupported('archiving channels');
  }
  async unarchiveChannel(_actor: Actor, _channelId: string): Promise<ChannelChange> {
    throw unsupported('unarchiving channels');
  }
  async joinChannel(_actor: Actor, _channelId: string): Promise<ChannelChange> {
    throw unsupported('joining channels');
  }
  async leaveChannel(_actor: Actor, _channelId: string): Promise<ChannelChange> {
    throw unsupported('leaving channels');
  }
  async inviteToChannel(_actor: Actor, _channelId: string, _userIds: readonly string[]): Promise<ChannelChange> {
    throw unsupported('inviting to channels');
  }
  async listJoinableChannels(_actor: Actor, _filter: { query: string | null }, _page: PageRequest): Promise<Page<JoinableChannelRecord>> {
    throw unsupported('listing joinable channels');
  }
  async uploadFile(_actor: Actor, _upload: FileUpload): Promise<AttachmentRecord> {
    throw unsupported('file uploads', 'attachmentUpload');
  }
  async loadAttachments(_ids: readonly string[]): BatchResult<AttachmentPlacement | null> {
    throw unsupported('loading attachments by id', 'attachmentUpload');
  }
}
