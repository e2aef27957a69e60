import { sql, type Expression, type Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import type { ReachableWorkspace } from '../definition.js';
import type { ProviderName } from '../model.js';

/**
 * The ReachableWorkspace select of a provider built from stored connections: the workspaces of `provider`
 * the account is linked to (a link needs the connection), with the connection's generation. The viewer's
 * user there is not known without the platform (it comes from the link when a request needs it).
 */
export function linkedWorkspaces(db: Kysely<Database>, provider: ProviderName, accountId: string, rank: number): Expression<ReachableWorkspace> {
  return db
    .selectFrom('provider_user_links as link')
    .innerJoin('provider_connections as connection', (join) =>
      join.onRef('connection.provider', '=', 'link.provider').onRef('connection.workspace_id', '=', 'link.workspace_id'),
    )
    .select([
      sql.lit(rank).as('rank'),
      'connection.workspace_id',
      'connection.name',
      'connection.generation',
      sql<string | null>`null::text`.as('viewer_user_id'),
    ])
    .where('link.provider', '=', provider)
    .where('link.account_id', '=', accountId);
}
