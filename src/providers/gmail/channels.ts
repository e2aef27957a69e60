import type { Actor, AudienceMember, ChannelAccess, ChannelRecord, UserRecord } from '../model.js';
import type { BatchResult, Page, PageKey, PageRequest } from '../paging.js';
import type { GmailConnection } from './connection.js';
import { isAddressId } from './ids.js';
import { emptyPage, offsetPage } from './pages.js';

/**
 * Labels as channels, access, and users. A mailbox belongs to one person: the accounts linked to it read
 * and write every label; nobody else sees anything (their access is "does not exist").
 */

export async function ownerActs(connection: GmailConnection, actor: Actor | null): Promise<boolean> {
  return actor !== null && actor.userId === connection.mailbox && (await connection.options.isLinked(actor.accountId));
}

export async function loadChannels(connection: GmailConnection, ids: readonly string[]): BatchResult<ChannelRecord | null> {
  const channels = new Map((await connection.channels()).map((channel) => [channel.id, channel]));
  return ids.map((id) => channels.get(id) ?? null);
}

export async function loadChannelAccess(connection: GmailConnection, actor: Actor, channelIds: readonly string[]): BatchResult<ChannelAccess> {
  const owner = await ownerActs(connection, actor);
  const known = owner ? new Set((await connection.channels()).map((channel) => channel.id)) : new Set<string>();
  return channelIds.map((channelId) => {
    const can = known.has(channelId);
    return { channelId, canRead: can, canPost: can, isMember: can, isChannelAdmin: false };
  });
}

export async function loadAudience(connection: GmailConnection, accountIds: readonly string[], channelIds: readonly string[]): BatchResult<AudienceMember> {
  const known = new Set((await connection.channels()).map((channel) => channel.id));
  return Promise.all(
    accountIds.map(async (accountId) => {
      const linked = await connection.options.isLinked(accountId);
      return {
        accountId,
        userId: linked ? connection.mailbox : null,
        access: channelIds.map((channelId) => {
          const can = linked && known.has(channelId);
          return { channelId, canRead: can, canPost: can, isMember: can, isChannelAdmin: false };
        }),
      };
    }),
  );
}

export async function listChannels(
  connection: GmailConnection,
  actor: Actor,
  filter: { parentId: string | null; query: string | null },
  page: PageRequest,
): Promise<Page<ChannelRecord>> {
  if (!(await ownerActs(connection, actor))) return emptyPage();
  const query = filter.query?.toLowerCase() ?? null;
  const channels = (await connection.channels())
    .filter((channel) => (query ? channel.name.toLowerCase().includes(query) : channel.parentId === filter.parentId))
    .sort((a, b) => a.name.localeCompare(b.name));
  return offsetPage(channels, page);
}

export function loadUsers(connection: GmailConnection, ids: readonly string[]): Array<UserRecord | null> {
  return ids.map((id) => (isAddressId(id) ? connection.user(id) : null));
}

/** Mail has no user directory: the only user listed is the mailbox's owner. */
export function listUsers(connection: GmailConnection, filter: { query: string | null }, page: PageRequest): Page<UserRecord> {
  const owner = connection.user(connection.mailbox);
  const query = filter.query?.toLowerCase();
  return offsetPage(!query || owner.id.includes(query) || owner.name.toLowerCase().includes(query) ? [owner] : [], page);
}

export async function listChannelMembers(connection: GmailConnection, keys: readonly PageKey[]): BatchResult<Page<UserRecord>> {
  const known = new Set((await connection.channels()).map((channel) => channel.id));
  return keys.map((key) => offsetPage(known.has(key.parentId) ? [connection.user(connection.mailbox)] : [], key.page));
}
