import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../db/tables.js';

/**
 * Where a provider's delta polling stands, per connection and resource: Graph's delta link (an opaque state
 * token of Graph's, metadata, never content) or the instant of the newest change seen, kept in
 * provider_poll_cursors (the shared poll-position table, `channel_id` naming the resource) so that a restart,
 * or another process, continues from it. The value is replaced, not merged: delta links do not order.
 * Removing a connection removes its positions (ConnectionStore.remove).
 */
export class DeltaLinkStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly provider: string,
  ) {}

  /** The stored positions of a connection's resources (`resources` null: all of them). */
  async load(workspaceId: string, resources: readonly string[] | null = null): Promise<Map<string, string>> {
    if (resources !== null && resources.length === 0) return new Map();
    let query = this.db.selectFrom('provider_poll_cursors').select(['channel_id', 'last_seen']).where('provider', '=', this.provider).where('workspace_id', '=', workspaceId);
    if (resources !== null) query = query.where('channel_id', 'in', resources);
    const rows = await query.execute();
    return new Map(rows.map((row) => [row.channel_id, row.last_seen]));
  }

  async save(workspaceId: string, resource: string, position: string): Promise<void> {
    await this.db
      .insertInto('provider_poll_cursors')
      .values({ provider: this.provider, workspace_id: workspaceId, channel_id: resource, last_seen: position })
      .onConflict((oc) => oc.columns(['provider', 'workspace_id', 'channel_id']).doUpdateSet({ last_seen: sql`excluded.last_seen`, updated_at: sql`now()` }))
      .execute();
  }
}
