import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeOfNotification, folderOfSubscription } from '../../../src/providers/outlook/changes.js';
import { folderSubscription } from '../../../src/providers/outlook/subscriptions.js';
import { createSubscription } from '../../../src/providers/kit/graph/subscriptions.js';
import type { ChangeNotification } from '../../../src/providers/kit/graph/notifications.js';
import { openOutlookMailbox, type OutlookMailbox } from '../../../testkit/fakes/graph/outlook-fixture.js';

/**
 * Mail change notifications without a server: what a folder subscription asks of Graph, how a notification
 * (ids only, no folder) becomes a change, and what the fake Graph refuses to subscribe.
 */

const notification = (fields: Partial<ChangeNotification>): ChangeNotification => ({
  subscriptionId: 'sub-1',
  changeType: 'created',
  clientState: 'state',
  tenantId: 'tenant',
  resource: 'Users/u-1/Messages/AAMkAD=1',
  resourceId: null,
  id: 'n-1',
  ...fields,
});

describe('Outlook mail notifications', () => {
  let box: OutlookMailbox;
  beforeAll(async () => {
    box = await openOutlookMailbox();
  });
  afterAll(async () => {
    await box?.close();
  });

  it('a folder subscription names the mailbox and the folder, and the folder reads back from it (ids with = and /)', () => {
    const spec = folderSubscription('user 1', 'AQMk/AD=');
    expect(spec).toEqual({ resource: '/users/user%201/mailFolders/AQMk%2FAD%3D/messages', changeTypes: ['created', 'updated', 'deleted'] });
    expect(folderOfSubscription(spec.resource)).toBe('AQMk/AD=');
    expect(folderOfSubscription('/teams/getAllMessages')).toBeNull();
    expect(folderOfSubscription('/users/u-1/messages')).toBeNull();
  });

  it('a notification becomes a change of the subscribed folder, the mail named by resourceData.id or else by the resource path', () => {
    const resource = folderSubscription('u-1', 'inbox-id').resource;
    const at = new Date('2026-12-07T10:00:00Z');
    const created = changeOfNotification({ workspaceId: 'u-1' }, notification({ resourceId: 'AAMkAD=9' }), resource, at);
    expect(created?.envelope).toMatchObject({ type: 'MESSAGE_CREATED', provider: 'outlook', workspaceId: 'u-1', channelId: 'inbox-id', messageId: 'AAMkAD=9', occurredAt: at, actorId: null });
    expect(changeOfNotification({ workspaceId: 'u-1' }, notification({ changeType: 'deleted' }), resource, at)?.envelope).toMatchObject({ type: 'MESSAGE_DELETED', messageId: 'AAMkAD=1' });
    expect(changeOfNotification({ workspaceId: 'u-1' }, notification({ changeType: 'updated' }), resource, at)?.envelope.type).toBe('MESSAGE_UPDATED');
    // A subscription Outlook does not know names no folder: nothing is published.
    expect(changeOfNotification({ workspaceId: 'u-1' }, notification({}), '/users/u-1/messages', at)).toBeNull();
  });

  it('the fake Graph refuses a subscription on a mailbox the delegated caller may not open (403, before any handshake)', async () => {
    const { connection } = box.provider;
    const deliveries = box.fake.notifications.deliveries.length;
    await expect(
      createSubscription(connection.api, connection.readPrincipal, {
        resource: folderSubscription(box.bob.id, 'inbox').resource,
        changeTypes: ['created'],
        notificationUrl: 'https://switchboard.example/webhooks/microsoft',
        lifecycleNotificationUrl: 'https://switchboard.example/webhooks/microsoft/lifecycle',
        now: Date.now(),
      }),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    expect(box.fake.notifications.deliveries).toHaveLength(deliveries);
  });
});
