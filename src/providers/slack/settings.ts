import type { RateBudgetOptions } from './rate-budget.js';
import { resolve } from 'node:path';
import { SettingsError } from '../../connections/settings.js';

/**
 * The Slack app, read from the environment at start (the definition's `readSettings`; the encryption key
 * that seals its tokens is shared by every provider, see src/connections/settings.ts):
 *
 * | Variable | Default | Meaning |
 * |---|---|---|
 * | `SLACK_CLIENT_ID`, `SLACK_CLIENT_SECRET` | unset: no OAuth install | the Slack app's OAuth credentials (both or neither) |
 * | `SLACK_SIGNING_SECRET` | none | the Slack app's signing secret, used for workspaces installed through OAuth |
 * | `SLACK_BOT_SCOPES`, `SLACK_USER_SCOPES` | see below | comma-separated scopes the install asks for |
 * | `SLACK_API_URL` | `https://slack.com/api/` | Web API base (tests point it at a loopback fake) |
 * | `SLACK_AUTHORIZE_URL` | `https://slack.com/oauth/v2/authorize` | where the install flow sends the browser |
 * | `SLACK_CONNECTIONS_FILE` | none | JSON file of workspaces to connect with tokens at start |
 * | `SLACK_POLL_INTERVAL_SECONDS` | `30` | how often workspaces without a public URL are polled |
 */
export interface SlackAppSettings {
  clientId: string | null;
  clientSecret: string | null;
  signingSecret: string | null;
  botScopes: string[];
  userScopes: string[];
  apiUrl: string;
  authorizeUrl: string;
  connectionsFile: string | null;
  pollIntervalSeconds: number;
  /** Each team's rate budget (default: Slack's tiers at 80%, see RateBudget); not read from the environment: tests that make many calls raise it. */
  rateBudget?: RateBudgetOptions;
}

/** Scopes for reading and writing channels, reactions, pins and users, and for the events we normalize. */
export const DEFAULT_SLACK_BOT_SCOPES = [
  'channels:history',
  'channels:read',
  'groups:history',
  'groups:read',
  'im:history',
  'im:read',
  'mpim:history',
  'mpim:read',
  'chat:write',
  'reactions:read',
  'reactions:write',
  'pins:read',
  'pins:write',
  'users:read',
  'users:read.email',
  'team:read',
  'app_mentions:read',
];

/** A user token acts as the person: the same reads and writes, plus search (user tokens only). */
export const DEFAULT_SLACK_USER_SCOPES = [
  ...DEFAULT_SLACK_BOT_SCOPES.filter((scope) => !['users:read.email', 'team:read', 'app_mentions:read'].includes(scope)),
  'search:read',
];

/** Reads and validates the settings (nothing set: no OAuth, the real Slack URLs); throws SettingsError naming the variable. */
export function readSlackSettings(env: NodeJS.ProcessEnv): SlackAppSettings {
  const clientId = env.SLACK_CLIENT_ID?.trim() || null;
  const clientSecret = env.SLACK_CLIENT_SECRET?.trim() || null;
  if ((clientId === null) !== (clientSecret === null)) {
    throw new SettingsError('SLACK_CLIENT_ID and SLACK_CLIENT_SECRET must be set together (the OAuth install needs both).');
  }
  const pollInterval = env.SLACK_POLL_INTERVAL_SECONDS?.trim() ? Number(env.SLACK_POLL_INTERVAL_SECONDS) : 30;
  if (!Number.isFinite(pollInterval) || pollInterval < 1 || pollInterval > 3600) {
    throw new SettingsError(
      `SLACK_POLL_INTERVAL_SECONDS must be a number of seconds between 1 and 3600, got ${JSON.stringify(env.SLACK_POLL_INTERVAL_SECONDS)}.`,
    );
  }
  return {
    clientId,
    clientSecret,
    signingSecret: env.SLACK_SIGNING_SECRET?.trim() || null,
    botScopes: scopes(env.SLACK_BOT_SCOPES, DEFAULT_SLACK_BOT_SCOPES),
    userScopes: scopes(env.SLACK_USER_SCOPES, DEFAULT_SLACK_USER_SCOPES),
    apiUrl: url('SLACK_API_URL', env.SLACK_API_URL, 'https://slack.com/api/', true),
    authorizeUrl: url('SLACK_AUTHORIZE_URL', env.SLACK_AUTHORIZE_URL, 'https://slack.com/oauth/v2/authorize', false),
    connectionsFile: env.SLACK_CONNECTIONS_FILE?.trim() ? resolve(env.SLACK_CONNECTIONS_FILE.trim()) : null,
    pollIntervalSeconds: pollInterval,
  };
}

function scopes(value: string | undefined, fallback: string[]): string[] {
  if (value === undefined) return fallback;
  return value
    .split(',')
    .map((scope) => scope.trim())
    .filter(Boolean);
}

function url(name: string, value: string | undefined, fallback: string, trailingSlash: boolean): string {
  const text = value?.trim() || fallback;
  try {
    const parsed = new URL(text);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('not http');
  } catch {
    throw new SettingsError(`${name} must be an absolute http(s) URL, got ${JSON.stringify(value)}.`);
  }
  return trailingSlash && !text.endsWith('/') ? `${text}/` : text;
}
