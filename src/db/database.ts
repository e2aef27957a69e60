import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, PostgresDialect, type MigrationProvider } from 'kysely';
import pg from 'pg';
import { migrations } from './migrations/index.js';
import { logUnexpected } from '../log.js';
import { PGliteDialect } from './pglite-dialect.js';
import type { Database } from './tables.js';

/** Where the data lives: PostgreSQL at a URL, PGlite in a folder, or PGlite in memory (tests). */
export type DatabaseTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string | null };

/** Counts every SQL statement sent, so tests and benchmarks can check batching. */
export interface StatementStats {
  statements: number;
}

export interface SwitchboardDatabase {
  db: Kysely<Database>;
  target: DatabaseTarget;
  stats: StatementStats;
  close(): Promise<void>;
}

const migrationProvider: MigrationProvider = { getMigrations: async () => migrations };

/** Opens the database and applies pending migrations. */
export async function openDatabase(target: DatabaseTarget): Promise<SwitchboardDatabase> {
  const stats: StatementStats = { statements: 0 };
  const dialect =
    target.kind === 'postgres' ? new PostgresDialect({ pool: openPool(target.url) }) : new PGliteDialect(openPGlite(target.dataDir));
  const db = new Kysely<Database>({
    dialect,
    log: (event) => {
      if (event.level === 'query') stats.statements += 1;
    },
  });
  await migrate(db);
  return { db, target, stats, close: () => db.destroy() };
}

function openPool(url: string): pg.Pool {
  // JIT off for our sessions: the planner's cost of a page of messages (thread summaries through the GIN
  // index on ancestors) passes jit_above_cost once a workspace holds ~1M messages, and compiling then takes
  // seconds for queries that run in milliseconds (measured on search: 4.8 s with JIT, 12 ms without).
  const pool = new pg.Pool({ connectionString: url, max: 10, options: '-c jit=off' });
  // An idle connection can fail (PostgreSQL restarted, connection killed); without a listener the error
  // would crash the process. The pool drops that client and opens a new one on the next query.
  pool.on('error', (error) => logUnexpected(error));
  return pool;
}

function openPGlite(dataDir: string | null): PGlite {
  if (dataDir === null) return new PGlite();
  mkdirSync(dataDir, { recursive: true });
  return new PGlite(dataDir);
}

async function migrate(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
  }
}
