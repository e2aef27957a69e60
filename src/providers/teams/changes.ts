import type { EventEnvelope, EventType } from '../events.js';
import { readDelta } from '../kit/graph/delta.js';
import { parseResourcePath, type ChangeNotification } from '../kit/graph/notifications.js';
import type { Principal } from '../kit/graph/tokens.js';
import { MAX_MESSAGES_PAGE } from './client.js';
import type { TeamsConnection } from './connection.js';
import { containerId, containerPath, messageNativeId, type MessageContainer } from './ids.js';
import { authorOf } from './map.js';
import type { GraphChatMessage } from './wire.js';

/**
 * Graph's change notifications and delta rounds on Teams messages → normalized changes (ids and type,
 * never content), with the native ids the provider reads, so a subscriber resolves the message exactly as
 * a query would. Notifications carry no resource data (Switchboard does not ask for it): an `updated`
 * message may be an edit or a reaction, which Graph does not tell apart; both are MESSAGE_UPDATED. The
 * webhook route (after issue 9) checks clientState first (../kit/graph/notifications.ts), then calls these.
 */

export interface TeamsChange {
  envelope: Omit<EventEnvelope, 'id'>;
  /** What identifies the change for duplicate and echo suppression beyond its ids (Graph's notification id). */
  detail: string;
}

const TYPES: Record<'created' | 'updated' | 'deleted', EventType> = { created: 'MESSAGE_CREATED', updated: 'MESSAGE_UPDATED', deleted: 'MESSAGE_DELETED' };

function change(workspaceId: string, type: EventType, container: MessageContainer, messageId: string, rootId: string | null, at: Date, actorId: string | null, detail: string): TeamsChange {
  const id = messageNativeId(container, messageId, rootId);
  return {
    envelope: {
      type,
      occurredAt: at,
      provider: 'teams',
      workspaceId,
      channelId: containerId(container),
      messageId: id,
      threadRootId: rootId ? messageNativeId(container, rootId) : id,
      actorId,
      emoji: null,
      buttonId: null,
    },
    detail,
  };
}

/** Where a notification's `resource` points: a channel root, a channel reply, or a chat message. */
export function addressOfResource(resource: string): { container: MessageContainer; messageId: string; rootId: string | null } | null {
  const segments = parseResourcePath(resource);
  if (!segments) return null;
  const [first, second, third, fourth] = segments;
  if (first?.name === 'chats' && first.key && second?.name === 'messages' && second.key && segments.length === 2) {
    return { container: { kind: 'chat', chatId: first.key }, messageId: second.key, rootId: null };
  }
  if (first?.name === 'teams' && first.key && second?.name === 'channels' && second.key && third?.name === 'messages' && third.key) {
    const container: MessageContainer = { kind: 'channel', teamId: first.key, channelId: second.key };
    if (segments.length === 3) return { container, messageId: third.key, rootId: null };
    if (segments.length === 4 && fourth?.name === 'replies' && fourth.key) return { container, messageId: fourth.key, rootId: third.key };
  }
  return null;
}

/** The change a (trusted) notification stands for; null for resources that are not Teams messages. */
export function changeOfNotification(workspaceId: string, notification: ChangeNotification, receivedAt: Date): TeamsChange | null {
  const address = addressOfResource(notification.resource);
  if (!address) return null;
  return change(workspaceId, TYPES[notification.changeType], address.container, address.messageId, address.rootId, receivedAt, null, notification.id ?? '');
}

/** What a message's current state says happened last: deleted, created (never changed since) or updated. */
export function changeTypeOf(message: GraphChatMessage): EventType {
  if (message.deletedDateTime) return 'MESSAGE_DELETED';
  const modified = message.lastModifiedDateTime ?? message.createdDateTime;
  return !message.lastEditedDateTime && Date.parse(modified) === Date.parse(message.createdDateTime) ? 'MESSAGE_CREATED' : 'MESSAGE_UPDATED';
}

/** Delta items (messages in their current state) → changes. */
export function changesOfMessages(workspaceId: string, container: MessageContainer, rootId: string | null, messages: GraphChatMessage[]): TeamsChange[] {
  return messages.map((message) => {
    const type = changeTypeOf(message);
    const at = new Date(type === 'MESSAGE_DELETED' ? message.deletedDateTime! : (message.lastModifiedDateTime ?? message.createdDateTime));
    const actor = type === 'MESSAGE_CREATED' || message.lastEditedDateTime ? authorOf(message.from) : null;
    return change(workspaceId, type, container, message.id, rootId, at, actor, `${message.id}@${at.toISOString()}`);
  });
}

/** Where a channel's polling stands: the link to continue from, and whether the baseline round is still running. */
export interface ChannelPollState {
  deltaLink: string;
  /** True while the first round (the current state, not changes) has pages left. */
  baseline: boolean;
}

/**
 * One polling round of a channel's root messages (or, with `rootId`, of one root's replies) through Graph's
 * delta query. Without a state the round starts the baseline: no changes, only where to continue (stored by
 * the caller as connection metadata, no content); a baseline cut short by the page bound continues without
 * changes too. With `since` and no state (a resynchronisation after `missed`, a thread first seen in a
 * round), the first round is Graph's filtered one, `lastModifiedDateTime gt since`, and its items are
 * changes. Replies are not in a channel's delta (Graph documents it so); they come from `rootId`'s
 * `replies/delta` or from notifications. `seen` lists the ids of the round's messages (roots to follow).
 */
export async function pollChannel(
  connection: TeamsConnection,
  principal: Principal,
  container: MessageContainer & { kind: 'channel' },
  state: ChannelPollState | null,
  rootId: string | null = null,
  since: Date | null = null,
): Promise<{ changes: TeamsChange[]; state: ChannelPollState; seen: string[] }> {
  const filter = state === null && since ? `&$filter=lastModifiedDateTime%20gt%20${since.toISOString()}` : '';
  const path = `${containerPath(container)}/messages${rootId ? `/${rootId}/replies` : ''}/delta?$top=${MAX_MESSAGES_PAGE}${filter}`;
  const round = await readDelta<GraphChatMessage>(connection.api, principal, {
    start: { operation: rootId ? 'channel.replies.delta' : 'channel.messages.delta', path, headers: { Prefer: 'include-unknown-enum-members' }, cost: { kind: 'channel-messages.read', resource: `channel:${container.teamId}/${container.channelId}` } },
    deltaLink: state?.deltaLink ?? null,
  });
  const baseline = state === null ? filter === '' : state.baseline;
  return {
    changes: baseline ? [] : changesOfMessages(connection.workspaceId, container, rootId, round.items),
    state: { deltaLink: round.deltaLink, baseline: baseline && !round.complete },
    seen: round.items.map((message) => message.id),
  };
}

/**
 * One polling round of a chat: Graph has no delta on one chat's messages, but lists them newest change first
 * with `$filter=lastModifiedDateTime gt {since}` (B.1). `since` (the newest change seen, an instant) is the
 * state the caller stores; null starts the baseline.
 */
export async function pollChat(connection: TeamsConnection, principal: Principal, chatId: string, since: string | null): Promise<{ changes: TeamsChange[]; since: string }> {
  const container: MessageContainer = { kind: 'chat', chatId };
  const filter = since ? `&$filter=lastModifiedDateTime%20gt%20${new Date(since).toISOString()}` : '';
  const messages = await connection.api.callAll<GraphChatMessage>(principal, {
    operation: 'chat.messages.poll',
    method: 'GET',
    path: `${containerPath(container)}/messages?$top=${MAX_MESSAGES_PAGE}&$orderby=lastModifiedDateTime%20desc${filter}`,
    headers: { Prefer: 'include-unknown-enum-members' },
    cost: { kind: 'chat-messages.read', resource: `chat:${chatId}` },
  }, since ? 1_000 : MAX_MESSAGES_PAGE);
  const newest = messages.reduce((latest, message) => {
    const modified = message.lastModifiedDateTime ?? message.createdDateTime;
    return modified > latest ? modified : latest;
  }, since ?? new Date(0).toISOString());
  const ordered = [...messages].reverse();
  return { changes: since ? changesOfMessages(connection.workspaceId, container, null, ordered) : [], since: newest };
}

