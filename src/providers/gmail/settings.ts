import { SettingsError } from '../../connections/settings.js';

/**
 * Gmail's settings, read from the environment at start. Nothing set is valid: the server starts, and
 * connecting a mailbox answers UNSUPPORTED naming GMAIL_CLIENT_ID and GMAIL_CLIENT_SECRET.
 *
 * | Variable | Default | Meaning |
 * |---|---|---|
 * | `GMAIL_CLIENT_ID`, `GMAIL_CLIENT_SECRET` | unset: no Gmail | the Google OAuth client (both or neither) |
 * | `GMAIL_API_URL` | `https://gmail.googleapis.com/` | the Gmail API's origin (googleapis `rootUrl`; a path is ignored by the SDK, so only the origin counts) |
 * | `GOOGLE_OAUTH_URL` | Google's | base of the OAuth endpoints: `o/oauth2/v2/auth`, `token`, `revoke`, `oauth2/v1/certs` under it; unset: accounts.google.com / oauth2.googleapis.com / www.googleapis.com |
 * | `GMAIL_PUBSUB_TOPIC` | unset: mailboxes are polled | `projects/{project}/topics/{topic}` that `users.watch` publishes to; needs a push subscription to `${PUBLIC_URL}/webhooks/gmail` |
 * | `GMAIL_PUSH_SERVICE_ACCOUNT` | required with the topic | the service account whose OIDC token the push subscription sends (the token's `email`) |
 * | `GMAIL_PUSH_AUDIENCE` | `${PUBLIC_URL}/webhooks/gmail` | the token's `aud` as configured on the subscription |
 * | `GMAIL_POLL_INTERVAL_SECONDS` | `30` | how often mailboxes without push are polled with history.list |
 * | `GMAIL_USER_QUOTA_PER_MINUTE` | `15000` | the per-user quota (limits.md 5d; `6000` for projects created from May 2026); Switchboard spends 80% of it |
 */
export interface GmailSettings {
  clientId: string | null;
  clientSecret: string | null;
  apiUrl: string;
  authorizeUrl: string;
  tokenUrl: string;
  revokeUrl: string;
  /** Google's PEM certs for OIDC tokens (push verification). Tests point it at the fake's key. */
  certsUrl: string;
  pubsubTopic: string | null;
  pushServiceAccount: string | null;
  pushAudience: string | null;
  pollIntervalSeconds: number;
  userQuotaPerMinute: number;
}

export const GOOGLE_DEFAULTS = {
  apiUrl: 'https://gmail.googleapis.com/',
  authorizeUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
  tokenUrl: 'https://oauth2.googleapis.com/token',
  revokeUrl: 'https://oauth2.googleapis.com/revoke',
  certsUrl: 'https://www.googleapis.com/oauth2/v1/certs',
};

function originOf(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SettingsError(`${name} must be an absolute http(s) URL, got ${JSON.stringify(value)}.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new SettingsError(`${name} must be an http(s) URL, got ${JSON.stringify(value)}.`);
  return `${url.origin}/`;
}

function number(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  const value = raw ? Number(raw) : fallback;
  if (!Number.isFinite(value) || value < min || value > max) throw new SettingsError(`${name} must be a number between ${min} and ${max}, got ${JSON.stringify(env[name])}.`);
  return value;
}

export function readGmailSettings(env: NodeJS.ProcessEnv): GmailSettings {
  const clientId = env.GMAIL_CLIENT_ID?.trim() || null;
  const clientSecret = env.GMAIL_CLIENT_SECRET?.trim() || null;
  if ((clientId === null) !== (clientSecret === null)) throw new SettingsError('GMAIL_CLIENT_ID and GMAIL_CLIENT_SECRET must be set together (connecting a Gmail mailbox needs both).');
  const apiUrl = env.GMAIL_API_URL?.trim() ? originOf('GMAIL_API_URL', env.GMAIL_API_URL.trim()) : GOOGLE_DEFAULTS.apiUrl;
  const oauth = env.GOOGLE_OAUTH_URL?.trim() ? originOf('GOOGLE_OAUTH_URL', env.GOOGLE_OAUTH_URL.trim()) : null;
  const pubsubTopic = env.GMAIL_PUBSUB_TOPIC?.trim() || null;
  if (pubsubTopic && !/^projects\/[^/]+\/topics\/[^/]+$/.test(pubsubTopic)) throw new SettingsError(`GMAIL_PUBSUB_TOPIC must look like projects/{project}/topics/{topic}, got ${JSON.stringify(env.GMAIL_PUBSUB_TOPIC)}.`);
  const pushServiceAccount = env.GMAIL_PUSH_SERVICE_ACCOUNT?.trim() || null;
  if (pubsubTopic && !pushServiceAccount) throw new SettingsError('GMAIL_PUSH_SERVICE_ACCOUNT must be set with GMAIL_PUBSUB_TOPIC: pushes are trusted only from that service account.');
  return {
    clientId,
    clientSecret,
    apiUrl,
    authorizeUrl: oauth ? new URL('o/oauth2/v2/auth', oauth).toString() : GOOGLE_DEFAULTS.authorizeUrl,
    tokenUrl: oauth ? new URL('token', oauth).toString() : GOOGLE_DEFAULTS.tokenUrl,
    revokeUrl: oauth ? new URL('revoke', oauth).toString() : GOOGLE_DEFAULTS.revokeUrl,
    certsUrl: oauth ? new URL('oauth2/v1/certs', oauth).toString() : GOOGLE_DEFAULTS.certsUrl,
    pubsubTopic,
    pushServiceAccount,
    pushAudience: env.GMAIL_PUSH_AUDIENCE?.trim() || null,
    pollIntervalSeconds: number(env, 'GMAIL_POLL_INTERVAL_SECONDS', 30, 1, 3600),
    userQuotaPerMinute: number(env, 'GMAIL_USER_QUOTA_PER_MINUTE', 15_000, 100, 1_000_000),
  };
}
