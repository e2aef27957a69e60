import { BearerJwtVerifier, googleCerts } from '../kit/bearer-jwt.js';
import type { GmailSettings } from './settings.js';

/**
 * Verifies the OIDC bearer token of a Pub/Sub push before anything of the request is read, with the shared
 * verifier (../kit/bearer-jwt.ts): RS256 signature against Google's published keys (the PEM certs at
 * GOOGLE_OAUTH_URL's `oauth2/v1/certs`, fetched and cached by google-auth-library per Cache-Control; tests
 * point that URL at a key they made), issuer accounts.google.com, audience, expiry (300 s skew, at most a day
 * ahead), and the push subscription's service account with a verified email. Answers null when the token is
 * acceptable, else why not (for the 401/403 and the log; never the token).
 */
export class PushVerifier {
  private readonly verifier: BearerJwtVerifier;

  constructor(
    private readonly settings: GmailSettings,
    audience: string,
  ) {
    this.verifier = new BearerJwtVerifier(googleCerts(settings.certsUrl), { audience, issuers: ['accounts.google.com', 'https://accounts.google.com'] });
  }

  async refusal(authorization: string | null): Promise<string | null> {
    if (!this.settings.pushServiceAccount) return 'pushes are not configured (GMAIL_PUSH_SERVICE_ACCOUNT)';
    const verdict = await this.verifier.verify(authorization);
    if (!verdict.ok) return verdict.refusal;
    if (verdict.claims.email !== this.settings.pushServiceAccount || verdict.claims.email_verified !== true) return 'token of another service account';
    return null;
  }
}
