import type { ConnectionCredentials, ConnectionStore, StoredConnection } from './store.js';

/** Renews a connection's credentials with the platform (a provider definition's `refreshCredentials`). */
export type RefreshCredentials = (connection: StoredConnection) => Promise<ConnectionCredentials>;

export interface RefreshOptions {
  /** Renew a token this long before it expires, so that a call started now still finds it valid. Default 60 s. */
  marginMs?: number;
  /** Milliseconds since the epoch. Default Date.now. */
  clock?: () => number;
}

/**
 * Loads connections for one provider with their access token renewed first when it expires within the
 * margin. Renewal is single-flight per connection: concurrent loads of an expiring connection wait for one
 * refresh, whose new credentials are stored (generation bumped, so other processes rebuild too) and handed
 * to every caller. A failed refresh fails those callers and is tried again by the next load. Platforms whose
 * tokens do not expire (expiresAt null) never refresh.
 */
export class FreshConnections {
  private readonly renewing = new Map<string, Promise<StoredConnection | null>>();
  private readonly marginMs: number;
  private readonly clock: () => number;

  constructor(
    private readonly store: ConnectionStore,
    private readonly provider: string,
    private readonly refresh: RefreshCredentials | null,
    options: RefreshOptions = {},
  ) {
    this.marginMs = options.marginMs ?? 60_000;
    this.clock = options.clock ?? Date.now;
  }

  /** The connection with a usable access token, or null when the workspace is not connected. */
  async load(workspaceId: string): Promise<StoredConnection | null> {
    const connection = await this.store.load(this.provider, workspaceId);
    if (!connection || !this.expiring(connection)) return connection;
    return this.renew(connection);
  }

  private expiring(connection: StoredConnection): boolean {
    const { expiresAt } = connection.credentials;
    return this.refresh !== null && expiresAt !== null && expiresAt.getTime() - this.marginMs <= this.clock();
  }

  private renew(connection: StoredConnection): Promise<StoredConnection | null> {
    let pending = this.renewing.get(connection.workspaceId);
    if (!pending) {
      pending = this.refresh!(connection)
        .then((credentials) => this.store.updateCredentials(this.provider, connection.workspaceId, credentials))
        .finally(() => this.renewing.delete(connection.workspaceId));
      this.renewing.set(connection.workspaceId, pending);
    }
    return pending;
  }
}
