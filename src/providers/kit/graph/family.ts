import { logInfo, logUnexpected } from '../../../log.js';
import type { FamilyHost, FamilyRuntime, ProviderDelivery, ProviderHost, RouteFamily, WebhookHandler, WebhookResult } from '../../definition.js';
import type { ProviderChange } from '../../events.js';
import type { GraphApi } from './client.js';
import { checkClientState, lifecycleAction, parseLifecycleEvents, parseNotifications, validationAnswer, type ChangeNotification } from './notifications.js';
import { GraphSubscriptionRenewer, type RenewerOptions } from './renewer.js';
import { GraphSubscriptionStore, type StoredGraphSubscription } from './subscription-store.js';
import { createSubscription, deleteSubscription, newClientState, reauthorizeSubscription, renewSubscription } from './subscriptions.js';
import type { Principal } from './tokens.js';

/**
 * The `microsoft` route family (src/providers/definition.ts, RouteFamily): what every provider on Microsoft
 * Graph shares in one server — the one app registration's OAuth routes (/oauth/microsoft/{install,callback},
 * the member found from the flow's state) and the one notification URL Graph posts to:
 *
 *   POST /webhooks/microsoft             change notifications (and the validationToken handshake)
 *   POST /webhooks/microsoft/lifecycle   lifecycle notifications
 *   POST /webhooks/microsoft/{kind}      a member's own endpoint (`addWebhook`; Teams' `bot`)
 *
 * A notification is trusted only when its subscription id is in graph_subscriptions and its clientState
 * matches the one sealed there (compared in constant time); then the row names the provider and connection,
 * and the member registered for that provider turns it into changes. Nothing of an unknown subscription or a
 * wrong state is trusted or published. Graph gets its 202 first; changes are published after it (the ingest
 * path claims each notification id once, so Graph's retries publish once), lifecycle work runs after it:
 * `reauthorizationRequired` → reauthorize, `subscriptionRemoved` → recreate, `missed` → the member's delta
 * resynchronisation, whose changes are published. The renewer (./renewer.ts) keeps subscriptions alive.
 */

export const MICROSOFT_ROUTES = 'microsoft';

/** What a provider on Graph gives the family for its subscriptions (registered once by its runtime). */
export interface GraphMember {
  /** Who manages a connection's subscriptions (the app's token, usually); null when the connection is gone. */
  subscriber(workspaceId: string): Promise<{ api: GraphApi; principal: Principal } | null>;
  /**
   * The changes a trusted change notification stands for (ids only); none for a resource it does not know.
   * `subscription` is the stored row it came through (its resource names what Graph's notification may not:
   * Outlook's mail notifications say `Users/{id}/Messages/{id}`, never the folder subscribed to). A member
   * that must read to know (Teams: an update may be a reaction) answers a Promise, awaited after the 202.
   */
  changesOf(workspaceId: string, notification: ChangeNotification, receivedAt: Date, subscription: StoredGraphSubscription): ProviderChange[] | Promise<ProviderChange[]>;
  /** Headers sent with every subscription created for it (Outlook: `Prefer: IdType="ImmutableId"`, so notifications name immutable ids). */
  subscriptionHeaders?: Readonly<Record<string, string>>;
  /**
   * Catches up after `missed`: runs the delta round(s) of what the subscription covers; answers what changed
   * as deliveries whose ids name the change, so that repeated rounds publish each change once.
   */
  resynchronize(workspaceId: string, subscription: StoredGraphSubscription): Promise<ProviderDelivery[]>;
}

export interface SubscriptionSpec {
  resource: string;
  changeTypes: Array<'created' | 'updated' | 'deleted'>;
}

export interface GraphFamilyOptions {
  renewer?: RenewerOptions;
  /** Subscription lifetime asked of Graph. Default 55 minutes (Teams messages: 60 without a lifecycle URL). */
  lifetimeMinutes?: number;
}

export class GraphRouteFamily implements FamilyRuntime {
  readonly store: GraphSubscriptionStore;
  readonly renewer: GraphSubscriptionRenewer;
  /** The family's own two, plus what members add (`addWebhook`: Teams' Bot Framework endpoint). */
  readonly webhooks: Record<string, WebhookHandler>;
  private readonly members = new Map<string, GraphMember>();
  private readonly lifetimeMinutes: number;
  /** Lifecycle work started after an answer, so tests and a graceful stop can wait for it. */
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly host: FamilyHost,
    options: GraphFamilyOptions = {},
  ) {
    this.store = new GraphSubscriptionStore(host.db, host.connections.store.cipher);
    this.lifetimeMinutes = options.lifetimeMinutes ?? 55;
    this.renewer = new GraphSubscriptionRenewer(
      this.store,
      {
        renew: (subscription, now) => this.renew(subscription, now),
        recreate: (subscription, now) => this.recreate(subscription, now).then(() => undefined),
      },
      options.renewer,
    );
    this.webhooks = {
      '': (request) => this.handle(request, 'notifications'),
      lifecycle: (request) => this.handle(request, 'lifecycle'),
    };
  }

  /** A provider's part (its runtime calls this once at start). */
  register(provider: string, member: GraphMember): void {
    this.members.set(provider, member);
  }

  /**
   * A member's own endpoint under the family's path, POST /webhooks/microsoft/{kind} (Teams: `bot`, the Bot
   * Framework's messaging endpoint). The member authenticates its requests itself.
   */
  addWebhook(kind: string, handler: WebhookHandler): void {
    if (this.webhooks[kind]) throw new Error(`/webhooks/${MICROSOFT_ROUTES}/${kind} is already served.`);
    this.webhooks[kind] = handler;
  }

  /** The notification URL of this server (or of `publicUrl`, a test's port): the family's webhook. */
  notificationUrl(publicUrl: string = this.host.publicUrl): string {
    return `${publicUrl}/webhooks/${MICROSOFT_ROUTES}`;
  }

  /**
   * Creates a connection's subscriptions (Graph validates the URL during the call, so the webhook must be
   * serving) with a fresh clientState each, and stores them; answers their ids.
   */
  async subscribe(provider: string, workspaceId: string, specs: readonly SubscriptionSpec[], publicUrl?: string, now = new Date()): Promise<string[]> {
    const url = this.notificationUrl(publicUrl);
    const ids: string[] = [];
    for (const spec of specs) ids.push(await this.create(provider, workspaceId, spec.resource, spec.changeTypes.join(','), url, now));
    return ids;
  }

  /** Deletes a connection's subscriptions at Graph (what it still knows) and here. */
  async unsubscribe(provider: string, workspaceId: string): Promise<void> {
    const subscriber = await this.member(provider).subscriber(workspaceId);
    for (const subscription of await this.store.ofConnection(provider, workspaceId)) {
      if (subscriber) await deleteSubscription(subscriber.api, subscriber.principal, subscription.subscriptionId).catch(() => undefined);
      await this.store.remove(subscription.subscriptionId);
    }
  }

  async begin(): Promise<void> {
    this.renewer.start();
  }

  /** Waits for lifecycle work started after earlier answers. */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  async close(): Promise<void> {
    await this.renewer.stop();
    await this.idle();
  }

  private member(provider: string): GraphMember {
    const member = this.members.get(provider);
    if (!member) throw new Error(`No provider ${JSON.stringify(provider)} registered with the ${MICROSOFT_ROUTES} routes.`);
    return member;
  }

  private async create(provider: string, workspaceId: string, resource: string, changeType: string, notificationUrl: string, now: Date): Promise<string> {
    const member = this.member(provider);
    const subscriber = await member.subscriber(workspaceId);
    if (!subscriber) throw new Error(`The ${provider} connection ${workspaceId} is gone.`);
    const clientState = newClientState();
    const created = await createSubscription(subscriber.api, subscriber.principal, {
      resource,
      changeTypes: changeType.split(',') as SubscriptionSpec['changeTypes'],
      notificationUrl,
      lifecycleNotificationUrl: `${notificationUrl}/lifecycle`,
      lifetimeMinutes: this.lifetimeMinutes,
      now: now.getTime(),
      clientState,
      headers: member.subscriptionHeaders,
    });
    await this.store.save({ subscriptionId: created.id, provider, workspaceId, resource, changeType, notificationUrl, expiresAt: created.expiresAt, clientState });
    return created.id;
  }

  private async renew(subscription: StoredGraphSubscription, now: Date): Promise<Date> {
    const subscriber = await this.member(subscription.provider).subscriber(subscription.workspaceId);
    if (!subscriber) throw new Error(`The ${subscription.provider} connection ${subscription.workspaceId} is gone.`);
    return renewSubscription(subscriber.api, subscriber.principal, subscription.subscriptionId, { now: now.getTime(), lifetimeMinutes: this.lifetimeMinutes });
  }

  /** A replacement for a subscription Graph dropped, at the same URL; the old row goes. */
  private async recreate(subscription: StoredGraphSubscription, now: Date): Promise<string> {
    const id = await this.create(subscription.provider, subscription.workspaceId, subscription.resource, subscription.changeType, subscription.notificationUrl, now);
    await this.store.remove(subscription.subscriptionId);
    return id;
  }

  private async handle(request: Request, endpoint: 'notifications' | 'lifecycle'): Promise<WebhookResult> {
    const url = new URL(request.url);
    const validation = validationAnswer(url);
    if (validation) return { kind: 'respond', response: new Response(validation.body, { status: validation.status, headers: validation.headers }) };
    let body: unknown;
    try {
      body = JSON.parse(await request.text());
    } catch {
      return { kind: 'respond', response: new Response(null, { status: 400 }) };
    }
    // One lookup per subscription id of the request; a wrong clientState or an unknown id trusts nothing.
    const known = new Map<string, Promise<(StoredGraphSubscription & { clientState: string }) | null>>();
    const trusted = async (subscriptionId: string, clientState: string | null) => {
      if (!known.has(subscriptionId)) known.set(subscriptionId, this.store.find(subscriptionId));
      const found = await known.get(subscriptionId)!;
      return found && checkClientState(found.clientState, clientState) && this.members.has(found.provider) ? found : null;
    };
    let rejected = 0;
    const accepted = () => new Response(null, { status: 202 });
    if (endpoint === 'lifecycle') {
      for (const event of parseLifecycleEvents(body)) {
        const found = await trusted(event.subscriptionId, event.clientState);
        if (!found) rejected += 1;
        else this.later(this.lifecycle(lifecycleAction(event).kind, found));
      }
      if (rejected > 0) logInfo('graph_webhook_rejected', { endpoint, items: rejected });
      return { kind: 'respond', response: accepted() };
    }
    const deliveries: ProviderDelivery[] = [];
    const receivedAt = new Date();
    for (const notification of parseNotifications(body)) {
      const found = await trusted(notification.subscriptionId, notification.clientState);
      if (!found) {
        rejected += 1;
        continue;
      }
      // The member gets the row without its opened clientState: the secret stays in this function.
      const { clientState: _secret, ...subscription } = found;
      // One delivery per notification: Graph retries one with the same id, which the ingest path claims once.
      const delivery = { provider: found.provider, workspaceId: found.workspaceId, deliveryId: notification.id ? `notification:${notification.id}` : null };
      const changes = this.member(found.provider).changesOf(found.workspaceId, notification, receivedAt, subscription);
      if (Array.isArray(changes)) {
        if (changes.length > 0) deliveries.push({ ...delivery, changes });
        continue;
      }
      // A member that reads what a notification names (Teams' updates): the reads start now, together (one
      // `$batch`), and are awaited only after Graph got its 202 (`later`, src/http/provider-routes.ts).
      changes.catch(() => undefined);
      deliveries.push({ ...delivery, changes: [], later: () => changes });
    }
    if (rejected > 0) logInfo('graph_webhook_rejected', { endpoint, items: rejected });
    if (deliveries.length === 0) return { kind: 'respond', response: accepted() };
    return { kind: 'deliver', deliveries, respond: accepted };
  }

  private later(work: Promise<void>): void {
    const tracked = work.catch(logUnexpected).finally(() => this.pending.delete(tracked));
    this.pending.add(tracked);
  }

  private async lifecycle(kind: 'reauthorize' | 'recreate' | 'resynchronize', subscription: StoredGraphSubscription): Promise<void> {
    const where = { provider: subscription.provider, workspaceId: subscription.workspaceId, subscriptionId: subscription.subscriptionId };
    const member = this.member(subscription.provider);
    if (kind === 'reauthorize') {
      const subscriber = await member.subscriber(subscription.workspaceId);
      if (subscriber) await reauthorizeSubscription(subscriber.api, subscriber.principal, subscription.subscriptionId);
      logInfo('graph_subscription_reauthorized', where);
    } else if (kind === 'recreate') {
      await this.recreate(subscription, new Date());
      logInfo('graph_subscription_recreated', where);
    } else {
      const deliveries = await member.resynchronize(subscription.workspaceId, subscription);
      const intake = this.host.intakeFor(subscription.provider);
      let published = 0;
      for (const delivery of deliveries) published += await intake.deliver(delivery);
      logInfo('graph_subscription_resynchronized', { ...where, changes: deliveries.length, published });
    }
  }
}

/** The route family every provider on Graph names in its definition (`routeFamily: microsoftRoutes`). */
export const microsoftRoutes: RouteFamily = {
  name: MICROSOFT_ROUTES,
  start: (host) => new GraphRouteFamily(host),
};

/** The started family of a member's host; throws when the definition does not name `microsoftRoutes`. */
export function graphFamilyOf(host: ProviderHost): GraphRouteFamily {
  if (!(host.family instanceof GraphRouteFamily)) throw new Error(`${host.provider}: a provider on Graph names microsoftRoutes as its routeFamily.`);
  return host.family;
}
