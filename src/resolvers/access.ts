import type { RequestContext, WorkspaceScope } from '../context.js';
import { SwitchboardError } from '../errors.js';
import type { WorkspaceHandle } from '../providers/registry.js';
import type { ChannelRecord, MessageRecord } from '../providers/model.js';
import { notFoundRef, sameWorkspace, workspaceNotFound, type Ref } from './refs.js';

/**
 * Visibility, decided once for every read. A viewer sees the workspaces it has a user in, and in them the
 * channels its user can read (the provider decides: the built-in workspace lets members read). Anything else is
 * reported exactly like something that does not exist: NOT_FOUND, never PERMISSION_DENIED, so that ids
 * reveal nothing.
 */

/** Writes need an API key with the `write` scope; a read-only key can query and subscribe only. */
export function requireWriteScope(ctx: RequestContext): void {
  if (!ctx.viewer.scopes.includes('write')) {
    throw new SwitchboardError('PERMISSION_DENIED', 'This API key is read-only: it lacks the "write" scope.');
  }
}

/** The scope of a workspace the viewer belongs to, or null. */
export async function memberScope(ctx: RequestContext, handle: WorkspaceHandle): Promise<WorkspaceScope | null> {
  const workspaces = await ctx.workspaces();
  return workspaces.some((workspace) => sameWorkspace(workspace, handle)) ? ctx.scope(handle) : null;
}

export async function requireMemberScope(ctx: RequestContext, handle: WorkspaceHandle): Promise<WorkspaceScope> {
  const scope = await memberScope(ctx, handle);
  if (!scope) throw workspaceNotFound(handle);
  return scope;
}

/** A channel the viewer can read, or null. */
export async function findChannel(ctx: RequestContext, ref: Ref): Promise<ChannelRecord | null> {
  const scope = await memberScope(ctx, ref);
  if (!scope) return null;
  const [channel, access] = await Promise.all([
    scope.loaders.channels.load(ref.nativeId),
    scope.loaders.channelAccess.load(ref.nativeId),
  ]);
  return channel && access.canRead ? channel : null;
}

export async function requireChannel(ctx: RequestContext, ref: Ref): Promise<ChannelRecord> {
  const channel = await findChannel(ctx, ref);
  if (!channel) throw notFoundRef('Channel', ref);
  return channel;
}

/** A message in a channel the viewer can read, or null. */
export async function findMessage(ctx: RequestContext, ref: Ref): Promise<MessageRecord | null> {
  const scope = await memberScope(ctx, ref);
  if (!scope) return null;
  const message = await scope.loaders.messages.load(ref.nativeId);
  if (!message) return null;
  const access = await scope.loaders.channelAccess.load(message.channelId);
  return access.canRead ? message : null;
}

export async function requireMessage(ctx: RequestContext, ref: Ref): Promise<MessageRecord> {
  const message = await findMessage(ctx, ref);
  if (!message) throw notFoundRef('Message', ref);
  return message;
}

/** The workspace a record came from. */
export function handleOf(record: { provider: WorkspaceHandle['provider']; workspaceId: string }): WorkspaceHandle {
  return { provider: record.provider, workspaceId: record.workspaceId };
}
