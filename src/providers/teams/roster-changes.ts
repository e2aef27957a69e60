import type { EventType } from '../events.js';
import type { GraphCall } from '../kit/graph/client.js';
import { parseResourcePath, type ChangeNotification } from '../kit/graph/notifications.js';
import type { TeamsChange } from './changes.js';
import { teamsCalls } from './client.js';
import type { TeamsConnection } from './connection.js';
import { containerId, type ContainerAddress } from './ids.js';
import { digestOf, type ChannelDigest } from './roster-memory.js';
import type { GraphChannel, GraphMember } from './wire.js';

/**
 * Graph's change notifications on channels and memberships → channel events, as the built-in workspace and
 * Slack publish them (ids only): a channel created, renamed, otherwise updated or deleted (CHANNEL_CREATED,
 * CHANNEL_RENAMED, CHANNEL_UPDATED, CHANNEL_DELETED, `channel` the changed channel), someone added to or
 * removed from a team, a private or shared channel, or a chat (CHANNEL_JOINED / CHANNEL_LEFT, `channel` the
 * team — the parent channel whose standard channels the membership opens — or the channel or chat, `actor`
 * the member). Notifications carry ids only, so (roster-memory.ts) a channel's update is read and its name
 * compared with the digest last seen, and a new membership is read to name its user; a deleted membership
 * can no longer be read and is named from the memory (unknown: `actor` null).
 *
 * These are the only source of channel events: Teams' system messages about the same change (`eventDetail`
 * members added, channel renamed) stay MESSAGE_CREATED of a SYSTEM message, as the built-in workspace
 * publishes its channel event and its system message side by side, so one change never gives two channel
 * events.
 */

export type RosterAddress =
  | { kind: 'channel'; teamId: string; channelId: string }
  | { kind: 'membership'; container: ContainerAddress; membershipId: string };

/** Where a channel or membership notification's `resource` points; null for anything else. */
export function addressOfRosterResource(resource: string): RosterAddress | null {
  const segments = parseResourcePath(resource);
  if (!segments) return null;
  const [first, second, third] = segments;
  if (!first?.key || !second?.key) return null;
  if (first.name === 'teams' && second.name === 'channels' && segments.length === 2) return { kind: 'channel', teamId: first.key, channelId: second.key };
  if (first.name === 'teams' && second.name === 'members' && segments.length === 2) return { kind: 'membership', container: { kind: 'team', teamId: first.key }, membershipId: second.key };
  if (first.name === 'chats' && second.name === 'members' && segments.length === 2) return { kind: 'membership', container: { kind: 'chat', chatId: first.key }, membershipId: second.key };
  if (first.name === 'teams' && second.name === 'channels' && third?.name === 'members' && third.key && segments.length === 3) {
    return { kind: 'membership', container: { kind: 'channel', teamId: first.key, channelId: second.key }, membershipId: third.key };
  }
  return null;
}

/** A channel event: no message, `actor` the member (joins and leaves) or unknown. */
export function rosterChange(workspaceId: string, type: EventType, channelId: string, actorId: string | null, at: Date, detail: string): TeamsChange {
  return {
    envelope: { type, occurredAt: at, provider: 'teams', workspaceId, channelId, messageId: null, threadRootId: null, actorId, emoji: null, buttonId: null },
    detail,
  };
}

export const channelDigest = (channel: Pick<GraphChannel, 'displayName' | 'description' | 'membershipType'>): ChannelDigest => ({
  name: digestOf(channel.displayName),
  description: digestOf(channel.description),
  open: (channel.membershipType ?? 'standard') === 'standard',
});

/** Reads one thing as the read principal through the batch loader, as Graph has it now; null when it cannot be read now. */
async function readOne<T>(connection: TeamsConnection, call: GraphCall): Promise<T | null> {
  try {
    // Past the read cache: the change is not published (nor the cache invalidated) yet.
    const [answer] = await connection.loader.load(connection.readPrincipal, [call]);
    return answer instanceof Error ? null : (answer as T);
  } catch {
    return null;
  }
}

/** The changes a (trusted) channel or membership notification stands for; none for other resources. */
export async function changesOfRosterNotification(connection: TeamsConnection, notification: ChangeNotification, receivedAt: Date): Promise<TeamsChange[]> {
  const address = addressOfRosterResource(notification.resource);
  if (!address) return [];
  const { workspaceId, roster } = connection;
  const detail = notification.id ?? '';
  if (address.kind === 'channel') {
    const id = containerId({ kind: 'channel', teamId: address.teamId, channelId: address.channelId });
    if (notification.changeType === 'deleted') {
      roster.channelDeleted(id);
      return [rosterChange(workspaceId, 'CHANNEL_DELETED', id, null, receivedAt, detail)];
    }
    const channel = await readOne<GraphChannel>(connection, teamsCalls.channel({ kind: 'channel', teamId: address.teamId, channelId: address.channelId }));
    const previous = channel ? roster.observeChannel(id, channelDigest(channel)) : null;
    if (notification.changeType === 'created') return [rosterChange(workspaceId, 'CHANNEL_CREATED', id, null, receivedAt, detail)];
    // A new name is a rename; anything else (description, a channel never seen) an update, as Graph said.
    const renamed = channel !== null && previous !== null && previous.name !== channelDigest(channel).name;
    return [rosterChange(workspaceId, renamed ? 'CHANNEL_RENAMED' : 'CHANNEL_UPDATED', id, null, receivedAt, detail)];
  }
  const where = containerId(address.container);
  if (notification.changeType === 'deleted') {
    return [rosterChange(workspaceId, 'CHANNEL_LEFT', where, roster.userOf(where, address.membershipId, true), receivedAt, detail)];
  }
  if (notification.changeType !== 'created') return [];
  const member = await readOne<GraphMember>(connection, teamsCalls.member(address.container, address.membershipId));
  if (member) roster.rememberMembers(where, [member]);
  return [rosterChange(workspaceId, 'CHANNEL_JOINED', where, member?.userId ?? roster.userOf(where, address.membershipId), receivedAt, detail)];
}
