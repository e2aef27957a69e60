import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../db/tables.js';
import './tables.js';

/**
 * A user's read position in channels whose platform keeps none (Teams channels): table
 * provider_channel_positions (migration 0017), one row per user and channel, holding the id of the last timeline
 * message read (a number written as text: Graph's message ids are creation milliseconds), or a number just
 * before a message after a mark-unread. No row: the user never marked the channel read.
 */
export class ChannelPositionStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly provider: string,
    private readonly workspaceId: string,
  ) {}

  /** The user's positions in these channels, by channel id (absent: none). One statement. */
  async positions(userId: string, channelIds: readonly string[]): Promise<Map<string, string>> {
    if (channelIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('provider_channel_positions')
      .select(['channel_id', 'read_position'])
      .where('provider', '=', this.provider)
      .where('workspace_id', '=', this.workspaceId)
      .where('user_id', '=', userId)
      .where('channel_id', 'in', [...new Set(channelIds)])
      .execute();
    return new Map(rows.map((row) => [row.channel_id, row.read_position]));
  }

  /** Moves the user's position in the channel, forwards or backwards (mark-unread moves it back). */
  async setPosition(userId: string, channelId: string, readPosition: string): Promise<void> {
    await this.db
      .insertInto('provider_channel_positions')
      .values({ provider: this.provider, workspace_id: this.workspaceId, user_id: userId, channel_id: channelId, read_position: readPosition })
      .onConflict((conflict) =>
        conflict.columns(['provider', 'workspace_id', 'user_id', 'channel_id']).doUpdateSet({ read_position: readPosition, updated_at: sql`now()` }),
      )
      .execute();
  }
}
