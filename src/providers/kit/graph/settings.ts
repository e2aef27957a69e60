import { SettingsError } from '../../../connections/settings.js';
import { DEFAULT_GRAPH_URL } from './client.js';
import { DEFAULT_LOGIN_URL } from './identity.js';

/**
 * Switchboard's Microsoft app, read from the environment at start; shared by every provider on Microsoft
 * Graph (Teams now, Outlook next), each definition's `readSettings` calls this. Nothing set is a valid
 * configuration: the server starts, and connecting a tenant answers UNSUPPORTED naming what to set.
 *
 * | Variable | Default | Meaning |
 * |---|---|---|
 * | `MICROSOFT_CLIENT_ID`, `MICROSOFT_CLIENT_SECRET` | unset: no Microsoft tenants | the app registration (both or neither) |
 * | `MICROSOFT_TENANT` | `organizations` | where people sign in: a directory id (GUID), a verified domain, or `organizations`/`common` for a multi-tenant app |
 * | `MICROSOFT_GRAPH_URL` | `https://graph.microsoft.com/` | Graph's base (tests and staging point it at a fake) |
 * | `MICROSOFT_LOGIN_URL` | `https://login.microsoftonline.com/` | the identity platform's base |
 * | `MICROSOFT_POLL_INTERVAL_SECONDS` | `30` | how often tenants without a public URL are polled with delta queries |
 */
export interface MicrosoftAppSettings {
  clientId: string | null;
  clientSecret: string | null;
  tenant: string;
  graphUrl: string;
  loginUrl: string;
  pollIntervalSeconds: number;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/** Reads and validates the MICROSOFT_* variables; throws SettingsError naming the variable and the bad value. */
export function readMicrosoftSettings(env: NodeJS.ProcessEnv): MicrosoftAppSettings {
  const clientId = env.MICROSOFT_CLIENT_ID?.trim() || null;
  const clientSecret = env.MICROSOFT_CLIENT_SECRET?.trim() || null;
  if ((clientId === null) !== (clientSecret === null)) {
    throw new SettingsError('MICROSOFT_CLIENT_ID and MICROSOFT_CLIENT_SECRET must be set together (connecting a Microsoft tenant needs both).');
  }
  if (clientId !== null && !GUID.test(clientId)) {
    throw new SettingsError(`MICROSOFT_CLIENT_ID must be the app registration's application (client) id, a GUID, got ${JSON.stringify(env.MICROSOFT_CLIENT_ID)}.`);
  }
  const tenant = env.MICROSOFT_TENANT?.trim() || 'organizations';
  if (!['organizations', 'common'].includes(tenant) && !GUID.test(tenant) && !DOMAIN.test(tenant)) {
    throw new SettingsError(
      `MICROSOFT_TENANT must be a directory id (GUID), a verified domain, or "organizations"/"common", got ${JSON.stringify(env.MICROSOFT_TENANT)}.`,
    );
  }
  const pollInterval = env.MICROSOFT_POLL_INTERVAL_SECONDS?.trim() ? Number(env.MICROSOFT_POLL_INTERVAL_SECONDS) : 30;
  if (!Number.isFinite(pollInterval) || pollInterval < 1 || pollInterval > 3600) {
    throw new SettingsError(
      `MICROSOFT_POLL_INTERVAL_SECONDS must be a number of seconds between 1 and 3600, got ${JSON.stringify(env.MICROSOFT_POLL_INTERVAL_SECONDS)}.`,
    );
  }
  return {
    clientId,
    clientSecret,
    tenant,
    graphUrl: baseUrl('MICROSOFT_GRAPH_URL', env.MICROSOFT_GRAPH_URL, DEFAULT_GRAPH_URL),
    loginUrl: baseUrl('MICROSOFT_LOGIN_URL', env.MICROSOFT_LOGIN_URL, DEFAULT_LOGIN_URL),
    pollIntervalSeconds: pollInterval,
  };
}

/** An absolute http(s) base URL ending in a slash (paths are resolved against it), without query or fragment. */
function baseUrl(name: string, value: string | undefined, fallback: string): string {
  const text = value?.trim() || fallback;
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    throw new SettingsError(`${name} must be an absolute http(s) URL, got ${JSON.stringify(value)}.`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new SettingsError(`${name} must be an absolute http(s) URL, got ${JSON.stringify(value)}.`);
  }
  if (parsed.search || parsed.hash) throw new SettingsError(`${name} must be a base URL without query or fragment, got ${JSON.stringify(value)}.`);
  return text.endsWith('/') ? text : `${text}/`;
}
