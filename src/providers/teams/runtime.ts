import { sql, type Expression } from 'kysely';
import type { OAuthFlow, ProviderHost, ProviderRuntime, ReachableWorkspace, WebhookHandler } from '../definition.js';
import type { MessagingProvider } from '../provider.js';
import { teamsOAuthFlow } from './oauth.js';
import { TeamsPoller } from './poller.js';
import { subscribe, teamsWebhooks } from './routes.js';
import type { TeamsSettings } from './settings.js';
import { TEAMS, TeamsWorkspaces, type TeamsServer } from './workspaces.js';

/**
 * Teams in one running server (the definition's `start`): tenants' providers from stored connections, the
 * OAuth flow (/oauth/teams/*), the change-notification webhooks (/webhooks/teams[/lifecycle]) and the
 * delta poller for tenants without a public URL. Nothing here needs MICROSOFT_* at start: without them,
 * connecting answers UNSUPPORTED naming the variables.
 */
export class TeamsRuntime implements ProviderRuntime {
  readonly server: TeamsServer;
  readonly workspaces: TeamsWorkspaces;
  readonly oauth: OAuthFlow;
  readonly webhooks: Readonly<Record<string, WebhookHandler>>;
  readonly poller: TeamsPoller;

  constructor(host: ProviderHost, settings: TeamsSettings) {
    this.server = { host, settings };
    this.workspaces = new TeamsWorkspaces(this.server);
    this.oauth = teamsOAuthFlow(this.server);
    this.webhooks = teamsWebhooks(this.server, this.workspaces);
    this.poller = new TeamsPoller(this.server, this.workspaces);
  }

  open(workspaceId: string): MessagingProvider {
    return this.workspaces.open(workspaceId);
  }

  openFresh(workspaceId: string): Promise<MessagingProvider | null> {
    return this.workspaces.openFresh(workspaceId);
  }

  /** Tenants the account is linked to (a link needs the connection), with the connection's generation. */
  reachable(accountId: string, rank: number): Expression<ReachableWorkspace> {
    return this.server.host.db
      .selectFrom('provider_user_links as link')
      .innerJoin('provider_connections as connection', (join) =>
        join.onRef('connection.provider', '=', 'link.provider').onRef('connection.workspace_id', '=', 'link.workspace_id'),
      )
      .select([sql.lit(rank).as('rank'), 'connection.workspace_id', 'connection.name', 'connection.generation'])
      .where('link.provider', '=', TEAMS)
      .where('link.account_id', '=', accountId);
  }

  async reached(workspaces: readonly ReachableWorkspace[]): Promise<void> {
    await this.workspaces.refresh(workspaces.map((row) => ({ tenantId: row.workspace_id, generation: row.generation! })));
  }

  /** Creates a tenant's change-notification subscriptions (after connecting it); answers their ids. */
  subscribe(tenantId: string, publicUrl?: string): Promise<string[]> {
    return subscribe(this.server, this.workspaces, tenantId, publicUrl);
  }

  async close(): Promise<void> {
    await this.poller.stop();
    this.workspaces.close();
  }
}
