import { mkdirSync, readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, PostgresDialect, type MigrationProvider } from 'kysely';
import pg from 'pg';
import { migrations } from './migrations/index.js';
import { logUnexpected } from '../log.js';
import { PGliteDialect } from './pglite-dialect.js';
import { lockPGliteFolder, type LockHolderKind } from './pglite-lock.js';
import type { Database } from './tables.js';

/**
 * Where the data lives: PostgreSQL at a URL, PGlite in a folder, or PGlite in memory (tests). An in-memory
 * PGlite may start from `template`, a file written by PGlite's dumpDataDir (the tests' store migrated once,
 * testkit/global-setup.ts): loading it skips initdb and the migrations, most of a fresh store's start.
 */
export type DatabaseTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string | null; template?: string };

/** Counts every SQL statement sent, so tests and benchmarks can check batching. */
export interface StatementStats {
  statements: number;
}

export interface SwitchboardDatabase {
  db: Kysely<Database>;
  target: DatabaseTarget;
  stats: StatementStats;
  /** The PostgreSQL pool's connections now (for /metrics); null on PGlite. */
  poolStats?(): { total: number; idle: number; waiting: number } | null;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Called with a line of progress while the store opens and migrates (the first start takes seconds). */
  progress?: (step: string) => void;
  /**
   * Who opens a PGlite folder: the server, or a tool such as `npm run admin` (src/db/pglite-lock.ts).
   * Default 'server'. In-memory PGlite and PostgreSQL need no lock.
   */
  holder?: LockHolderKind;
  /** What the tool would lose, for the message when the folder is locked ("the API key it prints"). */
  purpose?: string;
  /** The command opening it ("npm start", "npm run admin"), named to whoever is refused. */
  holderName?: string;
}

const migrationProvider: MigrationProvider = { getMigrations: async () => migrations };

/** Opens the database and applies pending migrations. */
export async function openDatabase(target: DatabaseTarget, options: OpenOptions = {}): Promise<SwitchboardDatabase> {
  const stats: StatementStats = { statements: 0 };
  const lock =
    target.kind === 'pglite' && target.dataDir !== null
      ? lockPGliteFolder(target.dataDir, options.holder ?? 'server', options.purpose ?? 'what this process writes', options.holderName)
      : null;
  const pool = target.kind === 'postgres' ? openPool(target.url) : null;
  const dialect = pool ? new PostgresDialect({ pool }) : new PGliteDialect(openPGlite(target as Extract<DatabaseTarget, { kind: 'pglite' }>));
  const db = new Kysely<Database>({
    dialect,
    log: (event) => {
      if (event.level === 'query') stats.statements += 1;
    },
  });
  try {
    await migrate(db, options.progress);
  } catch (error) {
    await db.destroy().catch(() => {});
    lock?.release();
    throw error;
  }
  return {
    db,
    target,
    stats,
    poolStats: () => (pool ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount } : null),
    close: async () => {
      try {
        await db.destroy();
      } finally {
        lock?.release();
      }
    },
  };
}

/** Names of this code's migrations the database has not applied (for /readyz); empty when up to date. */
export async function pendingMigrations(db: Kysely<Database>): Promise<string[]> {
  const known = await new Migrator({ db, provider: migrationProvider }).getMigrations();
  return known.filter((migration) => migration.executedAt === undefined).map((migration) => migration.name);
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

function openPGlite({ dataDir, template }: Extract<DatabaseTarget, { kind: 'pglite' }>): PGlite {
  if (dataDir === null) return template ? new PGlite({ loadDataDir: new Blob([readFileSync(template)]) }) : new PGlite();
  mkdirSync(dataDir, { recursive: true });
  return new PGlite(dataDir);
}

/**
 * Applies pending migrations one at a time, reporting each (a new store applies them all, which takes
 * seconds on PGlite). Each step takes the migrator's lock, so instances starting together on one
 * PostgreSQL apply each migration once.
 */
async function migrate(db: Kysely<Database>, progress?: (step: string) => void): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const pending = progress ? (await migrator.getMigrations()).filter((migration) => migration.executedAt === undefined) : [];
  if (pending.length > 0) progress?.(`applying ${pending.length} database migration${pending.length === 1 ? '' : 's'}`);
  for (;;) {
    const started = performance.now();
    const { error, results } = progress ? await migrator.migrateUp() : await migrator.migrateToLatest();
    const failed = results?.find((result) => result.status === 'Error');
    if (error || failed) {
      throw new Error(`Database migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
    }
    const applied = results?.filter((result) => result.status === 'Success') ?? [];
    for (const result of applied) progress?.(`migration ${result.migrationName} applied (${Math.round(performance.now() - started)} ms)`);
    if (!progress || applied.length === 0) return;
  }
}
