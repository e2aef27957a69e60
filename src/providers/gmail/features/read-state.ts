import { SwitchboardError } from '../../../errors.js';
import type { ReadState, UnreadChannelRecord, UnreadMark } from '../../features/read-state.js';
import type { Actor, MessageRecord } from '../../model.js';
import type { BatchResult, Page, PageKey } from '../../paging.js';
import { ownerActs } from '../channels.js';
import type { GmailConnection } from '../connection.js';
import { parseMessageId } from '../ids.js';
import { emptyPage, offsetPage } from '../pages.js';
import { messageById } from '../reads.js';
import type { GmailMessageRecord } from '../map.js';
import type { ReadSession } from '../session.js';

/**
 * Read state NATIVE: a message is unread while it carries Gmail's UNREAD label. Counts come from the labels
 * (labels.get `messagesUnread`, batched); marking read removes UNREAD (messages.batchModify, 50 units for up
 * to 1,000 messages), marking unread adds it back. Gmail has no per-channel position, so "read up to a
 * message" removes UNREAD from that label's messages not newer than it, and "unread from a message" adds it to
 * that message and the later mail of its label. Your own mail never carries UNREAD (Gmail does not mark sent mail).
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
    const start = page.cursor ? unreadChannelOffset(page.cursor) : 0;
    const slice = unread.slice(start, start + page.limit);
    return { edges: slice.map((node, i) => ({ node, cursor: Buffer.from(String(start + i + 1)).toString('base64url') })), hasNextPage: start + page.limit < unread.length, hasPreviousPage: start > 0 };
  }

  /**
   * Unread mail of each label, oldest first within the newest 500 unread (Gmail lists newest first, so the
   * list is read whole and paged by offset: reversing Gmail's own newest-first pages would not page oldest first).
   */
  async listUnreadMessages(actor: Actor, keys: readonly PageKey[]): BatchResult<Page<MessageRecord>> {
    const owner = await ownerActs(this.connection, actor);
    return Promise.all(
      keys.map(async (key) => {
        try {
          if (!owner) return emptyPage<MessageRecord>();
          const page = offsetPage((await this.listed([key.parentId, 'UNREAD'])).reverse(), key.page);
          const records = await Promise.all(page.edges.map((edge) => messageById(this.session(), `${edge.node.threadId}:${edge.node.id}`)));
          const edges = page.edges.flatMap((edge, index) => {
            const record = records[index];
            return record && record.deletedAt === null ? [{ cursor: edge.cursor, node: record as MessageRecord }] : [];
          });
          return { ...page, edges };
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
    if (!upTo) return this.setUnread(await this.listed([channelId, 'UNREAD']), false);
    // `before:`/`after:` count whole seconds: mail of the message's own second is compared to the millisecond.
    const second = Math.floor(upTo.createdAt.getTime() / 1000);
    const older = await this.listed([channelId, 'UNREAD'], `before:${second}`);
    const sameSecond = await this.within([channelId, 'UNREAD'], `after:${second} before:${second + 1}`, (record) => record.createdAt <= upTo.createdAt);
    await this.setUnread([...older, ...sameSecond], false);
  }

  /**
   * Gmail has a flag per message, not a position: "just before the message" is kept by adding UNREAD to it
   * and to every later mail of its channel, others' mail only (one's own is never unread).
   */
  async markUnread(actor: Actor, messageId: string): Promise<UnreadMark> {
    if (!(await ownerActs(this.connection, actor))) throw new SwitchboardError('NOT_FOUND', 'No such message.');
    const record = await messageById(this.session(), messageId);
    const parsed = parseMessageId(messageId);
    if (!record || !parsed) throw new SwitchboardError('NOT_FOUND', 'No such message in this mailbox.');
    const since = `after:${Math.floor(record.createdAt.getTime() / 1000)}`;
    const later = await this.within([record.channelId], since, (mail) => mail.createdAt >= record.createdAt && mail.authorId !== this.connection.mailbox && mail.deletedAt === null);
    await this.setUnread([{ id: parsed.messageId, threadId: parsed.threadId }, ...later], true);
    return { kind: 'channel', channelId: record.channelId };
  }

  /** Native ids of the mail carrying every label (and matching `q`), at most 500 (one messages.list). */
  private async listed(labelIds: string[], q?: string): Promise<Array<{ id: string; threadId: string }>> {
    const data = await this.connection.api.call('messages.list', (gmail) => gmail.users.messages.list({ userId: 'me', labelIds, q, maxResults: 500 }));
    return (data.messages ?? []).flatMap((message) => (message.id && message.threadId ? [{ id: message.id, threadId: message.threadId }] : []));
  }

  /** Listed mail whose record passes `keep` (their threads read through the session). */
  private async within(labelIds: string[], q: string, keep: (record: GmailMessageRecord) => boolean): Promise<Array<{ id: string; threadId: string }>> {
    const listed = await this.listed(labelIds, q);
    const records = await Promise.all(listed.map((message) => messageById(this.session(), `${message.threadId}:${message.id}`)));
    return listed.filter((_message, index) => records[index] !== null && keep(records[index]!));
  }

  /** Adds or removes UNREAD: messages.modify for one, messages.batchModify for more; forgets their threads. */
  private async setUnread(messages: Array<{ id: string; threadId: string }>, unread: boolean): Promise<void> {
    const ids = [...new Set(messages.map((message) => message.id))];
    if (!ids.length) return;
    const change = unread ? { addLabelIds: ['UNREAD'] } : { removeLabelIds: ['UNREAD'] };
    if (ids.length === 1) await this.connection.api.call('messages.modify', (gmail) => gmail.users.messages.modify({ userId: 'me', id: ids[0], requestBody: change }));
    else await this.connection.api.call('messages.batchModify', (gmail) => gmail.users.messages.batchModify({ userId: 'me', requestBody: { ids, ...change } }));
    for (const message of messages) this.session().forget(message.threadId);
  }
}

/** The offset an unread-channels cursor carries (its position, 1-based); anything else is no cursor of ours. */
function unreadChannelOffset(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString();
  if (!/^[1-9][0-9]{0,5}$/.test(text)) throw new SwitchboardError('VALIDATION_ERROR', `Cursor ${JSON.stringify(cursor)} is not a valid cursor.`);
  return Number(text);
}
