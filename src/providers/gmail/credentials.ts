import { createHash, createHmac } from 'node:crypto';
import { OAuth2Client } from 'google-auth-library';
import { SwitchboardError } from '../../errors.js';
import type { ConnectionCredentials, CredentialLabels, StoredConnection } from '../../connections/store.js';
import type { GmailSettings } from './settings.js';
import { refusalOf, refusedCredentials } from '../kit/refused-grant.js';

/**
 * What a Gmail connection stores (sealed by the connection store): the mailbox's access token (about an
 * hour), its expiry and the refresh token of the offline grant. Renewed before expiry through
 * google-auth-library (the definition's `credentials.refresh`); a refused refresh (revoked grant) answers
 * NOT_AUTHENTICATED and the workspace shows DISCONNECTED.
 */
export const GMAIL_CREDENTIAL_LABELS: CredentialLabels = {
  accessToken: 'gmail_access_token',
  webhookSecret: 'gmail_webhook_secret',
  refreshToken: 'gmail_refresh_token',
};

export const GMAIL_SCOPES = ['https://www.googleapis.com/auth/gmail.modify'];

export function requireGoogleApp(settings: GmailSettings): { clientId: string; clientSecret: string } {
  if (!settings.clientId || !settings.clientSecret) throw new SwitchboardError('UNSUPPORTED', 'Gmail is not configured on this server: set GMAIL_CLIENT_ID and GMAIL_CLIENT_SECRET.');
  return { clientId: settings.clientId, clientSecret: settings.clientSecret };
}

export function googleOAuthClient(settings: GmailSettings, redirectUri?: string): OAuth2Client {
  const app = requireGoogleApp(settings);
  return new OAuth2Client({
    clientId: app.clientId,
    clientSecret: app.clientSecret,
    redirectUri,
    endpoints: { oauth2AuthBaseUrl: settings.authorizeUrl, oauth2TokenUrl: settings.tokenUrl, oauth2RevokeUrl: settings.revokeUrl },
  });
}

/** The PKCE pair of a flow, derived from its single-use state under the app's secret: nothing extra is stored. */
export function pkceForState(clientSecret: string, state: string): { verifier: string; challenge: string } {
  const verifier = createHmac('sha256', clientSecret).update(`gmail-pkce:${state}`).digest('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** A refused grant (revoked, or its refresh token expired) recorded on the connection (../kit/refused-grant.ts). */
export function refusedGrant(): Pick<ConnectionCredentials, 'accessToken' | 'expiresAt' | 'refreshToken'> {
  return { ...refusedCredentials('NOT_AUTHENTICATED'), refreshToken: null };
}

/** The refusal a stored connection records, or null when its access token is a token. */
export function grantRefusal(connection: StoredConnection): SwitchboardError | null {
  if (!refusalOf(connection)) return null;
  return new SwitchboardError('NOT_AUTHENTICATED', `Google refused the Gmail grant of ${connection.workspaceId} (revoked or expired); reconnect the mailbox.`);
}

/**
 * The definition's `credentials.refresh`: a new access token from the stored refresh token. A refused grant
 * is stored as the connection's state (`refusedGrant`), not thrown, so the next load does not ask again.
 */
export async function refreshGmailCredentials(connection: StoredConnection, settings: GmailSettings): Promise<ConnectionCredentials> {
  if (!connection.credentials.refreshToken) throw new SwitchboardError('NOT_AUTHENTICATED', 'This Gmail mailbox has no refresh token; reconnect it.');
  const client = googleOAuthClient(settings);
  client.setCredentials({ refresh_token: connection.credentials.refreshToken });
  try {
    const { credentials } = await client.refreshAccessToken();
    if (!credentials.access_token) throw new Error('no access token');
    return {
      ...connection.credentials,
      accessToken: credentials.access_token,
      refreshToken: credentials.refresh_token ?? connection.credentials.refreshToken,
      expiresAt: credentials.expiry_date ? new Date(credentials.expiry_date) : new Date(Date.now() + 3_000_000),
    };
  } catch (error) {
    const reason = (error as { response?: { data?: { error?: string } } }).response?.data?.error;
    if (reason === 'invalid_grant') return { ...connection.credentials, ...refusedGrant() };
    throw new SwitchboardError('PROVIDER_ERROR', `Google did not renew the Gmail token${reason ? ` (${reason})` : ''}.`);
  }
}
