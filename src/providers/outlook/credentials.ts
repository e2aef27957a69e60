import { SwitchboardError } from '../../errors.js';
import type { CredentialLabels, StoredConnection } from '../../connections/store.js';
import type { MailboxIdentity } from './connection.js';
import type { OutlookSettings } from './settings.js';

/**
 * What an Outlook connection stores (sealed by the connection store): the delegated access token it was
 * connected with and the person's refresh token (rotated tokens go to the account link, which GraphTokens
 * reads), and the clientState its change-notification subscriptions will carry. Of the connection's plain
 * columns, `appId` holds the tenant (directory) id and `botUserId` the mailbox's address.
 */
export const OUTLOOK_CREDENTIAL_LABELS: CredentialLabels = {
  accessToken: 'outlook_access_token',
  webhookSecret: 'outlook_client_state',
  refreshToken: 'outlook_refresh_token',
};

export function requireMicrosoftApp(settings: OutlookSettings): { clientId: string; clientSecret: string } {
  if (!settings.clientId || !settings.clientSecret) {
    throw new SwitchboardError('UNSUPPORTED', 'Outlook is not configured on this server: set MICROSOFT_CLIENT_ID and MICROSOFT_CLIENT_SECRET.');
  }
  return { clientId: settings.clientId, clientSecret: settings.clientSecret };
}

/** The mailbox a stored connection is. */
export function mailboxOf(stored: StoredConnection): MailboxIdentity & { tenantId: string } {
  const address = stored.botUserId ?? '';
  const displayName = stored.name.replace(/\s*<[^>]*>$/, '') || address;
  return { id: stored.workspaceId, address, displayName, tenantId: stored.appId ?? 'organizations' };
}

export const mailboxName = (mailbox: { displayName: string; address: string }): string => `${mailbox.displayName} <${mailbox.address}>`;
