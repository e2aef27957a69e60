import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, EventLogTable } from '../db/tables.js';
import { isUuid } from '../db/uuid.js';
import { SwitchboardError } from '../errors.js';
import type { EventEnvelope, EventType, LoggedEvent } from '../providers/events.js';
import type { ProviderName } from '../providers/model.js';
import type { EventBus } from './bus.js';

/** Advisory-lock key of the event log's writers (an arbitrary constant: "sbevents" in ASCII). */
const EVENT_LOG_LOCK = 0x7362_6576_656e_7473n;

/**
 * The event log: every normalized event, as an envelope (ids, type, time; never content), in publish
 * order. It lets a subscriber resume with `after: cursor` without losing what happened while it was away.
 */
export class EventLog {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly bus: EventBus,
  ) {}

  /**
   * Appends the event to the log and publishes it on the bus, one writer at a time. Subscribers rely on
   * the log's order: a live stream drops anything at or below the last seq it delivered, and a replay
   * reads `seq > after`. With concurrent writers, sequence numbers are handed out in one order and
   * committed and published in another, so both would lose events. The transaction-scoped advisory lock
   * makes seq order, commit order and publish order the same, across every process sharing the database.
   * Publishing happens just before commit, still under the lock.
   */
  async record(event: Omit<EventEnvelope, 'id' | 'occurredAt'> & Partial<Pick<EventEnvelope, 'occurredAt'>>): Promise<LoggedEvent> {
    return this.db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${EVENT_LOG_LOCK})`.execute(trx);
      const row = await trx
        .insertInto('event_log')
        .values({
          id: randomUUID(),
          type: event.type,
          occurred_at: event.occurredAt ?? new Date(),
          provider: event.provider,
          workspace_id: event.workspaceId,
          channel_id: event.channelId,
          message_id: event.messageId,
          thread_root_id: event.threadRootId,
          actor_id: event.actorId,
          emoji: event.emoji,
          button_id: event.buttonId,
          // Private events (read state) name the one account that may receive them; see canSee in schema/event.ts.
          audience_account_id: event.audienceAccountId ?? null,
          scheduled_message_id: event.scheduledMessageId ?? null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const logged = toLogged(row);
      await this.bus.publish(logged);
      return logged;
    });
  }

  /** Logged events by id, in the ids' order; null for an unknown or malformed id. */
  async byIds(ids: readonly string[]): Promise<Array<LoggedEvent | null>> {
    const uuids = ids.filter(isUuid);
    const rows = uuids.length === 0 ? [] : await this.db.selectFrom('event_log').selectAll().where('id', 'in', uuids).execute();
    const byId = new Map(rows.map((row) => [row.id, toLogged(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /**
   * The highest sequence number handed out so far, committed or not (sequences are not transactional, so a
   * writer's seq counts here before its commit, when it is already on the bus). Bus messages beyond it are
   * forged (src/subscriptions/redis-bus.ts).
   */
  async highWater(): Promise<bigint> {
    const { rows } = await sql<{ last: string | null }>`select (case when is_called then last_value else 0 end)::text as last from event_log_seq_seq`.execute(this.db);
    return BigInt(rows[0]?.last ?? '0');
  }

  /** Events after `seq` in the given workspaces, oldest first, at most `limit`. */
  async since(seq: string, workspaceIds: string[], limit: number): Promise<LoggedEvent[]> {
    if (workspaceIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('event_log')
      .selectAll()
      .where('seq', '>', seq as never)
      .where('workspace_id', 'in', workspaceIds)
      .orderBy('seq')
      .limit(limit)
      .execute();
    return rows.map(toLogged);
  }
}

/** Event cursors are opaque to clients; inside they are the log's sequence number. */
export function encodeEventCursor(seq: string): string {
  return Buffer.from(`ev:${seq}`, 'utf8').toString('base64url');
}

export function decodeEventCursor(cursor: string): string {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^ev:(\d{1,19})$/.exec(raw);
  if (!match) throw new SwitchboardError('VALIDATION_ERROR', `after: ${JSON.stringify(cursor)} is not an event cursor.`);
  return match[1];
}

function toLogged(row: Selectable<EventLogTable>): LoggedEvent {
  return {
    seq: String(row.seq),
    id: row.id,
    type: row.type as EventType,
    occurredAt: row.occurred_at,
    provider: row.provider as ProviderName,
    workspaceId: row.workspace_id,
    channelId: row.channel_id,
    messageId: row.message_id,
    threadRootId: row.thread_root_id,
    actorId: row.actor_id,
    emoji: row.emoji,
    buttonId: row.button_id,
    audienceAccountId: row.audience_account_id,
    scheduledMessageId: row.scheduled_message_id,
  };
}
