import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../db/tables.js';
import type { ClaimedScheduledMessage, ScheduledQueue } from '../../features/scheduled.js';

/**
 * The scheduler's side of the kit's scheduled messages: one queue per database, shared by every provider
 * of the server that uses the kit, so that a scheduler run asks it once for all of them (one statement).
 * It claims rows of the providers it serves only: a row of a provider this server does not run waits for
 * a server that does.
 */
export class EmulatedScheduledQueue implements ScheduledQueue {
  private readonly providers = new Set<string>();

  constructor(private readonly db: Kysely<Database>) {}

  /** Adds a provider whose rows this queue hands to the scheduler. */
  serve(provider: string): this {
    this.providers.add(provider);
    return this;
  }

  /**
   * One statement: pick due rows with `for update skip locked` (schedulers sharing the database take
   * disjoint rows and never wait for each other), mark them SENDING under the lease, and return them
   * with their authors' accounts. The content stays sealed: delivery opens it through the provider's part.
   */
  async claimDue(options: { now: Date; limit: number; leaseMs: number }): Promise<ClaimedScheduledMessage[]> {
    if (this.providers.size === 0) return [];
    const lease = new Date(options.now.getTime() + options.leaseMs);
    const { rows } = await sql<{ id: string; provider: string; workspace_id: string; author_id: string; account_id: string; name: string | null; email: string | null }>`
      with due as (
        select id from emulated_scheduled_messages
        where provider = any(${[...this.providers]}::text[]) and status in ('PENDING', 'SENDING') and due_at <= ${options.now}
        order by due_at
        limit ${options.limit}
        for update skip locked
      ), claimed as (
        update emulated_scheduled_messages s set status = 'SENDING', due_at = ${lease}, updated_at = now()
        from due where s.id = due.id
        returning s.id, s.provider, s.workspace_id, s.author_id, s.account_id
      )
      select claimed.*, accounts.name, accounts.email
      from claimed left join accounts on accounts.id = claimed.account_id`.execute(this.db);
    return rows.map((row) => ({
      provider: row.provider,
      id: row.id,
      workspaceId: row.workspace_id,
      authorId: row.author_id,
      account: row.name === null ? null : { id: row.account_id, name: row.name, email: row.email },
    }));
  }

  async nextDueAt(): Promise<Date | null> {
    if (this.providers.size === 0) return null;
    const row = await this.db
      .selectFrom('emulated_scheduled_messages')
      .select((eb) => eb.fn.min('due_at').as('next'))
      .where('provider', 'in', [...this.providers])
      .where('status', 'in', ['PENDING', 'SENDING'])
      .executeTakeFirst();
    return row?.next ? new Date(row.next) : null;
  }
}

const queues = new WeakMap<Kysely<Database>, EmulatedScheduledQueue>();

/** The queue of one database (one server's Kysely instance), made on first use. */
export function emulatedScheduledQueue(db: Kysely<Database>): EmulatedScheduledQueue {
  let queue = queues.get(db);
  if (!queue) {
    queue = new EmulatedScheduledQueue(db);
    queues.set(db, queue);
  }
  return queue;
}
