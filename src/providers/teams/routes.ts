import { logInfo, logUnexpected } from '../../log.js';
import type { ProviderDelivery, WebhookHandler, WebhookResult } from '../definition.js';
import { createSubscription, reauthorizeSubscription } from '../kit/graph/subscriptions.js';
import { APP } from '../kit/graph/tokens.js';
import { handleTeamsWebhook, type TeamsWebhookResult } from './webhook.js';
import { TEAMS, type TeamsServer, type TeamsWorkspaces } from './workspaces.js';

/**
 * POST /webhooks/teams (change notifications) and /webhooks/teams/lifecycle, on webhook.ts: the validation
 * handshake is answered at once; notifications are trusted only when their tenant is connected here and
 * their clientState matches the connection's (sealed as its webhook secret, compared in constant time);
 * trusted changes go through the ingest path (one delivery per notification id, so Graph's retries are
 * claimed once) and Graph gets its 202. Lifecycle work runs after the answer.
 *
 * Subscriptions: `subscribe` creates the tenant-wide ones (channel and chat messages, as the app) with the
 * connection's clientState. Not yet: a table of subscriptions renewed before expiry once across instances,
 * and `missed` resynchronising with delta (it is logged) — see README, "Not yet".
 */

export const TEAMS_RESOURCES = ['/teams/getAllMessages', '/chats/getAllMessages'] as const;

export function teamsWebhooks(server: TeamsServer, workspaces: TeamsWorkspaces): Record<string, WebhookHandler> {
  const lookup = async (_subscriptionId: string, tenantId: string | null) => {
    if (!tenantId) return null;
    const connection = await server.host.connections.store.load(TEAMS, tenantId);
    const clientState = connection?.credentials.webhookSecret;
    return connection && clientState ? { clientState, workspaceId: connection.workspaceId } : null;
  };
  const handle = async (request: Request, endpoint: 'notifications' | 'lifecycle'): Promise<WebhookResult> => {
    const url = new URL(request.url);
    const body = url.searchParams.has('validationToken') ? null : await request.text();
    const result = await handleTeamsWebhook({ url, body, endpoint }, lookup, new Date());
    if (result.rejected > 0) logInfo('teams_webhook_rejected', { items: result.rejected });
    for (const action of result.lifecycle) void lifecycle(server, workspaces, action).catch(logUnexpected);
    const response = new Response(result.response.body || null, { status: result.response.status, headers: result.response.headers });
    if (result.changes.length === 0) return { kind: 'respond', response };
    return { kind: 'deliver', deliveries: deliveriesOf(result), respond: () => new Response(null, { status: 202 }) };
  };
  return {
    '': (request) => handle(request, 'notifications'),
    lifecycle: (request) => handle(request, 'lifecycle'),
  };
}

/**
 * One delivery per notification: Graph retries a notification with the same id, which the ingest path
 * claims once. The notification id (the change's `detail` here) identifies the delivery; for echo claims a
 * message change has no detail (an echo of our send is MESSAGE_CREATED of that message, whatever its id).
 */
function deliveriesOf(result: TeamsWebhookResult): ProviderDelivery[] {
  return result.changes.map((change) => ({
    workspaceId: change.envelope.workspaceId,
    deliveryId: change.detail ? `notification:${change.detail}` : null,
    changes: [{ envelope: change.envelope, detail: '' }],
  }));
}

async function lifecycle(server: TeamsServer, workspaces: TeamsWorkspaces, action: TeamsWebhookResult['lifecycle'][number]): Promise<void> {
  const provider = await workspaces.openFresh(action.workspaceId);
  if (!provider) return;
  if (action.kind === 'reauthorize') await reauthorizeSubscription(provider.connection.api, APP, action.subscriptionId);
  else if (action.kind === 'recreate') await subscribe(server, workspaces, action.workspaceId);
  else logInfo('teams_notifications_missed', { workspaceId: action.workspaceId, subscriptionId: action.subscriptionId });
}

/**
 * Creates the tenant's change-notification subscriptions (Graph validates the URLs during the call), at
 * `publicUrl` (default PUBLIC_URL; a test passes its server's port).
 */
export async function subscribe(server: TeamsServer, workspaces: TeamsWorkspaces, tenantId: string, publicUrl = server.host.publicUrl): Promise<string[]> {
  const provider = await workspaces.openFresh(tenantId);
  const connection = await server.host.connections.store.load(TEAMS, tenantId);
  const clientState = connection?.credentials.webhookSecret;
  if (!provider || !clientState) return [];
  const base = `${publicUrl}/webhooks/${TEAMS}`;
  const created = await Promise.all(
    TEAMS_RESOURCES.map((resource) =>
      createSubscription(provider.connection.api, APP, {
        resource,
        changeTypes: ['created', 'updated', 'deleted'],
        notificationUrl: base,
        lifecycleNotificationUrl: `${base}/lifecycle`,
        now: Date.now(),
        clientState,
      }),
    ),
  );
  return created.map((subscription) => subscription.id);
}
