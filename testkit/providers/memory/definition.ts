import { sql } from 'kysely';
import type { ProviderDefinition, ProviderRuntime, ReachableWorkspace } from '../../../src/providers/definition.js';
import type { MessagingProvider } from '../../../src/providers/provider.js';
import { memoryCapabilities, memoryMailCapabilities } from './capabilities.js';
import { createMemoryProvider } from './provider.js';
import type { MemoryWorkspace } from './workspace.js';

/** The memory provider's name in handles, global ids and events; it shows as BUILTIN in the schema's enum. */
export const MEMORY = 'memory';

/**
 * The in-memory provider as a module: a ProviderDefinition that lives only in the test kit and plugs into a
 * server through `startTestApp(kind, { providers: [...PROVIDERS, memory.definition] })`, with no edit to
 * src/. Workspaces are added to it at any time (before or after the server starts).
 */
export class MemoryWorkspaces {
  /**
   * `name`: the definition's (default `memory`); a second set of memory workspaces in one app needs another.
   * `email`: its workspaces are mailboxes (MemoryWorkspace `email: true`), and its capabilities say so.
   */
  constructor(options: { name?: string; email?: boolean } = {}) {
    this.name = options.name ?? MEMORY;
    this.definition = this.build(this.name, options.email ?? false);
  }

  private readonly name: string;
  private readonly providers = new Map<string, MessagingProvider>();
  private readonly workspaces: MemoryWorkspace[] = [];
  /** The definition a server runs. */
  readonly definition: ProviderDefinition;

  /** Serves `workspace` from now on; listed for accounts by name, after the providers before it in the list. */
  add(workspace: MemoryWorkspace): MessagingProvider {
    const provider = createMemoryProvider(workspace, this.name);
    this.workspaces.push(workspace);
    this.providers.set(workspace.id, provider);
    return provider;
  }

  private build(name: string, email: boolean): ProviderDefinition {
    return {
      name,
      kind: 'builtin',
      displayName: email ? 'Memory mail' : 'Memory',
      capabilities: email ? memoryMailCapabilities : memoryCapabilities,
      start: (): ProviderRuntime => ({
        open: (workspaceId) => this.open(workspaceId),
        openFresh: async (workspaceId) => this.providers.get(workspaceId) ?? null,
        // The registry unions every provider's select into one statement: memberships are a VALUES list.
        reachable: (accountId, rank) => {
          const rows = this.workspaces.flatMap((workspace) =>
            [...workspace.users.values()]
              .filter((user) => user.accountId !== null)
              .map((user) => sql`(${user.accountId}::text, ${workspace.id}::text, ${workspace.name}::text)`),
          );
          if (rows.length === 0) {
            return sql<ReachableWorkspace>`select ${sql.lit(rank)} as rank, ''::text as workspace_id, ''::text as name, null::integer as generation, null::text as viewer_user_id where false`;
          }
          return sql<ReachableWorkspace>`select ${sql.lit(rank)} as rank, m.workspace_id, m.name, null::integer as generation, null::text as viewer_user_id from (values ${sql.join(rows)}) as m(account_id, workspace_id, name) where m.account_id = ${accountId}`;
        },
      }),
    };
  }

  private open(workspaceId: string): MessagingProvider {
    const provider = this.providers.get(workspaceId);
    if (!provider) throw new Error(`No memory workspace ${JSON.stringify(workspaceId)}.`);
    return provider;
  }
}
