import { randomBytes } from 'node:crypto';
import type { GraphApi } from './client.js';
import type { Principal } from './tokens.js';

/**
 * Graph subscriptions (change notifications, providers.md B.3): create, renew, reauthorize, delete, and
 * which ones are due for renewal. Creating one makes Graph call the notification URL (and the lifecycle URL)
 * with the validation handshake before it answers, so the webhook route must already be serving.
 * Subscriptions of Teams messages last 60 minutes without a lifecycle URL and longer with one; Switchboard
 * always gives a lifecycle URL and asks for `lifetimeMinutes` (default 55, renewed 10 minutes before the end).
 * Running the renewal exactly once across instances is ./renewer.ts's job (graph_subscriptions, claim + lease).
 */

export interface SubscriptionRecord {
  id: string;
  resource: string;
  expiresAt: Date;
  /** Sealed at rest by the store; compared in constant time on every notification. */
  clientState: string;
}

export interface CreateSubscriptionInput {
  resource: string;
  changeTypes: Array<'created' | 'updated' | 'deleted'>;
  notificationUrl: string;
  lifecycleNotificationUrl: string;
  /** Default 55 minutes: Teams' 60-minute limit with room for clock skew. */
  lifetimeMinutes?: number;
  now: number;
  /** The secret Graph echoes in each notification; default a fresh one for this subscription. */
  clientState?: string;
  /** Extra request headers (Outlook asks for immutable ids in its notifications). Default none. */
  headers?: Readonly<Record<string, string>>;
}

/** A fresh clientState: 32 random bytes, base64url (Graph allows 128 characters). */
export function newClientState(): string {
  return randomBytes(32).toString('base64url');
}

export async function createSubscription(api: GraphApi, principal: Principal, input: CreateSubscriptionInput): Promise<SubscriptionRecord> {
  const clientState = input.clientState ?? newClientState();
  const expiresAt = new Date(input.now + (input.lifetimeMinutes ?? 55) * 60_000);
  const created = await api.call<{ id: string; resource: string; expirationDateTime: string }>(principal, {
    operation: 'subscriptions.create',
    method: 'POST',
    path: '/subscriptions',
    body: {
      changeType: input.changeTypes.join(','),
      notificationUrl: input.notificationUrl,
      lifecycleNotificationUrl: input.lifecycleNotificationUrl,
      resource: input.resource,
      expirationDateTime: expiresAt.toISOString(),
      clientState,
      latestSupportedTlsVersion: 'v1_2',
    },
    ...(input.headers ? { headers: { ...input.headers } } : {}),
    cost: { kind: 'directory' },
    write: true,
  });
  return { id: created.id, resource: created.resource, expiresAt: new Date(created.expirationDateTime), clientState };
}

export async function renewSubscription(api: GraphApi, principal: Principal, id: string, input: { now: number; lifetimeMinutes?: number }): Promise<Date> {
  const renewed = await api.call<{ expirationDateTime: string }>(principal, {
    operation: 'subscription.renew',
    method: 'PATCH',
    path: `/subscriptions/${encodeURIComponent(id)}`,
    body: { expirationDateTime: new Date(input.now + (input.lifetimeMinutes ?? 55) * 60_000).toISOString() },
    cost: { kind: 'directory' },
    // Renewing twice is harmless (the later expiry wins), so it may be retried like a read.
  });
  return new Date(renewed.expirationDateTime);
}

export async function reauthorizeSubscription(api: GraphApi, principal: Principal, id: string): Promise<void> {
  await api.call(principal, { operation: 'subscription.reauthorize', method: 'POST', path: `/subscriptions/${encodeURIComponent(id)}/reauthorize`, cost: { kind: 'directory' } });
}

export async function deleteSubscription(api: GraphApi, principal: Principal, id: string): Promise<void> {
  await api.call(principal, { operation: 'subscription.delete', method: 'DELETE', path: `/subscriptions/${encodeURIComponent(id)}`, cost: { kind: 'directory' } });
}

/** Subscriptions that end within `marginMinutes` (default 10) of `now`, soonest first. */
export function dueForRenewal<T extends { expiresAt: Date }>(subscriptions: readonly T[], now: number, marginMinutes = 10): T[] {
  return subscriptions.filter((subscription) => subscription.expiresAt.getTime() - now <= marginMinutes * 60_000).sort((a, b) => a.expiresAt.getTime() - b.expiresAt.getTime());
}
