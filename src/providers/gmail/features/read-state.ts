import { SwitchboardError } from '../../../errors.js';
import type { ReadState, UnreadChannelRecord, UnreadMark } from '../../features/read-state.js';
import type { Actor, MessageRecord } from '../../model.js';
import type { BatchResult, Page, PageKey } from '../../paging.js';
import { ownerActs } from '../channels.js';
import type { GmailConnection } from '../connection.js';
import { parseMessageId } from '../ids.js';
import { emptyPage, forwardOnly } from '../pages.js';
import { listedPage, messageById } from '../reads.js';
import type { ReadSession } from '../session.js';

/**
 * Read state NATIVE: a message is unread while it carries Gmail's UNREAD label. Counts come from the labels
 * (labels.get `messagesUnread`, batched); marking read removes UNREAD (messages.batchModify, 50 units for up
 * to 1,000 messages), marking unread adds it back (messages.modify). Gmail has no per-channel position, so
 * "read up to a message" removes UNREAD from that label's messages not newer than it. Your own mail never
 * carries UNREAD (Gmail does not mark sent mail).
 */
export class GmailReadState implements ReadState {
  constructor(
    private readonly connection: GmailConnection,
    private readonly session: () => ReadSession,
  ) {}

  async loadChannelUnreadCounts(actor: Actor, channelIds: readonly string[]): BatchResult<number> {
    if (!(await ownerActs(this.connection, actor))) return channelIds.map(() => 0);
    return Promise.all(channelIds.map((id) => this.connection.api.label(id).then((label) => label.messagesUnread ?? 0, (error: unknown) => (error instanceof SwitchboardError && error.code === 'NOT_FOUND' ? 0 : (error as Error)))));
  }

  async loadUnreadFlags(actor: Actor, messageIds: readonly string[]): BatchResult<boolean> {
    if (!(await ownerActs(this.connection, actor))) return messageIds.map(() => false);
    const session = this.session();
    return Promise.all(messageIds.map((id) => messageById(session, id).then((record) => record?.isUnread ?? false, (error: unknown) => error as Error)));
  }

  async listUnreadChannels(actor: Actor, page: { limit: number; cursor: string | null }): Promise<Page<UnreadChannelRecord>> {
    if (!(await ownerActs(this.connection, actor))) return emptyPage();
    const channels = (await this.connection.channels()).sort((a, b) => a.name.localeCompare(b.name));
    const counts = await Promise.all(channels.map((channel) => this.connection.api.label(channel.id).then((label) => label.messagesUnread ?? 0)));
    const unread = channels.map((channel, i) => ({ channel, unreadCount: counts[i] })).filter((row) => row.unreadCount > 0);
    const start = page.cursor ? Number(Buffer.from(page.cursor, 'base64url').toString()) || 0 : 0;
    const slice = unread.slice(start, start + page.limit);
    return { edges: slice.map((node, i) => ({ node, cursor: Buffer.from(String(start + i + 1)).toString('base64url') })), hasNextPage: start + page.limit < unread.length, hasPreviousPage: start > 0 };
  }

  /** Unread mail of each label, oldest first within the newest `limit` unread (Gmail lists newest first). */
  async listUnreadMessages(actor: Actor, keys: readonly PageKey[]): BatchResult<Page<MessageRecord>> {
    const owner = await ownerActs(this.connection, actor);
    return Promise.all(
      keys.map(async (key) => {
        try {
          if (!owner) return emptyPage<MessageRecord>();
          const page = await listedPage(this.connection, this.session(), { labelIds: [key.parentId, 'UNREAD'] }, forwardOnly(key.page));
          return { ...page, edges: [...page.edges].reverse() };
        } catch (error) {
          return error as Error;
        }
      }),
    );
  }

  async markChannelRead(actor: Actor, channelId: string, messageId: string | null): Promise<void> {
    if (!(await ownerActs(this.connection, actor))) throw new SwitchboardError('NOT_FOUND', 'No such channel.');
    const upTo = messageId ? await messageById(this.session(), messageId) : null;
    if (messageId && !upTo) throw new SwitchboardError('NOT_FOUND', 'No such message in this mailbox.', { field: ['input', 'messageId'] });
    const q = upTo ? `before:${Math.floor(upTo.createdAt.getTime() / 1000) + 1}` : undefined;
    const data = await this.connection.api.call('messages.list', (gmail) => gmail.users.messages.list({ userId: 'me', labelIds: [channelId, 'UNREAD'], q, maxResults: 500 }));
    const ids = (data.messages ?? []).map((message) => message.id!).filter(Boolean);
    if (!ids.length) return;
    if (ids.length === 1) await this.connection.api.call('messages.modify', (gmail) => gmail.users.messages.modify({ userId: 'me', id: ids[0], requestBody: { removeLabelIds: ['UNREAD'] } }));
    else await this.connection.api.call('messages.batchModify', (gmail) => gmail.users.messages.batchModify({ userId: 'me', requestBody: { ids, removeLabelIds: ['UNREAD'] } }));
  }

  async markUnread(actor: Actor, messageId: string): Promise<UnreadMark> {
    if (!(await ownerActs(this.connection, actor))) throw new SwitchboardError('NOT_FOUND', 'No such message.');
    const record = await messageById(this.session(), messageId);
    const parsed = parseMessageId(messageId);
    if (!record || !parsed) throw new SwitchboardError('NOT_FOUND', 'No such message in this mailbox.');
    await this.connection.api.call('messages.modify', (gmail) => gmail.users.messages.modify({ userId: 'me', id: parsed.messageId, requestBody: { addLabelIds: ['UNREAD'] } }));
    this.session().forget(parsed.threadId);
    return { kind: 'channel', channelId: record.channelId };
  }
}
