import { sql, type Kysely } from 'kysely';
import type { SlackWorkspaces } from '../connections/slack-workspaces.js';
import type { Database } from '../db/tables.js';
import { BuiltinProvider, type BuiltinOptions } from './builtin/index.js';
import { SwitchboardError } from '../errors.js';
import type { MessagingProvider } from './provider.js';
import type { ProviderName } from './model.js';

/** A workspace a Switchboard account can reach, and which provider serves it. */
export interface WorkspaceHandle {
  provider: ProviderName;
  workspaceId: string;
}

/**
 * Workspaces served by a provider this registry does not build itself. A stop-gap seam (issue 9) until
 * the server takes its list of provider definitions as an option: the test kit plugs its in-memory
 * provider in here (testkit/providers/memory), with no other change to src/.
 */
export interface ExtraWorkspaces {
  /** The provider serving `handle`, or null when it is not one of these workspaces. */
  open(handle: WorkspaceHandle): MessagingProvider | null;
  /** Those of these workspaces where the account has a user; listed after the built-in and Slack ones. */
  workspacesForAccount(accountId: string): Promise<WorkspaceHandle[]>;
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

  constructor(
    private readonly db: Kysely<Database>,
    /** How built-in workspaces run (their file store, Switchboard's URL). */
    private readonly builtin: BuiltinOptions = {},
    /** Connected Slack teams (src/connections/slack-workspaces.ts); null: no Slack on this server. */
    private readonly slack: SlackWorkspaces | null = null,
    /** Workspaces of providers plugged in from outside (tests); asked first. Default: none. */
    private readonly extra: readonly ExtraWorkspaces[] = [],
  ) {}

  /** The provider serving a workspace. Existence and access are checked by the caller through the provider. */
  open(handle: WorkspaceHandle): MessagingProvider {
    for (const source of this.extra) {
      const provider = source.open(handle);
      if (provider) return provider;
    }
    // Slack providers are cached by SlackWorkspaces, which rebuilds one when its credentials change.
    if (handle.provider === 'slack' && this.slack) return this.slack.open(handle.workspaceId);
    const key = workspaceKey(handle);
    const cached = this.providers.get(key);
    if (cached) return cached;
    const provider = this.create(handle);
    this.providers.set(key, provider);
    return provider;
  }

  /**
   * Every workspace where the account has a user, built-in ones first by name, then the Slack workspaces
   * it is linked to by name (one statement for both; the Slack providers of stale generations are rebuilt),
   * then those of the extra sources.
   */
  async workspacesForAccount(accountId: string): Promise<WorkspaceHandle[]> {
    const lists = await Promise.all([
      this.ownWorkspacesForAccount(accountId),
      ...this.extra.map((source) => source.workspacesForAccount(accountId)),
    ]);
    return lists.flat();
  }

  private async ownWorkspacesForAccount(accountId: string): Promise<WorkspaceHandle[]> {
    const builtin = this.db
      .selectFrom('users')
      .innerJoin('workspaces', 'workspaces.id', 'users.workspace_id')
      .select([
        sql<number>`0`.as('rank'),
        sql<string>`workspaces.id::text`.as('workspace_id'),
        'workspaces.name',
        sql<number | null>`null::integer`.as('generation'),
      ])
      .where('users.account_id', '=', accountId);
    if (!this.slack) {
      const rows = await builtin.orderBy('workspaces.name').execute();
      return rows.map((row) => ({ provider: 'builtin' as const, workspaceId: row.workspace_id }));
    }
    const slack = this.db
      .selectFrom('provider_user_links as link')
      .innerJoin('provider_connections as connection', (join) =>
        join.onRef('connection.provider', '=', 'link.provider').onRef('connection.workspace_id', '=', 'link.workspace_id'),
      )
      .select([sql<number>`1`.as('rank'), 'connection.workspace_id', 'connection.name', 'connection.generation'])
      .where('link.provider', '=', 'slack')
      .where('link.account_id', '=', accountId);
    const rows = await builtin.unionAll(slack).orderBy('rank').orderBy('name').execute();
    const teams = rows.filter((row) => row.rank === 1).map((row) => ({ teamId: row.workspace_id, generation: row.generation! }));
    if (teams.length > 0) await this.slack.refresh(teams);
    return rows.map((row) => ({ provider: row.rank === 0 ? ('builtin' as const) : ('slack' as const), workspaceId: row.workspace_id }));
  }

  /** The provider of a workspace outside any request (webhooks): loads a Slack connection when needed. */
  async openFresh(handle: WorkspaceHandle): Promise<MessagingProvider | null> {
    const extra = this.extra.map((source) => source.open(handle)).find((provider) => provider !== null);
    if (extra) return extra;
    if (handle.provider === 'slack') return this.slack ? this.slack.openFresh(handle.workspaceId) : null;
    return this.open(handle);
  }

  private create(handle: WorkspaceHandle): MessagingProvider {
    switch (handle.provider) {
      case 'builtin':
        return new BuiltinProvider(this.db, handle.workspaceId, this.builtin);
      default:
        throw new SwitchboardError('UNSUPPORTED', `The ${handle.provider} provider is not available on this server yet.`);
    }
  }
}
