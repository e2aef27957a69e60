import type { FakeNotifier, FakeSubscription } from '../notifications.js';
import { badRequest } from '../wire.js';
import { odataContext, type Route } from './support.js';

/** `/subscriptions`: create (after the validation handshake), list, get, renew (PATCH), reauthorize, delete. */

function subscriptionJson(subscription: FakeSubscription): Record<string, unknown> {
  return {
    id: subscription.id,
    resource: subscription.resource,
    applicationId: subscription.applicationId,
    changeType: subscription.changeType,
    clientState: subscription.clientState,
    notificationUrl: subscription.notificationUrl,
    lifecycleNotificationUrl: subscription.lifecycleNotificationUrl,
    expirationDateTime: subscription.expirationDateTime,
    creatorId: subscription.creatorId ?? subscription.applicationId,
    includeResourceData: subscription.includeResourceData,
    latestSupportedTlsVersion: subscription.latestSupportedTlsVersion,
    encryptionCertificate: null,
    encryptionCertificateId: null,
    notificationQueryOptions: null,
    notificationContentType: null,
  };
}

export function subscriptionRouteTable(notifier: FakeNotifier): Route[] {
  return [
    {
      name: 'subscriptions.create',
      method: 'POST',
      path: '/subscriptions',
      handler: async (call) => {
        if (!call.body || typeof call.body !== 'object') throw badRequest('A JSON subscription body is required.');
        const created = await notifier.create(call.body as Record<string, unknown>, call.caller.userId, call.caller.clientId);
        return { status: 201, body: { '@odata.context': odataContext(call, 'subscriptions/$entity'), ...subscriptionJson(created) } };
      },
    },
    {
      name: 'subscriptions.list',
      method: 'GET',
      path: '/subscriptions',
      handler: (call) => ({
        body: {
          '@odata.context': odataContext(call, 'subscriptions'),
          value: [...notifier.subscriptions.values()].filter((s) => s.applicationId === call.caller.clientId).map(subscriptionJson),
        },
      }),
    },
    { name: 'subscription.get', method: 'GET', path: '/subscriptions/{subscriptionId}', handler: (call) => ({ body: subscriptionJson(notifier.get(call.params.subscriptionId)) }) },
    {
      name: 'subscription.renew',
      method: 'PATCH',
      path: '/subscriptions/{subscriptionId}',
      handler: (call) => ({ body: subscriptionJson(notifier.renew(call.params.subscriptionId, (call.body as { expirationDateTime?: unknown } | null)?.expirationDateTime)) }),
    },
    {
      name: 'subscription.reauthorize',
      method: 'POST',
      path: '/subscriptions/{subscriptionId}/reauthorize',
      handler: (call) => {
        notifier.get(call.params.subscriptionId);
        return { status: 204 };
      },
    },
    {
      name: 'subscription.delete',
      method: 'DELETE',
      path: '/subscriptions/{subscriptionId}',
      handler: (call) => {
        notifier.delete(call.params.subscriptionId);
        return { status: 204 };
      },
    },
  ];
}
