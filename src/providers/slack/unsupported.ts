import { SwitchboardError } from '../../errors.js';
import type { Actor, AttachmentRecord, MessageRecord } from '../model.js';
import type { AttachmentPlacement, FileUpload } from '../features/files.js';
import type { BatchResult, Page, PageRequest } from '../paging.js';
import type { ChannelChange, CreateChannelRequest, JoinableChannelRecord } from '../features/channels.js';

/**
 * The parts of MessagingProvider the Slack provider does not do yet. Each answers UNSUPPORTED, and
 * capabilities.ts says NONE (or false) for it, so clients do not offer it. A method moves out of this class
 * when it works (pins, search, scheduled messages, read state and threads did: features.ts).
 */
function unsupported(what: string, capability?: string): SwitchboardError {
  const flag = capability ? ` (capabilities.${capability})` : '';
  return new SwitchboardError('UNSUPPORTED', `Slack workspaces do not support ${what} through Switchboard yet${flag}.`);
}

export abstract class SlackUnsupported {
  // Read state, thread subscriptions, scheduled messages, search, pins and link previews work: features.ts.

  // ── Link previews: Slack unfurls by itself; removing one is not supported (linkPreviewRemoval: false) ──
  async removeLinkPreview(_actor: Actor, _messageId: string): Promise<MessageRecord> {
    throw unsupported('removing link previews', 'linkPreviewRemoval');
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
