import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.js';
import { CredentialCipher, type EncryptionKeys } from './crypto.js';
import { ConnectionStore, type CredentialLabels } from './store.js';

/** A workspace of one provider, as connections name it. */
export interface ChangedWorkspace {
  provider: string;
  workspaceId: string;
}

/**
 * What the server knows about connected provider workspaces, shared by the registry, the connect
 * mutations, the OAuth routes, the webhooks and the pollers of every provider.
 */
export interface Connections {
  store: ConnectionStore;
  /** Base of absolute URLs (OAuth redirect URIs, install links). */
  publicUrl: string;
  /** Listeners told when a workspace's connection or links changed (providers drop what they cached). */
  onChange(listener: (workspace: ChangedWorkspace) => void): void;
  changed(workspace: ChangedWorkspace): void;
}

export function createConnections(
  db: Kysely<Database>,
  encryption: EncryptionKeys | null,
  publicUrl: string,
  labelsOf?: (provider: string) => CredentialLabels,
): Connections {
  const listeners: Array<(workspace: ChangedWorkspace) => void> = [];
  return {
    store: new ConnectionStore(db, new CredentialCipher(encryption), labelsOf),
    publicUrl,
    onChange: (listener) => void listeners.push(listener),
    changed: (workspace) => {
      for (const listener of listeners) listener(workspace);
    },
  };
}

/** Where a provider's OAuth flow sends the browser back: GET /oauth/:route/callback (its route family's name, else its own). */
export function oauthRedirectUri(connections: Pick<Connections, 'publicUrl'>, route: string): string {
  return `${connections.publicUrl}/oauth/${route}/callback`;
}
