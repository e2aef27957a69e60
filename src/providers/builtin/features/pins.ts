import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../../db/tables.js';
import { notFound, SwitchboardError } from '../../../errors.js';
import type { Actor, MessageRecord } from '../../model.js';
import type { BatchResult, Page, PageKey } from '../../paging.js';
import type { PinResult, Pins } from '../../features/pins.js';
import { encodeKeyset, uuids } from '../client.js';
import { messageColumns, threadSummary } from '../message-columns.js';
import { isNativeId, wellFormed } from '../ids.js';
import { toMessage, type MessageRow } from '../map.js';
import { byParent, decodeCursor, fillPages, toPage, type LinearPage } from '../pages.js';

/** The most messages one channel can have pinned (the operation reference's limit). */
export const MAX_PINS_PER_CHANNEL = 50;

type PinnedRow = MessageRow & { parent_key: string; pinned_at: Date };

/**
 * Pins of the built-in workspace. A pin is two columns of the message (pinned_at, pinned_by) and a system
 * message announcing it, as the chat platforms post one.
 *
 * Concurrency: pinning locks the channel row before counting its pins, so pins of one channel are counted
 * and added one at a time and two racing pins can never take a channel past the limit. Every pin and unpin
 * takes the channel lock first and the message lock second, so they cannot deadlock one another.
 */
export class BuiltinPins implements Pins {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly workspaceId: string,
    private readonly loadMessages: (ids: readonly string[]) => BatchResult<MessageRecord | null>,
  ) {}

  async pinMessage(actor: Actor, messageId: string): Promise<PinResult> {
    const announcementId = await this.db.transaction().execute(async (trx) => {
      const { message, channel } = await this.lockMessageAndChannel(trx, messageId);
      if (message.pinned_at) {
        throw new SwitchboardError('CONFLICT', 'The message is already pinned.');
      }
      const pinned = await trx
        .selectFrom('messages')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('channel_id', '=', channel.id)
        .where('pinned_at', 'is not', null)
        .executeTakeFirstOrThrow();
      if (Number(pinned.n) >= MAX_PINS_PER_CHANNEL) {
        throw new SwitchboardError(
          'VALIDATION_ERROR',
          `#${channel.name} already has ${MAX_PINS_PER_CHANNEL} pinned messages, the most a channel can have; unpin one first.`,
        );
      }
      // A JavaScript date has millisecond precision, like the column: the pins cursor names this row exactly.
      const now = new Date();
      await trx
        .updateTable('messages')
        .set({ pinned_at: now, pinned_by: actor.userId, updated_at: now })
        .where('id', '=', messageId)
        .execute();
      const pinner = await trx.selectFrom('users').select('name').where('id', '=', actor.userId).executeTakeFirst();
      const announcement = await trx
        .insertInto('messages')
        .values({
          workspace_id: this.workspaceId,
          channel_id: channel.id,
          author_id: actor.userId,
          type: 'SYSTEM',
          system_event: JSON.stringify({
            type: 'MESSAGE_PINNED',
            userId: null,
            actorId: actor.userId,
            channelName: channel.name,
            oldChannelName: null,
            messageId,
          }),
          content: `${pinner?.name ?? 'Someone'} pinned a message to this channel.`,
          content_format: 'text',
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return announcement.id;
    });
    const [message, announcement] = await this.reload([messageId, announcementId]);
    return { message, announcement };
  }

  async unpinMessage(_actor: Actor, messageId: string): Promise<MessageRecord> {
    await this.db.transaction().execute(async (trx) => {
      const { message } = await this.lockMessageAndChannel(trx, messageId);
      if (!message.pinned_at) {
        throw new SwitchboardError('NOT_FOUND', 'The message is not pinned.');
      }
      await trx
        .updateTable('messages')
        .set({ pinned_at: null, pinned_by: null, updated_at: new Date() })
        .where('id', '=', messageId)
        .execute();
    });
    const [message] = await this.reload([messageId]);
    return message;
  }

  /** Pinned messages of each channel, most recently pinned first: one statement for every channel asked. */
  listPins(keys: readonly PageKey[]): BatchResult<Page<MessageRecord>> {
    return fillPages(keys, async (channelIds, page) => {
      if (page.direction !== 'forward') {
        throw new SwitchboardError('UNSUPPORTED', 'Pins can only be read forward (first/after).');
      }
      const rows = await this.selectPinPages(wellFormed(channelIds), page);
      return new Map(
        [...byParent(rows)].map(([channelId, channelRows]) => [
          channelId,
          toPage(channelRows, page, (row) => ({ cursor: encodeKeyset(row.pinned_at, row.id), node: toMessage(row) })),
        ]),
      );
    });
  }

  private async selectPinPages(channelIds: string[], page: LinearPage): Promise<PinnedRow[]> {
    const cursor = decodeCursor(page, 'timestamp');
    const after = cursor ? sql`and (m.pinned_at, m.id) < (${cursor.key}::timestamptz, ${cursor.id}::uuid)` : sql``;
    // Each channel walks messages_pins (channel_id, pinned_at desc, id desc) and stops after limit + 1 rows.
    const result = await sql<PinnedRow>`
      select ${messageColumns}, p.id as parent_key
        from unnest(${uuids(channelIds)}) as p(id)
        cross join lateral (
          select m.id from messages m
           where m.channel_id = p.id and m.workspace_id = ${this.workspaceId} and m.pinned_at is not null ${after}
           order by m.pinned_at desc, m.id desc
           limit ${page.limit + 1}
        ) picked
        join messages m on m.id = picked.id ${threadSummary}
       order by parent_key, m.pinned_at desc, m.id desc`.execute(this.db);
    return result.rows;
  }

  /** Locks the message's channel, then the message, which must exist here and not be deleted. */
  private async lockMessageAndChannel(trx: Transaction<Database>, messageId: string) {
    const located = isNativeId(messageId)
      ? await trx
          .selectFrom('messages')
          .select('channel_id')
          .where('workspace_id', '=', this.workspaceId)
          .where('id', '=', messageId)
          .executeTakeFirst()
      : undefined;
    if (!located) throw notFound('Message', messageId);
    const channel = await trx
      .selectFrom('channels')
      .select(['id', 'name'])
      .where('id', '=', located.channel_id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const message = await trx
      .selectFrom('messages')
      .select(['id', 'pinned_at', 'deleted_at'])
      .where('id', '=', messageId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (message.deleted_at) throw new SwitchboardError('CONFLICT', 'The message was deleted.');
    return { message, channel };
  }

  private async reload(ids: string[]): Promise<MessageRecord[]> {
    const records = await this.loadMessages(ids);
    return records.map((record, index) => {
      if (!record || record instanceof Error) throw record ?? notFound('Message', ids[index]);
      return record;
    });
  }
}
