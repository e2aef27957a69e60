import type { ProviderDelivery } from '../definition.js';
import type { ProviderChange } from '../events.js';
import type { GraphMember, GraphRouteFamily, SubscriptionSpec } from '../kit/graph/family.js';
import type { StoredGraphSubscription } from '../kit/graph/subscription-store.js';
import { deleteSubscription } from '../kit/graph/subscriptions.js';
import { changeOfNotification, deltaDeliveries, folderOfSubscription } from './changes.js';
import { segment } from './ids.js';
import type { OutlookPoller } from './poller.js';
import { OUTLOOK, type OutlookWorkspaces } from './workspaces.js';

/**
 * Outlook's part of the Graph change notifications the `microsoft` route family serves (../kit/graph/family.ts:
 * POST /webhooks/microsoft[/lifecycle], subscriptions stored in graph_subscriptions and renewed exactly once
 * across instances by the family's renewer). A mailbox gets one subscription per watched folder, child folders
 * included (`/users/{id}/mailFolders/{id}/messages`, created, updated, deleted), made with the mailbox's delegated
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
 * Brings a mailbox's subscriptions in line with its folders: every watched folder (child folders included)
 * has one subscription, a folder deleted since has none. Run when the mailbox is connected and by the
 * poller's folder sweep (poller.ts), so a folder created later is subscribed within a sweep. A folder gets its
 * delta position before its subscription (its baseline, or — a folder subscribed before — a round from its
 * stored position, whose changes are published, so what came between is not lost). Answers the new
 * subscriptions' ids.
 *
 * Two processes sweeping at once may both subscribe a new folder: after creating, the connection's rows are
 * read again and, of several for one folder, all but the one with the smallest id are deleted — every process
 * keeps the same one. `publicUrl`: where Graph posts (default: where the mailbox's subscriptions post, else
 * PUBLIC_URL); a test passes its server's port.
 */
export async function subscribeMailbox(family: GraphRouteFamily, poller: OutlookPoller, workspaces: OutlookWorkspaces, mailboxId: string, publicUrl?: string): Promise<string[]> {
  const watched = await poller.watched(mailboxId);
  if (!watched) return [];
  const stored = await family.store.ofConnection(OUTLOOK, mailboxId);
  const subscribed = new Set(stored.map((subscription) => folderOfSubscription(subscription.resource)));
  const gone = stored.filter((subscription) => {
    const folderId = folderOfSubscription(subscription.resource);
    return folderId !== null && !watched.includes(folderId);
  });
  await unsubscribe(family, workspaces, mailboxId, gone);
  const missing = watched.filter((folderId) => !subscribed.has(folderId));
  if (missing.length === 0) return [];
  await poller.catchUp(mailboxId, missing);
  const url = publicUrl ?? baseOf(stored[0]?.notificationUrl);
  const ids = await family.subscribe(OUTLOOK, mailboxId, missing.map((folderId) => folderSubscription(mailboxId, folderId)), url);
  const extra = duplicates(await family.store.ofConnection(OUTLOOK, mailboxId));
  await unsubscribe(family, workspaces, mailboxId, extra);
  return ids.filter((id) => !extra.some((subscription) => subscription.subscriptionId === id));
}

/** The server URL a stored notification URL (`…/webhooks/microsoft`) belongs to. */
function baseOf(notificationUrl: string | undefined): string | undefined {
  const cut = notificationUrl?.lastIndexOf('/webhooks/');
  return notificationUrl && cut !== undefined && cut > 0 ? notificationUrl.slice(0, cut) : undefined;
}

/** Of several subscriptions on one resource, all but the one with the smallest id. */
function duplicates(stored: readonly StoredGraphSubscription[]): StoredGraphSubscription[] {
  const keeper = new Map<string, string>();
  for (const { resource, subscriptionId } of stored) {
    const kept = keeper.get(resource);
    if (kept === undefined || subscriptionId < kept) keeper.set(resource, subscriptionId);
  }
  return stored.filter((subscription) => keeper.get(subscription.resource) !== subscription.subscriptionId);
}

/** Deletes subscriptions at Graph (what it still has: a deleted folder's may be gone already) and here. */
async function unsubscribe(family: GraphRouteFamily, workspaces: OutlookWorkspaces, mailboxId: string, subscriptions: readonly StoredGraphSubscription[]): Promise<void> {
  if (subscriptions.length === 0) return;
  const provider = await workspaces.openFresh(mailboxId);
  for (const subscription of subscriptions) {
    if (provider) await deleteSubscription(provider.connection.api, provider.connection.readPrincipal, subscription.subscriptionId).catch(() => undefined);
    await family.store.remove(subscription.subscriptionId);
  }
}
