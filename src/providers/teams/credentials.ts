import { SwitchboardError } from '../../errors.js';
import type { ConnectionCredentials, CredentialLabels, StoredConnection } from '../../connections/store.js';
import { requestToken } from '../kit/graph/identity.js';
import { MicrosoftTransport } from '../kit/graph/transport.js';
import type { TeamsSettings } from './settings.js';

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

/** The definition's `credentials.refresh`: renews the app token, keeping the clientState. */
export async function refreshTeamsCredentials(connection: StoredConnection, settings: TeamsSettings): Promise<ConnectionCredentials> {
  const token = await appToken(settings, connection.workspaceId, Date.now());
  return { ...connection.credentials, accessToken: token.accessToken, expiresAt: token.expiresAt, refreshToken: null };
}
