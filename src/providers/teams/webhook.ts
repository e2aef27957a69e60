import { changeOfNotification, type TeamsChange } from './changes.js';
import { checkClientState, lifecycleAction, parseLifecycleEvents, parseNotifications, validationAnswer } from '../kit/graph/notifications.js';

/**
 * The Teams part of `POST /webhooks/teams` and `/webhooks/teams/lifecycle` (routes.ts), transport-agnostic: the
 * route hands in the request and answers what this returns, first, then does the work it lists
 * (ingest the changes, run the lifecycle actions). It returns a result instead of throwing. Nothing of an
 * item whose subscription is unknown or whose clientState does not match is trusted: it is counted in
 * `rejected` and published nowhere. Duplicate deliveries carry the same change (same ids and `detail`);
 * the ingest path claims each once.
 */

/** What Switchboard knows of one of its subscriptions (the clientState unsealed for the comparison). */
export interface KnownSubscription {
  clientState: string;
  /** The connection (workspace) the subscription belongs to. */
  workspaceId: string;
}

export interface TeamsWebhookRequest {
  /** The full request URL (the validation token comes in its query). */
  url: URL;
  /** The raw body; null or empty for validation requests. */
  body: string | null;
  /** Which endpoint was called. */
  endpoint: 'notifications' | 'lifecycle';
}

export interface TeamsWebhookResult {
  /** What to answer Graph, right away: 200 with the token for a validation, 202 for notifications. */
  response: { status: number; headers: Record<string, string>; body: string };
  /** Trusted changes to ingest after answering. */
  changes: TeamsChange[];
  /** Lifecycle work to do after answering: reauthorize, recreate, resynchronize with delta. */
  lifecycle: Array<{ kind: 'reauthorize' | 'recreate' | 'resynchronize'; subscriptionId: string; workspaceId: string }>;
  /** Items not trusted (unknown subscription or wrong clientState). */
  rejected: number;
}

const accepted = { status: 202, headers: {}, body: '' };

export async function handleTeamsWebhook(
  request: TeamsWebhookRequest,
  subscription: (subscriptionId: string, tenantId: string | null) => Promise<KnownSubscription | null>,
  receivedAt: Date,
): Promise<TeamsWebhookResult> {
  const validation = validationAnswer(request.url);
  if (validation) return { response: { status: validation.status, headers: validation.headers, body: validation.body }, changes: [], lifecycle: [], rejected: 0 };
  let body: unknown;
  try {
    body = JSON.parse(request.body ?? '');
  } catch {
    return { response: { status: 400, headers: {}, body: '' }, changes: [], lifecycle: [], rejected: 0 };
  }
  const known = new Map<string, Promise<KnownSubscription | null>>();
  const trusted = async (subscriptionId: string, tenantId: string | null, clientState: string | null): Promise<KnownSubscription | null> => {
    if (!known.has(subscriptionId)) known.set(subscriptionId, subscription(subscriptionId, tenantId));
    const found = await known.get(subscriptionId)!;
    return found && checkClientState(found.clientState, clientState) ? found : null;
  };
  const result: TeamsWebhookResult = { response: accepted, changes: [], lifecycle: [], rejected: 0 };
  if (request.endpoint === 'lifecycle') {
    for (const event of parseLifecycleEvents(body)) {
      const found = await trusted(event.subscriptionId, event.tenantId, event.clientState);
      if (!found) result.rejected += 1;
      else result.lifecycle.push({ ...lifecycleAction(event), workspaceId: found.workspaceId });
    }
    return result;
  }
  for (const notification of parseNotifications(body)) {
    const found = await trusted(notification.subscriptionId, notification.tenantId, notification.clientState);
    if (!found) {
      result.rejected += 1;
      continue;
    }
    const change = changeOfNotification(found.workspaceId, notification, receivedAt);
    if (change) result.changes.push(change);
  }
  return result;
}
