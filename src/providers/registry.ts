import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/tables.js';
import { SwitchboardError } from '../errors.js';
import type { ProviderDefinition, ProviderRuntime, ReachableWorkspace } from './definition.js';
import type { ProviderKind, ProviderName } from './model.js';
import type { MessagingProvider } from './provider.js';

/** A workspace a Switchboard account can reach, and which provider serves it. */
export interface WorkspaceHandle {
  provider: ProviderName;
  workspaceId: string;
}

/** A string naming one workspace of one provider, for maps and cursors. */
export function workspaceKey(handle: WorkspaceHandle): string {
  return `${handle.provider}:${handle.workspaceId}`;
}

/** One provider of this server: its definition and its running parts. */
export interface RunningProvider {
  definition: ProviderDefinition;
  runtime: ProviderRuntime;
}

/**
 * The providers this server runs, in the order of its list (src/providers/index.ts unless a test gives
 * another): it opens the provider of a workspace and lists the workspaces an account reaches, in one
 * statement over every provider. It knows no provider by name.
 */
export class ProviderRegistry {
  private readonly byName = new Map<string, RunningProvider>();

  constructor(
    private readonly db: Kysely<Database>,
    providers: readonly RunningProvider[],
  ) {
    for (const running of providers) {
      if (this.byName.has(running.definition.name)) {
        throw new Error(`Two provider definitions are named ${JSON.stringify(running.definition.name)}; names must be unique.`);
      }
      this.byName.set(running.definition.name, running);
    }
  }

  /** Every provider, in list order. */
  get providers(): RunningProvider[] {
    return [...this.byName.values()];
  }

  /** A provider by name, or null when this server does not run it. */
  find(name: string): RunningProvider | null {
    return this.byName.get(name) ?? null;
  }

  /** A provider by name; UNSUPPORTED naming it when this server does not run it. */
  require(name: string): RunningProvider {
    const running = this.find(name);
    if (!running) throw new SwitchboardError('UNSUPPORTED', `The ${name} provider is not available on this server.`);
    return running;
  }

  /** How a provider shows in the schema's Provider enum (its definition's kind). */
  kindOf(name: ProviderName): ProviderKind {
    return this.require(name).definition.kind;
  }

  /** The provider serving a workspace. Existence and access are checked by the caller through the provider. */
  open(handle: WorkspaceHandle): MessagingProvider {
    return this.require(handle.provider).runtime.open(handle.workspaceId);
  }

  /** The provider of a workspace outside any request (webhooks, event delivery), loaded; null when it is not there. */
  async openFresh(handle: WorkspaceHandle): Promise<MessagingProvider | null> {
    const running = this.find(handle.provider);
    return running ? running.runtime.openFresh(handle.workspaceId) : null;
  }

  /**
   * Every workspace where the account has a user, provider by provider in list order and by name within
   * one: one statement for all of them (each provider contributes a select), then each provider is told
   * which of its workspaces were reached (to refresh what it built from stale credentials).
   */
  async workspacesForAccount(accountId: string): Promise<WorkspaceHandle[]> {
    const providers = this.providers;
    if (providers.length === 0) return [];
    const selects = providers.map((running, rank) => running.runtime.reachable(accountId, rank));
    const query =
      selects.length === 1
        ? sql<ReachableWorkspace>`${selects[0]} order by "name"`
        : sql<ReachableWorkspace>`${sql.join(selects, sql` union all `)} order by "rank", "name"`;
    const { rows } = await query.execute(this.db);
    await Promise.all(
      providers.map((running, rank) => {
        const reached = rows.filter((row) => Number(row.rank) === rank);
        return reached.length > 0 ? running.runtime.reached?.(reached) : undefined;
      }),
    );
    return rows.map((row) => ({ provider: providers[Number(row.rank)].definition.name, workspaceId: row.workspace_id }));
  }
}
