import type { EventType } from '../events.js';
import type { Principal } from '../kit/graph/tokens.js';
import type { TeamsChange } from './changes.js';
import { teamsCalls } from './client.js';
import type { TeamsConnection } from './connection.js';
import { containerId } from './ids.js';
import { digestOf, type ChannelDigest } from './roster-memory.js';
import { channelDigest, rosterChange } from './roster-changes.js';
import type { GraphChannel, GraphChat, GraphMember } from './wire.js';

/**
 * Channel and membership changes for polled tenants (eventDelivery POLL): Graph has no delta query for
 * channels or members, so each round compares the lists with the ones the previous round stored and
 * publishes the differences as the notifications would (roster-changes.ts): channels created, renamed,
 * otherwise updated, deleted; members added to or removed from a team, a private or shared channel, a chat.
 * What is stored (per connection, DeltaLinkStore) is metadata only: per team, each channel's id with digests
 * of its name and description and whether it is standard; per team, private or shared channel and chat, the sorted member user ids. A
 * list seen for the first time is a baseline (no events). Each change is named by what changed and a digest
 * of the state it was found against, so a round repeated before its state was stored publishes it once.
 *
 * Cost per round, on top of what the message round reads anyway (joinedTeams per linked person, the channel
 * list per team, the chats with their members per linked person): 1 `GET /teams/{id}/members` per team and
 * 1 `GET /teams/{id}/channels/{id}/members` per private or shared channel; chats cost nothing more.
 */

export interface RosterSnapshot {
  /** The channels of every team the round saw, as listed by the message round. */
  teams: ReadonlyMap<string, readonly GraphChannel[]>;
  /** The chats the round saw, with `$expand=members`. */
  chats: readonly GraphChat[];
}

export interface RosterStore {
  get(key: string): string | undefined;
  save(key: string, value: string): Promise<void>;
}

const channelsKey = (teamId: string) => `roster:channels:${teamId}`;
const membersKey = (container: string) => `roster:members:${container}`;

function parse<T>(value: string | undefined): T | null {
  if (value === undefined) return null;
  try {
    return JSON.parse(value) as T;
  } catch {
    return null;
  }
}

/** One round's roster changes for a tenant; the stored lists move on. */
export async function rosterRound(
  connection: TeamsConnection,
  principal: Principal,
  snapshot: RosterSnapshot,
  store: RosterStore,
  at: Date,
): Promise<{ changes: TeamsChange[]; calls: number }> {
  const changes: TeamsChange[] = [];
  let calls = 0;
  const { workspaceId, roster } = connection;
  const change = (type: EventType, channelId: string, actorId: string | null, previous: string) =>
    rosterChange(workspaceId, type, channelId, actorId, at, `roster:${channelId}:${actorId ?? ''}:${digestOf(previous)}`);

  const members = async (container: string, list: readonly GraphMember[]) => {
    roster.rememberMembers(container, list);
    const current = [...new Set(list.flatMap((member) => (member.userId ? [member.userId] : [])))].sort();
    const key = membersKey(container);
    const stored = store.get(key);
    const previous = parse<string[]>(stored);
    if (previous) {
      for (const userId of current) if (!previous.includes(userId)) changes.push(change('CHANNEL_JOINED', container, userId, stored!));
      for (const userId of previous) if (!current.includes(userId)) changes.push(change('CHANNEL_LEFT', container, userId, stored!));
    }
    const next = JSON.stringify(current);
    if (next !== stored) await store.save(key, next);
  };

  for (const [teamId, channels] of snapshot.teams) {
    const key = channelsKey(teamId);
    const stored = store.get(key);
    const previous = parse<Record<string, ChannelDigest>>(stored);
    const current: Record<string, ChannelDigest> = {};
    for (const channel of channels) {
      const id = containerId({ kind: 'channel', teamId, channelId: channel.id });
      current[channel.id] = channelDigest(channel);
      roster.observeChannel(id, current[channel.id]);
      const before = previous?.[channel.id];
      if (!previous) continue;
      if (!before) changes.push(change('CHANNEL_CREATED', id, null, stored!));
      else if (before.name !== current[channel.id].name) changes.push(change('CHANNEL_RENAMED', id, null, stored!));
      else if (before.description !== current[channel.id].description) changes.push(change('CHANNEL_UPDATED', id, null, stored!));
    }
    for (const channelId of Object.keys(previous ?? {})) {
      if (current[channelId]) continue;
      const id = containerId({ kind: 'channel', teamId, channelId });
      roster.channelDeleted(id, previous![channelId].open);
      changes.push(change('CHANNEL_DELETED', id, null, stored!));
    }
    const next = JSON.stringify(current);
    if (next !== stored) await store.save(key, next);

    calls += 1;
    await members(`team:${teamId}`, await connection.api.callAll<GraphMember>(principal, teamsCalls.teamMembers(teamId)));
    for (const channel of channels) {
      if ((channel.membershipType ?? 'standard') === 'standard') continue;
      const container = { kind: 'channel' as const, teamId, channelId: channel.id };
      calls += 1;
      await members(containerId(container), await connection.api.callAll<GraphMember>(principal, teamsCalls.members(container)));
    }
  }
  for (const chat of snapshot.chats) await members(containerId({ kind: 'chat', chatId: chat.id }), chat.members ?? []);
  return { changes, calls };
}
