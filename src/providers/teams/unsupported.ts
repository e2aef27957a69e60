import { SwitchboardError } from '../../errors.js';
import type { Actor, AttachmentRecord, LinkMetadata, MessageRecord } from '../model.js';
import type { AttachmentPlacement, FileUpload } from '../features/files.js';
import type { BatchResult, Page, PageKey, PageRequest } from '../paging.js';
import type { InboxFilter } from '../provider.js';
import type { ChannelChange, CreateChannelRequest, JoinableChannelRecord } from '../features/channels.js';
import type { ThreadPage, ThreadStateRecord, ThreadSubscriptionStatus, UnreadChannelRecord, UnreadMark } from '../features/read-state.js';
import type { ScheduledDeliveryOutcome, ScheduledMessageChanges, ScheduledMessageRecord, ScheduledMessageStatus, ScheduleMessageRequest } from '../features/scheduled.js';
import type { SearchRequest, SearchResultPage } from '../features/search.js';

/**
 * The parts of today's MessagingProvider the Teams provider does not do (yet). Each answers UNSUPPORTED
 * and capabilities.ts says NONE or false for it. When the optional feature members land (issue 9), these
 * become absent members instead, and the ones waiting for Switchboard's scheduler, its metadata store and
 * Microsoft Search are built (see README, "Not yet").
 */
function unsupported(what: string, capability?: string): SwitchboardError {
  const flag = capability ? ` (capabilities.${capability})` : '';
  return new SwitchboardError('UNSUPPORTED', `Teams workspaces do not support ${what} through Switchboard yet${flag}.`);
}

export abstract class TeamsUnsupported {
  // ── Read state and thread subscriptions (readState, threadSubscriptions NONE) ──
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
    throw unsupported('thread subscriptions', 'threadSubscriptions');
  }
  async setThreadSubscription(_actor: Actor, _rootId: string, _status: ThreadSubscriptionStatus): Promise<void> {
    throw unsupported('thread subscriptions', 'threadSubscriptions');
  }
  /** The inbox narrowed to unread messages needs read state. */
  protected unreadOnly(filter: InboxFilter): void {
    if (filter.unreadOnly) throw unsupported('unread-only inboxes', 'readState');
  }

  // ── Scheduled messages (Switchboard's scheduler will deliver them: EMULATED after issue 9) ──
  async scheduleMessage(_actor: Actor, _request: ScheduleMessageRequest): Promise<ScheduledMessageRecord> {
    throw unsupported('scheduled messages', 'scheduledMessages');
  }
  async listScheduledMessages(_actor: Actor, _filter: { statuses: ScheduledMessageStatus[] }, _page: { limit: number; cursor: string | null }): Promise<Page<ScheduledMessageRecord>> {
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

  // ── Search (Microsoft Search /search/query, delegated: after issue 9) ──
  async searchMessages(_actor: Actor, _request: SearchRequest): Promise<SearchResultPage> {
    throw unsupported('search', 'search');
  }

  // ── Link previews: Teams renders its own; nothing to remove or complete ──
  async removeLinkPreview(_actor: Actor, _messageId: string): Promise<MessageRecord> {
    throw unsupported('removing link previews', 'linkPreviewRemoval');
  }
  async completeLinkPreview(_messageId: string, _url: string, _metadata: LinkMetadata | null): Promise<MessageRecord | null> {
    // Teams previews are never pending in Switchboard: there is nothing to complete.
    return null;
  }

  // ── Channel operations and uploads ──
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
