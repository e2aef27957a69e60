import type { Kysely } from 'kysely';
import { consumeOAuthState, createOAuthState, OAUTH_STATE_TTL_SECONDS, peekOAuthState, type OAuthPurpose } from '../connections/oauth-states.js';
import { oauthRedirectUri, type Connections } from '../connections/service.js';
import type { Database } from '../db/tables.js';
import { SwitchboardError } from '../errors.js';
import type { OAuthFlow } from './definition.js';
import type { RunningProvider } from './registry.js';

/**
 * The OAuth steps every provider shares, around its own OAuthFlow (authorize page, code exchange):
 *   1. `beginOAuth` (the beginInstall mutation, or GET /oauth/:provider/install with an admin API key) makes
 *      a single-use `state` bound to the account and returns /oauth/:provider/install?state=…;
 *   2. `installRedirect` (GET /oauth/:provider/install?state=…) checks the state without using it and sends
 *      the browser to the platform's authorize page;
 *   3. `completeOAuth` (GET /oauth/:provider/callback) uses the state up and lets the provider exchange the
 *      code. It never throws for the browser's mistakes: they come back as a 400 outcome with a message.
 */

/** The name a provider's routes go by: its route family's (e.g. microsoft), else its own. */
function routeOf(running: RunningProvider): string {
  return running.definition.routeFamily?.name ?? running.definition.name;
}

/** The provider's OAuth flow; UNSUPPORTED when it has none. */
function flowOf(running: RunningProvider): OAuthFlow {
  const flow = running.runtime.oauth;
  if (!flow) throw new SwitchboardError('UNSUPPORTED', `${running.definition.displayName} workspaces are not connected through OAuth.`);
  return flow;
}

/** Starts a flow for an account; returns the Switchboard URL to open in a browser, and its state. */
export async function beginOAuth(
  connections: Connections,
  db: Kysely<Database>,
  running: RunningProvider,
  accountId: string,
  purpose: OAuthPurpose,
  workspaceId: string | null,
): Promise<{ state: string; installUrl: string; expiresInSeconds: number }> {
  const provider = running.definition.name;
  flowOf(running).requireApp();
  connections.store.cipher.requireKey();
  if (purpose === 'LINK_USER' && workspaceId !== null && !(await connections.store.load(provider, workspaceId))) {
    throw new SwitchboardError(
      'NOT_FOUND',
      `${running.definition.displayName} workspace ${JSON.stringify(workspaceId)} is not connected to this server.`,
      { field: ['input', 'workspaceId'] },
    );
  }
  const state = await createOAuthState(db, { provider, purpose, accountId, workspaceId });
  return {
    state,
    installUrl: `${connections.publicUrl}/oauth/${routeOf(running)}/install?state=${encodeURIComponent(state)}`,
    expiresInSeconds: OAUTH_STATE_TTL_SECONDS,
  };
}

/** The platform's authorize page for a state that was just made (the API-key path of the install route). */
export function authorizeUrl(connections: Connections, running: RunningProvider, state: string, purpose: OAuthPurpose, accountId: string): string {
  const provider = running.definition.name;
  return flowOf(running).authorizeUrl(state, { provider, purpose, accountId, workspaceId: null }, oauthRedirectUri(connections, routeOf(running)));
}

/** The member of `members` (a route family's, or one provider) a state's flow was started for. */
function memberOf(members: readonly RunningProvider[], provider: string): RunningProvider {
  return members.find((member) => member.definition.name === provider)!;
}

/**
 * The install step: where to send the browser for a state, or null when the state is not usable. `members`
 * are the providers of the route (a family's share it): the state says which one started the flow.
 */
export async function installRedirect(connections: Connections, db: Kysely<Database>, members: readonly RunningProvider[], state: string): Promise<string | null> {
  const flow = await peekOAuthState(db, state, members.map((member) => member.definition.name));
  if (!flow) return null;
  const running = memberOf(members, flow.provider);
  return flowOf(running).authorizeUrl(state, flow, oauthRedirectUri(connections, routeOf(running)));
}

export type CallbackOutcome =
  | { ok: true; purpose: OAuthPurpose; workspaceId: string; workspaceName: string; provider: RunningProvider }
  | { ok: false; status: 400 | 502; message: string; provider?: RunningProvider };

/** Failures of a callback that a new authorization can mend, answered 400; every other one is a 502. */
const BROWSER_FAILURES: ReadonlySet<string> = new Set(['VALIDATION_ERROR', 'CONFLICT', 'NOT_AUTHENTICATED', 'PERMISSION_DENIED']);

/**
 * The callback step: a missing, unknown, expired or reused state, a cancelled authorization or a refused
 * code are a 400 outcome; a platform failure a 502 one.
 */
export async function completeOAuth(
  connections: Connections,
  db: Kysely<Database>,
  members: readonly RunningProvider[],
  query: { code: string | null; state: string | null; error: string | null },
): Promise<CallbackOutcome> {
  if (!query.state) return { ok: false, status: 400, message: 'The callback has no state parameter.' };
  const flow = await consumeOAuthState(db, query.state, members.map((member) => member.definition.name));
  if (!flow) {
    return { ok: false, status: 400, message: 'This authorization link is unknown, expired or was already used. Start again.' };
  }
  const running = memberOf(members, flow.provider);
  if (query.error) return { ok: false, status: 400, provider: running, message: `${running.definition.displayName} authorization did not complete (${query.error}).` };
  if (!query.code) return { ok: false, status: 400, provider: running, message: 'The callback has no code parameter.' };
  try {
    const outcome = await flowOf(running).complete(query.code, flow, oauthRedirectUri(connections, routeOf(running)), query.state);
    return outcome.ok ? { ...outcome, provider: running } : { ok: false, status: 400, provider: running, message: outcome.message };
  } catch (error) {
    if (error instanceof SwitchboardError) {
      // The platform refusing this code (used, expired, not granted) is this authorization's end: start again
      // (400); its outage or an answer Switchboard cannot read is the platform's (502).
      return { ok: false, status: BROWSER_FAILURES.has(error.code) ? 400 : 502, provider: running, message: error.message };
    }
    throw error;
  }
}
