import { SwitchboardError } from '../../errors.js';
import type { ConnectionCredentials, CredentialLabels, StoredConnection } from '../../connections/store.js';
import type { ErrorCode } from '../../errors.js';
import { isPermanentGrantFailure, requestToken } from '../kit/graph/identity.js';
import { MicrosoftTransport } from '../kit/graph/transport.js';
import type { TeamsSettings } from './settings.js';
import { refusalOf, refusedCredentials } from '../kit/refused-grant.js';

/**
 * What a Teams connection stores (sealed by the connection store): the app's own access token for the
 * tenant (client credentials, about an hour) with its expiry, and the `clientState` its change-notification
 * subscriptions carry (as the webhook secret). People's refresh tokens are stored on their account links.
 */
export const TEAMS_CREDENTIAL_LABELS: CredentialLabels = {
  accessToken: 'teams_app_token',
  webhookSecret: 'teams_client_state',
  refreshToken: 'teams_refresh_token',
};

/** The Microsoft app, or UNSUPPORTED naming what to set. */
export function requireMicrosoftApp(settings: TeamsSettings): { clientId: string; clientSecret: string } {
  if (!settings.clientId || !settings.clientSecret) {
    throw new SwitchboardError('UNSUPPORTED', 'Microsoft Teams is not configured on this server: set MICROSOFT_CLIENT_ID and MICROSOFT_CLIENT_SECRET.');
  }
  return { clientId: settings.clientId, clientSecret: settings.clientSecret };
}

/** A fresh app token for one tenant (client-credentials grant at the identity platform). */
export async function appToken(settings: TeamsSettings, tenantId: string, now: number): Promise<{ accessToken: string; expiresAt: Date }> {
  const transport = new MicrosoftTransport({ ca: settings.ca });
  try {
    const grant = await requestToken(transport, {
      loginUrl: settings.loginUrl,
      app: { tenantId, ...requireMicrosoftApp(settings) },
      grant: { grant_type: 'client_credentials', scope: 'https://graph.microsoft.com/.default' },
      now,
      provider: 'teams',
    });
    return { accessToken: grant.accessToken, expiresAt: new Date(grant.expiresAt) };
  } finally {
    transport.close();
  }
}

/** A refused app grant recorded on the connection (../kit/refused-grant.ts). */
export function refusedAppGrant(code: ErrorCode): Pick<ConnectionCredentials, 'accessToken' | 'expiresAt'> {
  return refusedCredentials(code === 'PERMISSION_DENIED' ? 'PERMISSION_DENIED' : 'NOT_AUTHENTICATED');
}

/** The refusal a stored connection records, or null when its app token is a token. */
export function appGrantRefusal(connection: StoredConnection): SwitchboardError | null {
  const code = refusalOf(connection);
  if (!code) return null;
  return new SwitchboardError(
    code,
    `The Microsoft identity platform refused Switchboard's app grant for the tenant ${JSON.stringify(connection.name)} (${code}); an admin must connect it again.`,
  );
}

/**
 * The definition's `credentials.refresh`: renews the app token, keeping the clientState. A refused grant is
 * stored as the connection's state (`refusedAppGrant`), not thrown, so the next load does not ask again.
 */
export async function refreshTeamsCredentials(connection: StoredConnection, settings: TeamsSettings): Promise<ConnectionCredentials> {
  try {
    const token = await appToken(settings, connection.workspaceId, Date.now());
    return { ...connection.credentials, accessToken: token.accessToken, expiresAt: token.expiresAt, refreshToken: null };
  } catch (error) {
    if (!isPermanentGrantFailure(error)) throw error;
    return { ...connection.credentials, ...refusedAppGrant((error as SwitchboardError).code), refreshToken: null };
  }
}
