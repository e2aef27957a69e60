import type { OAuthState } from '../../connections/oauth-states.js';
import { logInfo } from '../../log.js';
import { SwitchboardError } from '../../errors.js';
import type { OAuthCompletion, OAuthFlow } from '../definition.js';
import { authorizationUrl, exchangeAuthorizationCode, pkcePairForState } from '../kit/graph/identity.js';
import { newClientState } from '../kit/graph/subscriptions.js';
import { MicrosoftTransport } from '../kit/graph/transport.js';
import { appToken, requireMicrosoftApp } from './credentials.js';
import { TEAMS, type TeamsServer } from './workspaces.js';

/**
 * Connecting a tenant and linking people through the Microsoft identity platform (authorization code with
 * PKCE; the steps every provider shares are in src/providers/oauth.ts), served at
 * /oauth/microsoft/{install,callback} by the `microsoft` route family, which Outlook shares: the flow's state
 * records that Teams started it. The PKCE verifier is derived from the single-use state under the app's
 * secret (identity.ts), so nothing extra is stored. INSTALL stores the tenant with the app's own token
 * (client credentials; admin consent given), links the admin and, for a tenant whose events are pushed,
 * creates its change-notification subscriptions; LINK_USER links the account to the person who signed in,
 * with their refresh token.
 */

interface GraphIdentity {
  userId: string;
  tenantId: string;
  tenantName: string;
}

/** Who signed in and in which tenant, read with the fresh delegated token (two GETs on Graph). */
async function identify(server: TeamsServer, transport: MicrosoftTransport, accessToken: string): Promise<GraphIdentity> {
  const get = async (path: string): Promise<Record<string, unknown>> => {
    const response = await transport.send({
      url: new URL(`v1.0/${path}`, server.settings.graphUrl).toString(),
      method: 'GET',
      headers: new Headers({ authorization: `Bearer ${accessToken}`, accept: 'application/json' }),
      body: null,
    });
    if (!response.ok) throw new Error(`Graph answered ${response.status} to ${path.split('?')[0]}`);
    return (await response.json()) as Record<string, unknown>;
  };
  const me = await get('me?$select=id');
  const organization = ((await get('organization?$select=id,displayName')).value as Array<{ id: string; displayName: string }> | undefined)?.[0];
  if (typeof me.id !== 'string' || !organization) throw new Error('Graph did not say who signed in');
  return { userId: me.id, tenantId: organization.id, tenantName: organization.displayName };
}

async function complete(server: TeamsServer, subscribe: Subscribe, code: string, flow: OAuthState, redirectUri: string, state: string): Promise<OAuthCompletion> {
  const app = requireMicrosoftApp(server.settings);
  const { store } = server.host.connections;
  const transport = new MicrosoftTransport({ ca: server.settings.ca });
  try {
    const grant = await exchangeAuthorizationCode(transport, {
      loginUrl: server.settings.loginUrl,
      app: { tenantId: flow.workspaceId ?? server.settings.tenant, ...app },
      code,
      redirectUri,
      codeVerifier: pkcePairForState(app.clientSecret, state).verifier,
      now: Date.now(),
      provider: TEAMS,
    });
    let who: GraphIdentity;
    try {
      who = await identify(server, transport, grant.accessToken);
    } catch {
      return { ok: false, message: 'Microsoft Graph did not say who signed in; try again.' };
    }
    if (!grant.refreshToken) return { ok: false, message: 'Microsoft granted no refresh token; the app must ask for offline_access.' };
    let pushed = false;
    if (flow.purpose === 'INSTALL') {
      const token = await appToken(server.settings, who.tenantId, Date.now());
      const existing = await store.load(TEAMS, who.tenantId);
      pushed = (existing?.eventDelivery ?? 'PUSH') === 'PUSH';
      await store.save(
        {
          provider: TEAMS,
          workspaceId: who.tenantId,
          name: who.tenantName,
          webUrl: 'https://teams.microsoft.com/',
          appId: app.clientId,
          botUserId: null,
          credentials: { accessToken: token.accessToken, expiresAt: token.expiresAt, refreshToken: null, webhookSecret: existing?.credentials.webhookSecret ?? newClientState() },
          eventDelivery: existing?.eventDelivery ?? 'PUSH',
        },
        flow.accountId,
      );
    } else {
      if (flow.workspaceId !== null && flow.workspaceId !== who.tenantId) return { ok: false, message: `You signed in to Microsoft tenant ${who.tenantId}, not ${flow.workspaceId}.` };
      if (!(await store.load(TEAMS, who.tenantId))) return { ok: false, message: `Microsoft tenant ${who.tenantId} is not connected to this server; an admin connects it first.` };
    }
    await store.link({ provider: TEAMS, workspaceId: who.tenantId, accountId: flow.accountId, externalUserId: who.userId, userToken: grant.refreshToken, linkedVia: 'OAUTH' });
    server.host.connections.changed({ provider: TEAMS, workspaceId: who.tenantId });
    if (pushed) {
      // After the answer: Graph validates the notification URL while creating them, and the page must not wait for it.
      void subscribe(who.tenantId).catch((error: unknown) =>
        logInfo('teams_subscribe_failed', { workspaceId: who.tenantId, code: error instanceof SwitchboardError ? error.code : 'INTERNAL' }),
      );
    }
    return { ok: true, purpose: flow.purpose, workspaceId: who.tenantId, workspaceName: who.tenantName };
  } finally {
    transport.close();
  }
}

type Subscribe = (tenantId: string) => Promise<unknown>;

/**
 * The definition's OAuthFlow; `subscribe` creates a connected tenant's change-notification subscriptions
 * (none when it has them: a re-connected tenant keeps its own, which the renewer keeps alive).
 */
export function teamsOAuthFlow(server: TeamsServer, subscribe: Subscribe): OAuthFlow {
  return {
    requireApp: () => void requireMicrosoftApp(server.settings),
    authorizeUrl: (state, flow, redirectUri) => {
      const app = requireMicrosoftApp(server.settings);
      return authorizationUrl({
        loginUrl: server.settings.loginUrl,
        app: { tenantId: flow.workspaceId ?? server.settings.tenant, ...app },
        redirectUri,
        state,
        codeChallenge: pkcePairForState(app.clientSecret, state).challenge,
      });
    },
    complete: (code, flow, redirectUri, state) => complete(server, subscribe, code, flow, redirectUri, state),
  };
}
