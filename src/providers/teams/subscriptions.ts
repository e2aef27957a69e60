import type { ProviderDelivery } from '../definition.js';
import type { ProviderChange } from '../events.js';
import type { GraphMember, GraphRouteFamily, SubscriptionSpec } from '../kit/graph/family.js';
import type { StoredGraphSubscription } from '../kit/graph/subscription-store.js';
import { APP } from '../kit/graph/tokens.js';
import { changeOfNotification, changesOfNotification } from './changes.js';
import { deltaDeliveries, type TeamsPoller } from './poller.js';
import { addressOfRosterResource, changesOfRosterNotification } from './roster-changes.js';
import { TEAMS, type TeamsWorkspaces } from './workspaces.js';

/**
 * Teams' part of the Graph change notifications the `microsoft` route family serves (../kit/graph/family.ts:
 * POST /webhooks/microsoft and /webhooks/microsoft/lifecycle, subscriptions stored and renewed there): the
 * tenant-wide subscriptions a connection gets (as the app: channel and chat messages; channels; team and chat
 * memberships), the changes a trusted notification stands for (changes.ts for messages, roster-changes.ts
 * for channels and memberships), and the delta resynchronisation after `missed` (the poller's round, from the
 * stored positions or, where there are none, from the subscription's creation, at most a day back). Graph has
 * no delta for channels and memberships: a `missed` on those is logged and not caught up.
 */

export const TEAMS_SUBSCRIPTIONS: readonly SubscriptionSpec[] = [
  { resource: '/teams/getAllMessages', changeTypes: ['created', 'updated', 'deleted'] },
  { resource: '/chats/getAllMessages', changeTypes: ['created', 'updated', 'deleted'] },
  { resource: '/teams/getAllChannels', changeTypes: ['created', 'updated', 'deleted'] },
  { resource: '/teams/getAllMembers', changeTypes: ['created', 'deleted'] },
  { resource: '/chats/getAllMembers', changeTypes: ['created', 'deleted'] },
];

/** Subscriptions on channels or memberships (no delta to catch up with), not on messages. */
const isRoster = (resource: string) => /\/(getAllChannels|getAllMembers|channels|members)$/.test(resource);

/** How far back a resynchronisation without a stored position reads. */
const RESYNC_LOOKBACK_MS = 24 * 3_600_000;

export function teamsGraphMember(workspaces: TeamsWorkspaces, poller: TeamsPoller): GraphMember {
  return {
    async subscriber(workspaceId) {
      const provider = await workspaces.openFresh(workspaceId);
      return provider ? { api: provider.connection.api, principal: APP } : null;
    },
    async changesOf(workspaceId, notification, receivedAt): Promise<ProviderChange[]> {
      const provider = await workspaces.openFresh(workspaceId);
      const roster = addressOfRosterResource(notification.resource);
      // Without the connection nothing can be read: the change as Graph reported it (a membership: who is unknown).
      const changes = provider
        ? roster
          ? await changesOfRosterNotification(provider.connection, notification, receivedAt)
          : await changesOfNotification(provider.connection, notification, receivedAt)
        : roster
          ? []
          : [changeOfNotification(workspaceId, notification, receivedAt)].filter((change) => change !== null);
      // The notification id identifies the delivery (the family's), not the change: echo claims match on ids
      // and, for reactions, the emoji (what the write claimed: src/subscriptions/ingest.ts).
      return changes.map(({ envelope }) => ({ envelope, detail: envelope.emoji ?? '' }));
    },
    async resynchronize(workspaceId: string, subscription: StoredGraphSubscription): Promise<ProviderDelivery[]> {
      if (isRoster(subscription.resource)) return [];
      const chats = subscription.resource.startsWith('/chats');
      const since = new Date(Math.max(subscription.createdAt.getTime(), Date.now() - RESYNC_LOOKBACK_MS));
      const round = await poller.pollTenant(workspaceId, { channels: !chats, chats }, since);
      return deltaDeliveries(workspaceId, round?.changes ?? []);
    },
  };
}

/** Creates a tenant's subscriptions at `publicUrl` (default PUBLIC_URL; a test passes its server's port). */
export function subscribeTenant(family: GraphRouteFamily, tenantId: string, publicUrl?: string): Promise<string[]> {
  return family.subscribe(TEAMS, tenantId, TEAMS_SUBSCRIPTIONS, publicUrl);
}
