import { ErrorCode, WebClient } from '@slack/web-api';
import { ProviderError, SwitchboardError } from '../../errors.js';
import { silentLogger } from './client.js';

/**
 * The Slack Web API calls of connecting (auth.test, team.info, users.lookupByEmail, oauth.v2.access), made
 * with the real SDK at an injectable base URL. No retries: connecting is interactive, so a failure is
 * reported at once. The SDK's own logger is silenced: its messages can quote request details, and tokens
 * and client secrets must never reach a log.
 */

/** A WebClient for connecting: no retries, rate limits rejected at once, silent. */
export function connectClient(apiUrl: string, token?: string): WebClient {
  return new WebClient(token, {
    slackApiUrl: apiUrl,
    logger: silentLogger,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  });
}

/** The platform error code of a failed call (`invalid_auth`, …), or null for a transport failure. */
export function slackErrorCode(error: unknown): string | null {
  const data = (error as { code?: string; data?: { error?: unknown } }).data;
  if ((error as { code?: string }).code === ErrorCode.PlatformError && typeof data?.error === 'string') return data.error;
  return null;
}

/**
 * Maps a failed call to a SwitchboardError that names the call and Slack's error code, never the token:
 * a refused credential is the caller's VALIDATION_ERROR on `field`, a rate limit RATE_LIMITED, anything
 * else PROVIDER_ERROR.
 */
export function connectError(error: unknown, call: string, what: string, field: string[]): SwitchboardError {
  const code = (error as { code?: string }).code;
  if (code === ErrorCode.RateLimitedError) {
    const retryAfter = (error as { retryAfter?: number }).retryAfter;
    return new ProviderError('slack', 'RATE_LIMITED', `Slack rate-limited ${call}; retry in ${retryAfter ?? 'a few'} seconds.`, {
      retryAfterSeconds: retryAfter,
    });
  }
  const platform = slackErrorCode(error);
  if (platform && ['invalid_auth', 'not_authed', 'token_revoked', 'token_expired', 'account_inactive', 'not_allowed_token_type'].includes(platform)) {
    return new SwitchboardError('VALIDATION_ERROR', `Slack refused ${what} (${call}: ${platform}).`, { field });
  }
  if (platform) return new ProviderError('slack', 'PROVIDER_ERROR', `Slack answered ${call} with ${platform}.`);
  return new ProviderError('slack', 'PROVIDER_ERROR', `Slack could not be reached for ${call}.`);
}

export interface AuthTestResult {
  teamId: string;
  teamName: string;
  url: string | null;
  userId: string;
  botId: string | null;
}

/** Who a token belongs to (auth.test). */
export async function authTest(apiUrl: string, token: string, what: string, field: string[]): Promise<AuthTestResult> {
  try {
    const result = await connectClient(apiUrl, token).auth.test();
    if (!result.team_id || !result.user_id) throw new ProviderError('slack', 'PROVIDER_ERROR', 'Slack answered auth.test without team_id or user_id.');
    return {
      teamId: result.team_id,
      teamName: result.team ?? result.team_id,
      url: result.url ?? null,
      userId: result.user_id,
      botId: result.bot_id ?? null,
    };
  } catch (error) {
    if (error instanceof SwitchboardError) throw error;
    throw connectError(error, 'auth.test', what, field);
  }
}

/** The team's display name and URL (team.info); null when the token may not read it. */
export async function teamInfo(apiUrl: string, token: string, teamId: string): Promise<{ name: string; url: string | null } | null> {
  try {
    const result = await connectClient(apiUrl, token).team.info({ team: teamId });
    if (!result.team?.name) return null;
    return { name: result.team.name, url: result.team.domain ? `https://${result.team.domain}.slack.com/` : null };
  } catch {
    return null;
  }
}

/** The Slack user with this email (users.lookupByEmail), or null. */
export async function userIdByEmail(apiUrl: string, token: string, email: string): Promise<string | null> {
  try {
    const result = await connectClient(apiUrl, token).users.lookupByEmail({ email });
    return result.user?.id ?? null;
  } catch {
    return null;
  }
}

export interface OAuthAccess {
  appId: string | null;
  teamId: string;
  teamName: string;
  botToken: string | null;
  botUserId: string | null;
  authedUserId: string | null;
  userToken: string | null;
}

/** Exchanges an OAuth code (oauth.v2.access). A refused code is a VALIDATION_ERROR naming Slack's error. */
export async function exchangeOAuthCode(
  apiUrl: string,
  app: { clientId: string; clientSecret: string },
  code: string,
  redirectUri: string,
): Promise<OAuthAccess> {
  try {
    const result = await connectClient(apiUrl).oauth.v2.access({
      client_id: app.clientId,
      client_secret: app.clientSecret,
      code,
      redirect_uri: redirectUri,
    });
    if (!result.team?.id) throw new ProviderError('slack', 'PROVIDER_ERROR', 'Slack answered oauth.v2.access without a team.');
    return {
      appId: result.app_id ?? null,
      teamId: result.team.id,
      teamName: result.team.name ?? result.team.id,
      botToken: result.token_type === 'bot' || result.bot_user_id ? (result.access_token ?? null) : null,
      botUserId: result.bot_user_id ?? null,
      authedUserId: result.authed_user?.id ?? null,
      userToken: result.authed_user?.access_token ?? null,
    };
  } catch (error) {
    if (error instanceof SwitchboardError) throw error;
    const platform = slackErrorCode(error);
    // A bad or reused code is the browser's fault; a bad client id or secret is this server's (PROVIDER_ERROR).
    if (platform && ['invalid_code', 'code_already_used', 'code_expired', 'bad_redirect_uri'].includes(platform)) {
      throw new SwitchboardError('VALIDATION_ERROR', `Slack refused the authorization code (oauth.v2.access: ${platform}).`);
    }
    throw connectError(error, 'oauth.v2.access', 'the authorization', ['code']);
  }
}
