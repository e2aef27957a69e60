import { isAdmin } from '../connections/admin.js';
import { connectSlackWithTokens, linkSlackUserWithToken } from '../connections/slack-connect.js';
import { beginSlackOAuth } from '../connections/slack-oauth.js';
import type { RequestContext } from '../context.js';
import { SwitchboardError } from '../errors.js';
import type { UserRecord, WorkspaceRecord } from '../providers/model.js';
import { requireWriteScope } from './access.js';
import { refFromGlobalId } from './refs.js';

/**
 * Connecting Slack workspaces and linking accounts to Slack users. Connecting is for admins (API keys with
 * the `admin` scope); linking one's own Slack user needs the `write` scope. Credentials go straight to the
 * sealed store and are never part of a result or an error.
 */

export interface ConnectedWorkspace {
  workspace: WorkspaceRecord | null;
  /** The viewer's Slack user there, when it could be linked. */
  user: UserRecord | null;
}

function requireAdmin(ctx: RequestContext, what: string): void {
  if (!isAdmin(ctx.viewer.scopes)) {
    throw new SwitchboardError('PERMISSION_DENIED', `${what} needs an API key with the "admin" scope.`);
  }
}

/** The workspace and the viewer's user in it, as the viewer now sees them (fresh memberships). */
async function connectedView(ctx: RequestContext, teamId: string): Promise<ConnectedWorkspace> {
  ctx.resetLoaders();
  const handle = { provider: 'slack' as const, workspaceId: teamId };
  const member = (await ctx.workspaces()).some((workspace) => workspace.provider === 'slack' && workspace.workspaceId === teamId);
  if (!member) return { workspace: null, user: null };
  const scope = ctx.scope(handle);
  const [workspace, user] = await Promise.all([scope.workspace(), scope.viewerUser()]);
  return { workspace, user };
}

export async function connectSlackWorkspace(
  ctx: RequestContext,
  input: { botToken: string; userToken?: string | null; signingSecret?: string | null; eventDelivery?: 'PUSH' | 'POLL' | null },
): Promise<ConnectedWorkspace> {
  requireAdmin(ctx, 'Connecting a Slack workspace');
  const { connection } = await connectSlackWithTokens(
    ctx.services.connections,
    { accountId: ctx.viewer.accountId, email: ctx.viewer.email },
    {
      botToken: input.botToken,
      userToken: input.userToken ?? null,
      signingSecret: input.signingSecret ?? null,
      eventDelivery: input.eventDelivery ?? 'PUSH',
    },
  );
  return connectedView(ctx, connection.teamId);
}

export async function linkSlackUser(ctx: RequestContext, input: { userToken: string }): Promise<ConnectedWorkspace> {
  requireWriteScope(ctx);
  const { teamId } = await linkSlackUserWithToken(ctx.services.connections, ctx.viewer.accountId, input.userToken);
  return connectedView(ctx, teamId);
}

export async function unlinkSlackUser(ctx: RequestContext, input: { workspaceId: string }): Promise<string> {
  requireWriteScope(ctx);
  const ref = refFromGlobalId(input.workspaceId, 'Workspace', ['input', 'workspaceId']);
  const removed = ref.provider === 'slack' && (await ctx.services.connections.store.unlinkSlackUser(ref.workspaceId, ctx.viewer.accountId));
  if (!removed) {
    throw new SwitchboardError('NOT_FOUND', `Workspace ${JSON.stringify(input.workspaceId)} is not a Slack workspace you are linked to.`, {
      field: ['input', 'workspaceId'],
    });
  }
  ctx.services.connections.changed(ref.workspaceId);
  return input.workspaceId;
}

export async function beginSlackInstall(
  ctx: RequestContext,
  input: { purpose: 'INSTALL' | 'LINK_USER'; workspaceId?: string | null },
): Promise<{ installUrl: string; expiresAt: Date }> {
  let teamId: string | null = null;
  if (input.purpose === 'INSTALL') {
    requireAdmin(ctx, 'Installing Slack in a workspace');
  } else {
    requireWriteScope(ctx);
    if (input.workspaceId) {
      const ref = refFromGlobalId(input.workspaceId, 'Workspace', ['input', 'workspaceId']);
      if (ref.provider !== 'slack') {
        throw new SwitchboardError('VALIDATION_ERROR', 'workspaceId must name a Slack workspace.', { field: ['input', 'workspaceId'] });
      }
      teamId = ref.workspaceId;
    }
  }
  const started = await beginSlackOAuth(ctx.services.connections, ctx.services.database.db, ctx.viewer.accountId, input.purpose, teamId);
  return { installUrl: started.installUrl, expiresAt: new Date(Date.now() + started.expiresInSeconds * 1000) };
}
