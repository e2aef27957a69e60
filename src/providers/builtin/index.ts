import { sql } from 'kysely';
import type { ProviderDefinition, ProviderRuntime } from '../definition.js';
import type { MessagingProvider } from '../provider.js';
import { builtinCapabilities } from './capabilities.js';
import { builtinScheduledQueue } from './features/scheduled-queue.js';
import { BuiltinProvider } from './provider.js';

/**
 * The built-in workspace as a provider module: workspaces hosted by Switchboard itself on PostgreSQL or
 * PGlite. Nothing to connect, no credentials, no webhooks or polling (its changes are published when they
 * are made), no echoes. See README.md.
 */
export const builtinProvider: ProviderDefinition = {
  name: 'builtin',
  kind: 'builtin',
  displayName: 'Switchboard',
  capabilities: builtinCapabilities,
  start(host): ProviderRuntime {
    // Provider instances are cheap and stateless: one per workspace for the life of the server.
    const providers = new Map<string, MessagingProvider>();
    const open = (workspaceId: string): MessagingProvider => {
      let provider = providers.get(workspaceId);
      if (!provider) {
        provider = new BuiltinProvider(host.db, workspaceId, { fileStore: host.fileStore, publicUrl: host.publicUrl });
        providers.set(workspaceId, provider);
      }
      return provider;
    };
    return {
      open,
      openFresh: async (workspaceId) => open(workspaceId),
      // The workspaces where the account has a user, with that user: a request's actor and its workspaces'
      // records then cost no statement beyond this one (issue 14).
      reachable: (accountId, rank) =>
        host.db
          .selectFrom('users')
          .innerJoin('workspaces', 'workspaces.id', 'users.workspace_id')
          .select([
            sql.lit(rank).as('rank'),
            sql<string>`workspaces.id::text`.as('workspace_id'),
            'workspaces.name',
            sql<number | null>`null::integer`.as('generation'),
            sql<string | null>`users.id::text`.as('viewer_user_id'),
          ])
          .where('users.account_id', '=', accountId),
      workspaceRecord: (row) => ({ id: row.workspace_id, provider: 'builtin', name: row.name, webUrl: null }),
      // Its scheduled messages are delivered by Switchboard's scheduler (src/scheduler/).
      scheduledQueue: builtinScheduledQueue(host.db),
    };
  },
};

export { BuiltinProvider, type BuiltinOptions } from './provider.js';
// What Switchboard's own parts share with the built-in store: the demo seed's helpers (the demo writes
// built-in workspaces). The scheduler reaches its queue of due messages through the runtime (scheduledQueue).
export { mentionHandles } from './format.js';
export { NIL_UUID } from './unread-sql.js';
