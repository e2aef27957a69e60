import type { Kysely } from 'kysely';
import { FreshConnections } from '../connections/refresh.js';
import { createConnections, type Connections } from '../connections/service.js';
import type { ConnectionSettings } from '../connections/settings.js';
import { DEFAULT_CREDENTIAL_LABELS } from '../connections/store.js';
import type { Database } from '../db/tables.js';
import type { FileStore } from '../files/store.js';
import type { ChangeIntake, FamilyRuntime, ProviderDefinition, RouteFamily } from './definition.js';
import { ProviderRegistry, type RunningProvider } from './registry.js';

/**
 * Starts the providers of a server from their definitions: the shared connections service (sealed
 * credentials of every provider), one host per provider, its running parts, then its background work
 * (pollers, a connections file). Knows no provider by name.
 */

export interface ProviderStartOptions {
  /** Run the pollers (default true). Tests drive them by hand with `poller.pollOnce()`. */
  pollers?: boolean;
}

export interface ProviderServices {
  db: Kysely<Database>;
  publicUrl: string;
  fileStore?: FileStore | null;
  /** The ingest path for one provider's changes (src/subscriptions/ingest.ts). */
  intakeFor(provider: string): ChangeIntake;
}

export interface StartedProviders {
  registry: ProviderRegistry;
  connections: Connections;
  /** Starts the providers' background work, once the rest of the services exist. */
  begin(): Promise<void>;
  /** Stops the pollers only, so a graceful stop takes no new work while requests drain; `close` ends the rest. */
  stopPollers(): Promise<void>;
  close(): Promise<void>;
}

/** Each provider's settings: those given (read from the environment by src/config.ts), else its defaults. */
function settingsOf(definition: ProviderDefinition, settings: ConnectionSettings | undefined): unknown {
  if (settings && definition.name in settings.providers) return settings.providers[definition.name];
  return definition.readSettings?.({});
}

export function startProviders(
  definitions: readonly ProviderDefinition[],
  settings: ConnectionSettings | undefined,
  services: ProviderServices,
  options: ProviderStartOptions = {},
): StartedProviders {
  const { db } = services;
  const byName = new Map(definitions.map((definition) => [definition.name, definition]));
  const labelsOf = (provider: string) => byName.get(provider)?.credentials?.labels ?? DEFAULT_CREDENTIAL_LABELS;
  const connections = createConnections(db, settings?.encryption ?? null, services.publicUrl, labelsOf);
  // Route families first (once each, however many members): their members register with them at start.
  const families = new Map<RouteFamily, FamilyRuntime>();
  for (const family of new Set(definitions.flatMap((definition) => (definition.routeFamily ? [definition.routeFamily] : [])))) {
    families.set(family, family.start({ family: family.name, db, connections, publicUrl: services.publicUrl, intakeFor: services.intakeFor }));
  }
  const running: RunningProvider[] = definitions.map((definition) => {
    const own = settingsOf(definition, settings);
    const refresh = definition.credentials?.refresh;
    const fresh = new FreshConnections(connections.store, definition.name, refresh ? (connection) => refresh(connection, own) : null);
    const runtime = definition.start(
      {
        provider: definition.name,
        db,
        connections,
        loadConnection: (workspaceId) => fresh.load(workspaceId),
        publicUrl: services.publicUrl,
        fileStore: services.fileStore,
        ingest: services.intakeFor(definition.name),
        family: definition.routeFamily ? families.get(definition.routeFamily)! : null,
      },
      own,
    );
    return { definition, runtime };
  });
  const registry = new ProviderRegistry(db, running, families);
  return {
    registry,
    connections,
    async begin() {
      for (const { runtime } of running) await runtime.begin?.();
      for (const family of families.values()) await family.begin?.();
      if (options.pollers ?? true) for (const { runtime } of running) runtime.poller?.start();
    },
    async stopPollers() {
      await Promise.all(running.map(({ runtime }) => runtime.poller?.stop()));
    },
    async close() {
      for (const { runtime } of running) {
        await runtime.poller?.stop();
        await runtime.close?.();
      }
      for (const family of families.values()) await family.close?.();
    },
  };
}
