import type { AttachmentRecord, ButtonRecord, ChannelRecord, MessageRecord, ReactionRecord, SystemEventRecord, UserRecord } from '../model.js';
import { emojiOfReaction } from './emoji.js';
import { renderBody } from '../kit/html/render.js';
import { appUserId, containerId, messageNativeId, type MessageContainer } from './ids.js';
import type { GraphChannel, GraphChat, GraphChatMessage, GraphIdentitySet, GraphMember, GraphTeam, GraphUser } from './wire.js';

/** Graph JSON → the provider-neutral records. See README.md for the rules. */

const date = (value: string | null | undefined): Date | null => (value ? new Date(value) : null);

/** The author of a message: a user, else an app (bot) as `app:<id>`, else nobody (system messages). */
export function authorOf(from: GraphIdentitySet | null | undefined): string | null {
  if (from?.user?.id) return from.user.id;
  if (from?.application?.id) return appUserId(from.application.id);
  return null;
}

/** Teams' `@odata.type`s of system events and what they are in the neutral model. */
const SYSTEM_EVENTS: Record<string, SystemEventRecord['type']> = {
  '#microsoft.graph.membersAddedEventMessageDetail': 'USER_JOINED',
  '#microsoft.graph.membersJoinedEventMessageDetail': 'USER_JOINED',
  '#microsoft.graph.membersDeletedEventMessageDetail': 'USER_LEFT',
  '#microsoft.graph.membersLeftEventMessageDetail': 'USER_LEFT',
  '#microsoft.graph.channelRenamedEventMessageDetail': 'CHANNEL_RENAMED',
  '#microsoft.graph.chatRenamedEventMessageDetail': 'CHANNEL_RENAMED',
  '#microsoft.graph.channelAddedEventMessageDetail': 'CHANNEL_CREATED',
  '#microsoft.graph.teamArchivedEventMessageDetail': 'CHANNEL_ARCHIVED',
  '#microsoft.graph.teamUnarchivedEventMessageDetail': 'CHANNEL_UNARCHIVED',
  '#microsoft.graph.messagePinnedEventMessageDetail': 'MESSAGE_PINNED',
};

function systemEventOf(message: GraphChatMessage, container: MessageContainer): SystemEventRecord | null {
  const detail = message.eventDetail;
  const type = detail?.['@odata.type'] ? SYSTEM_EVENTS[detail['@odata.type']] : undefined;
  if (!detail || !type) return null;
  const initiator = authorOf(detail.initiator as GraphIdentitySet | undefined);
  const members = Array.isArray(detail.members) ? (detail.members as Array<{ id?: string }>) : [];
  const pinned = typeof (detail.message as { id?: unknown } | undefined)?.id === 'string' ? (detail.message as { id: string }).id : null;
  return {
    type,
    userId: type === 'USER_JOINED' || type === 'USER_LEFT' ? (members[0]?.id ?? null) : null,
    actorId: initiator,
    channelName: typeof detail.channelDisplayName === 'string' ? detail.channelDisplayName : typeof detail.chatDisplayName === 'string' ? detail.chatDisplayName : null,
    oldChannelName: null,
    messageId: pinned ? messageNativeId(container, pinned) : null,
  };
}

function reactionsOf(message: GraphChatMessage): ReactionRecord[] {
  const grouped = new Map<string, ReactionRecord>();
  const ordered = [...(message.reactions ?? [])].sort((a, b) => (a.createdDateTime ?? '').localeCompare(b.createdDateTime ?? ''));
  for (const reaction of ordered) {
    const emoji = emojiOfReaction(reaction.reactionType);
    const entry = grouped.get(emoji) ?? { emoji, count: 0, userIds: [] };
    entry.count += 1;
    const userId = authorOf(reaction.user);
    if (userId && !entry.userIds.includes(userId)) entry.userIds.push(userId);
    grouped.set(emoji, entry);
  }
  return [...grouped.values()];
}

const EXTENSION_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  txt: 'text/plain',
  csv: 'text/csv',
  zip: 'application/zip',
};

/** File references (`contentType: reference`: a SharePoint/OneDrive link) are attachments; cards are not. */
function attachmentsOf(message: GraphChatMessage, createdAt: Date): AttachmentRecord[] {
  return (message.attachments ?? [])
    .filter((attachment) => attachment.contentType === 'reference' && attachment.contentUrl)
    .map((attachment) => {
      const filename = attachment.name ?? attachment.contentUrl!.split('/').pop() ?? 'file';
      const extension = filename.includes('.') ? filename.split('.').pop()!.toLowerCase() : '';
      return {
        id: attachment.id ?? attachment.contentUrl!,
        filename,
        contentType: EXTENSION_TYPES[extension] ?? 'application/octet-stream',
        // Graph's chatMessageAttachment carries no size; the file lives in SharePoint or OneDrive.
        sizeBytes: 0,
        url: attachment.contentUrl!,
        createdAt,
      };
    });
}

/** One adaptive-card action of a message, with the id Switchboard names its button by. */
export interface CardAction {
  /** The action's `id`, else `<attachment id>:<index>`. */
  buttonId: string;
  type: 'Action.Submit' | 'Action.Execute' | 'Action.OpenUrl';
  title: string;
  verb: string | null;
  data: unknown;
  url: unknown;
  iconUrl: string | null;
}

/** The actions (Action.Submit, Action.Execute, Action.OpenUrl) of a message's adaptive cards, in order. */
export function cardActionsOf(message: GraphChatMessage): CardAction[] {
  const actions: CardAction[] = [];
  for (const attachment of message.attachments ?? []) {
    if (attachment.contentType !== 'application/vnd.microsoft.card.adaptive' || !attachment.content) continue;
    let card: { actions?: Array<Record<string, unknown>> };
    try {
      card = JSON.parse(attachment.content) as typeof card;
    } catch {
      continue;
    }
    (card.actions ?? []).forEach((action, index) => {
      if (typeof action.type !== 'string' || !/^Action\.(Submit|Execute|OpenUrl)$/.test(action.type)) return;
      actions.push({
        buttonId: typeof action.id === 'string' && action.id ? action.id : `${attachment.id ?? 'card'}:${index}`,
        type: action.type as CardAction['type'],
        title: typeof action.title === 'string' ? action.title : '',
        verb: typeof action.verb === 'string' ? action.verb : null,
        data: action.data,
        url: action.url,
        iconUrl: typeof action.iconUrl === 'string' ? action.iconUrl : null,
      });
    });
  }
  return actions;
}

/** Adaptive-card actions as buttons, by action id. */
function buttonsOf(message: GraphChatMessage): ButtonRecord[] {
  return cardActionsOf(message).map((action) => {
    const value = action.type === 'Action.OpenUrl' ? action.url : action.data;
    return {
      id: action.buttonId,
      text: action.title,
      value: value === undefined || value === null ? null : typeof value === 'string' ? value : JSON.stringify(value),
      icon: action.iconUrl,
    };
  });
}

/** The thread summary of a channel root from its replies (tombstones do not count as replies). */
export interface ThreadSummary {
  replies: GraphChatMessage[];
}

/**
 * A chatMessage as a record. `thread` is known for channel roots (their replies); `rootId` names the root of
 * a reply. Soft-deleted messages are tombstones: no content, `deletedAt` set, still in their thread.
 */
export function toMessage(
  message: GraphChatMessage,
  container: MessageContainer,
  context: { workspaceId: string; rootId: string | null; thread: ThreadSummary | null },
): MessageRecord {
  const channelId = containerId(container);
  const deleted = Boolean(message.deletedDateTime);
  const mentionUsers = new Map((message.mentions ?? []).map((mention) => [String(mention.id), authorOf(mention.mentioned)]));
  const rendered = deleted ? { text: '', markdown: '', html: '' } : renderBody(message.body, (id) => mentionUsers.get(id) ?? null);
  const createdAt = new Date(message.createdDateTime);
  const root = context.rootId ? messageNativeId(container, context.rootId) : null;
  const live = (context.thread?.replies ?? []).filter((reply) => !reply.deletedDateTime);
  const lastReply = live.reduce<GraphChatMessage | null>((latest, reply) => (!latest || reply.createdDateTime > latest.createdDateTime ? reply : latest), null);
  const participants: string[] = [];
  for (const reply of [...live].sort((a, b) => a.createdDateTime.localeCompare(b.createdDateTime))) {
    const author = authorOf(reply.from);
    if (author && !participants.includes(author)) participants.push(author);
  }
  const systemEvent = systemEventOf(message, container);
  const isSystem = systemEvent !== null || message.messageType === 'systemEventMessage' || (message.messageType === 'unknownFutureValue' && Boolean(message.eventDetail));
  const mentionIds = deleted ? [] : [...new Set([...mentionUsers.values()].filter((id): id is string => id !== null))];
  return {
    provider: 'teams',
    workspaceId: context.workspaceId,
    id: messageNativeId(container, message.id, context.rootId),
    channelId,
    channelIds: [channelId],
    type: isSystem ? 'SYSTEM' : 'USER',
    systemEvent,
    authorId: authorOf(message.from),
    subject: message.subject || null,
    text: rendered.text,
    markdown: rendered.markdown,
    html: rendered.html,
    parentId: root,
    threadRootId: root,
    hasChildren: (context.thread?.replies.length ?? 0) > 0,
    replyCount: live.length,
    lastReplyAt: lastReply ? new Date(lastReply.createdDateTime) : null,
    threadParticipantIds: participants,
    alsoSentToChannel: false,
    mentionIds,
    reactions: deleted ? [] : reactionsOf(message),
    attachments: deleted ? [] : attachmentsOf(message, createdAt),
    buttons: deleted ? [] : buttonsOf(message),
    pinnedAt: null,
    pinnedById: null,
    editedAt: deleted ? null : date(message.lastEditedDateTime),
    deletedAt: date(message.deletedDateTime),
    createdAt,
    updatedAt: date(message.lastModifiedDateTime),
    webUrl: message.webUrl ?? null,
    linkPreview: null,
  };
}

/** A team as the parent channel of its channels. */
export function toTeamChannel(team: GraphTeam, workspaceId: string): ChannelRecord {
  const isPrivate = team.visibility !== 'public';
  return {
    provider: 'teams',
    workspaceId,
    id: containerId({ kind: 'team', teamId: team.id }),
    name: team.displayName,
    description: team.description ?? null,
    type: isPrivate ? 'PRIVATE' : 'PUBLIC',
    isPrivate,
    isActive: !team.isArchived,
    webUrl: team.webUrl ?? null,
    createdAt: date(team.createdDateTime),
    updatedAt: null,
    parentId: null,
    hasSubchannels: true,
  };
}

/** A channel of a team: standard channels are PUBLIC (every team member reads them), private and shared PRIVATE. */
export function toChannel(channel: GraphChannel, team: { id: string; isArchived?: boolean | null }, workspaceId: string): ChannelRecord {
  const isPrivate = (channel.membershipType ?? 'standard') !== 'standard';
  return {
    provider: 'teams',
    workspaceId,
    id: containerId({ kind: 'channel', teamId: team.id, channelId: channel.id }),
    name: channel.displayName,
    description: channel.description || null,
    type: isPrivate ? 'PRIVATE' : 'PUBLIC',
    isPrivate,
    isActive: !team.isArchived,
    webUrl: channel.webUrl ?? null,
    createdAt: date(channel.createdDateTime),
    updatedAt: null,
    parentId: containerId({ kind: 'team', teamId: team.id }),
    hasSubchannels: false,
  };
}

/** A chat: 1:1 → DIRECT named after the other person, group and meeting chats → GROUP named by topic or members. */
export function toChatChannel(chat: GraphChat, viewerId: string | null, workspaceId: string): ChannelRecord {
  const others = (chat.members ?? []).filter((member) => member.userId !== viewerId).map((member) => member.displayName ?? member.userId ?? member.id);
  const direct = chat.chatType === 'oneOnOne';
  return {
    provider: 'teams',
    workspaceId,
    id: containerId({ kind: 'chat', chatId: chat.id }),
    name: chat.topic || (direct ? (others[0] ?? 'Chat') : others.join(', ') || 'Group chat'),
    description: null,
    type: direct ? 'DIRECT' : 'GROUP',
    isPrivate: true,
    isActive: true,
    webUrl: chat.webUrl ?? null,
    createdAt: date(chat.createdDateTime),
    updatedAt: date(chat.lastUpdatedDateTime),
    parentId: null,
    hasSubchannels: false,
  };
}

/** The `@handle` that mentions a user: the local part of their sign-in name (`mina@contoso.com` → `mina`). */
export function handleOf(user: { userPrincipalName?: string | null; mail?: string | null; email?: string | null }): string | null {
  const address = user.userPrincipalName ?? user.mail ?? user.email ?? null;
  return address ? address.split('@')[0].toLowerCase() : null;
}

export function toUser(user: GraphUser, workspaceId: string): UserRecord {
  return {
    provider: 'teams',
    workspaceId,
    id: user.id,
    name: user.displayName ?? user.userPrincipalName ?? user.id,
    email: user.mail ?? null,
    avatarUrl: null,
    isBot: false,
    role: 'MEMBER',
  };
}

/** A conversation member as a user (members carry name and email, which spares a user lookup each). */
export function memberToUser(member: GraphMember, workspaceId: string): UserRecord | null {
  if (!member.userId) return null;
  return { provider: 'teams', workspaceId, id: member.userId, name: member.displayName ?? member.userId, email: member.email ?? null, avatarUrl: null, isBot: false, role: 'MEMBER' };
}

/** An app that posted (a bot) as a user record. */
export function toAppUser(applicationId: string, displayName: string | null, workspaceId: string): UserRecord {
  return { provider: 'teams', workspaceId, id: appUserId(applicationId), name: displayName ?? applicationId, email: null, avatarUrl: null, isBot: true, role: 'BOT' };
}
