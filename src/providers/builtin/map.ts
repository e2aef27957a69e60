import type { AttachmentRecord, ChannelRecord, MessageRecord, ReactionRecord, SystemEventRecord, UserRecord } from '../model.js';
import { renderContent } from './format.js';
import { toLinkPreview, type LinkPreviewColumn } from './link-preview-columns.js';

/** Rows as the SQL in ./client.ts returns them, and their mapping to the provider-neutral records. */

export interface UserRow {
  id: string;
  workspace_id: string;
  name: string;
  display_name: string;
  email: string | null;
  avatar_url: string | null;
  is_bot: boolean;
  role: UserRecord['role'];
}

export interface ChannelRow {
  id: string;
  workspace_id: string;
  parent_id: string | null;
  name: string;
  description: string | null;
  type: 'PUBLIC' | 'PRIVATE' | 'DIRECT' | 'GROUP';
  archived_at: Date | null;
  created_at: Date;
  updated_at: Date;
  has_subchannels: boolean;
  /** Absent from rows read by SQL that does not select it. */
  created_by?: string | null;
}

export interface MessageRow {
  id: string;
  workspace_id: string;
  channel_id: string;
  author_id: string | null;
  type: 'USER' | 'SYSTEM';
  system_event: SystemEventRecord | null;
  content: string;
  content_format: 'markdown' | 'text';
  parent_id: string | null;
  thread_root_id: string | null;
  also_sent_to_channel: boolean;
  pinned_at: Date | null;
  pinned_by: string | null;
  edited_at: Date | null;
  deleted_at: Date | null;
  created_at: Date;
  updated_at: Date;
  has_children: boolean;
  reply_count: number;
  last_reply_at: Date | string | null;
  participant_ids: string[] | null;
  mention_ids: string[] | null;
  reactions: Array<{ emoji: string; count: number; userIds: string[] }> | null;
  attachments: Array<{
    id: string;
    filename: string;
    contentType: string;
    sizeBytes: number;
    createdAt: string;
  }> | null;
  /** See ./link-preview-columns.ts; absent from rows read by SQL that does not select it. */
  link_preview?: LinkPreviewColumn;
}

export function toUser(row: UserRow): UserRecord {
  return {
    provider: 'builtin',
    workspaceId: row.workspace_id,
    id: row.id,
    name: row.display_name,
    handle: row.name,
    email: row.email,
    avatarUrl: row.avatar_url,
    isBot: row.is_bot,
    role: row.role,
  };
}

export function toChannel(row: ChannelRow): ChannelRecord {
  return {
    provider: 'builtin',
    workspaceId: row.workspace_id,
    id: row.id,
    name: row.name,
    description: row.description,
    type: row.type,
    isPrivate: row.type !== 'PUBLIC',
    isActive: row.archived_at === null,
    webUrl: null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    parentId: row.parent_id,
    hasSubchannels: row.has_subchannels,
    creatorId: row.created_by ?? null,
  };
}

export function toMessage(row: MessageRow): MessageRecord {
  const rendered = row.deleted_at ? { text: '', markdown: '', html: '' } : renderContent(row.content, row.content_format);
  return {
    provider: 'builtin',
    workspaceId: row.workspace_id,
    id: row.id,
    channelId: row.channel_id,
    channelIds: [row.channel_id],
    type: row.type,
    systemEvent: row.system_event,
    authorId: row.author_id,
    subject: null,
    text: rendered.text,
    markdown: rendered.markdown,
    html: rendered.html,
    parentId: row.parent_id,
    threadRootId: row.thread_root_id,
    hasChildren: row.has_children,
    replyCount: row.reply_count,
    lastReplyAt: row.last_reply_at === null ? null : new Date(row.last_reply_at),
    threadParticipantIds: row.participant_ids ?? [],
    alsoSentToChannel: row.also_sent_to_channel,
    mentionIds: row.mention_ids ?? [],
    reactions: (row.reactions ?? []).map(
      (reaction): ReactionRecord => ({ emoji: reaction.emoji, count: reaction.count, userIds: reaction.userIds }),
    ),
    attachments: (row.attachments ?? []).map(
      (attachment): AttachmentRecord => ({
        id: attachment.id,
        filename: attachment.filename,
        contentType: attachment.contentType,
        sizeBytes: attachment.sizeBytes,
        // Served by Switchboard itself; the schema hands the path out signed (src/files/signing.ts).
        url: `/files/${attachment.id}/download`,
        createdAt: new Date(attachment.createdAt),
      }),
    ),
    // The built-in workspace has no interactive messages (capabilities.buttons is false).
    buttons: [],
    pinnedAt: row.pinned_at,
    pinnedById: row.pinned_by,
    editedAt: row.edited_at,
    deletedAt: row.deleted_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    webUrl: null,
    linkPreview: toLinkPreview(row.link_preview),
  };
}
