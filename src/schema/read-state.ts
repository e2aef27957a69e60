import type { WorkspaceHandle } from '../providers/registry.js';
import type { ChannelRecord, MessageRecord, WorkspaceRecord } from '../providers/model.js';
import type { UnreadChannelRecord } from '../providers/features/read-state.js';
import {
  channelUnreadCount,
  markChannelRead,
  markUnread,
  messageIsUnread,
  unreadChannels,
  unreadMessages,
} from '../resolvers/read-state.js';
import { loadThread } from '../resolvers/threads.js';
import { builder } from './builder.js';
import { toConnection } from './pages.js';
import { attempt, USER_ERRORS, UserError, type UserErrorShape } from './errors.js';
import { MessageInput } from './message-input.js';
import { ChannelRef, MessageRef, WorkspaceRef } from './refs.js';
import { ThreadRef } from './threads.js';

/**
 * The viewer's read state in channels: `Channel.unreadCount`, `Message.isUnread`, `Workspace.unreads` (the
 * operation reference's "All unreads"), and the mutations markChannelRead and markUnread.
 */

const UNREAD_RULE =
  'Unread means: shown in the channel timeline (a root, or a reply also sent to the channel), sent after your ' +
  'read position in the channel, not deleted, and not written by you. Without a position yet, everything since ' +
  'you joined the channel is unread.';

function handle(workspace: WorkspaceRecord): WorkspaceHandle {
  return { provider: workspace.provider, workspaceId: workspace.id };
}

builder.objectField(ChannelRef, 'unreadCount', (t) =>
  t.int({
    description: `How many messages of this channel are unread for you. ${UNREAD_RULE} UNSUPPORTED where capabilities.readState is NONE.`,
    resolve: (channel, _args, ctx) => channelUnreadCount(ctx, channel),
  }),
);

builder.objectField(MessageRef, 'isUnread', (t) =>
  t.boolean({
    description:
      'Whether you have not read this message yet. A message in the channel timeline is unread when it comes after ' +
      'your read position in the channel; a reply shown only in its thread, when it comes after your read position ' +
      'in that thread (kept for threads you follow or marked read; replies of other threads are never unread). ' +
      'Your own and deleted messages are never unread.',
    resolve: (message, _args, ctx) => messageIsUnread(ctx, message),
  }),
);

const UnreadChannelRef = builder.objectRef<UnreadChannelRecord>('UnreadChannel').implement({
  description: 'A channel with unread messages, and those messages.',
  fields: (t) => ({
    channel: t.field({ type: ChannelRef, description: 'The channel.', resolve: (unread) => unread.channel }),
    unreadCount: t.int({ description: 'How many messages are unread here (as Channel.unreadCount).', resolve: (unread) => unread.unreadCount }),
    messages: t.connection({
      type: MessageRef,
      description:
        'The unread messages, oldest first, so that a client reads on from where you stopped. Forward only ' +
        '(first/after, 1–100, default 20).',
      resolve: async (unread, args, ctx) => toConnection(await unreadMessages(ctx, unread, args)),
    }),
  }),
});

builder.objectField(WorkspaceRef, 'unreads', (t) =>
  t.connection(
    {
      type: UnreadChannelRef,
      description:
        'Channels with unread messages for you, grouped with their counts and messages. ' +
        `Only channels you can read. ${UNREAD_RULE} Ordered by channel name, which ` +
        'new messages do not reorder, so paging through never skips a channel. Forward only (first/after, 1–100, default 20).',
      resolve: async (workspace, args, ctx) => toConnection(await unreadChannels(ctx, handle(workspace), args)),
    },
    { name: 'UnreadChannelConnection', description: 'A page of channels with unread messages.' },
    { name: 'UnreadChannelEdge', description: 'A channel with unread messages and its cursor.' },
  ),
);

const MarkChannelReadInput = builder.inputType('MarkChannelReadInput', {
  description: 'The channel to mark read, and how far.',
  fields: (t) => ({
    channelId: t.id({ required: true, description: 'The channel (Channel.id).' }),
    lastReadMessageId: t.id({
      description:
        'Read up to and including this message of the channel (VALIDATION_ERROR when it is in another channel). ' +
        'Defaults to the newest message. A position earlier than the current one makes later messages unread again.',
    }),
  }),
});

type ChannelResult = { result: ChannelRecord | null; userErrors: UserErrorShape[] };

const MarkChannelReadPayload = builder.objectRef<ChannelResult>('MarkChannelReadPayload').implement({
  description: 'The channel with your new read position (see unreadCount), or why nothing changed.',
  fields: (t) => ({
    channel: t.field({
      type: ChannelRef,
      nullable: true,
      description: 'The channel; read its unreadCount for the new count. Null when nothing changed.',
      resolve: (payload) => payload.result,
    }),
    userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (payload) => payload.userErrors }),
  }),
});

type MarkUnreadResult = {
  result: { message: MessageRecord; channel: ChannelRecord; threadRootId: string | null } | null;
  userErrors: UserErrorShape[];
};

const MarkUnreadPayload = builder.objectRef<MarkUnreadResult>('MarkUnreadPayload').implement({
  description: 'The message marked unread, where the read position moved, or why nothing changed.',
  fields: (t) => ({
    message: t.field({
      type: MessageRef,
      nullable: true,
      description: 'The message now unread (isUnread is true unless it is your own).',
      resolve: (payload) => payload.result?.message ?? null,
    }),
    channel: t.field({
      type: ChannelRef,
      nullable: true,
      description: 'The message’s channel; its unreadCount counts from the message on (for a timeline message).',
      resolve: (payload) => payload.result?.channel ?? null,
    }),
    thread: t.field({
      type: ThreadRef,
      nullable: true,
      description: 'Set when the message is a reply shown only in its thread: that thread’s read position moved instead of the channel’s.',
      resolve: (payload, _args, ctx) => {
        const result = payload.result;
        if (!result?.threadRootId) return null;
        const scope = ctx.scope({ provider: result.message.provider, workspaceId: result.message.workspaceId });
        return loadThread(scope, result.threadRootId);
      },
    }),
    userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (payload) => payload.userErrors }),
  }),
});

builder.mutationFields((t) => ({
  markChannelRead: t.field({
    type: MarkChannelReadPayload,
    description:
      'Move your read position in a channel to a message, or to the newest message. ' +
      'Emits CHANNEL_READ to your own subscriptions only.',
    args: { input: t.arg({ type: MarkChannelReadInput, required: true, description: 'The channel and how far you read.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() =>
        markChannelRead(ctx, {
          channelId: String(input.channelId),
          lastReadMessageId: input.lastReadMessageId == null ? null : String(input.lastReadMessageId),
        }),
      ),
  }),
  markUnread: t.field({
    type: MarkUnreadPayload,
    description:
      'Mark a message unread: your read position moves to just before it, so the channel shows unread from this ' +
      'message on. For a reply shown only in its thread, the thread’s ' +
      'read position moves instead. Your own messages never count as unread. Emits CHANNEL_READ (or THREAD_READ) ' +
      'to your own subscriptions only.',
    args: { input: t.arg({ type: MessageInput, required: true, description: 'The first message to show as unread.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => markUnread(ctx, { messageId: String(input.messageId) })),
  }),
}));
