import type { RequestContext, WorkspaceScope } from '../context.js';
import { SwitchboardError } from '../errors.js';
import type { WorkspaceHandle } from '../providers/registry.js';
import { requireFeature } from '../providers/provider.js';
import type { MessageRecord, ProviderName } from '../providers/model.js';
import type { ThreadStateRecord, ThreadSubscriptionStatus } from '../providers/features/read-state.js';
import { handleOf, requireMemberScope, requireMessage, requireWriteScope } from './access.js';
import { pageRequest, type ConnectionArgs, MAX_PAGE_SIZE } from './pagination.js';
import { forgetChannelReadState, publishPrivateEvent, viewerActor } from './read-state.js';
import { refFromGlobalId, sameWorkspace, type Ref } from './refs.js';

/**
 * Threads the viewer follows: listing them with unread replies, following and unfollowing, marking read.
 * A thread is named by its root; every operation also accepts any reply of the thread and acts on its root.
 */

/** A thread as the schema sees it: the viewer's state in it, and where it lives. */
export interface ThreadView {
  provider: ProviderName;
  workspaceId: string;
  state: ThreadStateRecord;
}

export interface ThreadListPage {
  edges: Array<{ cursor: string; node: ThreadView }>;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  unreadThreadCount: number;
}

/** Replies `latestReplies` returns when `last` is not given. */
export const DEFAULT_LATEST_REPLIES = 3;

/** The root of the thread a message belongs to (the message itself for a root). */
export function rootIdOf(message: MessageRecord): string {
  return message.threadRootId ?? message.id;
}

/** Followed threads in channels the viewer can read, latest reply activity first; forward pages only. */
export async function followedThreads(ctx: RequestContext, workspace: WorkspaceHandle, args: ConnectionArgs): Promise<ThreadListPage> {
  const page = pageRequest(args, { backward: false });
  const scope = await requireMemberScope(ctx, workspace);
  const threads = requireFeature(scope.provider, 'threadSubscriptions');
  if (page.direction !== 'forward') throw new SwitchboardError('VALIDATION_ERROR', 'around does not apply to threads.');
  const result = await threads.listFollowedThreads(await viewerActor(scope), { limit: page.limit, cursor: page.cursor });
  for (const { node } of result.edges) {
    scope.loaders.threadStates.prime(node.rootId, node);
    scope.loaders.threadSubscriptions.prime(node.rootId, node.subscription);
  }
  return {
    ...result,
    edges: result.edges.map((edge) => ({ cursor: edge.cursor, node: view(scope, edge.node) })),
  };
}

export async function viewerThreadSubscription(ctx: RequestContext, message: MessageRecord): Promise<ThreadSubscriptionStatus> {
  const scope = ctx.scope(handleOf(message));
  requireFeature(scope.provider, 'threadSubscriptions');
  return scope.loaders.threadSubscriptions.load(rootIdOf(message));
}

/** The root message of a thread; the viewer could read it when the thread was handed out. */
export async function threadRoot(ctx: RequestContext, thread: ThreadView): Promise<MessageRecord> {
  const root = await ctx.scope(thread).loaders.messages.load(thread.state.rootId);
  if (!root) throw new Error(`Thread root ${thread.state.rootId} is missing.`);
  return root;
}

/** The newest `last` replies of the thread (anywhere below the root), oldest of them first. */
export async function latestReplies(ctx: RequestContext, thread: ThreadView, last: number | null | undefined): Promise<MessageRecord[]> {
  const limit = last ?? DEFAULT_LATEST_REPLIES;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw new SwitchboardError('VALIDATION_ERROR', `last must be between 0 and ${MAX_PAGE_SIZE}, got ${limit}.`, { field: ['last'] });
  }
  if (limit === 0) return [];
  const page = await ctx.scope(thread).loaders.descendants.load({
    parentId: thread.state.rootId,
    page: { direction: 'backward', limit, cursor: null },
  });
  return page.edges.map((edge) => edge.node);
}

/** Follows or unfollows the thread of a message. */
export async function setThreadSubscription(
  ctx: RequestContext,
  input: { messageId: string },
  status: ThreadSubscriptionStatus,
): Promise<ThreadView> {
  const { scope, threads, rootId } = await targetThread(ctx, input.messageId);
  await threads.setThreadSubscription(await viewerActor(scope), rootId, status);
  scope.loaders.threadSubscriptions.clear(rootId);
  return loadThread(scope, rootId);
}

/**
 * Marks the thread of a message read up to `lastReadReplyId` (a reply of that thread) or its latest reply,
 * and tells the viewer's own subscriptions with a THREAD_READ event.
 */
export async function markThreadRead(
  ctx: RequestContext,
  input: { messageId: string; lastReadReplyId?: string | null },
): Promise<ThreadView> {
  const { scope, threads, ref, root, rootId } = await targetThread(ctx, input.messageId);
  let replyId: string | null = null;
  if (input.lastReadReplyId) {
    const replyRef = refFromGlobalId(input.lastReadReplyId, 'Message', ['input', 'lastReadReplyId']);
    const reply = sameWorkspace(replyRef, ref) ? await requireMessage(ctx, replyRef) : null;
    if (!reply || reply.threadRootId !== rootId) {
      throw new SwitchboardError(
        'VALIDATION_ERROR',
        `lastReadReplyId: ${JSON.stringify(input.lastReadReplyId)} is not a reply in the thread of messageId.`,
        { field: ['input', 'lastReadReplyId'] },
      );
    }
    replyId = reply.id;
  }
  const actor = await viewerActor(scope);
  await threads.markThreadRead(actor, rootId, replyId);
  forgetChannelReadState(scope, root.channelId);
  await publishPrivateEvent(ctx, scope, actor, 'THREAD_READ', { channelId: root.channelId, messageId: rootId, threadRootId: rootId });
  return loadThread(scope, rootId);
}

/** The thread a mutation acts on: checks, the viewer's scope and the root. */
async function targetThread(ctx: RequestContext, messageId: string) {
  requireWriteScope(ctx);
  const ref: Ref = refFromGlobalId(messageId, 'Message', ['input', 'messageId']);
  const scope = await requireMemberScope(ctx, ref);
  const threads = requireFeature(scope.provider, 'threadSubscriptions');
  const message = await requireMessage(ctx, ref);
  const rootId = rootIdOf(message);
  const root = rootId === message.id ? message : await requireMessage(ctx, { ...ref, nativeId: rootId });
  return { scope, threads, ref, root, rootId };
}

/** The viewer's state in one thread, read after a change. */
export async function loadThread(scope: WorkspaceScope, rootId: string): Promise<ThreadView> {
  scope.loaders.threadStates.clear(rootId);
  return view(scope, await scope.loaders.threadStates.load(rootId));
}

function view(scope: WorkspaceScope, state: ThreadStateRecord): ThreadView {
  return { provider: scope.handle.provider, workspaceId: scope.handle.workspaceId, state };
}
