import { SwitchboardError } from '../../errors.js';
import type { Actor, MessageRecord } from '../model.js';
import type { BatchResult, Page, PageKey } from '../paging.js';
import type { ReadState, UnreadChannelRecord, UnreadMark } from '../features/read-state.js';
import { uncached } from './client.js';
import type { OutlookConnection } from './connection.js';
import type { Principal } from '../kit/graph/tokens.js';
import { listFolders, loadFolders } from './folders.js';
import { loadMessages, recordsOf } from './reads.js';
import { emptyPage, forwardOnly, oldestFirstPage } from './pages.js';
import type { ReadSession } from './session.js';
import type { GraphList, GraphMessage } from './wire.js';

/**
 * Read state is Outlook's own (NATIVE): each message's `isRead`, each folder's `unreadItemCount`. Marking a
 * folder read PATCHes its unread mail (20 to a `$batch`); marking a message unread PATCHes that one.
 */
export class OutlookReadState implements ReadState {
  constructor(
    private readonly connection: OutlookConnection,
    private readonly session: () => ReadSession,
  ) {}

  async loadChannelUnreadCounts(actor: Actor, channelIds: readonly string[]): BatchResult<number> {
    const principal = await this.connection.principalOf(actor);
    if (!principal) return channelIds.map(() => 0);
    return (await this.session().loadFolders(principal, channelIds)).map((folder) => folder?.unreadItemCount ?? 0);
  }

  async loadUnreadFlags(actor: Actor, messageIds: readonly string[]): BatchResult<boolean> {
    const principal = await this.connection.principalOf(actor);
    if (!principal) return messageIds.map(() => false);
    const found = await this.session().loadMessages(principal, messageIds);
    return messageIds.map((id) => {
      const message = found.get(id);
      return !!message && !message.isRead && (message.from?.emailAddress.address ?? '').toLowerCase() !== this.connection.selfId;
    });
  }

  async listUnreadChannels(actor: Actor, page: { limit: number; cursor: string | null }): Promise<Page<UnreadChannelRecord>> {
    const principal = await this.connection.principalOf(actor);
    if (!principal) return emptyPage();
    const folders = await listFolders(this.connection, this.session(), principal, { parentId: null, query: null }, { direction: 'forward', limit: 1000, cursor: null });
    const counts = await this.loadChannelUnreadCounts(actor, folders.edges.map((edge) => edge.node.id));
    const all = folders.edges.map((edge, index) => ({ cursor: edge.cursor, node: { channel: edge.node, unreadCount: counts[index] as number } }));
    // A cursor names a folder (which may have been read since): the page goes on after it; anything else is no cursor of ours.
    const after = page.cursor === null ? -1 : all.findIndex((edge) => edge.cursor === page.cursor);
    if (page.cursor !== null && after < 0) throw new SwitchboardError('VALIDATION_ERROR', `Cursor ${JSON.stringify(page.cursor)} is not a valid cursor.`);
    const unread = all.filter((edge, index) => index > after && edge.node.unreadCount > 0);
    return { edges: unread.slice(0, page.limit), hasNextPage: page.limit < unread.length, hasPreviousPage: after >= 0 };
  }

  async listUnreadMessages(actor: Actor, keys: readonly PageKey[]): BatchResult<Page<MessageRecord>> {
    const principal = await this.connection.principalOf(actor);
    if (!principal) return keys.map(() => emptyPage());
    const answers = await this.connection.batch(principal, keys.map((key) => this.connection.calls.folderMessages(key.parentId, 1000, null, 'isRead eq false')));
    return Promise.all(
      keys.map(async (key, index) => {
        forwardOnly(key.page, 'unread messages');
        const answer = answers[index];
        if (answer instanceof Error) return answer;
        const mail = ((answer as GraphList<GraphMessage>).value ?? []).filter((message) => !message.isDraft).reverse();
        const records = (await recordsOf(this.connection, this.session(), principal, mail)).filter((record): record is MessageRecord => record !== null && record.authorId !== this.connection.selfId);
        return oldestFirstPage(records, key.page, 'unread messages');
      }),
    );
  }

  async markChannelRead(actor: Actor, channelId: string, messageId: string | null): Promise<void> {
    const principal = await this.connection.writer(actor);
    const [folder] = await loadFolders(this.connection, this.session(), principal, [channelId]);
    if (!folder || folder instanceof Error) throw new SwitchboardError('NOT_FOUND', `Folder ${channelId} was not found.`);
    let upTo: string | null = null;
    if (messageId) {
      const [message] = await loadMessages(this.connection, this.session(), principal, [messageId]);
      if (!message || message instanceof Error || message.channelId !== channelId) throw new SwitchboardError('NOT_FOUND', `Message ${messageId} is not in folder ${channelId}.`);
      upTo = message.createdAt.toISOString();
    }
    // What is unread now, from Graph (never the read cache): the PATCHes are decided on it.
    const answer = await this.connection.call<GraphList<GraphMessage>>(principal, uncached(this.connection.calls.folderMessages(channelId, 1000, upTo, 'isRead eq false')));
    await this.setRead(principal, actor, channelId, answer.value ?? [], true);
    // The payload's unreadCount is read after this in the same request: not from the folder read before.
    this.session().forgetFolder(channelId);
  }

  /**
   * Mail has a read flag per message, not a position; "just before the message" is kept by flagging the
   * message and every later mail of its folder unread (others' mail only: one's own is never unread).
   */
  async markUnread(actor: Actor, messageId: string): Promise<UnreadMark> {
    const principal = await this.connection.writer(actor);
    const [message] = await loadMessages(this.connection, this.session(), principal, [messageId]);
    if (!message || message instanceof Error) throw new SwitchboardError('NOT_FOUND', `Message ${messageId} was not found.`);
    const since = `receivedDateTime ge ${message.createdAt.toISOString()} and isRead eq true`;
    const answer = await this.connection.call<GraphList<GraphMessage>>(principal, uncached(this.connection.calls.folderMessages(message.channelId, 1000, null, since)));
    const later = (answer.value ?? []).filter((mail) => !mail.isDraft && (mail.from?.emailAddress.address ?? '').toLowerCase() !== this.connection.selfId);
    // One's own mail is never unread (loadUnreadFlags): it is not flagged either, or unreadOnly lists would show it.
    const own = message.authorId === this.connection.selfId;
    await this.setRead(principal, actor, message.channelId, own || later.some((mail) => mail.id === messageId) ? later : [...later, { id: messageId } as GraphMessage], false);
    this.session().forgetFolder(message.channelId);
    return { kind: 'channel', channelId: message.channelId };
  }

  /**
   * PATCHes `isRead` of the mail of folder `folderId`, 20 to a `$batch`, and drops them from the request's
   * cache (the connection's read cache drops that folder's reads, and what spans folders, itself).
   */
  private async setRead(principal: Principal, actor: Actor, folderId: string, mail: GraphMessage[], isRead: boolean): Promise<void> {
    for (let start = 0; start < mail.length; start += 20) {
      const results = await this.connection.batch(principal, mail.slice(start, start + 20).map((message) => this.connection.calls.update(message.id, { isRead }, actor.userId, folderId)));
      const failed = results.find((result): result is Error => result instanceof Error);
      if (failed) throw failed;
    }
    for (const message of mail) this.session().forget(message.id);
  }
}
