import type { WorkspaceHandle } from '../providers/registry.js';
import type { WorkspaceRecord } from '../providers/model.js';
import {
  DEFAULT_LATEST_REPLIES,
  followedThreads,
  latestReplies,
  markThreadRead,
  setThreadSubscription,
  threadRoot,
  viewerThreadSubscription,
  type ThreadView,
} from '../resolvers/threads.js';
import { builder } from './builder.js';
import { toConnection } from './pages.js';
import { attempt, USER_ERRORS, UserError, type UserErrorShape } from './errors.js';
import { MessageInput } from './message-input.js';
import { MessageRef, WorkspaceRef } from './refs.js';

/**
 * Threads the viewer follows (the operation reference's subscribed threads): `Workspace.threads`,
 * `Message.viewerThreadSubscription`, and the mutations subscribeToThread, unsubscribeFromThread and
 * markThreadRead.
 */

export const ThreadSubscriptionStatusEnum = builder.enumType('ThreadSubscriptionStatus', {
  description: 'Whether the viewer follows a thread, i.e. hears about its new replies.',
  values: {
    SUBSCRIBED: { description: 'The viewer follows the thread: it is listed in Workspace.threads with its unread replies.' },
    UNSUBSCRIBED: { description: 'The viewer does not follow the thread (never did, or unsubscribed).' },
  } as const,
});

export const ThreadRef = builder.objectRef<ThreadView>('Thread').implement({
  description:
    'A thread: a root message and every reply below it, at any depth, with the viewer’s read state in it. ' +
    'Replies count as unread when they came after the viewer’s read position in the thread (moved by ' +
    'markThreadRead, and by replying), are not deleted and are not the viewer’s own.',
  fields: (t) => ({
    root: t.field({ type: MessageRef, description: 'The message that starts the thread.', resolve: (thread, _args, ctx) => threadRoot(ctx, thread) }),
    hasNewReplies: t.boolean({
      description: 'Whether the thread has replies the viewer has not read (unreadReplyCount > 0).',
      resolve: (thread) => thread.state.unreadReplyCount > 0,
    }),
    unreadReplyCount: t.int({
      description: 'Replies after the viewer’s read position in the thread, deleted ones and the viewer’s own excluded.',
      resolve: (thread) => thread.state.unreadReplyCount,
    }),
    lastActivityAt: t.field({
      type: 'DateTime',
      description: 'When the latest reply was sent (the root’s time for a thread without replies); Workspace.threads is ordered by it.',
      resolve: (thread) => thread.state.lastActivityAt,
    }),
    viewerSubscription: t.field({
      type: ThreadSubscriptionStatusEnum,
      description: 'Whether the viewer follows this thread.',
      resolve: (thread) => thread.state.subscription,
    }),
    latestReplies: t.field({
      type: [MessageRef],
      description:
        `The newest replies of the thread (anywhere below the root), the oldest of them first; ${DEFAULT_LATEST_REPLIES} by ` +
        'default, at most 100. Deleted replies appear as tombstones so that the tree keeps its shape.',
      args: { last: t.arg.int({ required: false, description: `How many replies: 0 to 100, default ${DEFAULT_LATEST_REPLIES}.` }) },
      resolve: (thread, args, ctx) => latestReplies(ctx, thread, args.last),
    }),
  }),
});

function handle(workspace: WorkspaceRecord): WorkspaceHandle {
  return { provider: workspace.provider, workspaceId: workspace.id };
}

const ThreadFilter = builder.inputType('ThreadFilter', {
  description: 'Narrows the list of followed threads.',
  fields: (t) => ({
    unreadOnly: t.boolean({
      description: 'Only threads with unread replies (unreadReplyCount > 0): what a "Threads" badge links to.',
    }),
  }),
});

builder.objectField(WorkspaceRef, 'threads', (t) =>
  t.connection(
    {
      type: ThreadRef,
      args: { filter: t.arg({ type: ThreadFilter, required: false, description: 'Which followed threads; none: all of them.' }) },
      description:
        'Threads the viewer follows in this workspace, in channels it can read, the latest reply activity first. ' +
        'You follow a thread by replying to it, by subscribeToThread, ' +
        'or when someone replies to a message you wrote (unless you unsubscribed from it). Reads forward only ' +
        '(first/after, 1–100, default 20).',
      resolve: async (workspace, args, ctx) => {
        const page = await followedThreads(ctx, handle(workspace), args);
        return { ...toConnection(page), unreadThreadCount: page.unreadThreadCount };
      },
    },
    {
      name: 'ThreadConnection',
      description: 'A page of followed threads.',
      fields: (c) => ({
        unreadThreadCount: c.int({
          description: 'How many followed threads (on every page, not just this one) have unread replies.',
          resolve: (connection) => connection.unreadThreadCount,
        }),
      }),
    },
    { name: 'ThreadEdge', description: 'A followed thread and its cursor.' },
  ),
);

builder.objectField(MessageRef, 'viewerThreadSubscription', (t) =>
  t.field({
    type: ThreadSubscriptionStatusEnum,
    description:
      'Whether the viewer follows the thread this message belongs to (its own thread for a root; the thread of ' +
      'its root for a reply). UNSUPPORTED where capabilities.threadSubscriptions is NONE.',
    resolve: (message, _args, ctx) => viewerThreadSubscription(ctx, message),
  }),
);

type ThreadResult = { result: ThreadView | null; userErrors: UserErrorShape[] };

const ThreadPayload = builder.objectRef<ThreadResult>('ThreadPayload').implement({
  description: 'The thread with the viewer’s state after the change, or why nothing changed (then `thread` is null).',
  fields: (t) => ({
    thread: t.field({ type: ThreadRef, nullable: true, description: 'The thread with your state in it; null when nothing changed.', resolve: (payload) => payload.result }),
    userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (payload) => payload.userErrors }),
  }),
});

const MarkThreadReadInput = builder.inputType('MarkThreadReadInput', {
  description: 'The thread to mark read, and how far.',
  fields: (t) => ({
    messageId: t.id({ required: true, description: 'The thread’s root, or any reply in it (the whole thread is meant).' }),
    lastReadReplyId: t.id({
      description: 'Read up to and including this reply, which must be in that thread (VALIDATION_ERROR otherwise). Defaults to the latest reply.',
    }),
  }),
});

builder.mutationFields((t) => ({
  markThreadRead: t.field({
    type: ThreadPayload,
    description:
      'Mark a thread read up to a reply, or up to its latest reply. ' +
      'Moving the position back makes later replies unread again. Emits THREAD_READ to your own subscriptions only.',
    args: { input: t.arg({ type: MarkThreadReadInput, required: true, description: 'The thread and how far you read.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() =>
        markThreadRead(ctx, {
          messageId: String(input.messageId),
          lastReadReplyId: input.lastReadReplyId == null ? null : String(input.lastReadReplyId),
        }),
      ),
  }),
  subscribeToThread: t.field({
    type: ThreadPayload,
    description:
      'Follow the thread of a message (its root, or the thread a reply is in). ' +
      'A thread you never read starts read up to its latest reply; following again keeps your read position. ' +
      'Replying to a thread follows it automatically.',
    args: { input: t.arg({ type: MessageInput, required: true, description: 'The root of the thread, or any reply in it.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => setThreadSubscription(ctx, { messageId: String(input.messageId) }, 'SUBSCRIBED')),
  }),
  unsubscribeFromThread: t.field({
    type: ThreadPayload,
    description:
      'Stop following the thread of a message. It stays unfollowed when ' +
      'others reply to your message; replying to it yourself follows it again.',
    args: { input: t.arg({ type: MessageInput, required: true, description: 'The root of the thread, or any reply in it.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => setThreadSubscription(ctx, { messageId: String(input.messageId) }, 'UNSUBSCRIBED')),
  }),
}));
