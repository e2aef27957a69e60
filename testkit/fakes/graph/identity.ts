import type { IncomingMessage, ServerResponse } from 'node:http';
import { TenantDirectory } from './directory.js';
import type { FakeGraphTenant } from './tenant.js';

/**
 * The Microsoft identity platform's v2.0 endpoints, enough for Switchboard's flows
 * (`{login}/{tenant}/oauth2/v2.0/authorize` and `/token`):
 * - authorize: signs in the user named by `login_hint` (the fake has no login page) and redirects back with
 *   `code` and `state`, or with `error=access_denied` when `consent` was refused for the test;
 * - token: `authorization_code` (with the PKCE `code_verifier`, S256, and only scopes consented at the authorize step), `refresh_token` (rotating: each answer
 *   carries a new refresh token), `client_credentials` (an app-only token, no refresh token).
 * Errors are the platform's: HTTP 400/401 with `{error, error_description: "AADSTS…: …", error_codes}`.
 */

export interface IdentityState {
  /** Users whose next sign-in refuses consent (authorize redirects with error=access_denied). */
  refuseConsent: Set<string>;
}

/** Scopes of OpenID Connect itself, which any redemption may name. */
const OIDC_SCOPES = new Set(['openid', 'profile', 'email', 'offline_access']);

function oauthError(response: ServerResponse, status: number, error: string, aadsts: number, description: string): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify({ error, error_description: `AADSTS${aadsts}: ${description}`, error_codes: [aadsts], timestamp: new Date().toISOString() }));
}

export function isIdentityPath(pathname: string): boolean {
  return /^\/[^/]+\/oauth2\/v2\.0\/(authorize|token)$/.test(pathname);
}

export function handleAuthorize(tenant: FakeGraphTenant, state: IdentityState, url: URL, response: ServerResponse): string {
  const clientId = url.searchParams.get('client_id') ?? '';
  const redirectUri = url.searchParams.get('redirect_uri') ?? '';
  const app = tenant.apps.get(clientId);
  if (!app || !app.redirectUris.includes(redirectUri)) {
    oauthError(response, 400, 'invalid_request', 50011, 'The redirect URI specified in the request does not match the redirect URIs configured for the application.');
    return 'error:invalid_request';
  }
  const back = new URL(redirectUri);
  back.searchParams.set('state', url.searchParams.get('state') ?? '');
  const hint = (url.searchParams.get('login_hint') ?? '').toLowerCase();
  const user = [...tenant.users.values()].find((candidate) => candidate.userPrincipalName.toLowerCase() === hint);
  if (!user || state.refuseConsent.has(user.id)) {
    back.searchParams.set('error', 'access_denied');
    back.searchParams.set('error_description', 'AADSTS65004: User declined to consent to access the app.');
  } else {
    const challenge = url.searchParams.get('code_challenge');
    if (challenge && url.searchParams.get('code_challenge_method') !== 'S256') {
      oauthError(response, 400, 'invalid_request', 501491, 'Invalid code_challenge_method; only S256 is accepted here.');
      return 'error:invalid_request';
    }
    const scopes = (url.searchParams.get('scope') ?? '').split(' ').filter(Boolean);
    back.searchParams.set('code', tenant.issueAuthorizationCode({ clientId, userId: user.id, redirectUri, scopes, codeChallenge: challenge }));
  }
  response.writeHead(302, { Location: back.toString() });
  response.end();
  return back.searchParams.has('error') ? 'redirect:error' : 'redirect:code';
}

/** The token endpoint; answers and returns the outcome recorded for the call. */
export function handleToken(tenant: FakeGraphTenant, form: URLSearchParams, authorization: string | undefined, response: ServerResponse): string {
  let clientId = form.get('client_id') ?? '';
  let secret = form.get('client_secret') ?? '';
  const basic = authorization && /^Basic\s+(.+)$/i.exec(authorization);
  if (basic) [clientId, secret] = Buffer.from(basic[1], 'base64').toString('utf8').split(':');
  const app = tenant.apps.get(clientId);
  if (!app) {
    oauthError(response, 400, 'unauthorized_client', 700016, `Application with identifier '${clientId}' was not found in the directory.`);
    return 'error:unauthorized_client';
  }
  if (secret !== app.clientSecret) {
    oauthError(response, 401, 'invalid_client', 7000215, 'Invalid client secret provided.');
    return 'error:invalid_client';
  }
  const grant = form.get('grant_type');
  const scope = form.get('scope') ?? 'https://graph.microsoft.com/.default';
  const answer = (userId: string | null, scopes: string[], refresh: boolean) => {
    const access = tenant.issueAccessToken(clientId, userId, scopes);
    const body: Record<string, unknown> = {
      token_type: 'Bearer',
      scope: scopes.join(' '),
      expires_in: tenant.accessTokenLifetimeSeconds,
      ext_expires_in: tenant.accessTokenLifetimeSeconds,
      access_token: access.token,
    };
    if (refresh && userId) body.refresh_token = tenant.issueRefreshToken(clientId, userId, scopes).token;
    response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(JSON.stringify(body));
    return `ok:${grant}`;
  };

  if (grant === 'client_credentials') return answer(null, [scope], false);
  if (grant === 'authorization_code') {
    const code = tenant.authorizationCodes.get(form.get('code') ?? '');
    if (!code || code.used || code.clientId !== clientId) {
      oauthError(response, 400, 'invalid_grant', 70008, 'The provided authorization code or refresh token has expired or was already redeemed.');
      return 'error:invalid_grant';
    }
    if (code.redirectUri !== form.get('redirect_uri')) {
      oauthError(response, 400, 'invalid_grant', 70000, 'The redirect_uri does not match the one the authorization code was requested with.');
      return 'error:invalid_grant';
    }
    if (code.codeChallenge && TenantDirectory.challengeOf(form.get('code_verifier') ?? '') !== code.codeChallenge) {
      oauthError(response, 400, 'invalid_grant', 501481, 'The Code_Verifier does not match the code_challenge supplied in the authorization request.');
      return 'error:invalid_grant';
    }
    // As the platform does: the scopes of the redemption must be among those the person consented to at
    // the authorize step (the OIDC scopes aside), or the code is refused.
    const asked = (form.get('scope') ?? '').split(' ').filter((each) => each && !OIDC_SCOPES.has(each.toLowerCase()));
    const granted = new Set(code.scopes.map((each) => each.toLowerCase()));
    if (asked.some((each) => !granted.has(each.toLowerCase()))) {
      oauthError(response, 400, 'invalid_grant', 70000, 'The request was denied because one or more scopes requested are unauthorized or expired. The user must first sign in and grant the client application access to the requested scope.');
      return 'error:invalid_grant';
    }
    code.used = true;
    return answer(code.userId, code.scopes, true);
  }
  if (grant === 'refresh_token') {
    const refresh = tenant.refreshTokens.get(form.get('refresh_token') ?? '');
    if (!refresh || refresh.clientId !== clientId) {
      oauthError(response, 400, 'invalid_grant', 9002313, 'Invalid request. Request is malformed or invalid.');
      return 'error:invalid_grant';
    }
    if (refresh.revoked || tenant.isRevoked(refresh.userId)) {
      oauthError(response, 400, 'invalid_grant', 50173, 'The provided grant has expired due to it being revoked, a fresh auth token is needed.');
      return 'error:invalid_grant';
    }
    return answer(refresh.userId, refresh.scopes, true);
  }
  oauthError(response, 400, 'unsupported_grant_type', 70003, `The app requested an unsupported grant type '${grant}'.`);
  return 'error:unsupported_grant_type';
}

export async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}
