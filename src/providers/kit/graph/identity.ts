import { createHash, createHmac, randomBytes } from 'node:crypto';
import { ProviderError, type ErrorCode } from '../../../errors.js';
import type { MicrosoftTransport } from './transport.js';

/**
 * The Microsoft identity platform (v2.0 endpoints) for Switchboard's app: the authorization URL of the
 * authorization-code flow with PKCE, and the token endpoint for its three grants (authorization_code,
 * refresh_token, client_credentials). Base URL from MICROSOFT_LOGIN_URL (default Microsoft's), so tests point
 * it at the fake. Errors keep the platform's `error` and AADSTS number, never its description or a token.
 */

export const DEFAULT_LOGIN_URL = 'https://login.microsoftonline.com/';
/** Delegated scopes Switchboard asks for (Teams; Outlook adds Mail.*). `offline_access` yields refresh tokens. */
export const TEAMS_DELEGATED_SCOPES = [
  'openid',
  'offline_access',
  'User.Read',
  'User.ReadBasic.All',
  'Team.ReadBasic.All',
  'Channel.ReadBasic.All',
  'ChannelMember.Read.All',
  'ChannelMessage.Read.All',
  'ChannelMessage.Send',
  'ChannelMessage.ReadWrite',
  'Chat.ReadWrite',
  'ChatMessage.Send',
];

/** The app registration: one per Switchboard deployment, registered in (or consented by) the tenant. */
export interface MicrosoftApp {
  /** The directory (tenant) id, or `organizations`/`common` for the authorize step of multi-tenant apps. */
  tenantId: string;
  clientId: string;
  clientSecret: string;
}

export interface TokenGrant {
  accessToken: string;
  /** When the access token stops working, in milliseconds since the epoch. */
  expiresAt: number;
  /** A new refresh token (delegated grants only; Microsoft rotates them on every use). */
  refreshToken: string | null;
  scopes: string[];
}

/** A PKCE pair: the verifier stays with Switchboard (sealed with the `state`), the challenge goes to Microsoft. */
export function newPkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/**
 * The PKCE pair of one OAuth state, derived rather than stored: the verifier is an HMAC of the (single-use,
 * secret) state under a key only the server holds, so the authorize step and the callback compute the same
 * pair without a column for it, and nobody who sees the state in a URL can compute the verifier.
 */
export function pkcePairForState(key: string, state: string): { verifier: string; challenge: string } {
  const verifier = createHmac('sha256', key).update(`pkce:${state}`, 'utf8').digest('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** Where to send a person to link their Microsoft account: `/{tenant}/oauth2/v2.0/authorize?…`. */
export function authorizationUrl(input: {
  loginUrl?: string;
  app: MicrosoftApp;
  redirectUri: string;
  state: string;
  codeChallenge: string;
  scopes?: string[];
  loginHint?: string | null;
}): string {
  const url = new URL(`${input.app.tenantId}/oauth2/v2.0/authorize`, input.loginUrl ?? DEFAULT_LOGIN_URL);
  url.searchParams.set('client_id', input.app.clientId);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('redirect_uri', input.redirectUri);
  url.searchParams.set('response_mode', 'query');
  url.searchParams.set('scope', (input.scopes ?? TEAMS_DELEGATED_SCOPES).join(' '));
  url.searchParams.set('state', input.state);
  url.searchParams.set('code_challenge', input.codeChallenge);
  url.searchParams.set('code_challenge_method', 'S256');
  if (input.loginHint) url.searchParams.set('login_hint', input.loginHint);
  return url.toString();
}

/** What the token endpoint's errors mean for the grant behind them. */
function codeOfOAuthError(error: string): ErrorCode {
  switch (error) {
    case 'interaction_required':
    case 'consent_required':
    case 'access_denied':
      return 'PERMISSION_DENIED';
    case 'invalid_grant':
    case 'invalid_client':
    case 'unauthorized_client':
      return 'NOT_AUTHENTICATED';
    case 'invalid_request':
    case 'invalid_scope':
    case 'unsupported_grant_type':
      return 'VALIDATION_ERROR';
    default:
      return 'PROVIDER_ERROR';
  }
}

/**
 * Calls the token endpoint with one grant. A refused grant throws NOT_AUTHENTICATED / PERMISSION_DENIED
 * (`permanent: true` on the error, so callers stop using that grant); transport trouble and the platform's
 * 5xx throw PROVIDER_ERROR, worth another try later.
 */
export async function requestToken(
  transport: MicrosoftTransport,
  input: { loginUrl?: string; app: MicrosoftApp; grant: Record<string, string>; now: number; provider: string },
): Promise<TokenGrant> {
  const url = new URL(`${input.app.tenantId}/oauth2/v2.0/token`, input.loginUrl ?? DEFAULT_LOGIN_URL).toString();
  const form = new URLSearchParams({ client_id: input.app.clientId, client_secret: input.app.clientSecret, ...input.grant });
  let response: Response;
  try {
    response = await transport.send({ url, method: 'POST', headers: new Headers({ 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }), body: form.toString() });
  } catch (cause) {
    throw new ProviderError(input.provider, 'PROVIDER_ERROR', 'The Microsoft identity platform could not be reached.', { cause });
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok || typeof body.access_token !== 'string') {
    const error = typeof body.error === 'string' ? body.error : `http_${response.status}`;
    const aadsts = Array.isArray(body.error_codes) && typeof body.error_codes[0] === 'number' ? ` (AADSTS${body.error_codes[0]})` : '';
    const code = response.status >= 500 ? 'PROVIDER_ERROR' : codeOfOAuthError(error);
    const failure = new ProviderError(input.provider, code, `The Microsoft identity platform refused the ${input.grant.grant_type} grant: ${error}${aadsts}.`);
    Object.assign(failure, { permanent: code === 'NOT_AUTHENTICATED' || code === 'PERMISSION_DENIED' });
    throw failure;
  }
  const lifetime = typeof body.expires_in === 'number' ? body.expires_in : Number(body.expires_in ?? 3599);
  return {
    accessToken: body.access_token,
    expiresAt: input.now + lifetime * 1000,
    refreshToken: typeof body.refresh_token === 'string' ? body.refresh_token : null,
    scopes: typeof body.scope === 'string' ? body.scope.split(' ').filter(Boolean) : [],
  };
}

/** Whether a failure of `requestToken` means the grant itself is gone (not worth retrying). */
export function isPermanentGrantFailure(error: unknown): boolean {
  return (error as { permanent?: unknown })?.permanent === true;
}

/**
 * Redeems the code the authorize step sent back (OAuth callback) with the PKCE verifier kept since the
 * install step. Answers the first tokens; the refresh token must be stored sealed by the caller.
 */
export function exchangeAuthorizationCode(
  transport: MicrosoftTransport,
  input: { loginUrl?: string; app: MicrosoftApp; code: string; redirectUri: string; codeVerifier: string; scopes?: string[]; now: number; provider: string },
): Promise<TokenGrant> {
  return requestToken(transport, {
    loginUrl: input.loginUrl,
    app: input.app,
    now: input.now,
    provider: input.provider,
    grant: {
      grant_type: 'authorization_code',
      code: input.code,
      redirect_uri: input.redirectUri,
      code_verifier: input.codeVerifier,
      scope: (input.scopes ?? TEAMS_DELEGATED_SCOPES).join(' '),
    },
  });
}
