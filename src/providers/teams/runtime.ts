import type { Expression } from 'kysely';
import type { OAuthFlow, ProviderHost, ProviderRuntime, ReachableWorkspace } from '../definition.js';
import { graphFamilyOf, type GraphRouteFamily } from '../kit/graph/family.js';
import { linkedWorkspaces } from '../kit/linked-workspaces.js';
import type { MessagingProvider } from '../provider.js';
import { teamsBotEndpoint } from './bot.js';
import { teamsOAuthFlow } from './oauth.js';
import { TeamsPoller } from './poller.js';
import { subscribeTenant, teamsGraphMember } from './subscriptions.js';
import type { TeamsSettings } from './settings.js';
import { TEAMS, TeamsWorkspaces, type TeamsServer } from './workspaces.js';

/**
 * Teams in one running server (the definition's `start`): tenants' providers from stored connections, the
 * OAuth flow (served at /oauth/microsoft/* by the `microsoft` route family, shared with Outlook), Teams' part
 * of the family's change notifications (/webhooks/microsoft[/lifecycle], subscriptions.ts), the Bot
 * Framework's messaging endpoint for adaptive-card clicks (/webhooks/microsoft/bot, bot.ts) and the delta
 * poller for tenants without a public URL. Nothing here needs MICROSOFT_* at start: without them,
 * connecting answers UNSUPPORTED naming the variables.
 */
export class TeamsRuntime implements ProviderRuntime {
  readonly server: TeamsServer;
  readonly workspaces: TeamsWorkspaces;
  readonly oauth: OAuthFlow;
  readonly poller: TeamsPoller;
  readonly graph: GraphRouteFamily;

  constructor(host: ProviderHost, settings: TeamsSettings) {
    this.server = { host, settings };
    this.graph = graphFamilyOf(host);
    this.workspaces = new TeamsWorkspaces(this.server);
    this.poller = new TeamsPoller(this.server, this.workspaces);
    this.graph.register(TEAMS, teamsGraphMember(this.workspaces, this.poller));
    // Adaptive-card clicks come through the Bot Framework, not Graph: POST /webhooks/microsoft/bot (bot.ts).
    this.graph.addWebhook('bot', teamsBotEndpoint({ settings, connectionOf: async (tenantId) => (await this.workspaces.openFresh(tenantId))?.connection ?? null }));
    this.oauth = teamsOAuthFlow(this.server, async (tenantId) => {
      if ((await this.graph.store.ofConnection(TEAMS, tenantId)).length === 0) await this.subscribe(tenantId);
    });
  }

  open(workspaceId: string): MessagingProvider {
    return this.workspaces.open(workspaceId);
  }

  openFresh(workspaceId: string): Promise<MessagingProvider | null> {
    return this.workspaces.openView(workspaceId);
  }

  /**
   * Tenants the account is linked to (a link needs the connection), with the connection's generation and
   * the viewer's user: a Teams user's id is the Entra object id the link holds, so a request knows its actor
   * without a `GET /users/{id}`.
   */
  reachable(accountId: string, rank: number): Expression<ReachableWorkspace> {
    return linkedWorkspaces(this.server.host.db, TEAMS, accountId, rank, { viewerIsLinkedUser: true });
  }

  async reached(workspaces: readonly ReachableWorkspace[]): Promise<void> {
    await this.workspaces.refresh(workspaces.map((row) => ({ tenantId: row.workspace_id, generation: row.generation! })));
  }

  /**
   * Creates a tenant's change-notification subscriptions (after connecting it), stored in graph_subscriptions
   * and renewed by the family; answers their ids.
   */
  subscribe(tenantId: string, publicUrl?: string): Promise<string[]> {
    return subscribeTenant(this.graph, tenantId, publicUrl);
  }

  async close(): Promise<void> {
    await this.poller.stop();
    this.workspaces.close();
  }
}
