import { OAuth2Client } from 'google-auth-library';
import type { GmailSettings } from './settings.js';

/**
 * Verifies the OIDC bearer token of a Pub/Sub push before anything of the request is read: RS256 signature
 * against Google's published keys (the PEM certs at GOOGLE_OAUTH_URL's `oauth2/v1/certs`, fetched and cached
 * by google-auth-library per Cache-Control; tests point that URL at a key they made), issuer
 * accounts.google.com, audience, expiry (300 s skew, at most a day ahead), and the push subscription's
 * service account with a verified email. Answers null when the token is acceptable, else why not (for the
 * 401/403 and the log; never the token).
 */
export class PushVerifier {
  private readonly client: OAuth2Client;

  constructor(
    private readonly settings: GmailSettings,
    private readonly audience: string,
  ) {
    this.client = new OAuth2Client({ endpoints: { oauth2FederatedSignonPemCertsUrl: settings.certsUrl } });
  }

  async refusal(authorization: string | null): Promise<string | null> {
    const token = /^Bearer\s+([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(authorization ?? '')?.[1];
    if (!token) return 'no bearer token';
    if (!this.settings.pushServiceAccount) return 'pushes are not configured (GMAIL_PUSH_SERVICE_ACCOUNT)';
    try {
      const ticket = await this.client.verifyIdToken({ idToken: token, audience: this.audience });
      const payload = ticket.getPayload();
      if (!payload) return 'token without claims';
      if (payload.email !== this.settings.pushServiceAccount || payload.email_verified !== true) return 'token of another service account';
      return null;
    } catch {
      return 'token not verified';
    }
  }
}
