import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createApp, type SwitchboardApp } from '../src/http/app.js';
import type { ConnectionSettings } from '../src/connections/settings.js';
import type { ResourceLimits } from '../src/limits/settings.js';
import type { LoaderOptions } from '../src/loaders.js';
import type { ProviderDefinition } from '../src/providers/definition.js';
import type { ProviderStartOptions } from '../src/providers/runtimes.js';
import { startServices, type StartedServices } from '../src/services.js';
import { createTestDatabase, type StoreKind, type TestDatabase } from './databases.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }>;
}

export interface TestApp {
  started: StartedServices;
  app: SwitchboardApp;
  /**
   * Runs one operation through `yoga.fetch` as the holder of `apiKey` (null: no Authorization header).
   * Takes a typed document from `graphql()` (test/gql) or a plain string for deliberately odd requests.
   */
  gql<TResult = Record<string, unknown>, TVariables = Record<string, unknown>>(
    apiKey: string | null,
    document: TypedDocumentNode<TResult, TVariables> | string,
    variables?: TVariables,
  ): Promise<GraphQLResponse<TResult>>;
  /** SQL statements sent since the last call (or since start). */
  takeStatementCount(): number;
  close(): Promise<void>;
}

/** A seeded Switchboard on a fresh database of the given kind, served in-process. */
export interface TestAppOptions {
  seed?: boolean;
  loaderOptions?: LoaderOptions;
  /** Share this database (another instance's); its owner drops it. Default: a fresh one of `kind`. */
  database?: TestDatabase;
  /** Use a Redis event bus on this channel instead of the in-process one. */
  redis?: { url: string; channel: string };
  /** Encryption key and each provider's settings (default: none, so credentials cannot be stored). */
  connections?: ConnectionSettings;
  /** Background work of the providers; pollers are off unless a test turns them on. */
  integrations?: ProviderStartOptions;
  /** The providers the server runs (default src/providers/index.ts): a test adds its own with no edit to src/. */
  providers?: readonly ProviderDefinition[];
  /** Per-key limits (src/limits/settings.ts); default none, so that tests never meet them by accident. */
  limits?: Partial<ResourceLimits>;
}

export async function startTestApp(kind: StoreKind, options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase(kind));
  const dropDatabase = options.database ? async () => {} : database.drop;
  const started = await startServices(
    {
      database: database.target,
      publicUrl: 'http://switchboard.test',
      seedDemo: options.seed ?? true,
      redisUrl: options.redis?.url ?? null,
      connections: options.connections,
      limits: options.limits,
    },
    {
      loaderOptions: options.loaderOptions,
      redisChannel: options.redis?.channel,
      integrations: options.integrations ?? { pollers: false },
      providers: options.providers,
    },
  );
  const app = createApp(started.services);
  const stats = started.services.database.stats;
  let mark = stats.statements;
  return {
    started,
    app,
    async gql(apiKey, document, variables) {
      const query = typeof document === 'string' ? document : print(document);
      const response = await app.fetch('http://switchboard.test/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse, 'status'>;
      return { status: response.status, ...body } as never;
    },
    takeStatementCount() {
      const count = stats.statements - mark;
      mark = stats.statements;
      return count;
    },
    async close() {
      await started.close();
      await dropDatabase();
    },
  };
}
