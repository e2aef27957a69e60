import type { Acting, SlackConnection } from './connection.js';
import { isAbsent } from './errors.js';
import { isChannelId } from './ids.js';
import { toChannel } from './map.js';
import { byNameThenId, linearOnly, nameCursorCompare, pageOf } from './pages.js';
import type { ReadSession } from './session.js';
import type { SlackConversation } from './wire.js';
import type { ChannelAccess, ChannelRecord, UserRecord } from '../model.js';
import type { Page, PageKey, PageRequest } from '../paging.js';

/**
 * Channels, access and members. What a user may read is what Slack shows that user: public channels of
 * the team and the conversations the user is in. Posting needs membership and an unarchived channel.
 * A channel's list of the actor's channels is the user's memberships (users.conversations), sorted by name.
 */

/** Members are read 200 at a time (Slack's recommended page size). */
const MEMBER_PAGE_SIZE = 200;

export async function channelRecords(connection: SlackConnection, conversations: SlackConversation[]): Promise<ChannelRecord[]> {
  const partners = conversations.filter((conversation) => conversation.is_im && conversation.user).map((conversation) => conversation.user!);
  const [team, users] = await Promise.all([connection.teamInfo(), partners.length ? connection.users.load(partners) : new Map()]);
  return conversations.map((conversation) =>
    toChannel(conversation, connection.workspaceId, team.domain, conversation.user ? (users.get(conversation.user)?.name ?? null) : null),
  );
}

export async function loadChannels(
  connection: SlackConnection,
  session: ReadSession,
  acting: Acting,
  ids: readonly string[],
): Promise<Array<ChannelRecord | null>> {
  const wellFormed = ids.filter(isChannelId);
  const found = await session.conversations(acting, wellFormed);
  const visible = [...found.values()].filter((conversation): conversation is SlackConversation => conversation !== null);
  const records = new Map((await channelRecords(connection, visible)).map((record) => [record.id, record]));
  return ids.map((id) => records.get(id) ?? null);
}

function isMemberOf(conversation: SlackConversation): boolean {
  return conversation.is_member === true || conversation.is_im === true || conversation.is_mpim === true;
}

export async function loadChannelAccess(
  session: ReadSession,
  acting: Acting,
  channelIds: readonly string[],
): Promise<ChannelAccess[]> {
  const wellFormed = channelIds.filter(isChannelId);
  const found = await session.conversations(acting, wellFormed);
  // With the read token (not the actor's own), the answer is about that token's user: membership is the
  // actor's own list, and only public channels are readable beyond it.
  const members = acting.own || acting.userId === null ? null : await session.memberships(acting);
  return channelIds.map((channelId): ChannelAccess => {
    const conversation = found.get(channelId) ?? null;
    const isMember = conversation !== null && (members ? members.has(channelId) : isMemberOf(conversation));
    const isPublic = conversation !== null && !conversation.is_private && !conversation.is_im && !conversation.is_mpim;
    const canRead = conversation !== null && (isMember || isPublic);
    return {
      channelId,
      canRead,
      canPost: canRead && isMember && !conversation.is_archived,
      isMember,
      // Slack's channel managers are not exposed by the Web API; workspace admins act through their own tokens.
      isChannelAdmin: false,
    };
  });
}

export async function listChannels(
  connection: SlackConnection,
  session: ReadSession,
  acting: Acting,
  filter: { parentId: string | null; query: string | null; includeArchived: boolean },
  request: PageRequest,
): Promise<Page<ChannelRecord>> {
  const page = linearOnly(request, 'channels');
  // Slack has no subchannels.
  if (filter.parentId !== null || acting.userId === null) return pageOf([], page, 'c', 2, () => [], () => 0);
  const members = [...(await session.memberships(acting)).values()].filter(
    (conversation) => filter.includeArchived || !conversation.is_archived,
  );
  const query = filter.query?.toLowerCase() ?? null;
  const channels = (await channelRecords(connection, members))
    .filter((channel) => query === null || channel.name.toLowerCase().includes(query))
    .sort(byNameThenId);
  return pageOf(channels, page, 'c', 2, (channel) => [channel.name, channel.id], nameCursorCompare);
}

export async function listUsers(connection: SlackConnection, filter: { query: string | null }, request: PageRequest): Promise<Page<UserRecord>> {
  const page = linearOnly(request, 'users');
  const query = filter.query?.toLowerCase() ?? null;
  const users = (await connection.users.all())
    .filter(({ record, handle }) => query === null || record.name.toLowerCase().includes(query) || handle.includes(query))
    .map(({ record }) => record)
    .sort(byNameThenId);
  return pageOf(users, page, 'u', 2, (user) => [user.name, user.id], nameCursorCompare);
}

/** Members of each channel by name: conversations.members for the ids, the user directory for the rest. */
export async function listChannelMembers(
  connection: SlackConnection,
  acting: Acting,
  keys: readonly PageKey[],
): Promise<Array<Page<UserRecord> | Error>> {
  return Promise.all(
    keys.map(async (key): Promise<Page<UserRecord> | Error> => {
      try {
        const page = linearOnly(key.page, 'members');
        if (!isChannelId(key.parentId)) return pageOf([], page, 'm', 2, () => [], () => 0);
        let ids: string[];
        try {
          ids = await connection.api.callAll<string>(
            'conversations.members',
            { channel: key.parentId, limit: MEMBER_PAGE_SIZE },
            acting.token,
            'members',
          );
        } catch (error) {
          if (!isAbsent(error)) throw error;
          return pageOf([], page, 'm', 2, () => [], () => 0);
        }
        const users = await connection.users.load(ids);
        const members = ids.map((id) => users.get(id)).filter((user): user is UserRecord => Boolean(user)).sort(byNameThenId);
        return pageOf(members, page, 'm', 2, (user) => [user.name, user.id], nameCursorCompare);
      } catch (error) {
        return error as Error;
      }
    }),
  );
}

