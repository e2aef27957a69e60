import { randomBytes, randomUUID } from 'node:crypto';
import type { FakeMail, GraphMailMessage, MailChange } from './mailbox.js';
import type { FakeGraphTenant, RosterChange, TenantChange } from './tenant.js';
import { badRequest, GraphFakeError, notFound } from './wire.js';

/**
 * Change notifications as Graph sends them (providers.md B.3): subscriptions that are validated with the
 * `validationToken` handshake against their notification (and lifecycle) URL before they exist, then a
 * POST of `{"value":[changeNotification]}` for each matching change, without resource data (Switchboard
 * resolves ids itself). Lifecycle notifications are sent when a test asks (`sendLifecycle`). Every request
 * the fake makes is kept in `deliveries` with the status it got.
 *
 * Mail (`watchMail`): subscriptions on `/users/{id}/mailFolders/{id|wellKnownName}/messages`, `/me/mailFolders/…`,
 * `/users/{id}/messages` and `/me/messages` get a notification for each change the mailbox logs in that folder
 * (a move: `deleted` in the folder it left, `created` in the one it entered), as Graph words them:
 * `resource: "Users/{owner}/Messages/{id}"`, `resourceData` with the id only. A delegated creator must be
 * able to open the mailbox (its own, or a shared one it was granted), else creating fails with 403.
 *
 * Channels and memberships (`/teams/getAllChannels`, `/teams/{id}/channels`, `/teams/getAllMembers`,
 * `/teams/{id}/members`, `/teams/{id}/channels/getAllMembers`, `/chats/getAllMembers`, `/chats/{id}/members`)
 * get a notification for each change the tenant logs (FakeGraphTenant.setMember, updateChannel, …), with
 * `resource` `teams('…')/channels('…')`, `teams('…')/members('…')`, `chats('…')/members('…')` and the id only.
 */

export interface FakeSubscription {
  id: string;
  resource: string;
  changeType: string;
  notificationUrl: string;
  lifecycleNotificationUrl: string | null;
  clientState: string | null;
  expirationDateTime: string;
  applicationId: string;
  /** The user whose token created it (null: the app), whose access limits what it receives. */
  creatorId: string | null;
  includeResourceData: boolean;
  latestSupportedTlsVersion: string;
}

export interface NotificationDelivery {
  kind: 'validation' | 'change' | 'lifecycle';
  subscriptionId: string | null;
  url: string;
  /** The JSON posted (null for validation requests). */
  payload: unknown;
  /** HTTP status answered, or 'unreachable' / 'timeout'. */
  status: number | 'unreachable' | 'timeout';
  /** For validations: whether the answer was the token, as text/plain. */
  valid?: boolean;
}

/** Teams chatMessage subscriptions: 60 minutes without a lifecycle URL, up to three days with one. */
const MAX_MINUTES_WITHOUT_LIFECYCLE = 60;
const MAX_MINUTES = 4320;

export class FakeNotifier {
  readonly subscriptions = new Map<string, FakeSubscription>();
  readonly deliveries: NotificationDelivery[] = [];
  private readonly pending = new Set<Promise<unknown>>();
  /** How long the endpoint has to answer a validation request (Graph: 10 s). */
  validationTimeoutMs = 10_000;
  /** While true, changes are not posted (Graph failed to deliver them; a `missed` lifecycle event tells the subscriber). */
  dropping = false;
  /** Change notifications not posted while `dropping`. */
  dropped = 0;

  private mail: FakeMail | null = null;

  constructor(private readonly tenant: FakeGraphTenant) {
    tenant.onChange((change) => this.notify(change));
    tenant.onRosterChange((change) => this.notifyRoster(change));
  }

  /** Notifies mail subscriptions of the changes of `mail`'s mailboxes (the server wires it once). */
  watchMail(mail: FakeMail): void {
    this.mail = mail;
    mail.onChange((ownerId, change, message) => this.notifyMail(ownerId, change, message));
  }

  async create(body: Record<string, unknown>, creatorId: string | null, applicationId: string): Promise<FakeSubscription> {
    const text = (key: string) => (typeof body[key] === 'string' && body[key] !== '' ? (body[key] as string) : null);
    const resource = text('resource');
    const notificationUrl = text('notificationUrl');
    const changeType = text('changeType');
    const expiration = text('expirationDateTime');
    if (!resource || !notificationUrl || !changeType || !expiration) throw badRequest('resource, notificationUrl, changeType and expirationDateTime are required.', 'ValidationError');
    const lifecycleNotificationUrl = text('lifecycleNotificationUrl');
    this.checkExpiration(expiration, lifecycleNotificationUrl !== null);
    if (body.includeResourceData === true && !text('encryptionCertificate')) {
      throw badRequest('encryptionCertificate is required when includeResourceData is true.', 'ValidationError');
    }
    const mailTarget = this.mailTarget(resource, creatorId);
    if (!this.resourceMatcher(resource) && !mailTarget && !rosterMatcher(resource)) throw badRequest(`Resource '${resource}' is not supported by this fake.`, 'InvalidRequest');
    const clientState = text('clientState');
    if (clientState && clientState.length > 128) throw badRequest('clientState must be at most 128 characters.', 'ValidationError');
    await this.validate(notificationUrl, null);
    if (lifecycleNotificationUrl) await this.validate(lifecycleNotificationUrl, null);
    const subscription: FakeSubscription = {
      id: randomUUID(),
      resource,
      changeType,
      notificationUrl,
      lifecycleNotificationUrl,
      clientState,
      expirationDateTime: new Date(expiration).toISOString(),
      applicationId,
      creatorId,
      includeResourceData: body.includeResourceData === true,
      latestSupportedTlsVersion: text('latestSupportedTlsVersion') ?? 'v1_2',
    };
    this.subscriptions.set(subscription.id, subscription);
    return subscription;
  }

  renew(id: string, expiration: unknown): FakeSubscription {
    const subscription = this.get(id);
    if (typeof expiration !== 'string') throw badRequest('expirationDateTime is required.', 'ValidationError');
    this.checkExpiration(expiration, subscription.lifecycleNotificationUrl !== null);
    subscription.expirationDateTime = new Date(expiration).toISOString();
    return subscription;
  }

  get(id: string): FakeSubscription {
    const subscription = this.subscriptions.get(id);
    if (!subscription || Date.parse(subscription.expirationDateTime) <= this.tenant.clock()) {
      throw notFound(`Subscription ${id}`);
    }
    return subscription;
  }

  delete(id: string): void {
    this.get(id);
    this.subscriptions.delete(id);
  }

  /** Posts a lifecycle notification (reauthorizationRequired, subscriptionRemoved, missed) for a subscription. */
  sendLifecycle(id: string, lifecycleEvent: 'reauthorizationRequired' | 'subscriptionRemoved' | 'missed'): Promise<unknown> {
    const subscription = this.subscriptions.get(id);
    if (!subscription?.lifecycleNotificationUrl) throw new Error(`Subscription ${id} has no lifecycle URL.`);
    if (lifecycleEvent === 'subscriptionRemoved') this.subscriptions.delete(id);
    return this.post('lifecycle', subscription.id, subscription.lifecycleNotificationUrl, {
      value: [
        {
          subscriptionId: subscription.id,
          subscriptionExpirationDateTime: subscription.expirationDateTime,
          tenantId: this.tenant.tenantId,
          clientState: subscription.clientState,
          lifecycleEvent,
        },
      ],
    });
  }

  /** Posts the same change notification again, as Graph does when it is unsure of a delivery. */
  redeliver(delivery: NotificationDelivery): Promise<unknown> {
    return this.post(delivery.kind, delivery.subscriptionId, delivery.url, delivery.payload);
  }

  /** Waits until every notification sent so far was answered. */
  async flush(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  private checkExpiration(expiration: string, hasLifecycleUrl: boolean): void {
    const at = Date.parse(expiration);
    const minutes = (at - this.tenant.clock()) / 60_000;
    if (!Number.isFinite(at) || minutes <= 0) throw badRequest('expirationDateTime must be in the future.', 'ValidationError');
    if (minutes > MAX_MINUTES_WITHOUT_LIFECYCLE && !hasLifecycleUrl) {
      throw badRequest(
        'lifecycleNotificationUrl is a required property for subscription creation on this resource when the expirationDateTime value is set to greater than 1 hour.',
        'ValidationError',
      );
    }
    if (minutes > MAX_MINUTES) throw badRequest(`expirationDateTime is more than ${MAX_MINUTES} minutes in the future.`, 'ValidationError');
  }

  /** The validation handshake: POST ?validationToken=…, expecting 200 text/plain with the decoded token. */
  private async validate(url: string, subscriptionId: string | null): Promise<void> {
    const token = `Validation: ${randomBytes(12).toString('base64')}+/=`;
    const target = `${url}${url.includes('?') ? '&' : '?'}validationToken=${encodeURIComponent(token)}`;
    const delivery: NotificationDelivery = { kind: 'validation', subscriptionId, url, payload: null, status: 'unreachable', valid: false };
    this.deliveries.push(delivery);
    try {
      const response = await fetch(target, {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        signal: AbortSignal.timeout(this.validationTimeoutMs),
      });
      delivery.status = response.status;
      const type = response.headers.get('content-type') ?? '';
      delivery.valid = response.status === 200 && type.startsWith('text/plain') && (await response.text()) === token;
    } catch (error) {
      delivery.status = (error as Error).name === 'TimeoutError' ? 'timeout' : 'unreachable';
    }
    if (!delivery.valid) {
      throw new GraphFakeError(400, 'ValidationError', 'Subscription validation request failed. Notification endpoint must respond with 200 OK to validation request.');
    }
  }

  private notify(change: TenantChange): void {
    if (this.dropping) {
      this.dropped += 1;
      return;
    }
    const now = this.tenant.clock();
    for (const subscription of this.subscriptions.values()) {
      if (Date.parse(subscription.expirationDateTime) <= now) continue;
      if (!subscription.changeType.split(',').map((type) => type.trim()).includes(change.changeType)) continue;
      if (!this.resourceMatcher(subscription.resource)?.(change, subscription.creatorId)) continue;
      void this.post('change', subscription.id, subscription.notificationUrl, {
        value: [
          {
            id: randomUUID(),
            subscriptionId: subscription.id,
            subscriptionExpirationDateTime: subscription.expirationDateTime,
            changeType: change.changeType,
            clientState: subscription.clientState,
            tenantId: this.tenant.tenantId,
            resource: resourcePath(change),
            resourceData: { id: change.message.id, '@odata.type': '#Microsoft.Graph.chatMessage', '@odata.id': resourcePath(change) },
          },
        ],
      });
    }
  }

  private notifyRoster(change: RosterChange): void {
    if (this.dropping) {
      this.dropped += 1;
      return;
    }
    const now = this.tenant.clock();
    const type = change.kind === 'channel' ? '#Microsoft.Graph.channel' : '#Microsoft.Graph.aadUserConversationMember';
    for (const subscription of this.subscriptions.values()) {
      if (Date.parse(subscription.expirationDateTime) <= now) continue;
      if (!subscription.changeType.split(',').map((changeType) => changeType.trim()).includes(change.changeType)) continue;
      if (!rosterMatcher(subscription.resource)?.(change)) continue;
      void this.post('change', subscription.id, subscription.notificationUrl, {
        value: [
          {
            id: randomUUID(),
            subscriptionId: subscription.id,
            subscriptionExpirationDateTime: subscription.expirationDateTime,
            changeType: change.changeType,
            clientState: subscription.clientState,
            tenantId: this.tenant.tenantId,
            resource: change.resource,
            resourceData: { id: change.id, '@odata.type': type, '@odata.id': change.resource },
          },
        ],
      });
    }
  }

  private notifyMail(ownerId: string, change: MailChange, message: GraphMailMessage): void {
    if (this.dropping) {
      this.dropped += 1;
      return;
    }
    const now = this.tenant.clock();
    for (const subscription of this.subscriptions.values()) {
      if (Date.parse(subscription.expirationDateTime) <= now) continue;
      if (!subscription.changeType.split(',').map((type) => type.trim()).includes(change.changeType)) continue;
      let target: { ownerId: string; folderId: string | null } | null;
      try {
        target = this.mailTarget(subscription.resource, subscription.creatorId);
      } catch {
        continue;
      }
      if (!target || target.ownerId !== ownerId || (target.folderId !== null && target.folderId !== change.folderId)) continue;
      const resource = `Users/${ownerId}/Messages/${message.id}`;
      void this.post('change', subscription.id, subscription.notificationUrl, {
        value: [
          {
            id: randomUUID(),
            subscriptionId: subscription.id,
            subscriptionExpirationDateTime: subscription.expirationDateTime,
            changeType: change.changeType,
            clientState: subscription.clientState,
            tenantId: this.tenant.tenantId,
            resource,
            resourceData: { '@odata.type': '#Microsoft.Graph.Message', '@odata.id': resource, '@odata.etag': message['@odata.etag'], id: message.id },
          },
        ],
      });
    }
  }

  /**
   * The mailbox (and folder; null: all of it) a mail subscription resource watches; null when the resource is
   * not mail. Throws Graph's errors for a mailbox or folder that is not there or that the creator may not open.
   */
  private mailTarget(resource: string, creatorId: string | null): { ownerId: string; folderId: string | null } | null {
    const match = /^\/?(?:users\/([^/]+)|me)\/(?:mailFolders(?:\/([^/]+)|\('([^']+)'\))\/)?messages$/i.exec(resource);
    if (!match || !this.mail) return null;
    const box = this.mail.open(creatorId, match[1] ? decodeURIComponent(match[1]) : null);
    const folder = match[2] ?? match[3];
    return { ownerId: box.ownerId, folderId: folder ? this.mail.folder(box, decodeURIComponent(folder)).id : null };
  }

  /** Which changes a subscription resource covers, and whether its creator may read them. */
  private resourceMatcher(resource: string): ((change: TenantChange, creatorId: string | null) => boolean) | null {
    const path = resource.replace(/^\//, '');
    const readable = (change: TenantChange, userId: string | null) => {
      try {
        this.tenant.read(change.container, userId);
        return true;
      } catch {
        return false;
      }
    };
    const channel = /^teams\/([^/]+)\/channels\/([^/]+)\/messages$/.exec(path);
    if (channel) {
      const [teamId, channelId] = [decodeURIComponent(channel[1]), decodeURIComponent(channel[2])];
      return (change, user) => change.container.kind === 'channel' && change.container.teamId === teamId && change.container.channelId === channelId && readable(change, user);
    }
    const chat = /^chats\/([^/]+)\/messages$/.exec(path);
    if (chat) {
      const chatId = decodeURIComponent(chat[1]);
      return (change, user) => change.container.kind === 'chat' && change.container.chatId === chatId && readable(change, user);
    }
    if (path === 'teams/getAllMessages') return (change) => change.container.kind === 'channel';
    if (path === 'chats/getAllMessages') return (change) => change.container.kind === 'chat';
    const userChats = /^(?:users\/([^/]+)|me)\/chats\/getAllMessages$/.exec(path);
    if (userChats) return (change, user) => change.container.kind === 'chat' && readable(change, userChats[1] ? decodeURIComponent(userChats[1]) : user);
    return null;
  }

  private post(kind: NotificationDelivery['kind'], subscriptionId: string | null, url: string, payload: unknown): Promise<unknown> {
    const delivery: NotificationDelivery = { kind, subscriptionId, url, payload, status: 'unreachable' };
    this.deliveries.push(delivery);
    const sent = fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: JSON.stringify(payload), signal: AbortSignal.timeout(10_000) })
      .then(async (response) => {
        delivery.status = response.status;
        await response.arrayBuffer();
      })
      .catch((error: Error) => {
        delivery.status = error.name === 'TimeoutError' ? 'timeout' : 'unreachable';
      })
      .finally(() => this.pending.delete(sent));
    this.pending.add(sent);
    return sent;
  }
}

/** Which channel and membership changes a subscription resource covers (application subscriptions see all). */
function rosterMatcher(resource: string): ((change: RosterChange) => boolean) | null {
  const path = resource.replace(/^\//, '');
  if (path === 'teams/getAllChannels') return (change) => change.kind === 'channel';
  if (path === 'teams/getAllMembers') return (change) => change.kind === 'teamMember';
  if (path === 'chats/getAllMembers') return (change) => change.kind === 'chatMember';
  const team = /^teams\/([^/]+)\/(channels|members|channels\/getAllMembers)$/.exec(path);
  if (team) {
    const [teamId, what] = [decodeURIComponent(team[1]), team[2]];
    const kind = what === 'channels' ? 'channel' : what === 'members' ? 'teamMember' : 'channelMember';
    return (change) => change.kind === kind && change.teamId === teamId;
  }
  const chat = /^chats\/([^/]+)\/members$/.exec(path);
  if (chat) return (change) => change.kind === 'chatMember' && change.chatId === decodeURIComponent(chat[1]);
  return null;
}

/** Graph's resource path of a changed message: `teams('…')/channels('…')/messages('…')[/replies('…')]`, `chats('…')/messages('…')`. */
export function resourcePath(change: TenantChange): string {
  const { container, message } = change;
  const base = container.kind === 'chat' ? `chats('${container.chatId}')` : `teams('${container.teamId}')/channels('${container.channelId}')`;
  return message.replyToId ? `${base}/messages('${message.replyToId}')/replies('${message.id}')` : `${base}/messages('${message.id}')`;
}
