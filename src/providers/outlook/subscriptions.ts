import type { ProviderDelivery } from '../definition.js';
import type { ProviderChange } from '../events.js';
import type { GraphMember, GraphRouteFamily, SubscriptionSpec } from '../kit/graph/family.js';
import type { StoredGraphSubscription } from '../kit/graph/subscription-store.js';
import { changeOfNotification, deltaDeliveries, folderOfSubscription } from './changes.js';
import { segment } from './ids.js';
import type { OutlookPoller } from './poller.js';
import { OUTLOOK, type OutlookWorkspaces } from './workspaces.js';

/**
 * Outlook's part of the Graph change notifications the `microsoft` route family serves (../kit/graph/family.ts:
 * POST /webhooks/microsoft[/lifecycle], subscriptions stored in graph_subscriptions and renewed exactly once
 * across instances by the family's renewer). A mailbox gets one subscription per watched folder
 * (`/users/{id}/mailFolders/{id}/messages`, created, updated, deleted), made with the mailbox's delegated
 * grant (the linked person's: Mail.Read covers subscriptions to their own mail) and asking for immutable ids.
 * Graph's mail notifications name `Users/{id}/Messages/{id}` without the folder, so the folder comes from the
 * subscription the notification came through; the mail itself is resolved by subscribers through the batch
 * loader. Before subscribing, each folder's delta baseline is stored, so that a `missed` lifecycle event is
 * caught up with one delta round of that folder from there (a round that may repeat changes already
 * notified since the last one: ids the subscriber already saw are updated again, never lost).
 */

/** What a mailbox asks of Graph per watched folder. */
export function folderSubscription(mailboxId: string, folderId: string): SubscriptionSpec {
  return { resource: `/users/${segment(mailboxId)}/mailFolders/${segment(folderId)}/messages`, changeTypes: ['created', 'updated', 'deleted'] };
}

export function outlookGraphMember(workspaces: OutlookWorkspaces, poller: OutlookPoller): GraphMember {
  return {
    async subscriber(workspaceId) {
      const provider = await workspaces.openFresh(workspaceId);
      return provider ? { api: provider.connection.api, principal: provider.connection.readPrincipal } : null;
    },
    changesOf(workspaceId, notification, receivedAt, subscription): ProviderChange[] {
      const change = changeOfNotification({ workspaceId }, notification, subscription.resource, receivedAt);
      return change ? [change] : [];
    },
    subscriptionHeaders: { Prefer: 'IdType="ImmutableId"' },
    async resynchronize(workspaceId: string, subscription: StoredGraphSubscription): Promise<ProviderDelivery[]> {
      const folderId = folderOfSubscription(subscription.resource);
      if (!folderId) return [];
      const round = await poller.pollMailbox(workspaceId, [folderId]);
      return deltaDeliveries(workspaceId, round?.changes ?? []);
    },
  };
}

/**
 * Subscribes a mailbox's watched folders (none when it has subscriptions already: the renewer keeps those),
 * after storing each folder's delta baseline; answers the new subscriptions' ids. `publicUrl`: default
 * PUBLIC_URL; a test passes its server's port.
 */
export async function subscribeMailbox(family: GraphRouteFamily, poller: OutlookPoller, mailboxId: string, publicUrl?: string): Promise<string[]> {
  if ((await family.store.ofConnection(OUTLOOK, mailboxId)).length > 0) return [];
  const baseline = await poller.pollMailbox(mailboxId, null);
  if (!baseline) return [];
  return family.subscribe(OUTLOOK, mailboxId, baseline.folders.map((folderId) => folderSubscription(mailboxId, folderId)), publicUrl);
}
