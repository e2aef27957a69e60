import type { Expression } from 'kysely';
import { logInfo } from '../../log.js';
import type { ConnectFlow, OAuthFlow, ProviderHost, ProviderRuntime, ReachableWorkspace, WebhookHandler } from '../definition.js';
import { linkedWorkspaces } from '../kit/linked-workspaces.js';
import type { MessagingProvider } from '../provider.js';
import { slackConnectFlow } from './connect.js';
import { SLACK, type SlackServer } from './connections.js';
import { loadSlackConnectionsFile } from './connections-file.js';
import { slackOAuthFlow } from './oauth.js';
import { SlackPoller, type SlackPollerDeps, type SlackPollerOptions } from './poller.js';
import type { SlackAppSettings } from './settings.js';
import { slackWebhooks } from './webhook.js';
import { SlackWorkspaces } from './workspaces.js';

/**
 * Slack in one running server (the definition's `start`): connected teams' providers built from stored
 * credentials (./workspaces.ts), connecting with tokens and OAuth, the webhooks, the poller for teams
 * without a public URL, and the import of SLACK_CONNECTIONS_FILE.
 */
export class SlackRuntime implements ProviderRuntime {
  readonly server: SlackServer;
  readonly workspaces: SlackWorkspaces;
  readonly poller: SlackPoller;
  readonly connect: ConnectFlow;
  readonly oauth: OAuthFlow;
  readonly webhooks: Readonly<Record<string, WebhookHandler>>;

  constructor(host: ProviderHost, app: SlackAppSettings) {
    this.server = { host, app };
    this.workspaces = new SlackWorkspaces(this.server);
    this.poller = this.createPoller();
    this.connect = slackConnectFlow(this.server);
    this.oauth = slackOAuthFlow(this.server);
    this.webhooks = slackWebhooks(this.server);
  }

  open(workspaceId: string): MessagingProvider {
    return this.workspaces.open(workspaceId);
  }

  openFresh(workspaceId: string): Promise<MessagingProvider | null> {
    return this.workspaces.openFresh(workspaceId);
  }

  /** Teams the account is linked to (a link needs the connection), with the connection's generation. */
  reachable(accountId: string, rank: number): Expression<ReachableWorkspace> {
    return linkedWorkspaces(this.server.host.db, SLACK, accountId, rank);
  }

  /** Providers built from an older generation of a connection (a re-connect elsewhere) are rebuilt first. */
  async reached(workspaces: readonly ReachableWorkspace[]): Promise<void> {
    await this.workspaces.refresh(workspaces.map((row) => ({ teamId: row.workspace_id, generation: row.generation! })));
  }

  async begin(): Promise<void> {
    if (this.server.app.connectionsFile) {
      const imported = await loadSlackConnectionsFile(this.server, this.server.app.connectionsFile);
      logInfo('slack_connections_file_loaded', { workspaces: imported.length });
    }
    await this.workspaces.warm();
  }

  /** A poller over this server's connections (the runtime's own, or another instance's in a test). */
  createPoller(options: SlackPollerOptions = {}, deps: Partial<SlackPollerDeps> = {}): SlackPoller {
    const { host, app } = this.server;
    return new SlackPoller(
      {
        db: host.db,
        store: host.connections.store,
        ingest: host.ingest,
        apiUrl: app.apiUrl,
        budgetFor: (teamId) => this.workspaces.budget(teamId),
        ...deps,
      },
      { intervalMs: app.pollIntervalSeconds * 1000, ...options },
    );
  }
}
