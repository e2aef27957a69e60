import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../db/tables.js';

/**
 * What Switchboard remembers about a Slack scheduled message that chat.scheduledMessages.list does not
 * answer (it gives id, channel, post_at, date_created and text only): the message it replies to, whether
 * the reply also goes to the channel, and whether the author wrote text or markdown. Ids and flags, never
 * content: the text stays with Slack. Table slack_scheduled_messages (migration 0007).
 */
export interface ScheduledMetadata {
  channelId: string;
  /** Slack's scheduled_message_id (`Q…`). */
  scheduledId: string;
  authorId: string;
  /** The message replied to (a root or a reply), and the root Slack posts the reply under. */
  parentTs: string | null;
  threadTs: string | null;
  replyBroadcast: boolean;
  format: 'text' | 'markdown';
}

export class ScheduledStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly workspaceId: string,
  ) {}

  async save(row: ScheduledMetadata): Promise<void> {
    const values = {
      workspace_id: this.workspaceId,
      channel_id: row.channelId,
      scheduled_id: row.scheduledId,
      author_id: row.authorId,
      parent_ts: row.parentTs,
      thread_ts: row.threadTs,
      reply_broadcast: row.replyBroadcast,
      content_format: row.format,
    };
    await this.db
      .insertInto('slack_scheduled_messages')
      .values(values)
      .onConflict((conflict) => conflict.columns(['workspace_id', 'channel_id', 'scheduled_id']).doUpdateSet(values))
      .execute();
  }

  /** The rows of the author's scheduled messages, keyed `channel:scheduledId`. One statement. */
  async load(authorId: string, keys: ReadonlyArray<{ channelId: string; scheduledId: string }>): Promise<Map<string, ScheduledMetadata>> {
    if (keys.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('slack_scheduled_messages')
      .selectAll()
      .where('workspace_id', '=', this.workspaceId)
      .where('author_id', '=', authorId)
      .where('scheduled_id', 'in', [...new Set(keys.map((key) => key.scheduledId))])
      .execute();
    return new Map(
      rows.map((row) => [
        `${row.channel_id}:${row.scheduled_id}`,
        {
          channelId: row.channel_id,
          scheduledId: row.scheduled_id,
          authorId: row.author_id,
          parentTs: row.parent_ts,
          threadTs: row.thread_ts,
          replyBroadcast: row.reply_broadcast,
          format: row.content_format,
        },
      ]),
    );
  }

  async remove(channelId: string, scheduledId: string): Promise<void> {
    await this.db
      .deleteFrom('slack_scheduled_messages')
      .where('workspace_id', '=', this.workspaceId)
      .where('channel_id', '=', channelId)
      .where('scheduled_id', '=', scheduledId)
      .execute();
  }

  /**
   * Forgets the author's rows that Slack no longer lists (sent, or cancelled outside Switchboard). Only rows
   * older than a minute (database clock) go, so a message scheduled while the list was read keeps its row.
   */
  async prune(authorId: string, listed: readonly string[]): Promise<void> {
    let query = this.db
      .deleteFrom('slack_scheduled_messages')
      .where('workspace_id', '=', this.workspaceId)
      .where('author_id', '=', authorId)
      .where('created_at', '<', sql<Date>`now() - interval '1 minute'`);
    if (listed.length > 0) query = query.where('scheduled_id', 'not in', [...listed]);
    await query.execute();
  }
}
