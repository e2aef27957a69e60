import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../../db/tables.js';
import { notFound, SwitchboardError } from '../../../errors.js';
import type { Actor, AttachmentRecord } from '../../model.js';
import type { BatchResult, Page } from '../../paging.js';
import type {
  ScheduledDeliveryOutcome,
  ScheduledMessageChanges,
  ScheduledMessageRecord,
  ScheduledMessages,
  ScheduledMessageStatus,
  ScheduleMessageRequest,
} from '../../features/scheduled.js';
import { encodeKeyset } from '../client.js';
import { renderContent } from '../format.js';
import { isNativeId, wellFormed } from '../ids.js';
import { requireOpenChannel } from '../mutations.js';
import { decodeCursor, toPage, type LinearPage } from '../pages.js';
import { DEFAULT_CLAIM_LEASE_MS } from './scheduled-queue.js';

/**
 * Scheduled messages of the built-in workspace: the rows the scheduler (src/scheduler/) delivers. Who may
 * post where and the content rules are the resolvers' business; this layer keeps the rows consistent: a
 * message belongs to its author alone, changes only while PENDING or FAILED, and holds its attachments so
 * that nothing else can take them before it is sent. The scheduler's side (claiming due messages) is in
 * ./scheduled-queue.ts.
 */

type Db = Kysely<Database> | Transaction<Database>;

interface ScheduledRow {
  id: string;
  workspace_id: string;
  channel_id: string;
  author_id: string;
  parent_id: string | null;
  content: string;
  content_format: 'markdown' | 'text';
  also_send_to_channel: boolean;
  scheduled_for: Date;
  status: ScheduledMessageStatus;
  attempts: number;
  revision: number;
  last_error: string | null;
  sent_message_id: string | null;
  created_at: Date;
  updated_at: Date;
  attachments: Array<{ id: string; filename: string; contentType: string; sizeBytes: number; createdAt: string }> | null;
}

const scheduledColumns = sql`
  s.id, s.workspace_id, s.channel_id, s.author_id, s.parent_id, s.content, s.content_format, s.also_send_to_channel,
  s.scheduled_for, s.status, s.attempts, s.revision, s.last_error, s.sent_message_id, s.created_at, s.updated_at,
  (select json_agg(json_build_object('id', a.id, 'filename', a.filename, 'contentType', a.content_type,
                                     'sizeBytes', a.size_bytes, 'createdAt', a.created_at)
                   order by array_position(s.attachment_ids, a.id))
     from attachments a where a.id = any(s.attachment_ids)) as attachments`;

export class BuiltinScheduled implements ScheduledMessages {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly workspaceId: string,
  ) {}

  async scheduleMessage(actor: Actor, request: ScheduleMessageRequest): Promise<ScheduledMessageRecord> {
    const id = await this.db.transaction().execute(async (trx) => {
      await requireOpenChannel(trx, this.workspaceId, request.channelId);
      await this.checkParent(trx, request);
      const inserted = await trx
        .insertInto('scheduled_messages')
        .values({
          workspace_id: this.workspaceId,
          channel_id: request.channelId,
          author_id: actor.userId,
          parent_id: request.parentId,
          content: request.content.text,
          content_format: request.content.format,
          also_send_to_channel: request.alsoSendToChannel,
          attachment_ids: [...new Set(request.attachmentIds)],
          scheduled_for: request.scheduledFor,
          due_at: request.scheduledFor,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await this.reserveAttachments(trx, actor, inserted.id, request.attachmentIds);
      return inserted.id;
    });
    return this.reload(actor, id);
  }

  async listScheduledMessages(
    actor: Actor,
    { statuses }: { statuses: ScheduledMessageStatus[] },
    page: { limit: number; cursor: string | null },
  ): Promise<Page<ScheduledMessageRecord>> {
    const linear: LinearPage = { direction: 'forward', ...page };
    const after = decodeCursor(linear, 'timestamp');
    if (statuses.length === 0) return toPage([], linear, edge);
    const rows = await sql<ScheduledRow>`
      select ${scheduledColumns} from scheduled_messages s
      where s.workspace_id = ${this.workspaceId} and s.author_id = ${actor.userId} and s.status in (${sql.join(statuses)})
        ${after ? sql`and (s.scheduled_for, s.id) > (${after.key}::timestamptz, ${after.id}::uuid)` : sql``}
      order by s.scheduled_for, s.id
      limit ${page.limit + 1}`.execute(this.db);
    return toPage(rows.rows, linear, edge);
  }

  async loadScheduledMessages(actor: Actor, ids: readonly string[]): BatchResult<ScheduledMessageRecord | null> {
    const wanted = wellFormed(ids);
    const rows = wanted.length === 0 ? [] : await this.select(this.db, actor, wanted);
    const byId = new Map(rows.map((row) => [row.id, toScheduled(row)]));
    return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
  }

  async updateScheduledMessage(actor: Actor, id: string, changes: ScheduledMessageChanges): Promise<ScheduledMessageRecord> {
    await this.db.transaction().execute(async (trx) => {
      const row = await this.lock(trx, actor, id);
      requireChangeable(row.status, 'updated');
      const scheduledFor = changes.scheduledFor ?? row.scheduled_for;
      await trx
        .updateTable('scheduled_messages')
        .set({
          ...(changes.content ? { content: changes.content.text, content_format: changes.content.format } : {}),
          ...(changes.attachmentIds ? { attachment_ids: [...new Set(changes.attachmentIds)] } : {}),
          scheduled_for: scheduledFor,
          due_at: scheduledFor,
          // An edited message is a new delivery: fresh attempts, a new idempotency key.
          status: 'PENDING',
          attempts: 0,
          last_error: null,
          revision: row.revision + 1,
          updated_at: new Date(),
        })
        .where('id', '=', row.id)
        .execute();
      if (changes.attachmentIds) {
        await this.releaseAttachments(trx, [row.id]);
        await this.reserveAttachments(trx, actor, row.id, changes.attachmentIds);
      }
    });
    return this.reload(actor, id);
  }

  async cancelScheduledMessage(actor: Actor, id: string): Promise<ScheduledMessageRecord> {
    await this.db.transaction().execute(async (trx) => {
      const row = await this.lock(trx, actor, id);
      requireChangeable(row.status, 'cancelled');
      await trx
        .updateTable('scheduled_messages')
        .set({ status: 'CANCELLED', updated_at: new Date() })
        .where('id', '=', row.id)
        .execute();
      await this.releaseAttachments(trx, [row.id]);
    });
    return this.reload(actor, id);
  }

  async claimScheduledMessage(actor: Actor, id: string): Promise<ScheduledMessageRecord> {
    await this.db.transaction().execute(async (trx) => {
      const row = await this.lock(trx, actor, id);
      requireChangeable(row.status, 'sent now');
      const now = new Date();
      await trx
        .updateTable('scheduled_messages')
        .set({
          status: 'SENDING',
          due_at: new Date(now.getTime() + DEFAULT_CLAIM_LEASE_MS),
          // Retrying a FAILED message is a new delivery: its first attempt may have stopped half-way.
          revision: row.status === 'FAILED' ? row.revision + 1 : row.revision,
          updated_at: now,
        })
        .where('id', '=', row.id)
        .execute();
      await this.releaseAttachments(trx, [row.id]);
    });
    return this.reload(actor, id);
  }

  async finishScheduledMessage(actor: Actor, id: string, outcome: ScheduledDeliveryOutcome): Promise<ScheduledMessageRecord> {
    await this.db.transaction().execute(async (trx) => {
      const row = await this.lock(trx, actor, id);
      const now = new Date();
      if (outcome.kind === 'sent') {
        // Also over FAILED: a slow sender whose lease ran out may still have sent; the send is what counts.
        if (row.status !== 'SENDING' && row.status !== 'FAILED') return;
        await trx
          .updateTable('scheduled_messages')
          .set({ status: 'SENT', sent_message_id: outcome.messageId, last_error: null, updated_at: now })
          .where('id', '=', row.id)
          .execute();
        return;
      }
      if (row.status !== 'SENDING') return;
      const attempts = row.attempts + 1;
      const retry = outcome.kind === 'retry' && attempts < outcome.maxAttempts;
      await trx
        .updateTable('scheduled_messages')
        .set({
          status: retry ? 'PENDING' : 'FAILED',
          attempts,
          due_at: retry ? outcome.retryAt : row.scheduled_for,
          last_error:
            outcome.kind === 'retry' && !retry ? `Gave up after ${attempts} attempts. ${outcome.error}` : outcome.error,
          updated_at: now,
        })
        .where('id', '=', row.id)
        .execute();
      // Still the author's files while it may be retried or fixed.
      await this.reserveAttachments(trx, actor, row.id, null);
    });
    return this.reload(actor, id);
  }

  private async checkParent(trx: Transaction<Database>, request: ScheduleMessageRequest): Promise<void> {
    if (request.parentId === null) {
      if (request.alsoSendToChannel) {
        throw new SwitchboardError('VALIDATION_ERROR', 'alsoSendToChannel only applies to replies (give a parentId).', {
          field: ['input', 'alsoSendToChannel'],
        });
      }
      return;
    }
    const parent = isNativeId(request.parentId)
      ? await trx
          .selectFrom('messages')
          .select(['channel_id', 'deleted_at'])
          .where('workspace_id', '=', this.workspaceId)
          .where('id', '=', request.parentId)
          .executeTakeFirst()
      : undefined;
    if (!parent) throw notFound('Message', request.parentId);
    if (parent.deleted_at) throw new SwitchboardError('CONFLICT', 'The message was deleted.', { field: ['input', 'parentId'] });
    if (parent.channel_id !== request.channelId) {
      throw new SwitchboardError('VALIDATION_ERROR', 'parentId: the parent message is in another channel than channelId.', {
        field: ['input', 'parentId'],
      });
    }
  }

  /**
   * Reserves the files for the scheduled message: each must be the author's own upload in this workspace,
   * not attached to a message and not reserved by another scheduled message. `ids` null: re-reserve the
   * message's own list where still possible (after a failed delivery gave them back).
   */
  private async reserveAttachments(trx: Transaction<Database>, actor: Actor, scheduledId: string, ids: string[] | null): Promise<void> {
    if (ids === null) {
      await sql`update attachments a set scheduled_message_id = s.id from scheduled_messages s
                where s.id = ${scheduledId} and a.id = any(s.attachment_ids)
                  and a.message_id is null and a.scheduled_message_id is null`.execute(trx);
      return;
    }
    if (ids.length === 0) return;
    const wanted = new Set(ids);
    const reserved = [...wanted].every(isNativeId)
      ? await trx
          .updateTable('attachments')
          .set({ scheduled_message_id: scheduledId })
          .where('workspace_id', '=', this.workspaceId)
          .where('uploader_id', '=', actor.userId)
          .where('message_id', 'is', null)
          .where((eb) => eb.or([eb('scheduled_message_id', 'is', null), eb('scheduled_message_id', '=', scheduledId)]))
          .where('id', 'in', [...wanted])
          .returning('id')
          .execute()
      : [];
    if (reserved.length !== wanted.size) {
      throw new SwitchboardError(
        'VALIDATION_ERROR',
        'attachmentIds: every attachment must be one you uploaded to this workspace, not yet attached to a message ' +
          'and not held by another scheduled message.',
        { field: ['input', 'attachmentIds'] },
      );
    }
  }

  private async releaseAttachments(trx: Transaction<Database>, scheduledIds: string[]): Promise<void> {
    await trx.updateTable('attachments').set({ scheduled_message_id: null }).where('scheduled_message_id', 'in', scheduledIds).execute();
  }

  /** Locks one of the actor's scheduled messages; someone else's is "not found", like one that does not exist. */
  private async lock(trx: Transaction<Database>, actor: Actor, id: string) {
    const row = isNativeId(id)
      ? await trx
          .selectFrom('scheduled_messages')
          .select(['id', 'status', 'revision', 'attempts', 'scheduled_for'])
          .where('workspace_id', '=', this.workspaceId)
          .where('author_id', '=', actor.userId)
          .where('id', '=', id)
          .forUpdate()
          .executeTakeFirst()
      : undefined;
    if (!row) throw notFound('Scheduled message', id);
    return row;
  }

  private async select(db: Db, actor: Actor, ids: string[]): Promise<ScheduledRow[]> {
    const result = await sql<ScheduledRow>`
      select ${scheduledColumns} from scheduled_messages s
      where s.workspace_id = ${this.workspaceId} and s.author_id = ${actor.userId} and s.id = any(${ids}::uuid[])`.execute(db);
    return result.rows;
  }

  private async reload(actor: Actor, id: string): Promise<ScheduledMessageRecord> {
    const [row] = await this.select(this.db, actor, [id]);
    if (!row) throw notFound('Scheduled message', id);
    return toScheduled(row);
  }
}

function requireChangeable(status: ScheduledMessageStatus, verb: string): void {
  if (status === 'PENDING' || status === 'FAILED') return;
  const why = {
    SENT: 'it was already sent (edit or delete the message itself instead)',
    SENDING: 'it is being sent right now',
    CANCELLED: 'it was cancelled',
  }[status];
  throw new SwitchboardError('CONFLICT', `The scheduled message cannot be ${verb}: ${why}.`);
}

function edge(row: ScheduledRow) {
  return { cursor: encodeKeyset(row.scheduled_for, row.id), node: toScheduled(row) };
}

function toScheduled(row: ScheduledRow): ScheduledMessageRecord {
  const rendered = renderContent(row.content, row.content_format);
  return {
    provider: 'builtin',
    workspaceId: row.workspace_id,
    id: row.id,
    channelId: row.channel_id,
    parentId: row.parent_id,
    authorId: row.author_id,
    content: { text: row.content, format: row.content_format },
    text: rendered.text,
    markdown: rendered.markdown,
    alsoSendToChannel: row.also_send_to_channel,
    attachments: (row.attachments ?? []).map(
      (attachment): AttachmentRecord => ({
        id: attachment.id,
        filename: attachment.filename,
        contentType: attachment.contentType,
        sizeBytes: attachment.sizeBytes,
        // The same download path as a message's attachments (see map.ts).
        url: `/files/${attachment.id}`,
        createdAt: new Date(attachment.createdAt),
      }),
    ),
    scheduledFor: row.scheduled_for,
    status: row.status,
    lastError: row.last_error,
    sentMessageId: row.sent_message_id,
    attempts: row.attempts,
    deliveryKey: `scheduled:${row.id}:${row.revision}`,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
