import type { RequestContext, WorkspaceScope } from '../context.js';
import { SwitchboardError } from '../errors.js';
import type { WorkspaceHandle } from '../providers/registry.js';
import { requireFeature } from '../providers/provider.js';
import type { Actor, ChannelRecord, MessageRecord } from '../providers/model.js';
import type { EventType } from '../providers/events.js';
import type { Page } from '../providers/paging.js';
import type { UnreadChannelRecord } from '../providers/features/read-state.js';
import { handleOf, requireChannel, requireMemberScope, requireMessage, requireWriteScope } from './access.js';
import { pageRequest, type ConnectionArgs } from './pagination.js';
import { refFromGlobalId, sameWorkspace } from './refs.js';

/**
 * The viewer's channel read positions: unread counts and flags, the "All unreads" list, and the mutations
 * that move a position. Read state is the viewer's own: it needs no permission beyond reading the channel,
 * and its events reach only the viewer (see `publishPrivateEvent`).
 */

/** The viewer as actor in a workspace it belongs to (read state needs a user to belong to). */
export async function viewerActor(scope: WorkspaceScope): Promise<Actor> {
  const actor = await scope.actor();
  if (!actor) throw new SwitchboardError('NOT_FOUND', 'You are not a member of this workspace.');
  return actor;
}

export async function channelUnreadCount(ctx: RequestContext, channel: ChannelRecord): Promise<number> {
  const scope = ctx.scope(handleOf(channel));
  requireFeature(scope.provider, 'readState');
  return scope.loaders.channelUnreadCounts.load(channel.id);
}

export async function messageIsUnread(ctx: RequestContext, message: MessageRecord): Promise<boolean> {
  const scope = ctx.scope(handleOf(message));
  requireFeature(scope.provider, 'readState');
  return scope.loaders.unreadFlags.load(message.id);
}

/** Channels with unread messages for the viewer, by name; forward pages only. */
export async function unreadChannels(ctx: RequestContext, workspace: WorkspaceHandle, args: ConnectionArgs): Promise<Page<UnreadChannelRecord>> {
  const page = pageRequest(args, { backward: false });
  const scope = await requireMemberScope(ctx, workspace);
  const readState = requireFeature(scope.provider, 'readState');
  if (page.direction !== 'forward') throw new SwitchboardError('VALIDATION_ERROR', 'around does not apply to unreads.');
  const result = await readState.listUnreadChannels(await viewerActor(scope), { limit: page.limit, cursor: page.cursor });
  for (const { node } of result.edges) {
    scope.loaders.channels.prime(node.channel.id, node.channel);
    scope.loaders.channelUnreadCounts.prime(node.channel.id, node.unreadCount);
  }
  return result;
}

/** A page of one channel's unread messages, oldest first. */
export async function unreadMessages(ctx: RequestContext, unread: UnreadChannelRecord, args: ConnectionArgs): Promise<Page<MessageRecord>> {
  const scope = ctx.scope(handleOf(unread.channel));
  return scope.loaders.unreadMessages.load({ parentId: unread.channel.id, page: pageRequest(args, { backward: false }) });
}

export interface MarkChannelReadArgs {
  channelId: string;
  lastReadMessageId?: string | null;
}

/** Moves the viewer's position in a channel to the given message, or to the newest one. */
export async function markChannelRead(ctx: RequestContext, input: MarkChannelReadArgs): Promise<ChannelRecord> {
  requireWriteScope(ctx);
  const channelRef = refFromGlobalId(input.channelId, 'Channel', ['input', 'channelId']);
  const messageRef = input.lastReadMessageId
    ? refFromGlobalId(input.lastReadMessageId, 'Message', ['input', 'lastReadMessageId'])
    : null;
  if (messageRef && !sameWorkspace(messageRef, channelRef)) {
    throw new SwitchboardError('VALIDATION_ERROR', 'lastReadMessageId: the message is in another workspace than channelId.', {
      field: ['input', 'lastReadMessageId'],
    });
  }
  const scope = await requireMemberScope(ctx, channelRef);
  const readState = requireFeature(scope.provider, 'readState');
  const channel = await requireChannel(ctx, channelRef);
  const message = messageRef ? await requireMessage(ctx, messageRef) : null;
  if (message && message.channelId !== channel.id) {
    throw new SwitchboardError('VALIDATION_ERROR', `lastReadMessageId: message ${JSON.stringify(input.lastReadMessageId)} is not in #${channel.name}.`, {
      field: ['input', 'lastReadMessageId'],
    });
  }
  const actor = await viewerActor(scope);
  await readState.markChannelRead(actor, channel.id, message?.id ?? null);
  forgetChannelReadState(scope, channel.id);
  await publishPrivateEvent(ctx, scope, actor, 'CHANNEL_READ', { channelId: channel.id, messageId: message?.id ?? null, threadRootId: null });
  return channel;
}

export interface MarkUnreadResult {
  message: MessageRecord;
  channel: ChannelRecord;
  /** Set when the message is a reply shown only in its thread: that thread's position moved. */
  threadRootId: string | null;
}

/**
 * Marks a message unread: the read position moves to just before it, so it and everything after it read as
 * unread (your own messages never do). For a reply shown only in its thread, the thread's position moves.
 */
export async function markUnread(ctx: RequestContext, input: { messageId: string }): Promise<MarkUnreadResult> {
  requireWriteScope(ctx);
  const ref = refFromGlobalId(input.messageId, 'Message', ['input', 'messageId']);
  const scope = await requireMemberScope(ctx, ref);
  const readState = requireFeature(scope.provider, 'readState');
  const message = await requireMessage(ctx, ref);
  const channel = await requireChannel(ctx, { ...ref, nativeId: message.channelId });
  const actor = await viewerActor(scope);
  const mark = await readState.markUnread(actor, message.id);
  const threadRootId = mark.kind === 'thread' ? mark.rootId : null;
  forgetChannelReadState(scope, channel.id);
  if (threadRootId) scope.loaders.threadStates.clear(threadRootId);
  await publishPrivateEvent(ctx, scope, actor, threadRootId ? 'THREAD_READ' : 'CHANNEL_READ', {
    channelId: channel.id,
    messageId: message.id,
    threadRootId,
  });
  return { message, channel, threadRootId };
}

/** Drops what this request cached about the viewer's read state, so payloads show the new state. */
export function forgetChannelReadState(scope: WorkspaceScope, channelId: string): void {
  scope.loaders.channelUnreadCounts.clear(channelId);
  scope.loaders.unreadFlags.clearAll();
}

/**
 * Records an event that only the acting account receives (read state is private): `audienceAccountId`
 * makes every other subscriber skip it, whoever else can read the channel.
 */
export async function publishPrivateEvent(
  ctx: RequestContext,
  scope: WorkspaceScope,
  actor: Actor,
  type: Extract<EventType, 'THREAD_READ' | 'CHANNEL_READ'>,
  about: { channelId: string; messageId: string | null; threadRootId: string | null },
): Promise<void> {
  await ctx.services.ingest.publish({
    type,
    provider: scope.handle.provider,
    workspaceId: scope.handle.workspaceId,
    ...about,
    actorId: actor.userId,
    emoji: null,
    buttonId: null,
    audienceAccountId: ctx.viewer.accountId,
  });
}
