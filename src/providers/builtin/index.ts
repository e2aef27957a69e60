import { sql } from 'kysely';
import type { ProviderDefinition, ProviderRuntime } from '../definition.js';
import type { MessagingProvider } from '../provider.js';
import { builtinCapabilities } from './capabilities.js';
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
      // The workspaces where the account has a user.
      reachable: (accountId, rank) =>
        host.db
          .selectFrom('users')
          .innerJoin('workspaces', 'workspaces.id', 'users.workspace_id')
          .select([sql.lit(rank).as('rank'), sql<string>`workspaces.id::text`.as('workspace_id'), 'workspaces.name', sql<number | null>`null::integer`.as('generation')])
          .where('users.account_id', '=', accountId),
    };
  },
};

export { BuiltinProvider, type BuiltinOptions } from './provider.js';
// What Switchboard's own parts share with the built-in store: the scheduler's queue of due messages and
// the demo seed's helpers (the demo writes built-in workspaces).
export { claimDueScheduledMessages, nextScheduledDueAt, type ClaimedScheduledMessage } from './features/scheduled-queue.js';
export { mentionHandles } from './format.js';
export { NIL_UUID } from './unread-sql.js';
