import type { Transaction } from 'kysely';
import type { Database } from '../db/tables.js';

/** The demo's scheduled message: alice's reminder in Acme #engineering, pending, due in 30 days at 09:00 UTC. */
export const DEMO_SCHEDULED_TEXT =
  'Reminder: the quarterly roadmap review is today at 10:00. Add your notes to the planning doc beforehand, @bob.';

const DAY = 86_400_000;

/**
 * Adds the demo's scheduled message inside the seed's transaction, looking its people and channel up by
 * name. Its content is fixed; its time is relative to the seed's clock, well in the future, so it stays
 * pending in a demo (and the scheduler never sends it during a session).
 */
export async function seedDemoScheduled(trx: Transaction<Database>, now: Date): Promise<void> {
  const target = await trx
    .selectFrom('channels')
    .innerJoin('workspaces', 'workspaces.id', 'channels.workspace_id')
    .innerJoin('users', (join) => join.onRef('users.workspace_id', '=', 'workspaces.id').on('users.name', '=', 'alice'))
    .select(['channels.id as channel_id', 'workspaces.id as workspace_id', 'users.id as author_id'])
    .where('workspaces.name', '=', 'Acme')
    .where('channels.name', '=', 'engineering')
    .executeTakeFirstOrThrow();
  const due = new Date(now.getTime() + 30 * DAY);
  due.setUTCHours(9, 0, 0, 0);
  await trx
    .insertInto('scheduled_messages')
    .values({
      workspace_id: target.workspace_id,
      channel_id: target.channel_id,
      author_id: target.author_id,
      parent_id: null,
      content: DEMO_SCHEDULED_TEXT,
      content_format: 'markdown',
      scheduled_for: due,
      due_at: due,
      created_at: now,
      updated_at: now,
    })
    .execute();
}
