import { isAdmin } from '../connections/admin.js';
import type { RequestContext } from '../context.js';
import { SwitchboardError } from '../errors.js';
import type { ConnectFlow } from '../providers/definition.js';
import type { UserRecord, WorkspaceRecord } from '../providers/model.js';
import { beginOAuth } from '../providers/oauth.js';
import type { RunningProvider } from '../providers/registry.js';
import { requireWriteScope } from './access.js';
import { refFromGlobalId } from './refs.js';

/**
 * Connecting provider workspaces and linking accounts to their users, for any provider whose definition
 * can (its `connect` and `oauth`). Connecting and disconnecting are for admins (API keys with the `admin`
 * scope); linking one's own user needs the `write` scope. Credentials go straight to the sealed store and
 * are never part of a result or an error.
 */

export interface ConnectedWorkspace {
  workspace: WorkspaceRecord | null;
  /** The viewer's user there, when it could be linked. */
  user: UserRecord | null;
}

function requireAdmin(ctx: RequestContext, what: string): void {
  if (!isAdmin(ctx.viewer.scopes)) {
    throw new SwitchboardError('PERMISSION_DENIED', `${what} needs an API key with the "admin" scope.`);
  }
}

/** The provider's connect flow; UNSUPPORTED when its workspaces are not connected (the built-in ones). */
function connectFlow(running: RunningProvider): ConnectFlow {
  const flow = running.runtime.connect;
  if (!flow) throw new SwitchboardError('UNSUPPORTED', `${running.definition.displayName} workspaces are not connected: they are always there.`);
  return flow;
}

/** The workspace and the viewer's user in it, as the viewer now sees them (fresh memberships). */
async function connectedView(ctx: RequestContext, provider: string, workspaceId: string): Promise<ConnectedWorkspace> {
  ctx.resetLoaders();
  const handle = { provider, workspaceId };
  const member = (await ctx.workspaces()).some((workspace) => workspace.provider === provider && workspace.workspaceId === workspaceId);
  if (!member) return { workspace: null, user: null };
  const scope = ctx.scope(handle);
  const [workspace, user] = await Promise.all([scope.workspace(), scope.viewerUser()]);
  return { workspace, user };
}

/** The one provider a @oneOf input names, and its fields. */
export function chosenProvider(input: Readonly<Record<string, unknown>>): { provider: string; fields: Record<string, unknown> } {
  const [entry] = Object.entries(input).filter(([, fields]) => fields !== null && fields !== undefined);
  if (!entry) throw new SwitchboardError('VALIDATION_ERROR', 'input must name exactly one provider.', { field: ['input'] });
  return { provider: entry[0], fields: entry[1] as Record<string, unknown> };
}

/** Connects (or re-connects) a workspace with the fields of the provider's connect form. */
export async function connectWorkspace(ctx: RequestContext, provider: string, fields: Readonly<Record<string, unknown>>): Promise<ConnectedWorkspace> {
  const running = ctx.services.registry.require(provider);
  requireAdmin(ctx, `Connecting a ${running.definition.displayName} workspace`);
  const { workspaceId } = await connectFlow(running).withTokens(fields, { accountId: ctx.viewer.accountId, email: ctx.viewer.email });
  return connectedView(ctx, provider, workspaceId);
}

/** Links the viewer to its own user with the fields of the provider's link form. */
export async function linkAccount(ctx: RequestContext, provider: string, fields: Readonly<Record<string, unknown>>): Promise<ConnectedWorkspace> {
  requireWriteScope(ctx);
  const running = ctx.services.registry.require(provider);
  const link = connectFlow(running).linkAccount;
  if (!link) throw new SwitchboardError('UNSUPPORTED', `${running.definition.displayName} accounts are linked through OAuth only (beginInstall).`);
  const { workspaceId } = await link(ctx.viewer.accountId, fields);
  return connectedView(ctx, provider, workspaceId);
}

/** Removes the viewer's link to a connected workspace (and its stored token); returns the workspace id. */
export async function unlinkAccount(ctx: RequestContext, input: { workspaceId: string }): Promise<string> {
  requireWriteScope(ctx);
  const ref = refFromGlobalId(input.workspaceId, 'Workspace', ['input', 'workspaceId']);
  const connected = ctx.services.registry.find(ref.provider)?.runtime.connect !== undefined;
  const removed = connected && (await ctx.services.connections.store.unlink(ref.provider, ref.workspaceId, ctx.viewer.accountId));
  if (!removed) {
    const kind = ctx.services.registry.find(ref.provider)?.definition.displayName ?? 'connected';
    throw new SwitchboardError('NOT_FOUND', `Workspace ${JSON.stringify(input.workspaceId)} is not a ${kind} workspace you are linked to.`, {
      field: ['input', 'workspaceId'],
    });
  }
  ctx.services.connections.changed({ provider: ref.provider, workspaceId: ref.workspaceId });
  return input.workspaceId;
}

/**
 * Disconnects a workspace (admins): its credentials, links and provider metadata are removed, every
 * process's cached provider is dropped (generation gone, change notice here), and WORKSPACE_DISCONNECTED
 * is published so that subscriptions confined to it end. Returns the workspace id.
 */
export async function disconnectWorkspace(ctx: RequestContext, input: { workspaceId: string }): Promise<string> {
  const ref = refFromGlobalId(input.workspaceId, 'Workspace', ['input', 'workspaceId']);
  const running = ctx.services.registry.find(ref.provider);
  requireAdmin(ctx, `Disconnecting a ${running?.definition.displayName ?? ref.provider} workspace`);
  if (running) connectFlow(running);
  const removed = running !== null && (await ctx.services.connections.store.remove(ref.provider, ref.workspaceId));
  if (!removed) {
    throw new SwitchboardError('NOT_FOUND', `Workspace ${JSON.stringify(input.workspaceId)} is not connected to this server.`, {
      field: ['input', 'workspaceId'],
    });
  }
  ctx.services.connections.changed({ provider: ref.provider, workspaceId: ref.workspaceId });
  await ctx.services.ingest.publish({
    type: 'WORKSPACE_DISCONNECTED',
    provider: ref.provider,
    workspaceId: ref.workspaceId,
    channelId: null,
    messageId: null,
    threadRootId: null,
    actorId: null,
    emoji: null,
    buttonId: null,
  });
  return input.workspaceId;
}

/** Starts the provider's OAuth flow: INSTALL connects a workspace (admins), LINK_USER links the viewer's user. */
export async function beginInstall(
  ctx: RequestContext,
  provider: string,
  input: { purpose: 'INSTALL' | 'LINK_USER'; workspaceId?: string | null },
): Promise<{ installUrl: string; expiresAt: Date }> {
  const running = ctx.services.registry.require(provider);
  let workspaceId: string | null = null;
  if (input.purpose === 'INSTALL') {
    requireAdmin(ctx, `Installing ${running.definition.displayName} in a workspace`);
  } else {
    requireWriteScope(ctx);
    if (input.workspaceId) {
      const ref = refFromGlobalId(input.workspaceId, 'Workspace', ['input', 'workspaceId']);
      if (ref.provider !== provider) {
        throw new SwitchboardError('VALIDATION_ERROR', `workspaceId must name a ${running.definition.displayName} workspace.`, {
          field: ['input', 'workspaceId'],
        });
      }
      workspaceId = ref.workspaceId;
    }
  }
  const started = await beginOAuth(ctx.services.connections, ctx.services.database.db, running, ctx.viewer.accountId, input.purpose, workspaceId);
  return { installUrl: started.installUrl, expiresAt: new Date(Date.now() + started.expiresInSeconds * 1000) };
}
