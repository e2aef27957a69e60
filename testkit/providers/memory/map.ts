import type { ChannelAccess, ChannelRecord, MessageRecord, ProviderName, ReactionRecord, UserRecord } from '../../../src/providers/model.js';
import type { MemoryChannel, MemoryMessage, MemoryUser, MemoryWorkspace } from './workspace.js';

/** The workspace's state as the provider-neutral records, computed on every read (nothing is cached). */

export interface RecordContext {
  provider: ProviderName;
  workspace: MemoryWorkspace;
}

export function toUser({ provider, workspace }: RecordContext, user: MemoryUser): UserRecord {
  return {
    provider,
    workspaceId: workspace.id,
    id: user.id,
    name: user.displayName,
    handle: user.handle,
    email: user.email,
    avatarUrl: null,
    isBot: user.isBot,
    role: user.role,
  };
}

export function toChannel({ provider, workspace }: RecordContext, channel: MemoryChannel): ChannelRecord {
  return {
    provider,
    workspaceId: workspace.id,
    id: channel.id,
    name: channel.name,
    description: channel.description,
    type: channel.type,
    isPrivate: channel.type !== 'PUBLIC',
    isActive: channel.archivedAt === null,
    webUrl: null,
    createdAt: channel.createdAt,
    updatedAt: channel.archivedAt ?? channel.createdAt,
    parentId: channel.parentId,
    hasSubchannels: [...workspace.channels.values()].some((other) => other.parentId === channel.id),
    creatorId: channel.createdBy,
  };
}

/**
 * Members read their channels, public and private alike (the built-in workspace's rule); posting also
 * needs the channel not to be archived.
 */
export function accessOf(channelId: string, channel: MemoryChannel | undefined, userId: string): ChannelAccess {
  const role = channel?.members.get(userId);
  return {
    channelId,
    canRead: role !== undefined,
    canPost: role !== undefined && channel!.archivedAt === null,
    isMember: role !== undefined,
    isChannelAdmin: role === 'ADMIN',
  };
}

/**
 * A message with its thread summary over the live replies below it (any depth), reactions grouped by emoji
 * in the order each emoji was first used, and the content as written: the memory provider renders no HTML,
 * and a tombstone keeps nothing of what was said.
 */
export function toMessage({ provider, workspace }: RecordContext, message: MemoryMessage): MessageRecord {
  const below = workspace.descendantsOf(message.id);
  const live = below.filter((reply) => reply.deletedAt === null);
  const deleted = message.deletedAt !== null;
  return {
    provider,
    workspaceId: workspace.id,
    id: message.id,
    channelId: message.channelId,
    channelIds: [message.channelId],
    type: 'USER',
    systemEvent: null,
    authorId: message.authorId,
    subject: message.subject,
    text: deleted ? '' : message.content.text,
    markdown: deleted ? '' : message.content.format === 'markdown' ? message.content.text : null,
    // Mail keeps the HTML it was written in (the memory workspace is a test double: it sanitizes nothing).
    html: deleted ? null : (message.content.html ?? null),
    parentId: message.parentId,
    threadRootId: message.ancestors[0] ?? null,
    hasChildren: below.some((reply) => reply.parentId === message.id),
    replyCount: live.length,
    lastReplyAt: live.length === 0 ? null : live[live.length - 1].createdAt,
    threadParticipantIds: [...new Set(live.flatMap((reply) => (reply.authorId ? [reply.authorId] : [])))].sort(),
    alsoSentToChannel: message.alsoSentToChannel,
    mentionIds: deleted ? [] : message.mentionIds,
    reactions: groupReactions(message),
    attachments: [],
    buttons: [],
    pinnedAt: null,
    pinnedById: null,
    editedAt: message.editedAt,
    deletedAt: message.deletedAt,
    createdAt: message.createdAt,
    updatedAt: message.deletedAt ?? message.editedAt ?? message.createdAt,
    webUrl: null,
    linkPreview: null,
    recipients: message.recipients,
  };
}

function groupReactions(message: MemoryMessage): ReactionRecord[] {
  const groups = new Map<string, ReactionRecord>();
  for (const reaction of [...message.reactions].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    const group = groups.get(reaction.emoji) ?? { emoji: reaction.emoji, count: 0, userIds: [] };
    group.count += 1;
    group.userIds.push(reaction.userId);
    groups.set(reaction.emoji, group);
  }
  return [...groups.values()];
}
