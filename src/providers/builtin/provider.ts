import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import type { FileStore } from '../../files/store.js';
import { notFound, SwitchboardError } from '../../errors.js';
import type { Actor, AttachmentRecord, AudienceMember, ChannelAccess, ChannelRecord, LinkMetadata, MessageContent, MessageRecord, UserRecord, WorkspaceRecord } from '../model.js';
import type { AttachmentPlacement, FileUpload } from '../features/files.js';
import type { BatchResult, Page, PageKey, PageRequest } from '../paging.js';
import type { Capabilities } from '../capabilities.js';
import type { ChannelChange, CreateChannelRequest, JoinableChannelRecord } from '../features/channels.js';
import type { InboxFilter, MessagingProvider, SendMessageRequest } from '../provider.js';
import type { PinResult, SearchRequest, SearchResultPage } from '../features/search.js';
import type { ScheduledDeliveryOutcome, ScheduledMessageChanges, ScheduledMessageRecord, ScheduledMessageStatus, ScheduleMessageRequest } from '../features/scheduled.js';
import type { ThreadPage, ThreadStateRecord, ThreadSubscriptionStatus, UnreadChannelRecord, UnreadMark } from '../features/read-state.js';
import { channelAccessOf, loadAudience } from './audience.js';
import { builtinCapabilities } from './capabilities.js';
import {
  encodeKeyset,
  selectChannelAccess,
  selectChannelPage,
  selectChannels,
  selectInboxPage,
  selectMemberPages,
  selectMessagePages,
  selectMessages,
  selectTimelinePosition,
  selectUserPage,
  selectUsers,
  type RankedMessageRow,
} from './client.js';
import { isNativeId, wellFormed } from './ids.js';
import { toChannel, toMessage, toUser, type MessageRow } from './map.js';
import { BuiltinWrites } from './mutations.js';
import { BuiltinChannelOps } from './channel-ops.js';
import { BuiltinFiles } from './files.js';
import { BuiltinLinkPreviews } from './link-previews.js';
import { BuiltinPins } from './pins.js';
import { BuiltinSearch } from './search.js';
import { BuiltinReadState } from './read-state.js';
import { BuiltinScheduled } from './scheduled.js';
import { BuiltinThreads } from './threads.js';
import { byParent, decodeCursor, emptyPage, fillPages, toPage, type LinearPage } from './pages.js';

/** How a server runs its built-in workspaces. */
export interface BuiltinOptions {
  /** Base of Switchboard's own URLs (PUBLIC_URL): links under it are internal link previews. */
  publicUrl?: string;
  /** Where uploads are stored (src/files/store.ts); without it, uploads answer UNSUPPORTED. */
  fileStore?: FileStore | null;
}

/** The built-in workspace: Switchboard's own messaging provider, on PostgreSQL or PGlite. */
export class BuiltinProvider implements MessagingProvider {
  readonly provider = 'builtin' as const;
  private readonly writes: BuiltinWrites;
  private readonly readState: BuiltinReadState;
  private readonly threads: BuiltinThreads;
  private readonly scheduled: BuiltinScheduled;
  private readonly search: BuiltinSearch;
  private readonly pins: BuiltinPins;
  private readonly previews: BuiltinLinkPreviews;
  private readonly channelOps: BuiltinChannelOps;
  private readonly files: BuiltinFiles;

  constructor(
    private readonly db: Kysely<Database>,
    readonly workspaceId: string,
    options: BuiltinOptions = {},
  ) {
    this.writes = new BuiltinWrites(db, workspaceId, (ids) => this.loadMessages(ids));
    this.readState = new BuiltinReadState(db, workspaceId);
    this.threads = new BuiltinThreads(db, workspaceId);
    this.scheduled = new BuiltinScheduled(db, workspaceId);
    this.search = new BuiltinSearch(db, workspaceId);
    this.pins = new BuiltinPins(db, workspaceId, (ids) => this.loadMessages(ids));
    this.previews = new BuiltinLinkPreviews(db, workspaceId, (ids) => this.loadMessages(ids), options.publicUrl ?? null);
    this.channelOps = new BuiltinChannelOps(db, workspaceId, (ids) => this.loadChannels(ids), (ids) => this.loadMessages(ids));
    this.files = new BuiltinFiles(db, workspaceId, options.fileStore ?? null);
  }

  capabilities(): Capabilities {
    // Uploads need a file store; a provider opened without one (tools, the contract tests) does not claim them.
    return this.files.enabled ? builtinCapabilities : { ...builtinCapabilities, attachmentUpload: false };
  }

  async workspace(): Promise<WorkspaceRecord> {
    const row = await this.db
      .selectFrom('workspaces')
      .select(['id', 'name'])
      .where('id', '=', this.workspaceId)
      .executeTakeFirst();
    if (!row) throw notFound('Workspace', this.workspaceId);
    return { id: row.id, provider: 'builtin', name: row.name, webUrl: null };
  }

  async userForAccount(accountId: string): Promise<UserRecord | null> {
    const row = await this.db
      .selectFrom('users')
      .select(['id', 'workspace_id', 'name', 'display_name', 'email', 'avatar_url', 'is_bot', 'role'])
      .where('workspace_id', '=', this.workspaceId)
      .where('account_id', '=', accountId)
      .executeTakeFirst();
    return row ? toUser(row) : null;
  }

  async loadUsers(ids: readonly string[]): BatchResult<UserRecord | null> {
    const rows = await selectUsers(this.db, this.workspaceId, wellFormed(ids));
    return inKeyOrder(ids, rows.map(toUser));
  }

  async loadChannels(ids: readonly string[]): BatchResult<ChannelRecord | null> {
    const rows = await selectChannels(this.db, this.workspaceId, wellFormed(ids));
    return inKeyOrder(ids, rows.map(toChannel));
  }

  async loadMessages(ids: readonly string[]): BatchResult<MessageRecord | null> {
    const rows = await selectMessages(this.db, this.workspaceId, wellFormed(ids));
    return inKeyOrder(ids, rows.map(toMessage));
  }

  async loadChannelAccess(actor: Actor, channelIds: readonly string[]): BatchResult<ChannelAccess> {
    const rows = await selectChannelAccess(this.db, this.workspaceId, actor.userId, wellFormed(channelIds));
    const byId = new Map(rows.map((row) => [row.id, row]));
    return channelIds.map((channelId) => channelAccessOf(channelId, byId.get(channelId)));
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
    return toPage(rows, linear, (row) => ({ cursor: encodeKeyset(row.name, row.id), node: toChannel(row) }));
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
    const rows = await selectInboxPage(this.db, this.workspaceId, actor.userId, narrowed, page.limit, decodeCursor(linear, 'timestamp'));
    return toPage(rows, linear, messageEdge);
  }

  async sendMessage(actor: Actor, request: SendMessageRequest): Promise<MessageRecord> {
    // The first link becomes the message's preview (./link-previews.ts).
    return this.previews.afterWrite(await this.writes.send(actor, request), request.content.text, false);
  }

  async updateMessage(actor: Actor, messageId: string, content: MessageContent): Promise<MessageRecord> {
    return this.previews.afterWrite(await this.writes.update(actor, messageId, content), content.text, true);
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

  // ── Read state and thread subscriptions: ./read-state.ts (channels) and ./threads.ts ───────────────
  loadChannelUnreadCounts(actor: Actor, channelIds: readonly string[]): BatchResult<number> {
    return this.readState.loadChannelUnreadCounts(actor, channelIds);
  }

  loadUnreadFlags(actor: Actor, messageIds: readonly string[]): BatchResult<boolean> {
    return this.readState.loadUnreadFlags(actor, messageIds);
  }

  loadThreadSubscriptions(actor: Actor, rootIds: readonly string[]): BatchResult<ThreadSubscriptionStatus> {
    return this.threads.loadThreadSubscriptions(actor, rootIds);
  }

  loadThreadStates(actor: Actor, rootIds: readonly string[]): BatchResult<ThreadStateRecord> {
    return this.threads.loadThreadStates(actor, rootIds);
  }

  listUnreadChannels(actor: Actor, page: { limit: number; cursor: string | null }): Promise<Page<UnreadChannelRecord>> {
    return this.readState.listUnreadChannels(actor, page);
  }

  listUnreadMessages(actor: Actor, keys: readonly PageKey[]): BatchResult<Page<MessageRecord>> {
    return this.readState.listUnreadMessages(actor, keys);
  }

  listFollowedThreads(actor: Actor, page: { limit: number; cursor: string | null }): Promise<ThreadPage> {
    return this.threads.listFollowedThreads(actor, page);
  }

  markChannelRead(actor: Actor, channelId: string, messageId: string | null): Promise<void> {
    return this.readState.markChannelRead(actor, channelId, messageId);
  }

  markUnread(actor: Actor, messageId: string): Promise<UnreadMark> {
    return this.readState.markUnread(actor, messageId);
  }

  markThreadRead(actor: Actor, rootId: string, replyId: string | null): Promise<void> {
    return this.threads.markThreadRead(actor, rootId, replyId);
  }

  setThreadSubscription(actor: Actor, rootId: string, status: ThreadSubscriptionStatus): Promise<void> {
    return this.threads.setThreadSubscription(actor, rootId, status);
  }

  // ── Scheduled messages: ./scheduled.ts (delivered by src/scheduler/) ─────────────────────────────────
  scheduleMessage(actor: Actor, request: ScheduleMessageRequest): Promise<ScheduledMessageRecord> {
    return this.scheduled.schedule(actor, request);
  }

  listScheduledMessages(
    actor: Actor,
    filter: { statuses: ScheduledMessageStatus[] },
    page: { limit: number; cursor: string | null },
  ): Promise<Page<ScheduledMessageRecord>> {
    return this.scheduled.list(actor, filter.statuses, page);
  }

  loadScheduledMessages(actor: Actor, ids: readonly string[]): BatchResult<ScheduledMessageRecord | null> {
    return this.scheduled.load(actor, ids);
  }

  updateScheduledMessage(actor: Actor, id: string, changes: ScheduledMessageChanges): Promise<ScheduledMessageRecord> {
    return this.scheduled.update(actor, id, changes);
  }

  cancelScheduledMessage(actor: Actor, id: string): Promise<ScheduledMessageRecord> {
    return this.scheduled.cancel(actor, id);
  }

  claimScheduledMessage(actor: Actor, id: string): Promise<ScheduledMessageRecord> {
    return this.scheduled.claim(actor, id);
  }

  finishScheduledMessage(actor: Actor, id: string, outcome: ScheduledDeliveryOutcome): Promise<ScheduledMessageRecord> {
    return this.scheduled.finish(actor, id, outcome);
  }

  // ── Search, pins and link previews: ./search.ts, ./pins.ts, ./link-previews.ts ──────────────────────
  async searchMessages(actor: Actor, request: SearchRequest): Promise<SearchResultPage> {
    // A malformed channel or author id names nothing here, so nothing matches.
    const malformed = [request.channelId, request.authorId].some((id) => id !== null && !isNativeId(id));
    return malformed ? { hits: [], totalCount: 0, hasMore: false } : this.search.search(actor, request);
  }

  pinMessage(actor: Actor, messageId: string): Promise<PinResult> {
    return this.pins.pin(actor, messageId);
  }

  unpinMessage(actor: Actor, messageId: string): Promise<MessageRecord> {
    return this.pins.unpin(actor, messageId);
  }

  listPins(keys: readonly PageKey[]): BatchResult<Page<MessageRecord>> {
    return this.pins.list(keys);
  }

  removeLinkPreview(_actor: Actor, messageId: string): Promise<MessageRecord> {
    return this.previews.remove(messageId);
  }

  completeLinkPreview(messageId: string, url: string, metadata: LinkMetadata | null): Promise<MessageRecord | null> {
    return this.previews.complete(messageId, url, metadata);
  }

  // ── Channels and files: ./channel-ops.ts and ./files.ts ──────────────────────────────────────────────
  createChannel(actor: Actor, request: CreateChannelRequest): Promise<ChannelChange> {
    return this.channelOps.create(actor, request);
  }

  renameChannel(actor: Actor, channelId: string, name: string): Promise<ChannelChange> {
    return this.channelOps.rename(actor, channelId, name);
  }

  archiveChannel(actor: Actor, channelId: string): Promise<ChannelChange> {
    return this.channelOps.archive(actor, channelId);
  }

  unarchiveChannel(actor: Actor, channelId: string): Promise<ChannelChange> {
    return this.channelOps.unarchive(actor, channelId);
  }

  joinChannel(actor: Actor, channelId: string): Promise<ChannelChange> {
    return this.channelOps.join(actor, channelId);
  }

  leaveChannel(actor: Actor, channelId: string): Promise<ChannelChange> {
    return this.channelOps.leave(actor, channelId);
  }

  inviteToChannel(actor: Actor, channelId: string, userIds: readonly string[]): Promise<ChannelChange> {
    return this.channelOps.invite(actor, channelId, userIds);
  }

  listJoinableChannels(actor: Actor, filter: { query: string | null }, page: PageRequest): Promise<Page<JoinableChannelRecord>> {
    return this.channelOps.listJoinable(actor, filter.query, linearOnly(page, 'joinable channels'));
  }

  uploadFile(actor: Actor, upload: FileUpload): Promise<AttachmentRecord> {
    return this.files.upload(actor, upload);
  }

  loadAttachments(ids: readonly string[]): BatchResult<AttachmentPlacement | null> {
    return this.files.load(ids);
  }

  private async messagePages(
    kind: 'channel' | 'children' | 'descendants',
    parentIds: string[],
    page: LinearPage,
  ): Promise<Map<string, Page<MessageRecord>>> {
    const cursor = decodeCursor(page, 'timestamp');
    const rows = await selectMessagePages(this.db, this.workspaceId, kind, wellFormed(parentIds), page, cursor);
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
      selectMessages(this.db, this.workspaceId, [anchorId]),
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

function linearOnly(page: PageRequest, list: string): LinearPage {
  if (page.direction === 'around') {
    throw new SwitchboardError('VALIDATION_ERROR', `around is only supported on channel messages, not on ${list}.`);
  }
  return page;
}

/** Puts records in the keys' order, null where a key matched nothing (dataloader's contract). */
function inKeyOrder<T extends { id: string }>(ids: readonly string[], records: T[]): Array<T | null> {
  const byId = new Map(records.map((record) => [record.id, record]));
  // PostgreSQL prints uuids in lower case; a key may come in either.
  return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
}
