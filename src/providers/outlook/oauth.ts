import type { OAuthState } from '../../connections/oauth-states.js';
import { SwitchboardError } from '../../errors.js';
import { logInfo } from '../../log.js';
import type { OAuthCompletion, OAuthFlow } from '../definition.js';
import { authorizationUrl, exchangeAuthorizationCode, pkcePairForState } from '../kit/graph/identity.js';
import { newClientState } from '../kit/graph/subscriptions.js';
import { MicrosoftTransport } from '../kit/graph/transport.js';
import { OUTLOOK_SCOPES } from './connection.js';
import { mailboxName, requireMicrosoftApp } from './credentials.js';
import { openableSharedMailboxes, sharedMailboxId } from './shared-mailboxes.js';
import { OUTLOOK, type OutlookServer } from './workspaces.js';

/**
 * Connecting a mailbox through the Microsoft identity platform (authorization code with PKCE, delegated
 * Mail scopes). Both purposes end the same way for a mailbox: the person who signed in connects their own
 * mailbox (a workspace of one person) and their account is linked to it with their refresh token. The
 * routes are /oauth/microsoft/{install,callback}, served by the `microsoft` route family (the flow's state
 * records that Outlook started it). A new mailbox's events are pushed when this server has an https
 * PUBLIC_URL (Graph posts notifications to https URLs only) and polled otherwise; a pushed mailbox gets its
 * folder subscriptions after the answer (Graph validates the notification URL while creating them). The
 * shared mailboxes the administrator named that the person's token opens are connected (once) and linked to
 * the account too (shared-mailboxes.ts).
 */

/** Whether Graph can post change notifications to this server: its PUBLIC_URL is https. */
export function pushesTo(publicUrl: string): boolean {
  return publicUrl.startsWith('https://');
}

interface SignedIn {
  userId: string;
  address: string;
  displayName: string;
  tenantId: string;
}

async function identify(server: OutlookServer, transport: MicrosoftTransport, accessToken: string): Promise<SignedIn> {
  const get = async (path: string): Promise<Record<string, unknown>> => {
    const response = await transport.send({
      url: new URL(`v1.0/${path}`, server.settings.graphUrl).toString(),
      method: 'GET',
      headers: new Headers({ authorization: `Bearer ${accessToken}`, accept: 'application/json' }),
      body: null,
    });
    if (!response.ok) throw new Error(`Graph answered ${response.status} to ${path.split('?')[0]}`);
    return (await response.json()) as Record<string, unknown>;
  };
  const me = await get('me?$select=id,displayName,mail,userPrincipalName');
  const organization = ((await get('organization?$select=id')).value as Array<{ id: string }> | undefined)?.[0];
  const address = (typeof me.mail === 'string' && me.mail) || (typeof me.userPrincipalName === 'string' && me.userPrincipalName) || null;
  if (typeof me.id !== 'string' || !address || !organization) throw new Error('Graph did not say who signed in');
  return { userId: me.id, address: address.toLowerCase(), displayName: typeof me.displayName === 'string' ? me.displayName : address, tenantId: organization.id };
}

async function complete(server: OutlookServer, subscribe: Subscribe, code: string, flow: OAuthState, redirectUri: string, state: string): Promise<OAuthCompletion> {
  const app = requireMicrosoftApp(server.settings);
  const { store } = server.host.connections;
  const transport = new MicrosoftTransport({ ca: server.settings.ca });
  try {
    const grant = await exchangeAuthorizationCode(transport, {
      loginUrl: server.settings.loginUrl,
      app: { tenantId: server.settings.tenant, ...app },
      code,
      redirectUri,
      codeVerifier: pkcePairForState(app.clientSecret, state).verifier,
      // The Mail scopes the authorize step asked for: the platform refuses a redemption naming others
      // (the kit's default is Teams' scopes, which a mailbox's sign-in never consented to).
      scopes: OUTLOOK_SCOPES,
      now: Date.now(),
      provider: OUTLOOK,
    });
    let who: SignedIn;
    try {
      who = await identify(server, transport, grant.accessToken);
    } catch {
      return { ok: false, message: 'Microsoft Graph did not say who signed in; try again.' };
    }
    if (!grant.refreshToken) return { ok: false, message: 'Microsoft granted no refresh token; the app must ask for offline_access.' };
    // Read-only probes first: nothing is stored for a flow that is refused below.
    const shared = await openableSharedMailboxes(server, transport, grant.accessToken);
    const opened = [who.userId, ...shared.map((mailbox) => sharedMailboxId(mailbox.address))];
    if (flow.workspaceId !== null && !opened.includes(flow.workspaceId)) return { ok: false, message: `You signed in as ${who.address}, who cannot open the mailbox being linked.` };
    const existing = await store.load(OUTLOOK, who.userId);
    const name = mailboxName(who);
    const eventDelivery = existing?.eventDelivery ?? (pushesTo(server.host.publicUrl) ? 'PUSH' : 'POLL');
    await store.save(
      {
        provider: OUTLOOK,
        workspaceId: who.userId,
        name,
        webUrl: 'https://outlook.office.com/mail/',
        appId: who.tenantId,
        botUserId: who.address,
        credentials: { accessToken: grant.accessToken, expiresAt: new Date(grant.expiresAt), refreshToken: grant.refreshToken, webhookSecret: existing?.credentials.webhookSecret ?? newClientState() },
        eventDelivery,
      },
      flow.accountId,
    );
    await store.link({ provider: OUTLOOK, workspaceId: who.userId, accountId: flow.accountId, externalUserId: who.userId, userToken: grant.refreshToken, linkedVia: 'OAUTH' });
    server.host.connections.changed({ provider: OUTLOOK, workspaceId: who.userId });
    const pushed = eventDelivery === 'PUSH' ? [who.userId] : [];
    const names = new Map([[who.userId, name]]);
    for (const mailbox of shared) {
      const workspaceId = sharedMailboxId(mailbox.address);
      const known = await store.load(OUTLOOK, workspaceId);
      names.set(workspaceId, known?.name ?? mailboxName(mailbox));
      if (!known) {
        // The connection holds no token of anyone: each member reads with their own link's (workspaces.ts).
        const delivery = pushesTo(server.host.publicUrl) ? 'PUSH' : 'POLL';
        await store.save(
          {
            provider: OUTLOOK,
            workspaceId,
            name: mailboxName(mailbox),
            webUrl: 'https://outlook.office.com/mail/',
            appId: who.tenantId,
            botUserId: mailbox.address,
            credentials: { accessToken: '', expiresAt: null, refreshToken: null, webhookSecret: newClientState() },
            eventDelivery: delivery,
          },
          flow.accountId,
        );
        if (delivery === 'PUSH') pushed.push(workspaceId);
      }
      await store.link({ provider: OUTLOOK, workspaceId, accountId: flow.accountId, externalUserId: who.userId, userToken: grant.refreshToken, linkedVia: 'OAUTH' });
      server.host.connections.changed({ provider: OUTLOOK, workspaceId });
    }
    for (const workspaceId of pushed) {
      void subscribe(workspaceId).catch((error: unknown) =>
        logInfo('outlook_subscribe_failed', { workspaceId, code: error instanceof SwitchboardError ? error.code : 'INTERNAL' }),
      );
    }
    const workspaceId = flow.workspaceId ?? who.userId;
    return { ok: true, purpose: flow.purpose, workspaceId, workspaceName: names.get(workspaceId) ?? name };
  } finally {
    transport.close();
  }
}

type Subscribe = (mailboxId: string) => Promise<unknown>;

/** The definition's OAuthFlow; `subscribe` creates a pushed mailbox's subscriptions (none when it has them). */
export function outlookOAuthFlow(server: OutlookServer, subscribe: Subscribe): OAuthFlow {
  return {
    requireApp: () => void requireMicrosoftApp(server.settings),
    authorizeUrl: (state, _flow, redirectUri) => {
      const app = requireMicrosoftApp(server.settings);
      return authorizationUrl({
        loginUrl: server.settings.loginUrl,
        app: { tenantId: server.settings.tenant, ...app },
        redirectUri,
        state,
        codeChallenge: pkcePairForState(app.clientSecret, state).challenge,
        scopes: OUTLOOK_SCOPES,
      });
    },
    complete: (code, flow, redirectUri, state) => complete(server, subscribe, code, flow, redirectUri, state),
  };
}
