import { logInfo } from '../../log.js';
import type { MicrosoftTransport } from '../kit/graph/transport.js';
import { segment } from './ids.js';
import type { SharedMailboxSetting } from './settings.js';
import type { OutlookServer } from './workspaces.js';

/**
 * Shared mailboxes: "a mailbox is a workspace of one person; shared mailboxes the token can open appear too".
 * Graph has no call listing the mailboxes a delegated token may open, so the administrator names them
 * (OUTLOOK_SHARED_MAILBOXES, settings.ts) and each is tried with the token of whoever connects Outlook
 * (oauth.ts): `GET /users/{address}/mailFolders/inbox` answers 200 for a member (Exchange's Full Access,
 * read with Mail.ReadWrite.Shared) and 403 ErrorAccessDenied for anyone else. A mailbox the person opens
 * becomes a workspace (stored once, by the first member; its id is the address, as the directory id of
 * another user is not readable with the Mail scopes) and their account is linked to it with their own refresh
 * token, so each member reads and sends (Mail.Send.Shared) as themselves, and the connection reads outside
 * requests as its earliest linked member (workspaces.ts). Like a person's own mailbox it is PERSONAL: its
 * linked members act as the mailbox, nobody else sees a folder.
 */

/** The configured shared mailboxes the token opens; any other answer (403, 404, Graph down) leaves one out. */
export async function openableSharedMailboxes(server: OutlookServer, transport: MicrosoftTransport, accessToken: string): Promise<SharedMailboxSetting[]> {
  const opened: SharedMailboxSetting[] = [];
  for (const shared of server.settings.sharedMailboxes ?? []) {
    const response = await transport
      .send({
        url: new URL(`v1.0/users/${segment(shared.address)}/mailFolders/inbox?$select=id`, server.settings.graphUrl).toString(),
        method: 'GET',
        headers: new Headers({ authorization: `Bearer ${accessToken}`, accept: 'application/json' }),
        body: null,
      })
      .catch(() => null);
    if (response?.ok) opened.push(shared);
    else if (response?.status !== 403) logInfo('outlook_shared_mailbox_unreadable', { status: response?.status ?? 0 });
    await response?.arrayBuffer().catch(() => undefined);
  }
  return opened;
}

/** A shared mailbox's workspace id: its address, lowercased (a person's own mailbox has its directory id). */
export const sharedMailboxId = (address: string): string => address.toLowerCase();
