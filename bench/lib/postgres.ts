import pg from 'pg';

/** The PostgreSQL server the benchmarks use (the tests' one by default). */
export const POSTGRES_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** The URL of database `name` on the benchmark server. */
export function databaseUrl(name: string): string {
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A benchmark's own database, created empty (dropped first if a killed run left it behind); returns its
 * URL. `dropBenchDatabase` removes it at the end.
 */
export async function createBenchDatabase(name: string): Promise<string> {
  await admin(async (client) => {
    await client.query(`drop database if exists ${name} with (force)`);
    await client.query(`create database ${name}`);
  });
  return databaseUrl(name);
}

export async function dropBenchDatabase(name: string): Promise<void> {
  await admin((client) => client.query(`drop database if exists ${name} with (force)`));
}

/** PostgreSQL's version string, for the report. */
export async function postgresVersion(): Promise<string> {
  return admin(async (client) => (await client.query<{ v: string }>("select current_setting('server_version') as v")).rows[0].v);
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
