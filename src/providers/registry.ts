import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.js';
import { BuiltinProvider } from './builtin/index.js';
import { SwitchboardError } from './errors.js';
import type { MessagingProvider, ProviderName } from './types.js';

/** A workspace a Switchboard account can reach, and which provider serves it. */
export interface WorkspaceHandle {
  provider: ProviderName;
  workspaceId: string;
}

/** A string naming one workspace of one provider, for maps and cursors. */
export function workspaceKey(handle: WorkspaceHandle): string {
  return `${handle.provider}:${handle.workspaceId}`;
}

/**
 * The one place that knows every provider. It opens the provider of a workspace and lists the workspaces
 * an account belongs to. Provider instances are cheap and stateless, so they are cached per workspace.
 */
export class ProviderRegistry {
  private readonly providers = new Map<string, MessagingProvider>();

  constructor(private readonly db: Kysely<Database>) {}

  /** The provider serving a workspace. Existence and access are checked by the caller through the provider. */
  open(handle: WorkspaceHandle): MessagingProvider {
    const key = workspaceKey(handle);
    const cached = this.providers.get(key);
    if (cached) return cached;
    const provider = this.create(handle);
    this.providers.set(key, provider);
    return provider;
  }

  /** Every workspace where the account has a user, built-in ones first by name. */
  async workspacesForAccount(accountId: string): Promise<WorkspaceHandle[]> {
    const rows = await this.db
      .selectFrom('users')
      .innerJoin('workspaces', 'workspaces.id', 'users.workspace_id')
      .select('workspaces.id')
      .where('users.account_id', '=', accountId)
      .orderBy('workspaces.name')
      .execute();
    return rows.map((row) => ({ provider: 'builtin' as const, workspaceId: row.id }));
  }

  private create(handle: WorkspaceHandle): MessagingProvider {
    switch (handle.provider) {
      case 'builtin':
        return new BuiltinProvider(this.db, handle.workspaceId);
      default:
        throw new SwitchboardError('UNSUPPORTED', `The ${handle.provider} provider is not available on this server yet.`);
    }
  }
}
