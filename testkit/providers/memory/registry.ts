import type { ProviderName } from '../../../src/providers/model.js';
import type { MessagingProvider } from '../../../src/providers/provider.js';
import type { ExtraWorkspaces, WorkspaceHandle } from '../../../src/providers/registry.js';
import { createMemoryProvider } from './provider.js';
import type { MemoryWorkspace } from './workspace.js';

/**
 * Memory workspaces as a running app sees them: what the registry opens for their handles and which of
 * them an account belongs to (a user with its account id). Plugged in through `startTestApp`'s
 * `extraWorkspaces` (the stop-gap seam in src/providers/registry.ts) until the server takes provider
 * definitions; then this becomes the memory provider's definition.
 */
export class MemoryWorkspaces implements ExtraWorkspaces {
  private readonly providers = new Map<string, MessagingProvider>();
  private readonly workspaces: MemoryWorkspace[] = [];

  /** `provider` is the name handles and records carry (see createMemoryProvider). */
  constructor(readonly provider: ProviderName = 'builtin') {}

  /** Serves `workspace` from now on; listed for accounts in the order added. */
  add(workspace: MemoryWorkspace): MessagingProvider {
    const provider = createMemoryProvider(workspace, this.provider);
    this.workspaces.push(workspace);
    this.providers.set(workspace.id, provider);
    return provider;
  }

  open(handle: WorkspaceHandle): MessagingProvider | null {
    return handle.provider === this.provider ? (this.providers.get(handle.workspaceId) ?? null) : null;
  }

  async workspacesForAccount(accountId: string): Promise<WorkspaceHandle[]> {
    return this.workspaces
      .filter((workspace) => [...workspace.users.values()].some((user) => user.accountId === accountId))
      .map((workspace) => ({ provider: this.provider, workspaceId: workspace.id }));
  }
}
