import type { AudienceMember, ChannelAccess, ChannelRecord, UserRecord } from '../model.js';
import type { Page, PageKey, PageRequest } from '../paging.js';
import type { GraphCall } from '../kit/graph/client.js';
import { isAbsent } from '../kit/graph/errors.js';
import { teamsCalls } from './client.js';
import type { Acting, TeamsConnection } from './connection.js';
import { containerId, parseContainerId, type ContainerAddress } from './ids.js';
import { memberToUser, toChannel, toChatChannel, toTeamChannel } from './map.js';
import { byNameThenId, decodeCursor, emptyPage, linearOnly, nameCursorCompare, pageOf, type LinearPage } from './pages.js';
import type { ReadSession } from './session.js';
import type { GraphChannel, GraphChat, GraphList, GraphMember, GraphTeam } from './wire.js';

/**
 * Channels: teams (parent channels), their channels (subchannels), chats (DIRECT, GROUP); access; members.
 * Who sees what follows Graph: reads on an actor's behalf use the actor's own delegated grant, so Graph
 * decides (a non-member of a private channel or a chat gets 403/404, which reads as invisible). An actor
 * without a grant of their own is answered through the read principal with membership from member lists.
 */

/** The Graph call that reads one container as its record. */
function containerCall(address: ContainerAddress, userId: string | null): GraphCall {
  if (address.kind === 'team') return teamsCalls.team(address.teamId);
  if (address.kind === 'channel') return teamsCalls.channel(address);
  return teamsCalls.chat(address.chatId, userId);
}

function toRecord(connection: TeamsConnection, address: ContainerAddress, json: unknown, viewerId: string | null): ChannelRecord {
  const workspaceId = connection.workspaceId;
  if (address.kind === 'team') {
    connection.rememberTeam(json as GraphTeam);
    return toTeamChannel(json as GraphTeam, workspaceId);
  }
  if (address.kind === 'chat') return toChatChannel(json as GraphChat, viewerId, workspaceId);
  return toChannel(json as GraphChannel, { id: address.teamId, isArchived: false }, workspaceId);
}

/** Containers by id as `acting` sees them; null for what is malformed, unknown or invisible. */
export async function loadChannels(connection: TeamsConnection, acting: Acting, ids: readonly string[]): Promise<Array<ChannelRecord | null | Error>> {
  const addresses = ids.map(parseContainerId);
  const wanted = addresses.filter((address): address is ContainerAddress => address !== null);
  const answers = await connection.batch(acting.principal, wanted.map((address) => containerCall(address, acting.userId)));
  const byId = new Map(wanted.map((address, index) => [containerId(address), answers[index]]));
  // A channel is active while its team is not archived; team infos are cached per connection.
  const teams = new Map<string, GraphTeam | null>();
  await Promise.all(
    [...new Set(wanted.flatMap((address) => (address.kind === 'channel' ? [address.teamId] : [])))].map(async (teamId) => {
      teams.set(teamId, await connection.team(teamId).catch(() => null));
    }),
  );
  return addresses.map((address) => {
    if (!address) return null;
    const answer = byId.get(containerId(address));
    if (answer instanceof Error) return isAbsent(answer) ? null : answer;
    const record = toRecord(connection, address, answer, acting.userId);
    return address.kind === 'channel' ? { ...record, isActive: !teams.get(address.teamId)?.isArchived } : record;
  });
}

const noAccess = (channelId: string): ChannelAccess => ({ channelId, canRead: false, canPost: false, isMember: false, isChannelAdmin: false });

/** The access of an actor to a container it sees (`record`): read, and post unless it is a team or archived. */
export function accessTo(record: ChannelRecord): ChannelAccess {
  // A team holds channels, not messages: it can be read (listed) but not posted to.
  const postable = parseContainerId(record.id)?.kind !== 'team';
  return { channelId: record.id, canRead: true, canPost: postable && record.isActive, isMember: true, isChannelAdmin: false };
}

/** What `acting` may do in each container: read (and post, unless it is a team or archived). */
export async function loadChannelAccess(connection: TeamsConnection, session: ReadSession, acting: Acting, ids: readonly string[]): Promise<Array<ChannelAccess | Error>> {
  const records = acting.own ? await loadChannels(connection, acting, ids) : await visibleByMembership(connection, session, acting, ids);
  return ids.map((id, index) => {
    const record = records[index];
    if (record instanceof Error) return record;
    return record ? accessTo(record) : noAccess(id);
  });
}

/** For an actor without a grant of their own: the containers as the read principal sees them, kept only where the actor is a member. */
async function visibleByMembership(connection: TeamsConnection, session: ReadSession, acting: Acting, ids: readonly string[]): Promise<Array<ChannelRecord | null | Error>> {
  const records = await loadChannels(connection, { ...acting, principal: connection.readPrincipal }, ids);
  return Promise.all(
    records.map(async (record, index) => {
      const address = parseContainerId(ids[index]);
      if (!record || record instanceof Error || !address || acting.userId === null) return record instanceof Error ? record : null;
      const members = await membersOf(connection, session, address, record);
      return members.some((member) => member.userId === acting.userId) ? record : null;
    }),
  );
}

/** Who belongs to a container: a team's members for the team and its standard channels, else its own. */
function membersOf(connection: TeamsConnection, session: ReadSession, address: ContainerAddress, record: ChannelRecord): Promise<GraphMember[]> {
  if (address.kind === 'team' || (address.kind === 'channel' && !record.isPrivate)) {
    const teamId = address.teamId;
    return session.membersOf(connection.readPrincipal, teamsCalls.teamMembers(teamId), `team:${teamId}`);
  }
  return session.membersOf(connection.readPrincipal, teamsCalls.members(address), containerId(address));
}

/**
 * Every container the actor can see: their teams, each team's visible channels, their chats. Being listed
 * here is the actor's access (`accessTo`): Graph listed them for the actor's own grant, or they are the
 * teams and chats the actor is a member of.
 */
export async function everything(connection: TeamsConnection, acting: Acting): Promise<ChannelRecord[]> {
  const asUser = acting.own ? null : acting.userId;
  if (!acting.own && asUser === null) return [];
  const [teams, chats] = await Promise.all([
    connection.callAll<GraphTeam>(acting.principal, teamsCalls.joinedTeams(asUser)),
    connection.callAll<GraphChat>(acting.principal, teamsCalls.chats(asUser), 500),
  ]);
  const channelLists = await connection.batch(acting.principal, teams.map((team) => teamsCalls.channels(team.id)));
  const records: ChannelRecord[] = [];
  teams.forEach((team, index) => {
    connection.rememberTeam(team);
    records.push(toTeamChannel(team, connection.workspaceId));
    const list = channelLists[index];
    if (list instanceof Error) {
      if (isAbsent(list)) return;
      throw list;
    }
    for (const channel of (list as GraphList<GraphChannel>).value ?? []) {
      // With the app's grant Graph lists private channels too; the actor only sees standard ones then
      // (membership of private channels is checked by loadChannelAccess).
      if (!acting.own && (channel.membershipType ?? 'standard') !== 'standard') continue;
      records.push(toChannel(channel, team, connection.workspaceId));
    }
  });
  for (const chat of chats) {
    for (const member of chat.members ?? []) connection.users.rememberMember(member);
    records.push(toChatChannel(chat, acting.userId, connection.workspaceId));
  }
  return records;
}

export async function listChannels(
  connection: TeamsConnection,
  acting: Acting,
  filter: { parentId: string | null; query: string | null; includeArchived: boolean },
  page: PageRequest,
): Promise<Page<ChannelRecord>> {
  const linear = linearOnly(page, 'channels');
  if (linear.cursor !== null) decodeCursor(linear.cursor, 'c', 2);
  if (filter.parentId !== null && parseContainerId(filter.parentId)?.kind !== 'team') return emptyPage();
  const query = filter.query?.toLowerCase() ?? null;
  const records = (await everything(connection, acting))
    .filter((record) => filter.parentId === null || record.parentId === filter.parentId)
    .filter((record) => filter.includeArchived || record.isActive)
    .filter((record) => query === null || record.name.toLowerCase().includes(query))
    .sort(byNameThenId);
  const listed = pageOf(records, linear, 'c', 2, (record) => [record.name, record.id], nameCursorCompare);
  // The listing decided access: the request's visibility checks of these channels read nothing more.
  return { ...listed, access: listed.edges.map((edge) => accessTo(edge.node)) };
}

/** Members of each container, by name; empty for what the reader cannot see. */
export async function listChannelMembers(connection: TeamsConnection, acting: Acting, keys: readonly PageKey[]): Promise<Array<Page<UserRecord> | Error>> {
  const results: Array<Page<UserRecord> | Error> = keys.map(() => emptyPage());
  const wanted: Array<{ index: number; call: GraphCall }> = [];
  keys.forEach((key, index) => {
    try {
      const page = linearOnly(key.page, 'members');
      if (page.cursor !== null) decodeCursor(page.cursor, 'u', 2);
    } catch (error) {
      results[index] = error as Error;
      return;
    }
    const address = parseContainerId(key.parentId);
    if (address) wanted.push({ index, call: address.kind === 'team' ? teamsCalls.teamMembers(address.teamId) : teamsCalls.members(address) });
  });
  const answers = await connection.batch(acting.principal, wanted.map((entry) => entry.call));
  await Promise.all(
    wanted.map(async ({ index, call }, position) => {
      const answer = answers[position];
      if (answer instanceof Error) {
        if (!isAbsent(answer)) results[index] = answer;
        return;
      }
      const first = answer as GraphList<GraphMember>;
      const more = first['@odata.nextLink'] ? await connection.callAll<GraphMember>(acting.principal, { ...call, path: first['@odata.nextLink'] }) : [];
      const users = [...(first.value ?? []), ...more]
        .map((member) => {
          connection.users.rememberMember(member);
          return memberToUser(member, connection.workspaceId);
        })
        .filter((user): user is UserRecord => user !== null)
        .sort(byNameThenId);
      results[index] = pageOf(users, keys[index].page as LinearPage, 'u', 2, (user) => [user.name, user.id], nameCursorCompare);
    }),
  );
  return results;
}

export async function listUsers(connection: TeamsConnection, filter: { query: string | null }, page: PageRequest): Promise<Page<UserRecord>> {
  const linear = linearOnly(page, 'users');
  const query = filter.query?.toLowerCase() ?? null;
  const users = (await connection.users.all()).filter((user) => query === null || user.name.toLowerCase().includes(query)).sort(byNameThenId);
  return pageOf(users, linear, 'u', 2, (user) => [user.name, user.id], nameCursorCompare);
}

/**
 * Access of many accounts to a few containers at once, from member lists read with the read principal (one
 * list per team or private container), for event delivery: one event checked for every subscriber without a
 * call per subscriber. Same answers as `loadChannelAccess` of each account, but for a standard channel deleted
 * lately: its team's members may still receive its CHANNEL_DELETED.
 */
export async function loadAudience(
  connection: TeamsConnection,
  session: ReadSession,
  accountIds: readonly string[],
  channelIds: readonly string[],
): Promise<Array<AudienceMember | Error>> {
  const [linked, records] = await Promise.all([
    Promise.all(accountIds.map((accountId) => connection.linkedUser(accountId))),
    loadChannels(connection, { principal: connection.readPrincipal, userId: null, own: false }, channelIds),
  ]);
  let members: Array<Set<string> | null>;
  try {
    members = await Promise.all(
      records.map(async (record, index) => {
        if (record instanceof Error) throw record;
        const address = parseContainerId(channelIds[index]);
        // A standard channel deleted lately (roster-memory.ts): its team's members may see CHANNEL_DELETED.
        if (!record && address?.kind === 'channel' && connection.roster.deletedOpen(channelIds[index])) {
          return new Set((await session.membersOf(connection.readPrincipal, teamsCalls.teamMembers(address.teamId), `team:${address.teamId}`)).map((member) => member.userId ?? ''));
        }
        if (!record || !address) return null;
        return new Set((await membersOf(connection, session, address, record)).map((member) => member.userId ?? ''));
      }),
    );
  } catch (error) {
    return accountIds.map(() => error as Error);
  }
  return accountIds.map((accountId, index) => {
    const userId = linked[index]?.userId ?? null;
    const access = channelIds.map((channelId, position) => {
      const record = records[position] as ChannelRecord | null;
      if (!userId || !members[position]?.has(userId)) return noAccess(channelId);
      // Without a record: a deleted standard channel, readable (as gone) by its team, never postable.
      return { channelId, canRead: true, canPost: record !== null && parseContainerId(channelId)?.kind !== 'team' && record.isActive, isMember: true, isChannelAdmin: false };
    });
    return { accountId, userId, access };
  });
}
