import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.js';
import { CredentialCipher } from './crypto.js';
import type { ConnectionSettings, SlackAppSettings } from './settings.js';
import { ConnectionStore } from './store.js';

/**
 * What the server knows about connecting provider workspaces, shared by the registry, the connect
 * mutations, the OAuth routes, the webhooks and the pollers.
 */
export interface Connections {
  store: ConnectionStore;
  slack: SlackAppSettings;
  /** Base of absolute URLs (OAuth redirect URI, install links). */
  publicUrl: string;
  /** Listeners told when a workspace's connection changed (the registry drops its cached provider). */
  onChange(listener: (teamId: string) => void): void;
  changed(teamId: string): void;
}

export function createConnections(db: Kysely<Database>, settings: ConnectionSettings, publicUrl: string): Connections {
  const listeners: Array<(teamId: string) => void> = [];
  return {
    store: new ConnectionStore(db, new CredentialCipher(settings.encryption)),
    slack: settings.slack,
    publicUrl,
    onChange: (listener) => void listeners.push(listener),
    changed: (teamId) => {
      for (const listener of listeners) listener(teamId);
    },
  };
}

/** The redirect URI registered with the Slack app: where Slack sends the browser back. */
export function slackRedirectUri(connections: Pick<Connections, 'publicUrl'>): string {
  return `${connections.publicUrl}/oauth/slack/callback`;
}
