import type { Expression } from 'kysely';
import type { OAuthFlow, ProviderDelivery, ProviderHost, ProviderRuntime, ReachableWorkspace, WebhookHandler } from '../definition.js';
import { linkedWorkspaces } from '../kit/linked-workspaces.js';
import type { MessagingProvider } from '../provider.js';
import { syncMailbox } from './changes.js';
import { gmailOAuthFlow } from './oauth.js';
import { GmailPoller } from './poller.js';
import { PushVerifier } from './push-auth.js';
import type { GmailSettings } from './settings.js';
import { MailboxStates } from './state.js';
import { gmailWebhook } from './webhook.js';
import { GMAIL, GmailWorkspaces, type GmailServer } from './workspaces.js';

/**
 * Gmail in one running server (the definition's `start`): mailboxes' providers from stored connections,
 * the OAuth flow (/oauth/gmail/*), the Pub/Sub push webhook (/webhooks/gmail), polling and watch renewal.
 * Nothing needs GMAIL_* at start: without them connecting answers UNSUPPORTED naming the variables.
 */
export class GmailRuntime implements ProviderRuntime {
  readonly server: GmailServer;
  readonly workspaces: GmailWorkspaces;
  readonly states: MailboxStates;
  readonly oauth: OAuthFlow;
  readonly webhooks: Readonly<Record<string, WebhookHandler>>;
  readonly poller: GmailPoller;

  constructor(host: ProviderHost, settings: GmailSettings) {
    this.server = { host, settings };
    this.workspaces = new GmailWorkspaces(this.server);
    this.states = new MailboxStates(host.db);
    this.oauth = gmailOAuthFlow(this.server);
    const verifier = new PushVerifier(settings, settings.pushAudience ?? `${host.publicUrl}/webhooks/gmail`);
    this.webhooks = { '': gmailWebhook(verifier, (mailbox) => this.changesOf(mailbox)) };
    this.poller = new GmailPoller(this.server, this.workspaces, this.states);
  }

  private async changesOf(mailbox: string): Promise<ProviderDelivery['changes'] | null> {
    const provider = await this.workspaces.connected(mailbox);
    if (!provider) return null;
    return (await syncMailbox(provider.connection.api, this.states, mailbox)).changes;
  }

  open(workspaceId: string): MessagingProvider {
    return this.workspaces.open(workspaceId);
  }

  openFresh(workspaceId: string): Promise<MessagingProvider | null> {
    return this.workspaces.openFresh(workspaceId);
  }

  /** Mailboxes the account is linked to, with the connection's generation. */
  reachable(accountId: string, rank: number): Expression<ReachableWorkspace> {
    return linkedWorkspaces(this.server.host.db, GMAIL, accountId, rank);
  }

  async reached(workspaces: readonly ReachableWorkspace[]): Promise<void> {
    await this.workspaces.refresh(workspaces.map((row) => ({ mailbox: row.workspace_id, generation: row.generation! })));
  }

  async begin(): Promise<void> {
    this.poller.start();
  }

  async close(): Promise<void> {
    await this.poller.stop();
  }
}
