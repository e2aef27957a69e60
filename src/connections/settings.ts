import { resolve } from 'node:path';
import { EncryptionKeyError, loadEncryptionKeys, type EncryptionKeys } from './crypto.js';

/**
 * What the server needs to connect provider workspaces, read from the environment at start:
 *
 * | Variable | Default | Meaning |
 * |---|---|---|
 * | `SWITCHBOARD_ENCRYPTION_KEY` | unset: credentials cannot be stored | 32 bytes, hex or base64; seals tokens at rest |
 * | `SWITCHBOARD_ENCRYPTION_KEYS_PREVIOUS` | none | comma-separated older keys, to open values sealed before a rotation |
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
}

export interface ConnectionSettings {
  /** Null when no key is configured: then storing credentials is refused. */
  encryption: EncryptionKeys | null;
  slack: SlackAppSettings;
}

export class SettingsError extends Error {
  override name = 'SettingsError';
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

/** Settings with nothing configured: no key, no OAuth, the real Slack URLs. */
export function defaultConnectionSettings(): ConnectionSettings {
  return loadConnectionSettings({});
}

/** Reads and validates the settings; throws SettingsError (or EncryptionKeyError) naming the variable. */
export function loadConnectionSettings(env: NodeJS.ProcessEnv): ConnectionSettings {
  const encryption = loadEncryptionKeys(env);
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
    encryption,
    slack: {
      clientId,
      clientSecret,
      signingSecret: env.SLACK_SIGNING_SECRET?.trim() || null,
      botScopes: scopes(env.SLACK_BOT_SCOPES, DEFAULT_SLACK_BOT_SCOPES),
      userScopes: scopes(env.SLACK_USER_SCOPES, DEFAULT_SLACK_USER_SCOPES),
      apiUrl: url('SLACK_API_URL', env.SLACK_API_URL, 'https://slack.com/api/', true),
      authorizeUrl: url('SLACK_AUTHORIZE_URL', env.SLACK_AUTHORIZE_URL, 'https://slack.com/oauth/v2/authorize', false),
      connectionsFile: env.SLACK_CONNECTIONS_FILE?.trim() ? resolve(env.SLACK_CONNECTIONS_FILE.trim()) : null,
      pollIntervalSeconds: pollInterval,
    },
  };
}

export { EncryptionKeyError };

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
