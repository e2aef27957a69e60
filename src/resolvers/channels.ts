import type { RequestContext, WorkspaceScope } from '../context.js';
import { SwitchboardError } from '../errors.js';
import type { WorkspaceHandle } from '../providers/registry.js';
import type { Actor, ChannelRecord } from '../providers/model.js';
import type { ChannelChange, JoinableChannelRecord } from '../providers/features/channel-admin.js';
import type { EventType } from '../providers/events.js';
import type { Page } from '../providers/paging.js';
import { requireFeature } from '../providers/provider.js';
import { requireChannel, requireMemberScope, requireWriteScope } from './access.js';
import { publishMessageEvent } from './events.js';
import { pageRequest, type ConnectionArgs } from './pagination.js';
import { refFromGlobalId, sameWorkspace, type Ref } from './refs.js';

/**
 * Channel operations: create, rename, archive, unarchive, join, leave, invite. Each validates its input,
 * checks who may do it, lets the provider change the channel (which posts the SYSTEM message), then
 * publishes the channel event and a MESSAGE_CREATED per system message. Events go through the event log like
 * every other, so they reach exactly the subscribers who can read the channel when they are delivered: a
 * joiner starts receiving with its own CHANNEL_JOINED, a leaver stops before its CHANNEL_LEFT.
 *
 * Visibility stays "members read": a public channel one is not in is listed by `Workspace.joinableChannels`
 * (name, description, member count) and can be joined, but its messages are NOT_FOUND until then.
 */

/** Slack's limit for channel names. */
export const MAX_CHANNEL_NAME_LENGTH = 80;
/** Slack's limit for a channel's purpose. */
export const MAX_CHANNEL_DESCRIPTION_LENGTH = 250;
/** Most users one invite adds. */
export const MAX_INVITES = 100;

const CHANNEL_NAME = /^[a-z0-9_-]+$/;

/**
 * A channel name by Slack's rules: lowercase letters, digits, `-` and `_`, 1 to 80 characters. A bad name is
 * a VALIDATION_ERROR that shows the value and suggests a valid one.
 */
export function channelName(raw: string, field: string[] = ['input', 'name']): string {
  const name = raw.trim();
  if (name === '') throw new SwitchboardError('VALIDATION_ERROR', 'name: a channel needs a name.', { field });
  const length = [...name].length;
  if (length > MAX_CHANNEL_NAME_LENGTH) {
    throw new SwitchboardError(
      'VALIDATION_ERROR',
      `name is ${length} characters long; channel names have at most ${MAX_CHANNEL_NAME_LENGTH}.`,
      { field },
    );
  }
  if (!CHANNEL_NAME.test(name)) {
    const suggestion = name
      .toLowerCase()
      .replace(/^#+/, '')
      .replace(/[^a-z0-9_-]+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^-|-$/g, '');
    throw new SwitchboardError(
      'VALIDATION_ERROR',
      `name: channel names are lowercase letters, digits, hyphens and underscores, got ${JSON.stringify(raw)}` +
        (suggestion ? `; try ${JSON.stringify(suggestion)}.` : '.'),
      { field },
    );
  }
  return name;
}

function channelDescription(raw: string | null | undefined): string | null {
  const description = raw?.trim() ?? '';
  if (description === '') return null;
  const length = [...description].length;
  if (length > MAX_CHANNEL_DESCRIPTION_LENGTH) {
    throw new SwitchboardError(
      'VALIDATION_ERROR',
      `description is ${length} characters long; the limit is ${MAX_CHANNEL_DESCRIPTION_LENGTH}.`,
      { field: ['input', 'description'] },
    );
  }
  return description;
}

/** Who may rename, archive and unarchive a channel: its creator, its admins, workspace admins and owners. */
export async function canManageChannel(scope: WorkspaceScope, channel: ChannelRecord): Promise<boolean> {
  if (channel.type !== 'PUBLIC' && channel.type !== 'PRIVATE') return false; // conversations have no name to manage
  const user = await scope.viewerUser();
  if (!user) return false;
  if (user.role === 'OWNER' || user.role === 'ADMIN' || channel.creatorId === user.id) return true;
  return (await scope.loaders.channelAccess.load(channel.id)).isChannelAdmin;
}

export interface CreateChannelArgs {
  workspaceId: string;
  name: string;
  description?: string | null;
  type?: string | null;
  parentId?: string | null;
}

export async function createChannel(ctx: RequestContext, input: CreateChannelArgs): Promise<ChannelRecord> {
  requireWriteScope(ctx);
  const workspaceRef = refFromGlobalId(input.workspaceId, 'Workspace', ['input', 'workspaceId']);
  const name = channelName(input.name);
  const description = channelDescription(input.description);
  const type = input.type ?? 'PUBLIC';
  if (type !== 'PUBLIC' && type !== 'PRIVATE') {
    throw new SwitchboardError('VALIDATION_ERROR', `type: a new channel is PUBLIC or PRIVATE, not ${type}.`, { field: ['input', 'type'] });
  }
  const parentRef = input.parentId ? refFromGlobalId(input.parentId, 'Channel', ['input', 'parentId']) : null;
  if (parentRef && !sameWorkspace(parentRef, workspaceRef)) {
    throw new SwitchboardError('VALIDATION_ERROR', 'parentId: the parent channel belongs to another workspace than workspaceId.', {
      field: ['input', 'parentId'],
    });
  }
  const scope = await requireMemberScope(ctx, workspaceRef);
  const actor = await requireActor(scope);
  const parent = parentRef ? await requireChannel(ctx, parentRef) : null;
  const change = await requireFeature(scope.provider, 'channelAdmin').createChannel(actor, { name, description, type, parentId: parent?.id ?? null });
  await publishChange(ctx, scope, 'CHANNEL_CREATED', change);
  return change.channel;
}

export async function renameChannel(ctx: RequestContext, input: { channelId: string; name: string }): Promise<ChannelRecord> {
  const name = channelName(input.name);
  const { scope, channel, actor } = await managedChannel(ctx, input.channelId, 'rename');
  const change = await requireFeature(scope.provider, 'channelAdmin').renameChannel(actor, channel.id, name);
  await publishChange(ctx, scope, 'CHANNEL_RENAMED', change);
  return change.channel;
}

export async function archiveChannel(ctx: RequestContext, input: { channelId: string }): Promise<ChannelRecord> {
  const { scope, channel, actor } = await managedChannel(ctx, input.channelId, 'archive');
  const change = await requireFeature(scope.provider, 'channelAdmin').archiveChannel(actor, channel.id);
  await publishChange(ctx, scope, 'CHANNEL_UPDATED', change);
  return change.channel;
}

export async function unarchiveChannel(ctx: RequestContext, input: { channelId: string }): Promise<ChannelRecord> {
  const { scope, channel, actor } = await managedChannel(ctx, input.channelId, 'unarchive');
  const change = await requireFeature(scope.provider, 'channelAdmin').unarchiveChannel(actor, channel.id);
  await publishChange(ctx, scope, 'CHANNEL_UPDATED', change);
  return change.channel;
}

/** Joins a public channel; a private one is NOT_FOUND, as if it did not exist. */
export async function joinChannel(ctx: RequestContext, input: { channelId: string }): Promise<ChannelRecord> {
  const { scope, ref, actor } = await channelTarget(ctx, input.channelId);
  const change = await requireFeature(scope.provider, 'channelAdmin').joinChannel(actor, ref.nativeId);
  await publishChange(ctx, scope, 'CHANNEL_JOINED', change);
  return change.channel;
}

/** Leaves a channel; returns it, though the viewer may no longer read it. */
export async function leaveChannel(ctx: RequestContext, input: { channelId: string }): Promise<ChannelRecord> {
  const { scope, ref, actor } = await channelTarget(ctx, input.channelId);
  const change = await requireFeature(scope.provider, 'channelAdmin').leaveChannel(actor, ref.nativeId);
  await publishChange(ctx, scope, 'CHANNEL_LEFT', change);
  return change.channel;
}

/** Adds users to a channel the viewer is in; each gets a USER_JOINED system message and a CHANNEL_JOINED event. */
export async function inviteToChannel(ctx: RequestContext, input: { channelId: string; userIds: string[] }): Promise<ChannelRecord> {
  requireWriteScope(ctx);
  const ref = refFromGlobalId(input.channelId, 'Channel', ['input', 'channelId']);
  if (input.userIds.length === 0 || input.userIds.length > MAX_INVITES) {
    throw new SwitchboardError('VALIDATION_ERROR', `userIds: name 1 to ${MAX_INVITES} users, got ${input.userIds.length}.`, {
      field: ['input', 'userIds'],
    });
  }
  const userRefs = input.userIds.map((id) => refFromGlobalId(id, 'User', ['input', 'userIds']));
  if (userRefs.some((userRef) => !sameWorkspace(userRef, ref))) {
    throw new SwitchboardError('VALIDATION_ERROR', 'userIds: every user must belong to the workspace of the channel.', {
      field: ['input', 'userIds'],
    });
  }
  const scope = await requireMemberScope(ctx, ref);
  const channel = await requireChannel(ctx, ref);
  const actor = await requireActor(scope);
  const change = await requireFeature(scope.provider, 'channelAdmin').inviteToChannel(actor, channel.id, userRefs.map((userRef) => userRef.nativeId));
  await publishChange(ctx, scope, 'CHANNEL_JOINED', change);
  return change.channel;
}

/** Public channels of a workspace the viewer is not in and may join, by name. */
export async function joinableChannels(
  ctx: RequestContext,
  handle: WorkspaceHandle,
  args: ConnectionArgs & { query?: string | null },
): Promise<Page<JoinableChannelRecord>> {
  const scope = await requireMemberScope(ctx, handle);
  const actor = await scope.actor();
  if (!actor) return { edges: [], hasNextPage: false, hasPreviousPage: false };
  return requireFeature(scope.provider, 'channelAdmin').listJoinableChannels(actor, { query: args.query?.trim() || null }, pageRequest(args));
}

/** A channel the viewer can read and may manage (rename, archive, unarchive). */
async function managedChannel(
  ctx: RequestContext,
  channelId: string,
  what: string,
): Promise<{ scope: WorkspaceScope; channel: ChannelRecord; actor: Actor }> {
  requireWriteScope(ctx);
  const ref = refFromGlobalId(channelId, 'Channel', ['input', 'channelId']);
  const scope = await requireMemberScope(ctx, ref);
  const channel = await requireChannel(ctx, ref);
  const actor = await requireActor(scope);
  if (!(await canManageChannel(scope, channel))) {
    throw new SwitchboardError(
      'PERMISSION_DENIED',
      `Only the creator of #${channel.name}, its channel admins and workspace admins or owners can ${what} it.`,
    );
  }
  return { scope, channel, actor };
}

/** A channel by id for join and leave, whose visibility the provider decides (public channels are joinable). */
async function channelTarget(ctx: RequestContext, channelId: string): Promise<{ scope: WorkspaceScope; ref: Ref; actor: Actor }> {
  requireWriteScope(ctx);
  const ref = refFromGlobalId(channelId, 'Channel', ['input', 'channelId']);
  const scope = await requireMemberScope(ctx, ref);
  return { scope, ref, actor: await requireActor(scope) };
}

async function requireActor(scope: WorkspaceScope): Promise<Actor> {
  const actor = await scope.actor();
  if (!actor) throw new SwitchboardError('NOT_FOUND', 'You are not a member of this workspace.');
  return actor;
}

/**
 * Forgets what this request cached about the channel (membership changed), then publishes the channel event
 * (one per system message for an invite, each naming its message, so `Event.message.systemEvent.user` says
 * who joined) and MESSAGE_CREATED for every system message. Nothing happened: nothing is published.
 */
async function publishChange(ctx: RequestContext, scope: WorkspaceScope, type: EventType, change: ChannelChange): Promise<void> {
  const { channel } = change;
  scope.loaders.channelAccess.clear(channel.id);
  scope.loaders.channels.clear(channel.id).prime(channel.id, channel);
  if (!change.changed) return;
  const actor = await scope.actor();
  const announcements = change.systemMessages.length > 0 ? change.systemMessages : [null];
  const perMessage = type === 'CHANNEL_JOINED' && announcements.length > 1;
  for (const [index, message] of announcements.entries()) {
    if (index === 0 || perMessage) {
      await ctx.services.ingest.publish({
        type,
        provider: scope.handle.provider,
        workspaceId: scope.handle.workspaceId,
        channelId: channel.id,
        messageId: message?.id ?? null,
        threadRootId: null,
        actorId: actor?.userId ?? null,
        emoji: null,
        buttonId: null,
      });
    }
    if (message) {
      scope.loaders.messages.clear(message.id).prime(message.id, message);
      await publishMessageEvent(ctx, scope, 'MESSAGE_CREATED', message);
    }
  }
}
