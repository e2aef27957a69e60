import type { Expression } from 'kysely';
import type { OAuthFlow, ProviderHost, ProviderRuntime, ReachableWorkspace } from '../definition.js';
import { linkedWorkspaces } from '../kit/linked-workspaces.js';
import { graphFamilyOf, type GraphRouteFamily } from '../kit/graph/family.js';
import type { MessagingProvider } from '../provider.js';
import { outlookOAuthFlow } from './oauth.js';
import { OutlookPoller } from './poller.js';
import { outlookGraphMember, subscribeMailbox } from './subscriptions.js';
import type { OutlookSettings } from './settings.js';
import { OUTLOOK, OutlookWorkspaces, type OutlookServer } from './workspaces.js';

/**
 * Outlook in one running server: mailboxes' providers from stored connections, the OAuth flow (served at
 * /oauth/microsoft/* by the `microsoft` route family, shared with Teams), Outlook's part of the family's change
 * notifications (/webhooks/microsoft[/lifecycle], subscriptions.ts) for mailboxes whose events are pushed, and
 * the per-folder delta poller for the others.
 */
export class OutlookRuntime implements ProviderRuntime {
  readonly server: OutlookServer;
  readonly workspaces: OutlookWorkspaces;
  readonly oauth: OAuthFlow;
  readonly poller: OutlookPoller;
  readonly graph: GraphRouteFamily;

  constructor(host: ProviderHost, settings: OutlookSettings) {
    this.server = { host, settings };
    this.graph = graphFamilyOf(host);
    this.workspaces = new OutlookWorkspaces(this.server);
    // The poller's folder sweep keeps pushed mailboxes' subscriptions in line with their folders.
    this.poller = new OutlookPoller(this.server, this.workspaces, { sweep: (mailboxId) => this.subscribe(mailboxId) });
    this.graph.register(OUTLOOK, outlookGraphMember(this.workspaces, this.poller));
    this.oauth = outlookOAuthFlow(this.server, (mailboxId) => this.subscribe(mailboxId));
  }

  open(workspaceId: string): MessagingProvider {
    return this.workspaces.open(workspaceId);
  }

  openFresh(workspaceId: string): Promise<MessagingProvider | null> {
    return this.workspaces.openFresh(workspaceId);
  }

  /** Mailboxes the account is linked to, with the connection's generation. */
  reachable(accountId: string, rank: number): Expression<ReachableWorkspace> {
    return linkedWorkspaces(this.server.host.db, OUTLOOK, accountId, rank);
  }

  async reached(workspaces: readonly ReachableWorkspace[]): Promise<void> {
    await this.workspaces.refresh(workspaces.map((row) => ({ mailboxId: row.workspace_id, generation: row.generation! })));
  }

  /**
   * Creates the change-notification subscriptions a mailbox lacks (one per watched folder, child folders
   * included, after each folder's delta position) and drops those of deleted folders; stored in
   * graph_subscriptions and renewed by the family. Answers the new ones' ids (none when nothing was missing).
   */
  subscribe(mailboxId: string, publicUrl?: string): Promise<string[]> {
    return subscribeMailbox(this.graph, this.poller, this.workspaces, mailboxId, publicUrl);
  }

  async close(): Promise<void> {
    await this.poller.stop();
    this.workspaces.close();
  }
}
