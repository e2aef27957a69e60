import type { EventEnvelope, EventType } from '../events.js';
import { readDelta } from '../kit/graph/delta.js';
import { parseResourcePath, type ChangeNotification } from '../kit/graph/notifications.js';
import type { Principal } from '../kit/graph/tokens.js';
import { MAX_MESSAGES_PAGE, teamsCalls } from './client.js';
import type { TeamsConnection } from './connection.js';
import { containerId, containerPath, messageNativeId, type MessageContainer } from './ids.js';
import { authorOf } from './map.js';
import { stateOfMessage, type Reaction, type ReactionMemory } from './reaction-memory.js';
import type { GraphChatMessage } from './wire.js';

/**
 * Graph's change notifications and delta rounds on Teams messages → normalized changes (ids and type,
 * never content), with the native ids the provider reads, so a subscriber resolves the message exactly as
 * a query would. Notifications carry no resource data (Switchboard does not ask for it): an `updated`
 * message may be an edit or a reaction, which Graph does not tell apart. So the message is read (one item of
 * the connection's batch loader) and compared with the state last seen of it (reaction-memory.ts): new and
 * gone reactions are REACTION_ADDED / REACTION_REMOVED, an edit MESSAGE_UPDATED. A message whose previous
 * state is unknown (first sight, forgotten, a restart) or that cannot be read gives MESSAGE_UPDATED, as
 * Graph reported it. Delta items carry the message's state and are compared the same way. The webhook route
 * checks clientState first (../kit/graph/notifications.ts), then calls these.
 */

export interface TeamsChange {
  envelope: Omit<EventEnvelope, 'id'>;
  /** What identifies the change for duplicate and echo suppression beyond its ids (Graph's notification id). */
  detail: string;
}

const TYPES: Record<'created' | 'updated' | 'deleted', EventType> = { created: 'MESSAGE_CREATED', updated: 'MESSAGE_UPDATED', deleted: 'MESSAGE_DELETED' };

function change(workspaceId: string, type: EventType, container: MessageContainer, messageId: string, rootId: string | null, at: Date, actorId: string | null, detail: string, emoji: string | null = null): TeamsChange {
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
      emoji,
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

/**
 * The changes a resolved message stands for, `base` being what Graph's report alone says. Its state is
 * remembered; an update of a message whose previous state is known becomes the reactions added and removed
 * since (one change each, named by emoji and actor), plus `base` when it was edited or deleted, or when
 * nothing the memory holds changed (something else did: Graph said so).
 */
function resolvedChanges(memory: ReactionMemory, base: TeamsChange, container: MessageContainer, rootId: string | null, message: GraphChatMessage): TeamsChange[] {
  const id = base.envelope.messageId!;
  if (base.envelope.type === 'MESSAGE_DELETED') {
    memory.forget(id);
    return [base];
  }
  const difference = memory.observe(id, stateOfMessage(message));
  if (base.envelope.type !== 'MESSAGE_UPDATED' || !difference) return [base];
  const reaction = (type: EventType, { emoji, actorId }: Reaction) =>
    change(base.envelope.workspaceId, type, container, message.id, rootId, base.envelope.occurredAt, actorId, `${base.detail}:${type}:${emoji}:${actorId}`, emoji);
  const reactions = [...difference.added.map((added) => reaction('REACTION_ADDED', added)), ...difference.removed.map((removed) => reaction('REACTION_REMOVED', removed))];
  return difference.edited || reactions.length === 0 ? [base, ...reactions] : reactions;
}

/**
 * The changes a (trusted) notification stands for, the message of an `updated` one read as the read
 * principal (through the batch loader, so the notifications of one request share a `$batch`).
 */
export async function changesOfNotification(connection: TeamsConnection, notification: ChangeNotification, receivedAt: Date): Promise<TeamsChange[]> {
  const address = addressOfResource(notification.resource);
  if (!address) return [];
  const base = change(connection.workspaceId, TYPES[notification.changeType], address.container, address.messageId, address.rootId, receivedAt, null, notification.id ?? '');
  const id = base.envelope.messageId!;
  if (notification.changeType === 'created') connection.reactions.created(id);
  if (notification.changeType === 'deleted') connection.reactions.forget(id);
  if (notification.changeType !== 'updated') return [base];
  try {
    // Past the read cache: the change is not published (nor the cache invalidated) yet, and a kept copy
    // would be the state before it.
    const [answer] = await connection.loader.load(connection.readPrincipal, [teamsCalls.message(address)]);
    // Not readable now (gone, refused, throttled): reported as Graph gave it.
    if (answer instanceof Error) return [base];
    return resolvedChanges(connection.reactions, base, address.container, address.rootId, answer as GraphChatMessage);
  } catch {
    return [base];
  }
}

/** What a message's current state says happened last: deleted, created (never changed since) or updated. */
export function changeTypeOf(message: GraphChatMessage): EventType {
  if (message.deletedDateTime) return 'MESSAGE_DELETED';
  const modified = message.lastModifiedDateTime ?? message.createdDateTime;
  return !message.lastEditedDateTime && Date.parse(modified) === Date.parse(message.createdDateTime) ? 'MESSAGE_CREATED' : 'MESSAGE_UPDATED';
}

/** Delta items (messages in their current state) → changes; their states are remembered (reaction-memory.ts). */
export function changesOfMessages(connection: Pick<TeamsConnection, 'workspaceId' | 'reactions'>, container: MessageContainer, rootId: string | null, messages: GraphChatMessage[]): TeamsChange[] {
  return messages.flatMap((message) => {
    const type = changeTypeOf(message);
    const at = new Date(type === 'MESSAGE_DELETED' ? message.deletedDateTime! : (message.lastModifiedDateTime ?? message.createdDateTime));
    const actor = type === 'MESSAGE_CREATED' || message.lastEditedDateTime ? authorOf(message.from) : null;
    const base = change(connection.workspaceId, type, container, message.id, rootId, at, actor, `${message.id}@${at.toISOString()}`);
    return resolvedChanges(connection.reactions, base, container, rootId, message);
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
  // A baseline's items are no changes, but their states are remembered for the next round.
  const changes = changesOfMessages(connection, container, rootId, round.items);
  return {
    changes: baseline ? [] : changes,
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
  const changes = changesOfMessages(connection, container, null, [...messages].reverse());
  return { changes: since ? changes : [], since: newest };
}

