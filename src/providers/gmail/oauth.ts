import type { OAuthState } from '../../connections/oauth-states.js';
import type { OAuthCompletion, OAuthFlow } from '../definition.js';
import { formatAddress } from '../kit/email/addresses.js';
import { GMAIL_SCOPES, googleOAuthClient, pkceForState, requireGoogleApp } from './credentials.js';
import { GMAIL, type GmailServer } from './workspaces.js';

/**
 * /oauth/gmail/{install,callback}: Google's authorization-code flow with offline access (a refresh token),
 * `prompt=consent` (Google gives a refresh token only on consent) and PKCE (S256; the verifier is derived
 * from the single-use state, credentials.ts). The mailbox is whoever signed in (getProfile's address): INSTALL
 * stores it as a connection and links the account; LINK_USER links another account of the same person to
 * a mailbox already connected.
 */
async function complete(server: GmailServer, code: string, flow: OAuthState, redirectUri: string, state: string): Promise<OAuthCompletion> {
  const app = requireGoogleApp(server.settings);
  const client = googleOAuthClient(server.settings, redirectUri);
  let tokens;
  try {
    ({ tokens } = await client.getToken({ code, codeVerifier: pkceForState(app.clientSecret, state).verifier, redirect_uri: redirectUri }));
  } catch {
    return { ok: false, message: 'Google refused the sign-in code; start connecting Gmail again.' };
  }
  if (!tokens.access_token) return { ok: false, message: 'Google gave no access token; try again.' };
  if (!tokens.refresh_token) return { ok: false, message: 'Google granted no refresh token; remove Switchboard from your Google account permissions and connect again.' };
  const { gmail_v1 } = await import('@googleapis/gmail');
  client.setCredentials(tokens);
  const gmail = new gmail_v1.Gmail({ auth: client, rootUrl: server.settings.apiUrl, retry: false });
  let mailbox: string;
  try {
    const profile = await gmail.users.getProfile({ userId: 'me' });
    mailbox = (profile.data.emailAddress ?? '').toLowerCase();
    if (!mailbox) throw new Error('no address');
  } catch {
    return { ok: false, message: 'Gmail did not say which mailbox signed in; try again.' };
  }
  // The owner's name, as their mail is signed (the primary send-as address's display name): the mailbox is
  // then named `Name <address>`, as Outlook's, and its owner by name before any mail names them. Optional.
  const displayName = await gmail.users.settings.sendAs
    .get({ userId: 'me', sendAsEmail: mailbox })
    .then((answer) => answer.data.displayName?.trim() ?? '')
    .catch(() => '');
  const name = displayName ? formatAddress({ name: displayName, address: mailbox }) : mailbox;
  const { store } = server.host.connections;
  const existing = await store.load(GMAIL, mailbox);
  if (flow.purpose === 'LINK_USER') {
    if (!existing) return { ok: false, message: `The Gmail mailbox ${mailbox} is not connected to this server; connect it first.` };
    if (flow.workspaceId !== null && flow.workspaceId !== mailbox) return { ok: false, message: `You signed in as ${mailbox}, not ${flow.workspaceId}.` };
  }
  await store.save(
    {
      provider: GMAIL,
      workspaceId: mailbox,
      name,
      webUrl: `https://mail.google.com/mail/u/?authuser=${encodeURIComponent(mailbox)}`,
      appId: app.clientId,
      botUserId: null,
      credentials: { accessToken: tokens.access_token, refreshToken: tokens.refresh_token, expiresAt: tokens.expiry_date ? new Date(tokens.expiry_date) : null, webhookSecret: null },
      eventDelivery: existing?.eventDelivery ?? (server.settings.pubsubTopic ? 'PUSH' : 'POLL'),
    },
    flow.accountId,
  );
  await store.link({ provider: GMAIL, workspaceId: mailbox, accountId: flow.accountId, externalUserId: mailbox, userToken: null, linkedVia: 'OAUTH' });
  server.host.connections.changed({ provider: GMAIL, workspaceId: mailbox });
  return { ok: true, purpose: flow.purpose, workspaceId: mailbox, workspaceName: name };
}

export function gmailOAuthFlow(server: GmailServer): OAuthFlow {
  return {
    requireApp: () => void requireGoogleApp(server.settings),
    authorizeUrl: (state, flow, redirectUri) => {
      const app = requireGoogleApp(server.settings);
      return googleOAuthClient(server.settings, redirectUri).generateAuthUrl({
        access_type: 'offline',
        prompt: 'consent',
        scope: GMAIL_SCOPES,
        state,
        include_granted_scopes: true,
        code_challenge: pkceForState(app.clientSecret, state).challenge,
        code_challenge_method: 'S256' as never,
        ...(flow.workspaceId ? { login_hint: flow.workspaceId } : {}),
      });
    },
    complete: (code, flow, redirectUri, state) => complete(server, code, flow, redirectUri, state),
  };
}
