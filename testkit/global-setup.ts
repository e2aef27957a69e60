import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase } from '../src/db/database.js';
import { createTemplateDatabase, PGLITE_TEMPLATE_ENV, POSTGRES_TEMPLATE_ENV } from './databases.js';

/**
 * Vitest's global setup (vitest.config.ts): migrates one store of each kind before any test file runs, so that
 * each test database starts from it instead of migrating again (testkit/databases.ts). A fresh in-memory
 * PGlite runs initdb and every migration, seconds each time, and the suite opens one per fixture; loading a
 * dump of a migrated one takes a fraction of that. On PostgreSQL each test database is created from a
 * migrated template database. The workers inherit the two locations through the environment; without them
 * (a benchmark, a script) test databases start empty and migrate as before.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const folder = mkdtempSync(join(tmpdir(), 'switchboard-template-'));
  const dataDir = join(folder, 'pglite');
  // openDatabase applies the migrations exactly as a server does; PGlite then dumps the folder it wrote.
  await (await openDatabase({ kind: 'pglite', dataDir })).close();
  const pglite = await PGlite.create(dataDir);
  const dump = await pglite.dumpDataDir('none');
  await pglite.close();
  const template = join(folder, 'migrated.tar');
  writeFileSync(template, Buffer.from(await dump.arrayBuffer()));
  rmSync(dataDir, { recursive: true, force: true });
  process.env[PGLITE_TEMPLATE_ENV] = template;

  // Without a reachable PostgreSQL the PGlite files still run (as before); those needing it fail as they did.
  const postgres = await createTemplateDatabase().catch((error: unknown) => {
    if ((error as { code?: string }).code === 'ECONNREFUSED') return null;
    throw error;
  });
  if (postgres) process.env[POSTGRES_TEMPLATE_ENV] = postgres.name;

  return async () => {
    delete process.env[PGLITE_TEMPLATE_ENV];
    delete process.env[POSTGRES_TEMPLATE_ENV];
    rmSync(folder, { recursive: true, force: true });
    await postgres?.drop();
  };
}
