import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../../../db/tables.js';
import { notFound, SwitchboardError } from '../../../errors.js';
import type { Actor, MessageRecord } from '../../model.js';
import type { BatchResult, Page } from '../../paging.js';
import type { EmailEnvelope } from '../../provider.js';
import type {
  ScheduledDeliveryOutcome,
  ScheduledMessageChanges,
  ScheduledMessageRecord,
  ScheduledMessages,
  ScheduledMessageStatus,
  ScheduleMessageRequest,
} from '../../features/scheduled.js';
import { decodeScheduledCursor, encodeScheduledCursor } from './cursor.js';
import type { ContentRenderer } from './render.js';
import type { ScheduledContentSeal } from './sealing.js';
import type { EmulatedScheduledMessagesTable } from './tables.js';

/**
 * Scheduled messages for a provider whose platform cannot schedule (Teams, Outlook, Gmail): kept in
 * Switchboard's table `emulated_scheduled_messages` until Switchboard's scheduler delivers them through
 * the provider's ordinary send path (queue.ts claims them). The content is sealed at rest (sealing.ts)
 * and wiped once the message is SENT or CANCELLED; ids, times, status and error stay.
 *
 * The rules are those of src/providers/features/scheduled.ts, as the built-in workspace keeps them: a
 * message is its author's alone (anyone else's id is "not found"), only PENDING and FAILED ones change,
 * SENT, SENDING and CANCELLED ones answer CONFLICT. Who may post where is the resolvers' business.
 */

/** How long a message claimed by send-now stays claimed before a scheduler may take it over. */
export const SEND_NOW_LEASE_MS = 120_000;

type Row = Selectable<EmulatedScheduledMessagesTable>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What one workspace's part needs. */
export interface EmulatedScheduledOptions {
  db: Kysely<Database>;
  seal: ScheduledContentSeal;
  /** The provider's name, as its rows and records carry it. */
  provider: string;
  workspaceId: string;
  /** Reads messages of the workspace (the provider's own `loadMessages`), to check a reply's parent. */
  loadMessages(ids: readonly string[]): BatchResult<MessageRecord | null>;
  /** Whether the platform can send a reply to the channel too (capabilities.replyBroadcast). */
  replyBroadcast: boolean;
  render: ContentRenderer;
}

export class EmulatedScheduledMessages implements ScheduledMessages {
  constructor(private readonly options: EmulatedScheduledOptions) {}

  async scheduleMessage(actor: Actor, request: ScheduleMessageRequest): Promise<ScheduledMessageRecord> {
    refuseAttachments(request.attachmentIds);
    await this.checkParent(request);
    const { db, seal, provider, workspaceId } = this.options;
    const id = randomUUID();
    const row = await db
      .insertInto('emulated_scheduled_messages')
      .values({
        id,
        provider,
        workspace_id: workspaceId,
        channel_id: request.channelId,
        author_id: actor.userId,
        account_id: actor.accountId,
        parent_id: request.parentId,
        content_sealed: seal.seal({ provider, workspace_id: workspaceId, id }, { content: request.content, email: keptEnvelope(request.email) }),
        also_send_to_channel: request.alsoSendToChannel,
        scheduled_for: request.scheduledFor,
        due_at: request.scheduledFor,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return this.toRecord(row);
  }

  async listScheduledMessages(
    actor: Actor,
    { statuses }: { statuses: ScheduledMessageStatus[] },
    page: { limit: number; cursor: string | null },
  ): Promise<Page<ScheduledMessageRecord>> {
    const after = page.cursor === null ? null : decodeScheduledCursor(page.cursor);
    if (statuses.length === 0) return { edges: [], hasNextPage: false, hasPreviousPage: after !== null };
    let query = this.own(this.options.db, actor).where('status', 'in', statuses);
    if (after) {
      query = query.where((eb) =>
        eb.or([eb('scheduled_for', '>', after.scheduledFor), eb.and([eb('scheduled_for', '=', after.scheduledFor), eb('id', '>', after.id)])]),
      );
    }
    const rows = await query.orderBy('scheduled_for').orderBy('id').limit(page.limit + 1).execute();
    const edges = rows.slice(0, page.limit).map((row) => ({ cursor: encodeScheduledCursor(row.scheduled_for, row.id), node: this.toRecord(row) }));
    return { edges, hasNextPage: rows.length > page.limit, hasPreviousPage: after !== null };
  }

  async loadScheduledMessages(actor: Actor, ids: readonly string[]): BatchResult<ScheduledMessageRecord | null> {
    const wanted = [...new Set(ids.filter((id) => UUID.test(id)).map((id) => id.toLowerCase()))];
    const rows = wanted.length === 0 ? [] : await this.own(this.options.db, actor).where('id', 'in', wanted).execute();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => {
      const row = byId.get(id.toLowerCase());
      if (!row) return null;
      try {
        return this.toRecord(row);
      } catch (error) {
        // A content that no longer opens (key gone) fails this message alone.
        return error as Error;
      }
    });
  }

  async updateScheduledMessage(actor: Actor, id: string, changes: ScheduledMessageChanges): Promise<ScheduledMessageRecord> {
    if (changes.attachmentIds) refuseAttachments(changes.attachmentIds);
    const { provider, workspaceId, seal } = this.options;
    return this.change(actor, id, 'updated', async (trx, row) => {
      const scheduledFor = changes.scheduledFor ?? row.scheduled_for;
      // New words keep the envelope they were scheduled with (a pending or failed row still holds it).
      const email = changes.content && row.content_sealed !== null ? seal.open(row, row.content_sealed).email : null;
      return trx
        .updateTable('emulated_scheduled_messages')
        .set({
          ...(changes.content ? { content_sealed: seal.seal({ provider, workspace_id: workspaceId, id: row.id }, { content: changes.content, email }) } : {}),
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
        .returningAll()
        .executeTakeFirstOrThrow();
    });
  }

  /** Cancels; the content is wiped in the same statement. */
  async cancelScheduledMessage(actor: Actor, id: string): Promise<ScheduledMessageRecord> {
    return this.change(actor, id, 'cancelled', (trx, row) =>
      trx
        .updateTable('emulated_scheduled_messages')
        .set({ status: 'CANCELLED', content_sealed: null, updated_at: new Date() })
        .where('id', '=', row.id)
        .returningAll()
        .executeTakeFirstOrThrow(),
    );
  }

  async claimScheduledMessage(actor: Actor, id: string): Promise<ScheduledMessageRecord> {
    return this.change(actor, id, 'sent now', (trx, row) => {
      const now = new Date();
      return trx
        .updateTable('emulated_scheduled_messages')
        .set({
          status: 'SENDING',
          due_at: new Date(now.getTime() + SEND_NOW_LEASE_MS),
          // Retrying a FAILED message is a new delivery: its first attempt may have stopped half-way.
          revision: row.status === 'FAILED' ? row.revision + 1 : row.revision,
          updated_at: now,
        })
        .where('id', '=', row.id)
        .returningAll()
        .executeTakeFirstOrThrow();
    });
  }

  async finishScheduledMessage(actor: Actor, id: string, outcome: ScheduledDeliveryOutcome): Promise<ScheduledMessageRecord> {
    const row = await this.options.db.transaction().execute(async (trx) => {
      const current = await this.lock(trx, actor, id);
      const now = new Date();
      const update = trx.updateTable('emulated_scheduled_messages').where('id', '=', current.id);
      if (outcome.kind === 'sent') {
        // Also over FAILED: a slow sender whose lease ran out may still have sent; the send is what counts.
        if (current.status !== 'SENDING' && current.status !== 'FAILED') return current;
        // Sent: the words now live on the platform alone; Switchboard forgets them.
        return update
          .set({ status: 'SENT', content_sealed: null, sent_message_id: outcome.messageId, last_error: null, updated_at: now })
          .returningAll()
          .executeTakeFirstOrThrow();
      }
      if (current.status !== 'SENDING') return current;
      const attempts = current.attempts + 1;
      const retry = outcome.kind === 'retry' && attempts < outcome.maxAttempts;
      return update
        .set({
          status: retry ? 'PENDING' : 'FAILED',
          attempts,
          due_at: retry ? outcome.retryAt : current.scheduled_for,
          last_error: outcome.kind === 'retry' && !retry ? `Gave up after ${attempts} attempts. ${outcome.error}` : outcome.error,
          updated_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    });
    return this.toRecord(row);
  }

  /** The actor's own rows of this workspace: anyone else's do not exist for them. */
  private own(db: Kysely<Database> | Transaction<Database>, actor: Actor) {
    return db
      .selectFrom('emulated_scheduled_messages')
      .selectAll()
      .where('provider', '=', this.options.provider)
      .where('workspace_id', '=', this.options.workspaceId)
      .where('author_id', '=', actor.userId);
  }

  /** Locks one of the actor's messages; someone else's is "not found", like one that does not exist. */
  private async lock(trx: Transaction<Database>, actor: Actor, id: string): Promise<Row> {
    const row = UUID.test(id) ? await this.own(trx, actor).where('id', '=', id.toLowerCase()).forUpdate().executeTakeFirst() : undefined;
    if (!row) throw notFound('Scheduled message', id);
    return row;
  }

  /** Changes a PENDING or FAILED message under its row lock; CONFLICT for any other. */
  private async change(actor: Actor, id: string, verb: string, apply: (trx: Transaction<Database>, row: Row) => Promise<Row>): Promise<ScheduledMessageRecord> {
    const row = await this.options.db.transaction().execute(async (trx) => {
      const current = await this.lock(trx, actor, id);
      requireChangeable(current.status, verb);
      return apply(trx, current);
    });
    return this.toRecord(row);
  }

  /** The rules the built-in workspace keeps when scheduling a reply, checked through the provider's reads. */
  private async checkParent(request: ScheduleMessageRequest): Promise<void> {
    const field = ['input', 'alsoSendToChannel'];
    if (request.parentId === null) {
      if (request.alsoSendToChannel) throw new SwitchboardError('VALIDATION_ERROR', 'alsoSendToChannel only applies to replies (give a parentId).', { field });
      return;
    }
    if (request.alsoSendToChannel && !this.options.replyBroadcast) {
      throw new SwitchboardError('VALIDATION_ERROR', `The ${this.options.provider} provider has no replies also sent to the channel (capabilities.replyBroadcast is false).`, { field });
    }
    const [parent] = await this.options.loadMessages([request.parentId]);
    if (parent instanceof Error) throw parent;
    if (!parent) throw notFound('Message', request.parentId);
    if (parent.deletedAt) throw new SwitchboardError('CONFLICT', 'The message was deleted.', { field: ['input', 'parentId'] });
    if (parent.channelId !== request.channelId) {
      throw new SwitchboardError('VALIDATION_ERROR', 'parentId: the parent message is in another channel than channelId.', { field: ['input', 'parentId'] });
    }
  }

  private toRecord(row: Row): ScheduledMessageRecord {
    // SENT and CANCELLED messages have no content left: their words are on the platform (sentMessage) or gone.
    const opened = row.content_sealed === null ? null : this.options.seal.open(row, row.content_sealed);
    const content = opened?.content ?? null;
    const rendered = content ? this.options.render(content) : { text: '', markdown: null };
    return {
      provider: row.provider,
      workspaceId: row.workspace_id,
      id: row.id,
      channelId: row.channel_id,
      parentId: row.parent_id,
      authorId: row.author_id,
      content: content ?? { text: '', format: 'text' },
      email: opened?.email ?? null,
      text: rendered.text,
      markdown: rendered.markdown,
      alsoSendToChannel: row.also_send_to_channel,
      attachments: [],
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
}

/**
 * The envelope kept with a scheduled mail: as settled when it was scheduled, except that a reply whose client
 * named nobody keeps no recipients: they are derived from its parent again when it is sent (the parent's
 * Reply-To may have changed meanwhile, and no addresses are kept that the send would not use as given).
 */
function keptEnvelope(email: EmailEnvelope | null | undefined): EmailEnvelope | null {
  if (!email) return null;
  return email.derivedRecipients ? { ...email, to: [], cc: [], bcc: [] } : email;
}

/** Files are kept by the platform's own upload flow, which a message scheduled here cannot hold yet. */
function refuseAttachments(ids: readonly string[]): void {
  if (ids.length === 0) return;
  throw new SwitchboardError('VALIDATION_ERROR', 'attachmentIds: scheduled messages that Switchboard keeps for this provider cannot carry attachments yet.', {
    field: ['input', 'attachmentIds'],
  });
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
