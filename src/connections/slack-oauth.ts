import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.js';
import { SwitchboardError } from '../errors.js';
import {
  consumeOAuthState,
  createOAuthState,
  OAUTH_STATE_TTL_SECONDS,
  peekOAuthState,
  type OAuthPurpose,
  type OAuthState,
} from './oauth-states.js';
import { exchangeOAuthCode } from './slack-api.js';
import { slackRedirectUri, type Connections } from './service.js';

/**
 * Slack's OAuth v2 flow, served by Switchboard:
 *   1. an admin asks for an install link (`beginSlackInstall`, or GET /oauth/slack/install with its API key);
 *      the link carries a fresh single-use `state` bound to the admin's account;
 *   2. GET /oauth/slack/install?state=… checks the state and redirects the browser to Slack's authorize page;
 *   3. Slack sends the browser to GET /oauth/slack/callback?code=…&state=…; the state is used up, the code
 *      exchanged with oauth.v2.access, and the workspace stored (tokens sealed) with the admin linked to the
 *      Slack user who authorized.
 * The LINK_USER variant asks for user scopes only and links the account that started it to its Slack user,
 * with that user's token, in a workspace that is already connected.
 */

const PROVIDER = 'slack';

/** OAuth install needs the Slack app's client id and secret; UNSUPPORTED without them. */
function requireOAuthApp(connections: Connections): { clientId: string; clientSecret: string } {
  const { clientId, clientSecret } = connections.slack;
  if (!clientId || !clientSecret) {
    throw new SwitchboardError(
      'UNSUPPORTED',
      'Installing through Slack OAuth is not configured on this server: set SLACK_CLIENT_ID and SLACK_CLIENT_SECRET.',
    );
  }
  return { clientId, clientSecret };
}

/** Starts a flow for an account; returns the Switchboard URL to open in a browser. */
export async function beginSlackOAuth(
  connections: Connections,
  db: Kysely<Database>,
  accountId: string,
  purpose: OAuthPurpose,
  teamId: string | null,
): Promise<{ state: string; installUrl: string; expiresInSeconds: number }> {
  requireOAuthApp(connections);
  connections.store.cipher.requireKey();
  if (purpose === 'LINK_USER' && teamId !== null) {
    if (!(await connections.store.slack(teamId))) {
      throw new SwitchboardError('NOT_FOUND', `Slack workspace ${JSON.stringify(teamId)} is not connected to this server.`, {
        field: ['input', 'workspaceId'],
      });
    }
  }
  const state = await createOAuthState(db, { provider: PROVIDER, purpose, accountId, workspaceId: teamId });
  return {
    state,
    installUrl: `${connections.publicUrl}/oauth/slack/install?state=${encodeURIComponent(state)}`,
    expiresInSeconds: OAUTH_STATE_TTL_SECONDS,
  };
}

/** Slack's authorize URL for a state: bot and user scopes for an install, user scopes only for a link. */
export function slackAuthorizeUrl(connections: Connections, state: string, flow: OAuthState): string {
  const { clientId } = requireOAuthApp(connections);
  const url = new URL(connections.slack.authorizeUrl);
  url.searchParams.set('client_id', clientId);
  url.searchParams.set('scope', flow.purpose === 'INSTALL' ? connections.slack.botScopes.join(',') : '');
  url.searchParams.set('user_scope', connections.slack.userScopes.join(','));
  url.searchParams.set('redirect_uri', slackRedirectUri(connections));
  url.searchParams.set('state', state);
  if (flow.workspaceId) url.searchParams.set('team', flow.workspaceId);
  return url.toString();
}

/** The install step: where to send the browser for a state, or null when the state is not usable. */
export async function installRedirect(connections: Connections, db: Kysely<Database>, state: string): Promise<string | null> {
  const flow = await peekOAuthState(db, state, PROVIDER);
  return flow ? slackAuthorizeUrl(connections, state, flow) : null;
}

export type CallbackOutcome =
  | { ok: true; purpose: OAuthPurpose; teamId: string; teamName: string; slackUserId: string | null }
  | { ok: false; status: 400 | 502; message: string };

/**
 * The callback step. Never throws for the browser's mistakes: a missing, unknown, expired or reused state,
 * a cancelled authorization or a refused code come back as a 400 outcome with a message to show.
 */
export async function completeSlackOAuth(
  connections: Connections,
  db: Kysely<Database>,
  query: { code: string | null; state: string | null; error: string | null },
): Promise<CallbackOutcome> {
  if (!query.state) return { ok: false, status: 400, message: 'The callback has no state parameter.' };
  const flow = await consumeOAuthState(db, query.state, PROVIDER);
  if (!flow) {
    return { ok: false, status: 400, message: 'This authorization link is unknown, expired or was already used. Start again.' };
  }
  if (query.error) return { ok: false, status: 400, message: `Slack authorization did not complete (${query.error}).` };
  if (!query.code) return { ok: false, status: 400, message: 'The callback has no code parameter.' };

  try {
    const app = requireOAuthApp(connections);
    const access = await exchangeOAuthCode(connections.slack.apiUrl, app, query.code, slackRedirectUri(connections));
    if (flow.purpose === 'INSTALL') {
      if (!access.botToken) return { ok: false, status: 400, message: 'Slack granted no bot token; the install needs bot scopes.' };
      await connections.store.saveSlack(
        {
          teamId: access.teamId,
          name: access.teamName,
          webUrl: null,
          appId: access.appId,
          botUserId: access.botUserId,
          botToken: access.botToken,
          signingSecret: connections.slack.signingSecret,
          eventDelivery: 'PUSH',
        },
        flow.accountId,
      );
    } else {
      if (flow.workspaceId !== null && access.teamId !== flow.workspaceId) {
        return { ok: false, status: 400, message: `You authorized Slack workspace ${access.teamId}, not ${flow.workspaceId}.` };
      }
      if (!(await connections.store.slack(access.teamId))) {
        return { ok: false, status: 400, message: `Slack workspace ${access.teamId} is not connected to this server; an admin connects it first.` };
      }
      if (!access.userToken) return { ok: false, status: 400, message: 'Slack granted no user token.' };
    }
    if (access.authedUserId) {
      await connections.store.linkSlackUser({
        teamId: access.teamId,
        accountId: flow.accountId,
        slackUserId: access.authedUserId,
        userToken: access.userToken,
        linkedVia: 'OAUTH',
      });
    }
    connections.changed(access.teamId);
    return { ok: true, purpose: flow.purpose, teamId: access.teamId, teamName: access.teamName, slackUserId: access.authedUserId };
  } catch (error) {
    if (error instanceof SwitchboardError) {
      return { ok: false, status: error.code === 'VALIDATION_ERROR' || error.code === 'CONFLICT' ? 400 : 502, message: error.message };
    }
    throw error;
  }
}
