import type { ConnectionCredentials, StoredConnection } from '../../connections/store.js';

/**
 * A grant the platform refused (revoked, expired, consent withdrawn) is stored as the connection's state: its
 * access token is replaced by this marker and the closed code (sealed like any credential), without an
 * expiry, so that no process asks the token endpoint again — every call fails at once and the workspace shows
 * DISCONNECTED (./disconnected-provider.ts) — until the workspace is connected again, which stores a real
 * token. Teams records a refused app grant so, Gmail a refused mailbox grant.
 *
 * No event is published for it, by any provider (Teams, Gmail, nor Slack for credentials that no longer open):
 * WORKSPACE_DISCONNECTED is the admin's `disconnectWorkspace`, after which the workspace is gone and the
 * subscriptions confined to it end. A refused grant is a state of a workspace that stays listed and comes back
 * with the same ids once reconnected, so its subscriptions stay open and receive its events again then; clients
 * read the state as `Workspace.connectionStatus`.
 */
const REFUSED = 'refused:';

export type RefusalCode = 'NOT_AUTHENTICATED' | 'PERMISSION_DENIED';

/** The credentials that record a refusal; a refused refresh token is dropped with it where the caller says so. */
export function refusedCredentials(code: RefusalCode): Pick<ConnectionCredentials, 'accessToken' | 'expiresAt'> {
  return { accessToken: `${REFUSED}${code}`, expiresAt: null };
}

/** The refusal a stored connection records, or null when its access token is a token. */
export function refusalOf(connection: StoredConnection): RefusalCode | null {
  const { accessToken } = connection.credentials;
  if (!accessToken.startsWith(REFUSED)) return null;
  return accessToken.slice(REFUSED.length) === 'PERMISSION_DENIED' ? 'PERMISSION_DENIED' : 'NOT_AUTHENTICATED';
}
