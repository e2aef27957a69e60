import type { RequestContext } from '../context.js';
import type { LoggedEvent } from '../providers/events.js';
import type { ScheduledMessageRecord } from '../providers/features/scheduled.js';
import type { ChannelRecord, MessageRecord, UserRecord, WorkspaceRecord } from '../providers/model.js';
import type { WorkspaceHandle } from '../providers/registry.js';
import { decideAudience, inAudience } from '../subscriptions/audience.js';
import { findMessage, handleOf, memberScope } from './access.js';
import type { ThreadView } from './threads.js';

/**
 * Who may see each kind of object, decided the same way wherever the object comes from. The schema runs
 * every object a field returns through the check of its type (src/schema/visibility.ts), so a resolver that
 * loads a record by id, or a provider list that includes too much, cannot hand out anything the viewer may
 * not see: a list drops it, a nullable field answers null, anything else NOT_FOUND. The checks read through
 * the request's loaders, so an object already checked (or its channel's access) costs nothing more.
 */
export type VisibilityCheck = (ctx: RequestContext, value: never) => Promise<boolean>;

async function inWorkspace(ctx: RequestContext, handle: WorkspaceHandle): Promise<boolean> {
  return (await memberScope(ctx, handle)) !== null;
}

/** A member of the workspace whose user can read the channel. */
export async function canReadChannel(ctx: RequestContext, handle: WorkspaceHandle, channelId: string): Promise<boolean> {
  const scope = await memberScope(ctx, handle);
  return scope !== null && (await scope.loaders.channelAccess.load(channelId)).canRead;
}

/**
 * Whether the viewer may see an event found by id: the rule of live delivery (`decideAudience`), answered
 * through this request's loaders, so that a page of events shares its reads.
 */
export async function canSeeEvent(ctx: RequestContext, event: LoggedEvent): Promise<boolean> {
  const { accountId } = ctx.viewer;
  // A private event (THREAD_READ, CHANNEL_READ) is refused to everyone else without a read.
  if (!inAudience(event, accountId)) return false;
  const scope = await memberScope(ctx, { provider: event.provider, workspaceId: event.workspaceId });
  const actor = scope ? await scope.actor() : null;
  // Access alone decides; the channel record is read only if the client selects Event.channel.
  const access = scope && actor && event.channelId ? [await scope.loaders.channelAccess.load(event.channelId)] : [];
  return decideAudience(event, { accountId, userId: actor?.userId ?? null, access }).canSee;
}

/** A scheduled message is its author's alone until it is sent. */
async function isOwnScheduledMessage(ctx: RequestContext, scheduled: ScheduledMessageRecord): Promise<boolean> {
  const scope = await memberScope(ctx, handleOf(scheduled));
  return scope !== null && (await scope.actor())?.userId === scheduled.authorId;
}

const message = (ctx: RequestContext, record: MessageRecord) => canReadChannel(ctx, handleOf(record), record.channelId);

/** The check of each object type, by GraphQL type name; types that wrap a message or channel check that. */
export const VISIBILITY: Record<string, VisibilityCheck> = {
  Workspace: (ctx, workspace: WorkspaceRecord) => inWorkspace(ctx, { provider: workspace.provider, workspaceId: workspace.id }),
  User: (ctx, user: UserRecord) => inWorkspace(ctx, handleOf(user)),
  // The directory of public channels one may join: for every member of the workspace.
  JoinableChannel: (ctx, channel: ChannelRecord) => inWorkspace(ctx, handleOf(channel)),
  Channel: (ctx, channel: ChannelRecord) => canReadChannel(ctx, handleOf(channel), channel.id),
  Message: message,
  ScheduledMessage: isOwnScheduledMessage,
  Event: canSeeEvent,
  Thread: async (ctx, thread: ThreadView) => (await findMessage(ctx, { ...handleOf(thread), nativeId: thread.state.rootId })) !== null,
  UnreadChannel: (ctx, unread: { channel: ChannelRecord }) => canReadChannel(ctx, handleOf(unread.channel), unread.channel.id),
  SearchHit: (ctx, hit: { message: MessageRecord }) => message(ctx, hit.message),
  LinkPreview: (ctx, preview: { message: MessageRecord }) => message(ctx, preview.message),
  SystemEvent: (ctx, event: { message: MessageRecord }) => message(ctx, event.message),
  ReactionGroup: (ctx, group: { message: MessageRecord }) => message(ctx, group.message),
  // Recipients has no check of its own: Message.recipients answers the message itself, already checked by the
  // field that returned it, and an extra await there would split the users it names from the author's batch.
};
