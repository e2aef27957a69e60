import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import type { FileStore } from '../../files/store.js';
import { notFound, SwitchboardError } from '../../errors.js';
import type { Actor, AudienceMember, ChannelAccess, ChannelRecord, MessageContent, MessageRecord, UserRecord, WorkspaceRecord } from '../model.js';
import type { BatchResult, ChildTree, ChildTreeKey, Page, PageKey, PageRequest } from '../paging.js';
import type { Capabilities } from '../capabilities.js';
import type { InboxFilter, MessagingProvider, SendMessageRequest, SendOnce } from '../provider.js';
import { accessOfMessageRows, channelAccessOf, loadAudience } from './audience.js';
import { builtinCapabilities } from './capabilities.js';
import {
  encodeKeyset,
  inboxChannelRow,
  selectChannelPage,
  selectMemberPages,
  selectMessagePages,
  selectChildTrees,
  selectMessages,
  selectMessagesWithAccess,
  selectTimelinePosition,
  selectUserPage,
  type RankedMessageRow,
} from './client.js';
import { isNativeId, wellFormed } from './ids.js';
import { EVERY_PART, partsKey, readsEveryPart, type MessageParts } from '../message-parts.js';
import { toChannel, toMessage, toUser, type MessageRow } from './map.js';
import { sharedReadsOf, type SharedReads } from './shared-reads.js';
import { BuiltinWrites } from './mutations.js';
import { BuiltinChannelAdmin } from './features/channel-admin.js';
import { BuiltinLinkPreviews } from './features/link-previews.js';
import { BuiltinPins } from './features/pins.js';
import { BuiltinReadState } from './features/read-state.js';
import { BuiltinScheduled } from './features/scheduled.js';
import { BuiltinSearch } from './features/search.js';
import { BuiltinThreadSubscriptions } from './features/thread-subscriptions.js';
import { BuiltinUploads } from './features/uploads.js';
import { byParent, decodeCursor, emptyPage, fillPages, fillTrees, linearOnly, toPage, treeOf, type LinearPage } from './pages.js';

/** How a server runs its built-in workspaces. */
export interface BuiltinOptions {
  /** Base of Switchboard's own URLs (PUBLIC_URL): links under it are internal link previews. */
  publicUrl?: string;
  /** Where uploads are stored (src/files/store.ts); without it the provider has no `uploads` part. */
  fileStore?: FileStore | null;
}

/**
 * The built-in workspace: Switchboard's own messaging provider, on PostgreSQL or PGlite. This class reads
 * and writes messages; each optional feature is a part assembled from ./features/ (one file per part).
 */
export class BuiltinProvider implements MessagingProvider {
  readonly provider = 'builtin' as const;
  readonly scheduled: BuiltinScheduled;
  readonly search: BuiltinSearch;
  readonly pins: BuiltinPins;
  readonly linkPreviews: BuiltinLinkPreviews;
  readonly readState: BuiltinReadState;
  readonly threadSubscriptions: BuiltinThreadSubscriptions;
  readonly channelAdmin: BuiltinChannelAdmin;
  /** Uploads need a file store; a provider opened without one (tools, the contract tests) has none. */
  readonly uploads?: BuiltinUploads;
  private readonly writes: BuiltinWrites;
  /** Reads merged with the other built-in workspaces' in one statement per level (./shared-reads.ts). */
  private readonly shared: SharedReads;
  /** Views that read fewer parts of message records, by parts (`forRequest`). */
  private readonly views = new Map<string, BuiltinProvider>();

  constructor(
    private readonly db: Kysely<Database>,
    readonly workspaceId: string,
    private readonly options: BuiltinOptions = {},
    /** The parts of message records this provider's reads return (every part unless a view). */
    private readonly parts: MessageParts = EVERY_PART,
  ) {
    this.shared = sharedReadsOf(db);
    // Writes and features answer with whole records, whatever the request reads.
    const loadMessages = (ids: readonly string[]) => this.readMessages(ids, EVERY_PART);
    this.writes = new BuiltinWrites(db, workspaceId, loadMessages);
    this.scheduled = new BuiltinScheduled(db, workspaceId);
    this.search = new BuiltinSearch(db, workspaceId, parts);
    this.pins = new BuiltinPins(db, workspaceId, loadMessages);
    this.linkPreviews = new BuiltinLinkPreviews(db, workspaceId, loadMessages, options.publicUrl ?? null);
    this.readState = new BuiltinReadState(db, workspaceId);
    this.threadSubscriptions = new BuiltinThreadSubscriptions(db, workspaceId);
    this.channelAdmin = new BuiltinChannelAdmin(db, workspaceId, (ids) => this.loadChannels(ids), loadMessages);
    if (options.fileStore) this.uploads = new BuiltinUploads(db, workspaceId, options.fileStore);
  }

  /** A view whose reads leave out the parts of message records the request does not read. */
  forRequest(_actor: () => Promise<Actor | null>, parts: MessageParts = EVERY_PART): MessagingProvider {
    if (readsEveryPart(parts)) return this;
    const key = partsKey(parts);
    let view = this.views.get(key);
    if (!view) {
      view = new BuiltinProvider(this.db, this.workspaceId, this.options, parts);
      this.views.set(key, view);
    }
    return view;
  }

  capabilities(): Capabilities {
    return this.uploads ? builtinCapabilities : { ...builtinCapabilities, attachmentUpload: false };
  }

  async workspace(): Promise<WorkspaceRecord> {
    const [row] = await this.shared.workspaces.load(this.workspaceId, null);
    if (!row) throw notFound('Workspace', this.workspaceId);
    return { id: row.id, provider: 'builtin', name: row.name, webUrl: null };
  }

  async userForAccount(accountId: string): Promise<UserRecord | null> {
    const [row] = await this.shared.viewerUsers.load(this.workspaceId, accountId);
    return row ? toUser(row) : null;
  }

  async loadUsers(ids: readonly string[]): BatchResult<UserRecord | null> {
    const rows = await this.shared.users.load(this.workspaceId, wellFormed(ids));
    return inKeyOrder(ids, rows.map(toUser));
  }

  async loadChannels(ids: readonly string[]): BatchResult<ChannelRecord | null> {
    const rows = await this.shared.channels.load(this.workspaceId, { ids: wellFormed(ids), viewerUserId: null });
    return inKeyOrder(ids, rows.map(toChannel));
  }

  loadMessages(ids: readonly string[]): BatchResult<MessageRecord | null> {
    return this.readMessages(ids, this.parts);
  }

  private async readMessages(ids: readonly string[], parts: MessageParts): Promise<Array<MessageRecord | null>> {
    const rows = await selectMessages(this.db, this.workspaceId, wellFormed(ids), parts);
    return inKeyOrder(ids, rows.map(toMessage));
  }

  async loadMessagesWithAccess(actor: Actor, ids: readonly string[]): Promise<{ messages: Array<MessageRecord | null>; access: ChannelAccess[] }> {
    const rows = await selectMessagesWithAccess(this.db, this.workspaceId, actor.userId, wellFormed(ids), this.parts);
    return { messages: inKeyOrder(ids, rows.map(toMessage)), access: accessOfMessageRows(rows) };
  }

  async loadChannelAccess(actor: Actor, channelIds: readonly string[]): BatchResult<ChannelAccess> {
    // Read with the channels asked for in the same turn (./shared-reads.ts): a lookup of a channel and of the
    // viewer's access to it is one statement.
    const rows = await this.shared.channels.load(this.workspaceId, { ids: wellFormed(channelIds), viewerUserId: actor.userId });
    const byId = new Map(rows.map((row) => [row.id, { archived_at: row.archived_at, member_role: row.roles?.[actor.userId] ?? null }]));
    return channelIds.map((channelId) => channelAccessOf(channelId, byId.get(channelId.toLowerCase())));
  }

  loadAudience(accountIds: readonly string[], channelIds: readonly string[]): BatchResult<AudienceMember> {
    return loadAudience(this.db, this.workspaceId, accountIds, channelIds);
  }

  async listChannels(
    actor: Actor,
    filter: { parentId: string | null; query: string | null; includeArchived: boolean },
    page: PageRequest,
  ): Promise<Page<ChannelRecord>> {
    const linear = linearOnly(page, 'channels');
    if (filter.parentId !== null && !isNativeId(filter.parentId)) return emptyPage();
    const rows = await selectChannelPage(this.db, this.workspaceId, actor.userId, filter, linear, decodeCursor(linear));
    const listed = toPage(rows, linear, (row) => ({ cursor: encodeKeyset(row.name, row.id), node: toChannel(row) }));
    return { ...listed, access: rows.map((row) => channelAccessOf(row.id, row)) };
  }

  async listUsers(filter: { query: string | null }, page: PageRequest): Promise<Page<UserRecord>> {
    const linear = linearOnly(page, 'users');
    const rows = await selectUserPage(this.db, this.workspaceId, filter.query, linear, decodeCursor(linear));
    return toPage(rows, linear, (row) => ({ cursor: encodeKeyset(row.display_name, row.id), node: toUser(row) }));
  }

  listChannelMembers(keys: readonly PageKey[]): BatchResult<Page<UserRecord>> {
    return fillPages(keys, async (channelIds, page) => {
      const linear = linearOnly(page, 'members');
      const rows = await selectMemberPages(this.db, this.workspaceId, wellFormed(channelIds), linear, decodeCursor(linear));
      return mapPages(byParent(rows), linear, (row) => ({
        cursor: encodeKeyset(row.display_name, row.id),
        node: toUser(row),
      }));
    });
  }

  listChannelMessages(keys: readonly PageKey[]): BatchResult<Page<MessageRecord>> {
    return fillPages(keys, async (channelIds, page) => {
      if (page.direction === 'around') {
        const pages = await Promise.all(
          channelIds.map((id) => this.around(id, page.anchorId, page.limit).catch((error: Error) => error)),
        );
        return new Map(channelIds.map((id, index) => [id, pages[index]]));
      }
      return this.messagePages('channel', channelIds, page);
    });
  }

  listChildren(keys: readonly PageKey[]): BatchResult<Page<MessageRecord>> {
    return fillPages(keys, (messageIds, page) => this.messagePages('children', messageIds, linearOnly(page, 'replies')));
  }

  listChildTrees(keys: readonly ChildTreeKey[]): BatchResult<ChildTree<MessageRecord>> {
    return fillTrees(keys, async (parentIds, requested) => {
      const pages = requested.map((page) => linearOnly(page, 'replies'));
      if (pages.some((page, level) => page.direction !== 'forward' || (level > 0 && page.cursor !== null))) {
        throw new SwitchboardError('VALIDATION_ERROR', 'Nested replies read forward, from the start below the first level.');
      }
      const rows = await this.shared.page(
        selectChildTrees(this.db, this.workspaceId, wellFormed(parentIds), pages.map((page) => page.limit), decodeCursor(pages[0], 'timestamp'), this.parts),
      );
      const children = byParent(rows);
      return (parentId) => treeOf(parentId, pages, (parent, page) => toPage(children.get(parent) ?? [], page, messageEdge));
    });
  }

  listDescendants(keys: readonly PageKey[]): BatchResult<Page<MessageRecord>> {
    return fillPages(keys, (messageIds, page) => this.messagePages('descendants', messageIds, linearOnly(page, 'replies')));
  }

  async listInbox(actor: Actor, filter: InboxFilter, page: { limit: number; cursor: string | null }): Promise<Page<MessageRecord>> {
    const linear: LinearPage = { direction: 'forward', ...page };
    const narrowed: InboxFilter = {
      ...filter,
      channelIds: filter.channelIds && wellFormed(filter.channelIds),
      authorIds: filter.authorIds && wellFormed(filter.authorIds),
    };
    const rows = await this.shared.inboxPage(this.workspaceId, { actorUserId: actor.userId, filter: narrowed, limit: page.limit, cursor: decodeCursor(linear, 'timestamp'), parts: this.parts });
    const access = accessOfMessageRows(rows);
    const channels = new Map(rows.map((row) => [row.channel_id, toChannel(inboxChannelRow(row))]));
    return { ...toPage(rows, linear, messageEdge), access, channels: [...channels.values()] };
  }

  async sendMessage(actor: Actor, request: SendMessageRequest, once: SendOnce | null = null): Promise<MessageRecord> {
    // The first link becomes the message's preview (./features/link-previews.ts).
    return this.linkPreviews.afterWrite(await this.writes.send(actor, request, once), request.content.text, false);
  }
  /** The key is recorded in the message's own transaction (src/store/idempotency.ts). */
  sendMessageOnce(actor: Actor, request: SendMessageRequest, once: SendOnce): Promise<MessageRecord> {
    return this.sendMessage(actor, request, once);
  }


  async updateMessage(actor: Actor, messageId: string, content: MessageContent): Promise<MessageRecord> {
    return this.linkPreviews.afterWrite(await this.writes.update(actor, messageId, content), content.text, true);
  }

  deleteMessage(actor: Actor, messageId: string): Promise<MessageRecord> {
    return this.writes.delete(actor, messageId);
  }

  addReaction(actor: Actor, messageId: string, emoji: string): Promise<MessageRecord> {
    return this.writes.addReaction(actor, messageId, emoji);
  }

  removeReaction(actor: Actor, messageId: string, emoji: string): Promise<MessageRecord> {
    return this.writes.removeReaction(actor, messageId, emoji);
  }

  private async messagePages(
    kind: 'channel' | 'children' | 'descendants',
    parentIds: string[],
    page: LinearPage,
  ): Promise<Map<string, Page<MessageRecord>>> {
    const cursor = decodeCursor(page, 'timestamp');
    const rows = await this.shared.page(selectMessagePages(this.db, this.workspaceId, kind, wellFormed(parentIds), page, cursor, this.parts));
    return mapPages(byParent(rows), page, messageEdge);
  }

  /** The page of a channel's timeline centred on one message: newer half, the message, older half. */
  private async around(channelId: string, anchorId: string, limit: number): Promise<Page<MessageRecord>> {
    const position = isNativeId(anchorId) ? await selectTimelinePosition(this.db, this.workspaceId, anchorId) : undefined;
    if (!position || position.channel_id !== channelId) throw notFound('Message', anchorId);
    if (!position.in_timeline) {
      throw new SwitchboardError(
        'VALIDATION_ERROR',
        'around: the message is a thread reply that is not shown in the channel; open its thread instead.',
      );
    }
    const cursor = encodeKeyset(position.created_at, anchorId);
    const newerLimit = Math.floor((limit - 1) / 2);
    const [newer, older, anchor] = await Promise.all([
      // Even with no room for newer messages, reading one row tells whether any exist.
      this.messagePages('channel', [channelId], { direction: 'backward', limit: newerLimit, cursor }),
      this.messagePages('channel', [channelId], { direction: 'forward', limit: limit - newerLimit - 1, cursor }),
      selectMessages(this.db, this.workspaceId, [anchorId], this.parts),
    ]);
    const newerPage = newer.get(channelId) ?? emptyPage();
    const olderPage = older.get(channelId) ?? emptyPage();
    return {
      edges: [...newerPage.edges, messageEdge(anchor[0]), ...olderPage.edges],
      hasPreviousPage: newerPage.hasPreviousPage,
      hasNextPage: olderPage.hasNextPage,
    };
  }
}

function messageEdge(row: MessageRow | RankedMessageRow) {
  return { cursor: encodeKeyset(row.created_at, row.id), node: toMessage(row) };
}

function mapPages<Row, Node>(
  groups: Map<string, Row[]>,
  page: LinearPage,
  toEdge: (row: Row) => { cursor: string; node: Node },
): Map<string, Page<Node>> {
  return new Map([...groups].map(([parentId, rows]) => [parentId, toPage(rows, page, toEdge)]));
}

/** Puts records in the keys' order, null where a key matched nothing (dataloader's contract). */
function inKeyOrder<T extends { id: string }>(ids: readonly string[], records: T[]): Array<T | null> {
  const byId = new Map(records.map((record) => [record.id, record]));
  // PostgreSQL prints uuids in lower case; a key may come in either.
  return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
}
