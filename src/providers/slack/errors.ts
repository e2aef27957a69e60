import { ErrorCode as SlackErrorCode } from '@slack/web-api';
import { ProviderError, SwitchboardError, type ErrorCode } from '../../errors.js';

/**
 * Slack's error strings mapped to the closed codes. Messages name the method and quote Slack's error code,
 * never content or tokens. Anything not listed is PROVIDER_ERROR.
 */
const CODES: Record<string, ErrorCode> = {
  // Something that does not exist, or that this token may not see (the two look the same in Slack too).
  channel_not_found: 'NOT_FOUND',
  message_not_found: 'NOT_FOUND',
  thread_not_found: 'NOT_FOUND',
  user_not_found: 'NOT_FOUND',
  users_not_found: 'NOT_FOUND',
  bot_not_found: 'NOT_FOUND',
  file_not_found: 'NOT_FOUND',
  no_reaction: 'NOT_FOUND',
  no_pin: 'NOT_FOUND',
  not_pinned: 'NOT_FOUND',
  invalid_scheduled_message_id: 'NOT_FOUND',
  cannot_find_message: 'NOT_FOUND',
  // The token is valid but may not do this.
  not_in_channel: 'PERMISSION_DENIED',
  restricted_action: 'PERMISSION_DENIED',
  restricted_action_read_only_channel: 'PERMISSION_DENIED',
  restricted_action_thread_only_channel: 'PERMISSION_DENIED',
  restricted_action_non_threadable_channel: 'PERMISSION_DENIED',
  cant_update_message: 'PERMISSION_DENIED',
  cant_delete_message: 'PERMISSION_DENIED',
  edit_window_closed: 'PERMISSION_DENIED',
  missing_scope: 'PERMISSION_DENIED',
  not_allowed_token_type: 'PERMISSION_DENIED',
  access_denied: 'PERMISSION_DENIED',
  channel_is_limited_access: 'PERMISSION_DENIED',
  ekm_access_denied: 'PERMISSION_DENIED',
  user_not_visible: 'PERMISSION_DENIED',
  // The connection's (or the linked user's) Slack credentials no longer work.
  not_authed: 'NOT_AUTHENTICATED',
  invalid_auth: 'NOT_AUTHENTICATED',
  account_inactive: 'NOT_AUTHENTICATED',
  token_revoked: 'NOT_AUTHENTICATED',
  token_expired: 'NOT_AUTHENTICATED',
  no_permission: 'PERMISSION_DENIED',
  // State conflicts.
  already_reacted: 'CONFLICT',
  already_pinned: 'CONFLICT',
  is_archived: 'CONFLICT',
  not_reactable: 'CONFLICT',
  thread_locked: 'CONFLICT',
  cannot_reply_to_message: 'CONFLICT',
  // Input Slack refused.
  msg_too_long: 'VALIDATION_ERROR',
  msg_blocks_too_long: 'VALIDATION_ERROR',
  no_text: 'VALIDATION_ERROR',
  invalid_blocks: 'VALIDATION_ERROR',
  invalid_blocks_format: 'VALIDATION_ERROR',
  invalid_name: 'VALIDATION_ERROR',
  too_many_emoji: 'VALIDATION_ERROR',
  too_many_reactions: 'VALIDATION_ERROR',
  too_many_attachments: 'VALIDATION_ERROR',
  too_many_pins: 'VALIDATION_ERROR',
  invalid_cursor: 'VALIDATION_ERROR',
  invalid_limit: 'VALIDATION_ERROR',
  invalid_ts_latest: 'VALIDATION_ERROR',
  invalid_ts_oldest: 'VALIDATION_ERROR',
  invalid_timestamp: 'VALIDATION_ERROR',
  bad_timestamp: 'VALIDATION_ERROR',
  time_in_past: 'VALIDATION_ERROR',
  time_too_far: 'VALIDATION_ERROR',
  invalid_time: 'VALIDATION_ERROR',
  no_query: 'VALIDATION_ERROR',
  invalid_arguments: 'VALIDATION_ERROR',
  ratelimited: 'RATE_LIMITED',
  rate_limited: 'RATE_LIMITED',
};

/** Read failures that mean "this thing is not there for you": batch reads answer null / an empty page. */
export function isAbsent(error: unknown): boolean {
  return error instanceof SwitchboardError && error.code === 'NOT_FOUND';
}

/** The closed code for one of Slack's error strings. */
export function codeOfSlackError(slackError: string): ErrorCode {
  return CODES[slackError] ?? 'PROVIDER_ERROR';
}

/** A rate-limit failure with the wait Slack (or our budget) asked for. */
export function rateLimited(method: string, retryAfterSeconds: number, source: 'slack' | 'budget'): ProviderError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  const wait = `${seconds} second${seconds === 1 ? '' : 's'}`;
  const message =
    source === 'slack'
      ? `Slack rate-limited ${method} (HTTP 429); retry after ${wait}.`
      : `The Slack rate budget for ${method} is spent; retry after ${wait}.`;
  return new ProviderError('slack', 'RATE_LIMITED', message, { retryAfterSeconds: seconds });
}

/**
 * Turns whatever `@slack/web-api` threw into a SwitchboardError: platform errors by their Slack code,
 * 429s as RATE_LIMITED with Retry-After, HTTP and network failures as PROVIDER_ERROR.
 */
export function slackFailure(method: string, error: unknown): SwitchboardError {
  if (error instanceof SwitchboardError) return error;
  const coded = error as { code?: string; data?: { error?: unknown; needed?: unknown }; retryAfter?: number; statusCode?: number };
  switch (coded.code) {
    case SlackErrorCode.PlatformError: {
      const slackError = typeof coded.data?.error === 'string' ? coded.data.error : 'unknown_error';
      const code = codeOfSlackError(slackError);
      if (code === 'RATE_LIMITED') return rateLimited(method, 60, 'slack');
      const needed = slackError === 'missing_scope' && typeof coded.data?.needed === 'string' ? ` (needs scope ${coded.data.needed})` : '';
      return new ProviderError('slack', code, `Slack answered ${method} with ${slackError}${needed}.`, { cause: error });
    }
    case SlackErrorCode.RateLimitedError:
      return rateLimited(method, coded.retryAfter ?? 60, 'slack');
    case SlackErrorCode.HTTPError:
      return new ProviderError('slack', 'PROVIDER_ERROR', `Slack answered ${method} with HTTP ${coded.statusCode ?? 'error'}.`, { cause: error });
    case SlackErrorCode.RequestError:
      return new ProviderError('slack', 'PROVIDER_ERROR', `Slack could not be reached for ${method}.`, { cause: error });
    default:
      return new ProviderError('slack', 'PROVIDER_ERROR', `Calling Slack's ${method} failed unexpectedly.`, { cause: error });
  }
}

/** Whether a failure is worth retrying for a read (transport trouble or Slack's own 5xx). */
export function isTransient(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  if (code === SlackErrorCode.RequestError) return true;
  if (code === SlackErrorCode.HTTPError) return ((error as { statusCode?: number }).statusCode ?? 0) >= 500;
  if (code === SlackErrorCode.PlatformError) {
    const slackError = (error as { data?: { error?: unknown } }).data?.error;
    return slackError === 'internal_error' || slackError === 'fatal_error' || slackError === 'service_unavailable';
  }
  return false;
}
