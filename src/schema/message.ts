import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context.js';
import { parseScopedId, scopedId } from '../providers/ids.js';
import type { ButtonRecord, ChannelRecord, MessageRecord, ReactionRecord, SystemEventRecord, UserRecord } from '../providers/model.js';
import { findMessage, handleOf, requireMessage } from '../resolvers/access.js';
import { messageHtml } from '../resolvers/message-html.js';
import { pageRequest, type ConnectionArgs } from '../resolvers/pagination.js';
import { canDeleteMessage, canUpdateMessage } from '../resolvers/policy.js';
import { refFromGlobalId } from '../resolvers/refs.js';
import { builder } from './builder.js';
import { nestedChildPages } from './child-tree.js';
import { toConnection } from './pages.js';
import { AttachmentRef, ChannelRef, MessageRef, UserRef, WorkspaceRef } from './refs.js';

const MessageTypeEnum = builder.enumType('MessageType', {
  description: 'Who wrote a message.',
  values: {
    USER: { description: 'A person or bot.' },
    SYSTEM: { description: 'The workspace itself, about a change (someone joined, a channel was renamed…).' },
  } as const,
});

const SystemEventTypeEnum = builder.enumType('SystemEventType', {
  description: 'The change a system message reports.',
  values: {
    USER_JOINED: { description: '`user` joined the channel (added by `actor` when someone invited them).' },
    USER_LEFT: { description: '`user` left the channel.' },
    CHANNEL_RENAMED: { description: '`actor` renamed the channel from `oldChannelName` to `channelName`.' },
    CHANNEL_CREATED: { description: '`actor` created the channel, named `channelName`.' },
    CHANNEL_ARCHIVED: { description: '`actor` archived the channel.' },
    CHANNEL_UNARCHIVED: { description: '`actor` brought the channel back from the archive.' },
    MESSAGE_PINNED: { description: '`actor` pinned `message` to the channel.' },
  } as const,
});

type InWorkspace<T> = T & { message: MessageRecord };

/** Loads users of the message's workspace, dropping ids that no longer resolve. */
async function usersOf(ctx: RequestContext, message: MessageRecord, ids: string[]): Promise<UserRecord[]> {
  const users = await ctx.scope(handleOf(message)).loaders.users.loadMany(ids);
  return users.filter((user): user is UserRecord => user !== null && !(user instanceof Error));
}

const SystemEvent = builder.objectRef<InWorkspace<SystemEventRecord>>('SystemEvent').implement({
  description: 'What a system message is about.',
  fields: (t) => ({
    type: t.field({ type: SystemEventTypeEnum, description: 'The change reported.', resolve: (event) => event.type }),
    user: t.field({
      type: UserRef,
      nullable: true,
      description: 'Who joined or left.',
      resolve: async (event, _args, ctx) => (event.userId ? (await usersOf(ctx, event.message, [event.userId]))[0] : null),
    }),
    actor: t.field({
      type: UserRef,
      nullable: true,
      description: 'Who made the change, when someone else than `user`.',
      resolve: async (event, _args, ctx) => (event.actorId ? (await usersOf(ctx, event.message, [event.actorId]))[0] : null),
    }),
    channelName: t.exposeString('channelName', {
      nullable: true,
      description: 'The channel name at the time (CHANNEL_CREATED, CHANNEL_RENAMED: the new name).',
    }),
    oldChannelName: t.exposeString('oldChannelName', { nullable: true, description: 'For CHANNEL_RENAMED: the name before.' }),
    message: t.field({
      type: MessageRef,
      nullable: true,
      description: 'The message the event is about (MESSAGE_PINNED).',
      resolve: (event, _args, ctx) =>
        event.messageId ? findMessage(ctx, { ...handleOf(event.message), nativeId: event.messageId }) : null,
    }),
  }),
});

const ReactionGroup = builder.objectRef<InWorkspace<ReactionRecord>>('ReactionGroup').implement({
  description: 'Everyone who reacted to a message with one emoji.',
  fields: (t) => ({
    emoji: t.exposeString('emoji', { description: 'A unicode emoji, or a custom emoji name like `:shipit:`.' }),
    count: t.exposeInt('count', { description: 'How many people reacted with this emoji.' }),
    users: t.field({
      type: [UserRef],
      description: 'Who reacted, first reaction first (providers may truncate this list; count stays exact).',
      resolve: (group, _args, ctx) => usersOf(ctx, group.message, group.userIds),
    }),
    viewerHasReacted: t.boolean({
      description: 'Whether you are one of them: render the reaction as pressed, and offer removeReaction.',
      resolve: async (group, _args, ctx) => {
        const actor = await ctx.scope(handleOf(group.message)).actor();
        return actor !== null && group.userIds.includes(actor.userId);
      },
    }),
  }),
});

/** The users of one role on a mail, in header order; none for chat. People outside the organisation resolve by address. */
function recipientsOf(role: 'from' | 'to' | 'cc' | 'bcc') {
  return (message: MessageRecord, _args: unknown, ctx: RequestContext) =>
    message.recipients?.[role].length ? usersOf(ctx, message, message.recipients[role]) : [];
}

const Recipients = builder.objectRef<MessageRecord>('Recipients').implement({
  description: 'Email recipients. Chat messages have none: every list is empty.',
  fields: (t) => ({
    from: t.field({ type: [UserRef], description: 'The sender.', resolve: recipientsOf('from') }),
    to: t.field({ type: [UserRef], description: 'Main recipients.', resolve: recipientsOf('to') }),
    cc: t.field({ type: [UserRef], description: 'Copied recipients.', resolve: recipientsOf('cc') }),
    bcc: t.field({ type: [UserRef], description: 'Blind-copied recipients (only on messages you sent).', resolve: recipientsOf('bcc') }),
  }),
});

export const Button = builder.objectRef<ButtonRecord>('Button').implement({
  description: 'An interactive button on a message; clicks arrive as BUTTON_CLICKED events.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The button id within its message (not a global id); BUTTON_CLICKED events name it.' }),
    text: t.exposeString('text', { description: 'The label shown on the button.' }),
    value: t.exposeString('value', { nullable: true, description: 'The value the app attached to the button, if any.' }),
    icon: t.exposeString('icon', { nullable: true, description: 'An emoji or icon name shown with the label, if any.' }),
  }),
});

// The Attachment type, its uploads and signed links: ./attachments.ts.

function loadMessages(ctx: RequestContext, ids: string[]): Promise<Array<MessageRecord | null>> {
  return Promise.all(ids.map((id) => findMessage(ctx, parseScopedId(id))));
}

/** A message of the same workspace, by native id; the same channel, so visibility is already settled. */
function sibling(ctx: RequestContext, message: MessageRecord, id: string | null): Promise<MessageRecord | null> | null {
  return id === null ? null : ctx.scope(handleOf(message)).loaders.messages.load(id);
}

/** A page of replies below a message; reply lists read forward only. */
async function replies(ctx: RequestContext, message: MessageRecord, kind: 'children' | 'descendants', args: ConnectionArgs) {
  const loader = ctx.scope(handleOf(message)).loaders[kind];
  return toConnection(await loader.load({ parentId: message.id, page: pageRequest(args, { backward: false }) }));
}

/**
 * Direct replies. When the query nests `children` in them and the provider reads reply trees, the levels
 * below are read with this one (./child-tree.ts), and their own `children` fields find their pages read.
 */
async function children(ctx: RequestContext, message: MessageRecord, args: ConnectionArgs, info: GraphQLResolveInfo) {
  const loaders = ctx.scope(handleOf(message)).loaders;
  const key = { parentId: message.id, page: pageRequest(args, { backward: false }) };
  const trees = loaders.childTrees;
  const below = trees && !loaders.knowsChildren(key) ? nestedChildPages(info) : [];
  // The tree's pages, this one's included, land in the children loader.
  if (trees && below.length > 0) await trees.load({ parentId: message.id, pages: [key.page, ...below] });
  return toConnection(await loaders.children.load(key));
}

builder.node(MessageRef, {
  description: 'A message, with its place in a reply tree.',
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'channelIds' in value,
  id: { resolve: (message) => scopedId(message.provider, message.workspaceId, message.id) },
  loadMany: (ids, ctx) => loadMessages(ctx, ids as string[]),
  fields: (t) => ({
    workspace: t.field({
      type: WorkspaceRef,
      description: 'The workspace of the message.',
      resolve: (message, _args, ctx) => ctx.scope(handleOf(message)).workspace(),
    }),
    channel: t.field({
      type: ChannelRef,
      description: 'The channel the message lives in.',
      resolve: async (message, _args, ctx) => {
        const channel = await ctx.scope(handleOf(message)).loaders.channels.load(message.channelId);
        if (!channel) throw new Error(`Channel ${message.channelId} of message ${message.id} is missing.`);
        return channel;
      },
    }),
    channels: t.field({
      type: [ChannelRef],
      description: 'Every container the message sits in; email can sit in several.',
      resolve: async (message, _args, ctx) => {
        const channels = await ctx.scope(handleOf(message)).loaders.channels.loadMany(message.channelIds);
        return channels.filter((channel): channel is ChannelRecord => channel !== null && !(channel instanceof Error));
      },
    }),
    type: t.field({ type: MessageTypeEnum, description: 'USER for what people and bots write, SYSTEM for notices.', resolve: (message) => message.type }),
    systemEvent: t.field({
      type: SystemEvent,
      nullable: true,
      description: 'For SYSTEM messages: the change they report, to render in your own words. Null otherwise.',
      resolve: (message) => (message.systemEvent ? { ...message.systemEvent, message } : null),
    }),
    author: t.field({
      type: UserRef,
      nullable: true,
      description: 'Null for system messages without an actor.',
      resolve: (message, _args, ctx) =>
        message.authorId ? ctx.scope(handleOf(message)).loaders.users.load(message.authorId) : null,
    }),
    subject: t.exposeString('subject', { nullable: true, description: 'Email subject; null for chat.' }),
    text: t.exposeString('text', { description: 'Plain text. Empty for a deleted message.' }),
    markdown: t.exposeString('markdown', {
      nullable: true,
      description: 'The source as markdown, when the message was written in it (or converted from the provider, e.g. Slack mrkdwn).',
    }),
    html: t.string({
      nullable: true,
      description:
        'Rendered HTML; raw HTML in the source is escaped. Mail: its own HTML, sanitized (no scripts, forms or frames; remote images as links ' +
        'or left out; inline images of its own attachments as signed download links that expire, like Attachment.url).',
      resolve: (message, _args, ctx) => messageHtml(ctx, message),
    }),
    parent: t.field({
      type: MessageRef,
      nullable: true,
      description: 'The message this one replies to (its immediate predecessor); null for a root.',
      resolve: (message, _args, ctx) => sibling(ctx, message, message.parentId),
    }),
    threadRoot: t.field({
      type: MessageRef,
      nullable: true,
      description: 'The root of the thread this message is in; null for a root.',
      resolve: (message, _args, ctx) => sibling(ctx, message, message.threadRootId),
    }),
    children: t.connection({
      type: MessageRef,
      description: 'Immediate replies, oldest first.',
      resolve: (message, args, ctx, info) => children(ctx, message, args, info),
    }),
    descendants: t.connection({
      type: MessageRef,
      description: 'The whole subtree below this message, flattened, oldest first. Use `parent` to rebuild the tree.',
      resolve: (message, args, ctx) => replies(ctx, message, 'descendants', args),
    }),
    hasChildren: t.exposeBoolean('hasChildren', { description: 'Whether anyone replied to this message directly.' }),
    replyCount: t.exposeInt('replyCount', { description: 'Replies anywhere below this message, deleted ones excluded.' }),
    lastReplyAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the latest reply anywhere below this message was sent; null without replies.',
      resolve: (message) => message.lastReplyAt,
    }),
    threadParticipants: t.field({
      type: [UserRef],
      description: 'Everyone who replied below this message.',
      resolve: (message, _args, ctx) => usersOf(ctx, message, message.threadParticipantIds),
    }),
    alsoSentToChannel: t.exposeBoolean('alsoSentToChannel', {
      description: 'A reply that is also shown in the channel timeline.',
    }),
    mentions: t.field({
      type: [UserRef],
      description: 'Users mentioned with @handle.',
      resolve: (message, _args, ctx) => usersOf(ctx, message, message.mentionIds),
    }),
    recipients: t.field({ type: Recipients, description: 'Email senders and recipients; empty lists for chat.', resolve: (message) => message }),
    reactions: t.field({
      type: [ReactionGroup],
      description: 'Reactions grouped by emoji, in the order they were first used.',
      resolve: (message) => message.reactions.map((reaction) => ({ ...reaction, message })),
    }),
    attachments: t.field({
      type: [AttachmentRef],
      description: 'Files sent with the message, in the order they were attached.',
      resolve: (message) =>
        message.attachments.map((attachment) => ({ ...attachment, provider: message.provider, workspaceId: message.workspaceId })),
    }),
    buttons: t.field({ type: [Button], description: 'Empty where the provider has no buttons.', resolve: (message) => message.buttons }),
    isPinned: t.boolean({ description: 'Whether it is pinned to its channel (see Channel.pins).', resolve: (message) => message.pinnedAt !== null }),
    pinnedAt: t.field({ type: 'DateTime', nullable: true, description: 'When it was pinned; null when not pinned.', resolve: (message) => message.pinnedAt }),
    pinnedBy: t.field({
      type: UserRef,
      nullable: true,
      description: 'Who pinned it; null when not pinned.',
      resolve: (message, _args, ctx) =>
        message.pinnedById ? ctx.scope(handleOf(message)).loaders.users.load(message.pinnedById) : null,
    }),
    editedAt: t.field({ type: 'DateTime', nullable: true, description: 'When its author last edited it; null if never.', resolve: (message) => message.editedAt }),
    deletedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'Set on a tombstone: the message was deleted but keeps its place in the tree.',
      resolve: (message) => message.deletedAt,
    }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was sent.', resolve: (message) => message.createdAt }),
    updatedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it last changed (an edit, a deletion, a pin); the send time or null when it never did.',
      resolve: (message) => message.updatedAt,
    }),
    webUrl: t.field({
      type: 'URL',
      nullable: true,
      description: "The message in its provider's own app (a Slack permalink); null for the built-in workspace.",
      resolve: (message) => message.webUrl,
    }),
    viewerCanUpdate: t.boolean({
      description: 'Only the author edits.',
      resolve: (message, _args, ctx) => canUpdateMessage(ctx.scope(handleOf(message)), message),
    }),
    viewerCanDelete: t.boolean({
      description: 'The author, a channel admin, or a workspace admin or owner deletes.',
      resolve: (message, _args, ctx) => canDeleteMessage(ctx.scope(handleOf(message)), message),
    }),
  }),
});

builder.queryField('message', (t) =>
  t.field({
    type: MessageRef,
    nullable: true,
    description: 'One message by id; NOT_FOUND when it does not exist or is in a channel you cannot see.',
    args: { id: t.arg.id({ required: true, description: 'The global id of the message (Message.id).' }) },
    resolve: (_root, args, ctx) => requireMessage(ctx, refFromGlobalId(String(args.id), 'Message', ['id'])),
  }),
);
