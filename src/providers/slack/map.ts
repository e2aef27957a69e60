import type { AttachmentRecord, ButtonRecord, ChannelRecord, MessageRecord, ReactionRecord, SystemEventRecord, UserRecord } from '../model.js';
import { emojiOfReaction, messageId, tsToDate } from './ids.js';
import { linkPreviewOf, pinnedAtOf } from './message-extras.js';
import { mentionedUserIds, renderMrkdwn, type MentionNames } from './mrkdwn.js';
import type { SlackBlock, SlackBot, SlackConversation, SlackMessage, SlackUser } from './wire.js';

/** Slack objects → provider-neutral records. Pure: every lookup it needs is passed in. */

export interface MapContext {
  workspaceId: string;
  /** The team's subdomain, for permalinks (`https://<domain>.slack.com/archives/…`). */
  domain: string;
  names: MentionNames;
  /** Instants of deletions we performed ourselves; Slack does not say when a tombstone was made. */
  now: () => Date;
}

export function toUser(user: SlackUser, workspaceId: string): UserRecord {
  const profile = user.profile ?? {};
  const isBot = Boolean(user.is_bot) || user.id === 'USLACKBOT';
  return {
    provider: 'slack',
    workspaceId,
    id: user.id,
    name: profile.display_name || profile.real_name || user.real_name || user.name,
    handle: handleOf(user),
    email: profile.email ?? null,
    avatarUrl: profile.image_192 ?? profile.image_72 ?? null,
    isBot,
    role: user.is_owner || user.is_primary_owner ? 'OWNER' : user.is_admin ? 'ADMIN' : isBot ? 'BOT' : 'MEMBER',
  };
}

/** Legacy bots (integrations that post without a user) are authors too: their `B…` id stands for a user. */
export function toBotUser(bot: SlackBot, workspaceId: string): UserRecord {
  return {
    provider: 'slack',
    workspaceId,
    id: bot.id,
    name: bot.name,
    handle: null,
    email: null,
    avatarUrl: bot.icons?.image_72 ?? bot.icons?.image_36 ?? null,
    isBot: true,
    role: 'BOT',
  };
}

/** The Slack username people type after `@`. */
export function handleOf(user: SlackUser): string {
  return user.name.toLowerCase();
}

/**
 * A conversation as a channel. Direct conversations have no name in Slack: they are named after the
 * other person (`partnerName`); group conversations after their `mpdm-a--b--c-1` name's members.
 */
export function toChannel(conversation: SlackConversation, workspaceId: string, domain: string, partnerName: string | null): ChannelRecord {
  const type = conversation.is_im
    ? 'DIRECT'
    : conversation.is_mpim
      ? 'GROUP'
      : conversation.is_private || (conversation.is_group && !conversation.is_channel)
        ? 'PRIVATE'
        : 'PUBLIC';
  const name =
    type === 'DIRECT'
      ? (partnerName ?? conversation.user ?? conversation.id)
      : type === 'GROUP'
        ? (conversation.name ?? conversation.id).replace(/^mpdm-/, '').replace(/-\d+$/, '').split('--').join(', ')
        : (conversation.name ?? conversation.id);
  return {
    provider: 'slack',
    workspaceId,
    id: conversation.id,
    name,
    description: conversation.purpose?.value || conversation.topic?.value || null,
    type,
    isPrivate: type !== 'PUBLIC',
    isActive: !conversation.is_archived,
    webUrl: `https://${domain}.slack.com/archives/${conversation.id}`,
    createdAt: conversation.created ? new Date(conversation.created * 1000) : null,
    updatedAt: conversation.updated ? new Date(conversation.updated) : null,
    parentId: null,
    hasSubchannels: false,
    creatorId: conversation.creator || null,
  };
}

/** Slack's permalink format (what chat.getPermalink answers), built locally to spare a call per message. */
export function permalink(domain: string, channel: string, message: SlackMessage): string {
  const base = `https://${domain}.slack.com/archives/${channel}/p${message.ts.replace('.', '')}`;
  return isReply(message) ? `${base}?thread_ts=${message.thread_ts}&cid=${channel}` : base;
}

/** A reply: in a thread and not its root (a broadcast reply is a reply too). */
export function isReply(message: SlackMessage): boolean {
  return message.thread_ts !== undefined && message.thread_ts !== message.ts;
}

export function isTombstone(message: SlackMessage): boolean {
  return message.subtype === 'tombstone';
}

const SYSTEM_EVENTS: Record<string, SystemEventRecord['type']> = {
  channel_join: 'USER_JOINED',
  group_join: 'USER_JOINED',
  channel_leave: 'USER_LEFT',
  group_leave: 'USER_LEFT',
  channel_name: 'CHANNEL_RENAMED',
  group_name: 'CHANNEL_RENAMED',
  channel_archive: 'CHANNEL_ARCHIVED',
  group_archive: 'CHANNEL_ARCHIVED',
  channel_unarchive: 'CHANNEL_UNARCHIVED',
  group_unarchive: 'CHANNEL_UNARCHIVED',
  pinned_item: 'MESSAGE_PINNED',
};

function systemEvent(message: SlackMessage): SystemEventRecord | null {
  const type = message.subtype ? SYSTEM_EVENTS[message.subtype] : undefined;
  if (!type) return null;
  const joined = type === 'USER_JOINED' || type === 'USER_LEFT';
  return {
    type,
    userId: joined ? (message.user ?? null) : null,
    actorId: joined ? (message.inviter ?? null) : (message.user ?? null),
    channelName: message.name ?? null,
    oldChannelName: message.old_name ?? null,
    messageId: null,
  };
}

/** Users a message's records will name in text: mentions, so they can be rendered by name. */
export function userIdsToRender(message: SlackMessage): string[] {
  return isTombstone(message) ? [] : mentionedUserIds(message.text ?? '');
}

export function toMessage(message: SlackMessage, channel: string, context: MapContext): MessageRecord {
  const tombstone = isTombstone(message);
  const rendered = tombstone ? { text: '', markdown: '', html: '' } : renderMrkdwn(message.text ?? '', context.names);
  const root = message.thread_ts && isReply(message) ? messageId(channel, message.thread_ts) : null;
  const replyCount = message.reply_count ?? 0;
  const event = systemEvent(message);
  return {
    provider: 'slack',
    workspaceId: context.workspaceId,
    id: messageId(channel, message.ts),
    channelId: channel,
    channelIds: [channel],
    type: event ? 'SYSTEM' : 'USER',
    systemEvent: event,
    // Tombstones are Slackbot's ("This message was deleted."); the author is gone with the message.
    authorId: tombstone ? null : (message.user ?? message.bot_id ?? null),
    subject: null,
    text: rendered.text,
    markdown: rendered.markdown,
    html: rendered.html,
    // Slack threads are one level deep: a reply's parent is its thread root.
    parentId: root,
    threadRootId: root,
    hasChildren: replyCount > 0,
    replyCount,
    lastReplyAt: replyCount > 0 && message.latest_reply ? tsToDate(message.latest_reply) : null,
    threadParticipantIds: replyCount > 0 ? [...(message.reply_users ?? [])] : [],
    alsoSentToChannel: message.subtype === 'thread_broadcast',
    mentionIds: tombstone ? [] : mentionedUserIds(message.text ?? ''),
    reactions: tombstone ? [] : (message.reactions ?? []).map(toReaction),
    attachments: tombstone ? [] : (message.files ?? []).map(toAttachment),
    buttons: tombstone ? [] : buttonsOf(message.blocks ?? []),
    // Slack says that a message is pinned, not when nor by whom (message-extras.ts).
    pinnedAt: tombstone ? null : pinnedAtOf(message, channel),
    pinnedById: null,
    editedAt: !tombstone && message.edited ? tsToDate(message.edited.ts) : null,
    // Slack keeps no deletion time on a tombstone; the edit time, else the message's own, is the best known.
    deletedAt: tombstone ? tsToDate(message.edited?.ts ?? message.ts) : null,
    createdAt: tsToDate(message.ts),
    updatedAt: message.edited ? tsToDate(message.edited.ts) : null,
    webUrl: permalink(context.domain, channel, message),
    linkPreview: tombstone ? null : linkPreviewOf(message),
  };
}

/** The record a deletion leaves: Slack removed the content (and, without replies, the message itself). */
export function toTombstone(record: MessageRecord, deletedAt: Date): MessageRecord {
  return {
    ...record,
    authorId: null,
    text: '',
    markdown: '',
    html: '',
    mentionIds: [],
    reactions: [],
    attachments: [],
    buttons: [],
    editedAt: null,
    deletedAt,
    updatedAt: deletedAt,
  };
}

function toReaction(reaction: { name: string; users?: string[]; count: number }): ReactionRecord {
  return { emoji: emojiOfReaction(reaction.name), count: reaction.count, userIds: [...(reaction.users ?? [])] };
}

function toAttachment(file: NonNullable<SlackMessage['files']>[number]): AttachmentRecord {
  return {
    id: file.id,
    filename: file.name ?? file.title ?? file.id,
    contentType: file.mimetype ?? 'application/octet-stream',
    sizeBytes: file.size ?? 0,
    url: file.url_private ?? file.permalink ?? '',
    createdAt: file.created ? new Date(file.created * 1000) : null,
  };
}

/** Block Kit buttons (in `actions` blocks and as section accessories), identified by their `action_id`. */
function buttonsOf(blocks: SlackBlock[]): ButtonRecord[] {
  const buttons: ButtonRecord[] = [];
  for (const block of blocks) {
    const elements = [...(block.elements ?? []), ...(block.accessory ? [block.accessory] : [])];
    for (const element of elements) {
      if (element.type !== 'button' || !element.action_id) continue;
      buttons.push({ id: element.action_id, text: element.text?.text ?? '', value: element.value ?? null, icon: null });
    }
  }
  return buttons;
}
