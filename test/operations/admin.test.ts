import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdmin } from '../../src/admin/commands.js';
import { openDatabase, type DatabaseTarget } from '../../src/db/database.js';
import { findAccountByApiKey } from '../../src/store/api-keys.js';

/**
 * `npm run admin`: keys with an expiry, list-keys and revoke-key; and on PGlite, a refusal (before any key
 * is made) while another process has the store open, since a key printed then would be lost.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'switchboard-admin-'));
const target: DatabaseTarget = { kind: 'pglite', dataDir: join(dataDir, 'pglite') };

async function admin(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runAdmin(argv, { database: target }, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}

async function authenticates(key: string): Promise<boolean> {
  const database = await openDatabase(target, { holder: 'tool' });
  try {
    return (await findAccountByApiKey(database.db, key)) !== null;
  } finally {
    await database.close();
  }
}

const keyIn = (out: string) => /api key\s+(sb_\S+)/.exec(out)?.[1] ?? null;
const idIn = (line: string) => /^([0-9a-f-]{36})\s/.exec(line)?.[1] ?? null;

describe('npm run admin on PGlite', () => {
  const children = new Set<ChildProcess>();

  beforeAll(async () => {
    const made = await admin('new-workspace', '--name', 'Initech', '--person-name', 'Peter Gibbons', '--email', 'peter@initech.test', '--handle', 'peter');
    expect(made.code).toBe(0);
  });
  afterAll(() => {
    for (const child of children) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('makes keys that expire, lists them without their value, and revokes them', async () => {
    const made = await admin('new-key', '--email', 'peter@initech.test', '--read-only', '--expires-in', '30d');
    expect(made.code).toBe(0);
    expect(made.out).toMatch(/\(shown once; expires \d{4}-\d\d-\d\dT/);
    const key = keyIn(made.out)!;
    expect(await authenticates(key)).toBe(true);

    const listed = await admin('list-keys', '--email', 'peter@initech.test');
    const lines = listed.out.trim().split('\n');
    expect(lines).toHaveLength(2); // the owner's key from new-workspace, and this one
    expect(lines[0]).toMatch(/peter@initech\.test {2}"admin CLI" {2}\[read,write\] {2}created \S+ {2}no expiry {2}active$/);
    expect(lines[1]).toMatch(/\[read\] {2}created \S+ {2}expires \S+ {2}active$/);
    expect(listed.out).not.toContain(key);

    const revoked = await admin('revoke-key', '--id', idIn(lines[1])!);
    expect(revoked.code).toBe(0);
    expect(revoked.out).toMatch(/^revoked {3}\S+ .* revoked \d{4}-/);
    expect(await authenticates(key)).toBe(false);
    expect((await admin('list-keys')).out.trim().split('\n')[1]).toMatch(/ revoked \d{4}-\S+$/);
  });

  it('refuses a key whose expiry has passed, and bad expiry options', async () => {
    const made = await admin('new-key', '--email', 'peter@initech.test', '--expires-at', new Date(Date.now() + 86_400_000).toISOString());
    const key = keyIn(made.out)!;
    expect(await authenticates(key)).toBe(true);
    const database = await openDatabase(target, { holder: 'tool' });
    try {
      await database.db.updateTable('api_keys').set({ expires_at: new Date(Date.now() - 1000) }).where('expires_at', 'is not', null).where('revoked_at', 'is', null).execute();
    } finally {
      await database.close();
    }
    expect(await authenticates(key)).toBe(false);

    expect(await admin('new-key', '--email', 'peter@initech.test', '--expires-in', '0d')).toMatchObject({ code: 1, out: '' });
    expect(await admin('new-key', '--email', 'peter@initech.test', '--expires-at', '2001-01-01T00:00:00Z')).toMatchObject({ code: 1, out: '' });
    expect(await admin('revoke-key', '--id', 'not-an-id')).toMatchObject({ code: 1, out: '' });
  });

  it('refuses to run while another process has the store open, printing no key, and runs once it is gone', async () => {
    // A process that really opens the store, as a server would, and keeps it open.
    const holder = spawn(
      process.execPath,
      ['--import', 'tsx', '-e', `import('./src/db/database.ts').then((m) => m.openDatabase(${JSON.stringify(target)})).then(() => console.log('open'))`],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    children.add(holder);
    await new Promise<void>((resolve, reject) => {
      holder.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('open') && resolve());
      holder.once('exit', (code) => reject(new Error(`the holder exited with ${code}`)));
    });

    const refused = await admin('new-key', '--email', 'peter@initech.test');
    expect(refused.code).toBe(1);
    expect(refused.out).toBe('');
    expect(refused.err).toContain(`is open in a running Switchboard server (pid ${holder.pid} `);
    expect(refused.err).toContain('Stop it first, or run Switchboard on PostgreSQL (DATABASE_URL)');

    // Killed without a chance to clean up: its lock file stays, and is taken over as stale.
    await new Promise((resolve) => holder.once('exit', resolve).kill('SIGKILL'));
    expect(existsSync(`${target.dataDir}.lock`)).toBe(true);
    const made = await admin('new-key', '--email', 'peter@initech.test');
    expect(made.code).toBe(0);
    expect(await authenticates(keyIn(made.out)!)).toBe(true);
    expect(existsSync(`${target.dataDir}.lock`)).toBe(false);
  });
});
