import type { OAuthState } from '../../connections/oauth-states.js';
import { SwitchboardError } from '../../errors.js';
import type { OAuthCompletion, OAuthFlow } from '../definition.js';
import { exchangeOAuthCode } from './connect-api.js';
import { linkSlackUser, loadSlackConnection, saveSlackConnection, SLACK, type SlackServer } from './connections.js';

/**
 * Slack's OAuth v2 flow; the steps every provider shares (states, the install and callback routes) are in
 * src/providers/oauth.ts:
 *   1. an admin asks for an install link (`beginInstall(input: { provider: SLACK, … })`, or GET
 *      /oauth/slack/install with its API key); the link carries a fresh single-use `state`;
 *   2. GET /oauth/slack/install?state=… redirects the browser to Slack's authorize page (`authorizeUrl`);
 *   3. Slack sends the browser to GET /oauth/slack/callback?code=…&state=…; the state is used up and the code
 *      exchanged with oauth.v2.access (`complete`): the workspace is stored (tokens sealed) with the admin
 *      linked to the Slack user who authorized.
 * The LINK_USER variant asks for user scopes only and links the account that started it to its Slack user,
 * with that user's token, in a workspace that is already connected.
 */

/** OAuth install needs the Slack app's client id and secret; UNSUPPORTED without them. */
function requireOAuthApp(server: SlackServer): { clientId: string; clientSecret: string } {
  const { clientId, clientSecret } = server.app;
  if (!clientId || !clientSecret) {
    throw new SwitchboardError(
      'UNSUPPORTED',
      'Installing through Slack OAuth is not configured on this server: set SLACK_CLIENT_ID and SLACK_CLIENT_SECRET.',
    );
  }
  return { clientId, clientSecret };
}

/** Slack's authorize URL for a state: bot and user scopes for an install, user scopes only for a link. */
export function slackAuthorizeUrl(server: SlackServer, state: string, flow: OAuthState, redirectUri: string): string {
  const { clientId } = requireOAuthApp(server);
  const url = new URL(server.app.authorizeUrl);
  url.searchParams.set('client_id', clientId);
  url.searchParams.set('scope', flow.purpose === 'INSTALL' ? server.app.botScopes.join(',') : '');
  url.searchParams.set('user_scope', server.app.userScopes.join(','));
  url.searchParams.set('redirect_uri', redirectUri);
  url.searchParams.set('state', state);
  if (flow.workspaceId) url.searchParams.set('team', flow.workspaceId);
  return url.toString();
}

/** The code exchange of the callback: stores the workspace (INSTALL) or the account's link (LINK_USER). */
async function completeSlackOAuth(server: SlackServer, code: string, flow: OAuthState, redirectUri: string): Promise<OAuthCompletion> {
  const { store } = server.host.connections;
  const access = await exchangeOAuthCode(server.app.apiUrl, requireOAuthApp(server), code, redirectUri);
  if (flow.purpose === 'INSTALL') {
    if (!access.botToken) return { ok: false, message: 'Slack granted no bot token; the install needs bot scopes.' };
    await saveSlackConnection(
      store,
      {
        teamId: access.teamId,
        name: access.teamName,
        webUrl: null,
        appId: access.appId,
        botUserId: access.botUserId,
        botToken: access.botToken,
        signingSecret: server.app.signingSecret,
        eventDelivery: 'PUSH',
      },
      flow.accountId,
    );
  } else {
    if (flow.workspaceId !== null && access.teamId !== flow.workspaceId) {
      return { ok: false, message: `You authorized Slack workspace ${access.teamId}, not ${flow.workspaceId}.` };
    }
    if (!(await loadSlackConnection(store, access.teamId))) {
      return { ok: false, message: `Slack workspace ${access.teamId} is not connected to this server; an admin connects it first.` };
    }
    if (!access.userToken) return { ok: false, message: 'Slack granted no user token.' };
  }
  if (access.authedUserId) {
    await linkSlackUser(store, {
      teamId: access.teamId,
      accountId: flow.accountId,
      slackUserId: access.authedUserId,
      userToken: access.userToken,
      linkedVia: 'OAUTH',
    });
  }
  server.host.connections.changed({ provider: SLACK, workspaceId: access.teamId });
  return { ok: true, purpose: flow.purpose, workspaceId: access.teamId, workspaceName: access.teamName };
}

/** The definition's OAuthFlow. */
export function slackOAuthFlow(server: SlackServer): OAuthFlow {
  return {
    requireApp: () => void requireOAuthApp(server),
    authorizeUrl: (state, flow, redirectUri) => slackAuthorizeUrl(server, state, flow, redirectUri),
    complete: (code, flow, redirectUri) => completeSlackOAuth(server, code, flow, redirectUri),
  };
}
