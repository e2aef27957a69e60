import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import type { AudienceMember, ChannelAccess } from '../model.js';
import type { BatchResult } from '../paging.js';
import type { AccessRow } from './client.js';
import { wellFormed } from './ids.js';

/**
 * The built-in workspace's access rule, in one place for one viewer (loadChannelAccess) and for many
 * (loadAudience): a user sees the channels it is a member of, public and private alike. Public channels
 * differ in who may join them, not in who may read them without joining.
 */
export function channelAccessOf(channelId: string, row: Pick<AccessRow, 'archived_at' | 'member_role'> | undefined): ChannelAccess {
  const isMember = row?.member_role != null;
  return {
    channelId,
    canRead: isMember,
    canPost: row !== undefined && isMember && row.archived_at === null,
    isMember,
    isChannelAdmin: row?.member_role === 'ADMIN',
  };
}

/** Rows that carry their message's channel and the viewer's access to it (`messageAccessColumns`). */
export interface MessageAccessRow {
  channel_id: string;
  channel_archived_at: Date | null;
  member_role: AccessRow['member_role'];
}

/** The viewer's access to the channels of `rows`, one entry per channel (a page's `access`). */
export function accessOfMessageRows(rows: readonly MessageAccessRow[]): ChannelAccess[] {
  const byChannel = new Map(rows.map((row) => [row.channel_id, { archived_at: row.channel_archived_at, member_role: row.member_role }]));
  return [...byChannel].map(([channelId, row]) => channelAccessOf(channelId, row));
}

interface AudienceRow {
  account_id: string;
  user_id: string;
  channel_id: string | null;
  archived_at: Date | null;
  member_role: 'ADMIN' | 'MEMBER' | null;
}

/**
 * Each account's user in the workspace and its access to `channelIds`, for any number of accounts in one
 * statement (an event's audience: every subscriber at once).
 */
export async function loadAudience(
  db: Kysely<Database>,
  workspaceId: string,
  accountIds: readonly string[],
  channelIds: readonly string[],
): BatchResult<AudienceMember> {
  const accounts = wellFormed(accountIds);
  const channels = wellFormed(channelIds);
  const rows =
    accounts.length === 0
      ? []
      : (
          await sql<AudienceRow>`
            select u.account_id, u.id as user_id, c.id as channel_id, c.archived_at, cm.role as member_role
              from users u
              left join channels c on c.workspace_id = u.workspace_id and c.id = any(${channels}::uuid[])
              left join channel_members cm on cm.channel_id = c.id and cm.user_id = u.id
             where u.workspace_id = ${workspaceId} and u.account_id = any(${accounts}::uuid[])`.execute(db)
        ).rows;
  const byAccount = new Map<string, { userId: string; rows: Map<string, AudienceRow> }>();
  for (const row of rows) {
    const entry = byAccount.get(row.account_id) ?? { userId: row.user_id, rows: new Map() };
    if (row.channel_id) entry.rows.set(row.channel_id, row);
    byAccount.set(row.account_id, entry);
  }
  return accountIds.map((accountId) => {
    const entry = byAccount.get(accountId);
    return {
      accountId,
      userId: entry?.userId ?? null,
      // No user here: no access, exactly like loadChannelAccess without an actor.
      access: channelIds.map((channelId) => channelAccessOf(channelId, entry?.rows.get(channelId))),
    };
  });
}
