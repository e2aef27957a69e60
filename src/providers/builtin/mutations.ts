import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/tables.js';
import { notFound, SwitchboardError } from '../../errors.js';
import type { Actor, MessageContent, MessageRecord } from '../model.js';
import type { BatchResult } from '../paging.js';
import type { SendMessageRequest, SendOnce } from '../provider.js';
import { faultPoint } from '../../store/fault-points.js';
import { recordSendInTransaction } from '../../store/idempotency.js';
import { mentionHandles } from './format.js';
import { isNativeId } from './ids.js';
import { followThreadOnReply } from './features/thread-subscriptions.js';

/**
 * The built-in workspace's writes. Each runs in one transaction and returns the record re-read after
 * commit. Permission rules (who may edit or delete) are decided by the resolvers for every provider alike;
 * this layer guards the data: things exist, belong to this workspace and are in a state that allows it.
 */
export class BuiltinWrites {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly workspaceId: string,
    private readonly loadMessages: (ids: readonly string[]) => BatchResult<MessageRecord | null>,
  ) {}

  /**
   * With `once`, the idempotency key is recorded in the same transaction as the message (see
   * src/store/idempotency.ts): a crash at any point leaves both or neither; AlreadySent when it was sent.
   */
  async send(actor: Actor, request: SendMessageRequest, once: SendOnce | null = null): Promise<MessageRecord> {
    const id = await this.db.transaction().execute(async (trx) => {
      const recordKey = once ? await recordSendInTransaction(trx, once, this.workspaceId) : null;
      faultPoint('send:claimed');
      await requireOpenChannel(trx, this.workspaceId, request.channelId);

      const parent = request.parentId === null ? null : await this.liveMessage(trx, request.parentId);
      if (parent && parent.channel_id !== request.channelId) {
        throw new SwitchboardError('VALIDATION_ERROR', 'parentId: the parent message is in another channel than channelId.', {
          field: ['input', 'parentId'],
        });
      }
      if (request.alsoSendToChannel && !parent) {
        throw new SwitchboardError('VALIDATION_ERROR', 'alsoSendToChannel only applies to replies (give a parentId).', {
          field: ['input', 'alsoSendToChannel'],
        });
      }

      const now = new Date();
      const inserted = await trx
        .insertInto('messages')
        .values({
          workspace_id: this.workspaceId,
          channel_id: request.channelId,
          author_id: actor.userId,
          content: request.content.text,
          content_format: request.content.format,
          parent_id: parent?.id ?? null,
          thread_root_id: parent ? (parent.thread_root_id ?? parent.id) : null,
          ancestors: parent ? [...parent.ancestors, parent.id] : [],
          also_sent_to_channel: request.alsoSendToChannel,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await this.writeMentions(trx, inserted.id, request.content.text);
      // Replying follows the thread (and makes the root's author follow it): see ./features/thread-subscriptions.ts.
      if (parent) await followThreadOnReply(trx, { authorId: actor.userId, rootId: parent.thread_root_id ?? parent.id, id: inserted.id, createdAt: now });
      await this.attachUploads(trx, actor, inserted.id, request.attachmentIds);
      await recordKey?.(inserted.id);
      faultPoint('send:sent'); // a kill here rolls back the message and its key together
      return inserted.id;
    });
    return this.reload(id);
  }

  async update(_actor: Actor, messageId: string, content: MessageContent): Promise<MessageRecord> {
    await this.db.transaction().execute(async (trx) => {
      const message = await this.liveMessage(trx, messageId);
      if (message.type === 'SYSTEM') {
        throw new SwitchboardError('VALIDATION_ERROR', 'System messages cannot be edited.');
      }
      const now = new Date();
      await trx
        .updateTable('messages')
        .set({ content: content.text, content_format: content.format, edited_at: now, updated_at: now })
        .where('id', '=', messageId)
        .execute();
      await trx.deleteFrom('message_mentions').where('message_id', '=', messageId).execute();
      await this.writeMentions(trx, messageId, content.text);
    });
    return this.reload(messageId);
  }

  async delete(_actor: Actor, messageId: string): Promise<MessageRecord> {
    await this.db.transaction().execute(async (trx) => {
      await this.liveMessage(trx, messageId);
      const now = new Date();
      // A tombstone keeps its place in the tree but nothing of what was said.
      await trx
        .updateTable('messages')
        .set({ content: '', deleted_at: now, updated_at: now, pinned_at: null, pinned_by: null })
        .where('id', '=', messageId)
        .execute();
      await trx.deleteFrom('message_mentions').where('message_id', '=', messageId).execute();
      await trx.deleteFrom('reactions').where('message_id', '=', messageId).execute();
      await trx.deleteFrom('attachments').where('message_id', '=', messageId).execute();
    });
    return this.reload(messageId);
  }

  async addReaction(actor: Actor, messageId: string, emoji: string): Promise<MessageRecord> {
    await this.db.transaction().execute(async (trx) => {
      await this.liveMessage(trx, messageId);
      const inserted = await trx
        .insertInto('reactions')
        .values({ message_id: messageId, user_id: actor.userId, emoji, created_at: new Date() })
        .onConflict((conflict) => conflict.doNothing())
        .returning('emoji')
        .executeTakeFirst();
      if (!inserted) {
        throw new SwitchboardError('CONFLICT', `You already reacted with ${emoji} to this message.`);
      }
    });
    return this.reload(messageId);
  }

  async removeReaction(actor: Actor, messageId: string, emoji: string): Promise<MessageRecord> {
    await this.db.transaction().execute(async (trx) => {
      await this.liveMessage(trx, messageId);
      const removed = await trx
        .deleteFrom('reactions')
        .where('message_id', '=', messageId)
        .where('user_id', '=', actor.userId)
        .where('emoji', '=', emoji)
        .returning('emoji')
        .executeTakeFirst();
      if (!removed) {
        throw new SwitchboardError('NOT_FOUND', `You have no ${emoji} reaction on this message to remove.`);
      }
    });
    return this.reload(messageId);
  }

  /** Locks and returns a message that exists in this workspace and is not deleted. */
  private liveMessage(trx: Transaction<Database>, messageId: string) {
    return lockLiveMessage(trx, this.workspaceId, messageId);
  }

  private async writeMentions(trx: Transaction<Database>, messageId: string, source: string): Promise<void> {
    const handles = mentionHandles(source);
    if (handles.length === 0) return;
    const users = await trx
      .selectFrom('users')
      .select('id')
      .where('workspace_id', '=', this.workspaceId)
      // Handles are matched case-insensitively, as people type them.
      .where(sql`lower(name)`, 'in', handles)
      .execute();
    if (users.length === 0) return;
    await trx
      .insertInto('message_mentions')
      .values(users.map((user) => ({ message_id: messageId, user_id: user.id })))
      .execute();
  }

  private async attachUploads(trx: Transaction<Database>, actor: Actor, messageId: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const attached = ids.every(isNativeId)
      ? await trx
          .updateTable('attachments')
          .set({ message_id: messageId })
          .where('workspace_id', '=', this.workspaceId)
          .where('uploader_id', '=', actor.userId)
          .where('message_id', 'is', null)
          // Held by a pending scheduled message (see ./features/scheduled.ts), which attaches it when it is sent.
          .where('scheduled_message_id', 'is', null)
          .where('id', 'in', ids)
          .returning('id')
          .execute()
      : [];
    if (attached.length !== new Set(ids).size) {
      throw new SwitchboardError(
        'VALIDATION_ERROR',
        'attachmentIds: every attachment must be one you uploaded to this workspace, not yet attached to a message ' +
          'and not held by a scheduled message.',
        { field: ['input', 'attachmentIds'] },
      );
    }
  }

  private async reload(messageId: string): Promise<MessageRecord> {
    const [record] = await this.loadMessages([messageId]);
    if (!record || record instanceof Error) throw record ?? notFound('Message', messageId);
    return record;
  }
}

/**
 * The channel a new (or scheduled) message goes to must be a channel of this workspace
 * and not archived. Membership is the resolver's check (channel access); this is the store's.
 */
export async function requireOpenChannel(trx: Transaction<Database>, workspaceId: string, channelId: string): Promise<void> {
  const channel = isNativeId(channelId)
    ? await trx
        .selectFrom('channels')
        .select(['id', 'archived_at'])
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', channelId)
        .executeTakeFirst()
    : undefined;
  if (!channel) throw notFound('Channel', channelId);
  if (channel.archived_at) throw new SwitchboardError('CONFLICT', 'The channel is archived; it takes no new messages.');
}

/** A message of this workspace that is not deleted, locked for the rest of the transaction. */
export async function lockLiveMessage(trx: Transaction<Database>, workspaceId: string, messageId: string) {
  const message = isNativeId(messageId)
    ? await trx
        .selectFrom('messages')
        .select(['id', 'channel_id', 'thread_root_id', 'ancestors', 'deleted_at', 'type'])
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', messageId)
        .forUpdate()
        .executeTakeFirst()
    : undefined;
  if (!message) throw notFound('Message', messageId);
  if (message.deleted_at) throw new SwitchboardError('CONFLICT', 'The message was deleted.');
  return message;
}
