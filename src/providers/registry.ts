import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/tables.js';
import { SwitchboardError } from '../errors.js';
import type { FamilyRuntime, ProviderDefinition, ProviderRuntime, ReachableWorkspace, RouteFamily, WebhookHandler } from './definition.js';
import type { ProviderKind, ProviderName, WorkspaceRecord } from './model.js';
import type { MessagingProvider } from './provider.js';

/** A workspace a Switchboard account can reach, and which provider serves it. */
export interface WorkspaceHandle {
  provider: ProviderName;
  workspaceId: string;
}

/** A workspace an account reached, with what the memberships statement already told of it. */
export interface ReachedWorkspace extends WorkspaceHandle {
  /** The workspace's record when its provider builds it from the row (ProviderRuntime.workspaceRecord); else null. */
  record: WorkspaceRecord | null;
  /** The account's user there when the provider's select knows it (ReachableWorkspace.viewer_user_id); else null. */
  viewerUserId: string | null;
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

/** A route family in one server: its shared parts and its member providers. */
export interface RunningFamily {
  name: string;
  runtime: FamilyRuntime;
  members: RunningProvider[];
}

/**
 * The providers this server runs, in the order of its list (src/providers/index.ts unless a test gives
 * another): it opens the provider of a workspace and lists the workspaces an account reaches, in one
 * statement over every provider. It knows no provider by name.
 */
export class ProviderRegistry {
  private readonly byName = new Map<string, RunningProvider>();
  private readonly familyByName = new Map<string, RunningFamily>();

  constructor(
    private readonly db: Kysely<Database>,
    providers: readonly RunningProvider[],
    /** The started route families of the providers' definitions (src/providers/runtimes.ts). */
    families: ReadonlyMap<RouteFamily, FamilyRuntime> = new Map(),
  ) {
    for (const running of providers) {
      if (this.byName.has(running.definition.name)) {
        throw new Error(`Two provider definitions are named ${JSON.stringify(running.definition.name)}; names must be unique.`);
      }
      this.byName.set(running.definition.name, running);
    }
    for (const [family, runtime] of families) {
      if (this.byName.has(family.name) || this.familyByName.has(family.name)) {
        throw new Error(`The route family ${JSON.stringify(family.name)} shares its name with a provider or another family; names must be unique.`);
      }
      const members = providers.filter((running) => running.definition.routeFamily === family);
      this.familyByName.set(family.name, { name: family.name, runtime, members });
    }
  }

  /** A route family by name (the routes' name, e.g. "microsoft"), or null. */
  family(name: string): RunningFamily | null {
    return this.familyByName.get(name) ?? null;
  }

  /** The name a provider's routes go by: its route family's, else its own. */
  routeName(running: RunningProvider): string {
    return running.definition.routeFamily?.name ?? running.definition.name;
  }

  /**
   * The handler of POST /webhooks/<name>[/<kind>]: a route family's (shared by its members), else the
   * provider's own; a provider in a family answers only under the family's name. Null: no such route.
   */
  webhook(name: string, kind: string): { provider: string; handler: WebhookHandler } | null {
    const family = this.familyByName.get(name);
    if (family) {
      const handler = family.runtime.webhooks?.[kind];
      return handler ? { provider: name, handler } : null;
    }
    const running = this.byName.get(name);
    const handler = running && !running.definition.routeFamily ? running.runtime.webhooks?.[kind] : undefined;
    return handler ? { provider: name, handler } : null;
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
  async workspacesForAccount(accountId: string): Promise<ReachedWorkspace[]> {
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
    return rows.map((row) => {
      const { definition, runtime } = providers[Number(row.rank)];
      return { provider: definition.name, workspaceId: row.workspace_id, record: runtime.workspaceRecord?.(row) ?? null, viewerUserId: row.viewer_user_id };
    });
  }
}
