import { sql, type Expression, type Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import type { ReachableWorkspace } from '../definition.js';
import type { ProviderName } from '../model.js';

/**
 * The ReachableWorkspace select of a provider built from stored connections: the workspaces of `provider`
 * the account is linked to (a link needs the connection), with the connection's generation. The viewer's
 * user there is not known without the platform (it comes from the link when a request needs it), unless
 * `viewerIsLinkedUser`: on platforms whose user id is the id the link holds (Teams: the Entra object id), the
 * link names the viewer's user, and a request's actor costs no call.
 */
export function linkedWorkspaces(
  db: Kysely<Database>,
  provider: ProviderName,
  accountId: string,
  rank: number,
  options: { viewerIsLinkedUser?: boolean } = {},
): Expression<ReachableWorkspace> {
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
      options.viewerIsLinkedUser ? sql<string | null>`link.external_user_id`.as('viewer_user_id') : sql<string | null>`null::text`.as('viewer_user_id'),
    ])
    .where('link.provider', '=', provider)
    .where('link.account_id', '=', accountId);
}
