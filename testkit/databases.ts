import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DatabaseTarget } from '../src/db/database.js';

/** The two stores every storage test runs on. */
export const STORES = ['pglite', 'postgres'] as const;
export type StoreKind = (typeof STORES)[number];

/** The PostgreSQL server the tests use; CI and the README default to the local one. */
export const POSTGRES_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * Set by testkit/global-setup.ts for the test workers: a dump of a migrated PGlite (a file), and the name of a
 * migrated PostgreSQL database to copy. Unset (benchmarks, scripts): test databases start empty.
 */
export const PGLITE_TEMPLATE_ENV = 'SWITCHBOARD_TEST_PGLITE_TEMPLATE';
export const POSTGRES_TEMPLATE_ENV = 'SWITCHBOARD_TEST_POSTGRES_TEMPLATE';

export interface TestDatabase {
  target: DatabaseTarget;
  drop(): Promise<void>;
}

/**
 * A fresh database holding no data: PGlite in memory, or a new PostgreSQL database of its own (so test files
 * running in parallel never share state), dropped afterwards. Under vitest both start migrated, from the
 * global setup's templates; opening them applies only what those lack (nothing).
 */
export async function createTestDatabase(kind: StoreKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const template = process.env[PGLITE_TEMPLATE_ENV];
    return { target: { kind: 'pglite', dataDir: null, ...(template ? { template } : {}) }, drop: async () => {} };
  }
  return createPostgresDatabase(process.env[POSTGRES_TEMPLATE_ENV] || null);
}

/** A migrated PostgreSQL database for createTestDatabase to copy (`create database … template`). */
export async function createTemplateDatabase(): Promise<{ name: string; drop(): Promise<void> }> {
  const database = await createPostgresDatabase(null, 'switchboard_template');
  await (await openDatabase(database.target)).close();
  // A database is copied only while no one is connected to it: wait for the pool's sockets to be gone.
  await admin((client) => waitIdle(client, database.name));
  return { name: database.name, drop: database.drop };
}

async function createPostgresDatabase(template: string | null, prefix = 'switchboard_test'): Promise<TestDatabase & { name: string }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await admin(async (client) => client.query(`create database ${name}${template ? ` template ${template}` : ''}`));
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    name,
    target: { kind: 'postgres', url: url.toString() },
    drop: () => admin((client) => dropWhenIdle(client, name)),
  };
}

/**
 * Drops a test database once its connections are gone. pg's Pool.end() resolves before its sockets have
 * closed; dropping `with (force)` at that moment terminates them, and each terminated client raises an
 * unhandled error in the test process. So wait (a few seconds at most) for them to leave, then drop.
 */
async function dropWhenIdle(client: pg.Client, name: string): Promise<void> {
  await waitIdle(client, name);
  await client.query(`drop database if exists ${name} with (force)`);
}

/** Waits (a few seconds at most) until no session is connected to the database `name`. */
async function waitIdle(client: pg.Client, name: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const { rows } = await client.query<{ open: number }>(
      'select count(*)::int as open from pg_stat_activity where datname = $1',
      [name],
    );
    if (rows[0].open === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
