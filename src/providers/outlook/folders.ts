import type { Actor, ChannelAccess, ChannelRecord, UserRecord } from '../model.js';
import type { BatchResult, Page, PageKey, PageRequest } from '../paging.js';
import type { Principal } from '../kit/graph/tokens.js';
import type { OutlookConnection } from './connection.js';
import { folderRecord, userRecord } from './map.js';
import { decodeCursor, emptyPage, encodeCursor, forwardOnly } from './pages.js';
import type { ReadSession } from './session.js';
import type { GraphList, GraphMailFolder } from './wire.js';

/**
 * Mail folders as channels (type MAILBOX): top-level folders, and child folders as subchannels. A mailbox is
 * a workspace of one person: whoever is linked to it reads and writes every folder; nobody else sees any.
 */

const byName = (a: ChannelRecord, b: ChannelRecord) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()) || a.id.localeCompare(b.id);

export async function listFolders(
  connection: OutlookConnection,
  session: ReadSession,
  principal: Principal | null,
  filter: { parentId: string | null; query: string | null },
  page: PageRequest,
): Promise<Page<ChannelRecord>> {
  const forward = forwardOnly(page, 'folders');
  if (!principal) return emptyPage();
  const answer = await connection.call<GraphList<GraphMailFolder>>(principal, filter.parentId ? connection.calls.childFolders(filter.parentId) : connection.calls.folders());
  const folders = answer.value ?? [];
  if (!filter.parentId && folders[0]?.parentFolderId) connection.rootFolderId = folders[0].parentFolderId;
  session.rememberFolders(folders);
  const query = filter.query?.toLowerCase() ?? null;
  const records = folders
    .filter((folder) => !folder.isHidden)
    .map((folder) => folderRecord(connection, folder))
    .filter((record) => query === null || record.name.toLowerCase().includes(query))
    .sort(byName);
  const cursor = forward.cursor ? decodeCursor(forward.cursor, 'n', 2) : null;
  const start = cursor ? records.findIndex((record) => byName(record, { ...record, name: String(cursor[0]), id: String(cursor[1]) }) > 0) : 0;
  const from = start < 0 ? records.length : start;
  const slice = records.slice(from, from + forward.limit);
  return { edges: slice.map((node) => ({ cursor: encodeCursor('n', node.name, node.id), node })), hasNextPage: from + forward.limit < records.length, hasPreviousPage: cursor !== null };
}

export async function loadFolders(connection: OutlookConnection, session: ReadSession, principal: Principal | null, ids: readonly string[]): BatchResult<ChannelRecord | null> {
  if (!principal) return ids.map(() => null);
  // The folders first, so that a cold connection learns the root folder (top-level folders have no parent)
  // inside their `$batch`.
  const [folders] = await Promise.all([session.loadFolders(principal, ids), connection.deletedItemsId(principal)]);
  return folders.map((folder) => (folder ? folderRecord(connection, folder) : null));
}

/** Unread counts straight from Graph's folder (`unreadItemCount`). */
export async function unreadCounts(session: ReadSession, principal: Principal | null, ids: readonly string[]): BatchResult<number> {
  if (!principal) return ids.map(() => 0);
  return (await session.loadFolders(principal, ids)).map((folder) => folder?.unreadItemCount ?? 0);
}

/** The mailbox's owner reads and writes every folder it has (from the request's folders); nobody else any. */
export async function folderAccess(connection: OutlookConnection, session: ReadSession, actor: Actor, ids: readonly string[]): BatchResult<ChannelAccess> {
  const principal = await connection.principalOf(actor);
  const found = principal ? await session.loadFolders(principal, ids) : ids.map(() => null);
  return ids.map((channelId, index) => {
    const mine = found[index] !== null;
    return { channelId, canRead: mine, canPost: mine, isMember: mine, isChannelAdmin: mine };
  });
}

/** A folder's "members": the mailbox itself (the person it belongs to), one entry, so a page after it is empty. */
export function folderMembers(connection: OutlookConnection, keys: readonly PageKey[]): Array<Page<UserRecord> | Error> {
  return keys.map((key) => {
    try {
      const page = forwardOnly(key.page, 'folder members');
      if (page.cursor !== null) {
        decodeCursor(page.cursor, 'n', 2);
        return emptyPage<UserRecord>();
      }
    } catch (error) {
      return error as Error;
    }
    return { edges: [{ cursor: encodeCursor('n', connection.selfId, connection.selfId), node: userRecord(connection, connection.selfId) }], hasNextPage: false, hasPreviousPage: false };
  });
}
