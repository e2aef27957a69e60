import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.js';

/**
 * Issue 15, item 7: two servers on one DATA_DIR both ran on the same PGlite files (each seeing only its own
 * writes; acknowledged writes were lost at restart), `npm run admin` opened the store under a running
 * server, and a start on a taken port kept the store open with the scheduler running. The PGlite directory
 * is locked by one process, which others name when they refuse; a port that cannot be bound ends the start.
 */

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-lock-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function childEnv(dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, SEED_DEMO: 'false', ...extra };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  return env;
}

describe('one embedded store, one process', () => {
  // One store on disk for every test: creating a PGlite folder is the slow part.
  const root = tempDir();
  const dataDir = join(root, 'pglite');
  beforeAll(async () => {
    const created = await openDatabase({ kind: 'pglite', dataDir });
    await created.close();
  });

  it('a second open of the same PGlite directory is refused with a message naming the holder, until the first closes', async () => {
    const first = await openDatabase({ kind: 'pglite', dataDir }, { holderName: 'npm start' });
    try {
      // A second server is refused as well as a tool: one process per embedded store.
      await expect(openDatabase({ kind: 'pglite', dataDir }, { holderName: 'npm start' })).rejects.toThrow(/is open in a running Switchboard server/);
      await expect(openDatabase({ kind: 'pglite', dataDir }, { holder: 'tool', holderName: 'npm run admin' })).rejects.toThrow(
        new RegExp(`^The PGlite store in .*pglite is open in a running Switchboard server \\(pid ${process.pid} on .*; npm start\\)`),
      );
    } finally {
      await first.close();
    }
    const again = await openDatabase({ kind: 'pglite', dataDir });
    await again.close();
  }, 90_000);

  it('takes over the lock of a process that no longer runs', async () => {
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(`${dataDir}.lock`, JSON.stringify({ pid: Number(gone.stdout), host: (await import('node:os')).hostname(), holder: 'npm start', since: new Date().toISOString() }));
    const reopened = await openDatabase({ kind: 'pglite', dataDir });
    expect(JSON.parse(readFileSync(`${dataDir}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
    await reopened.close();
  }, 90_000);

  it('npm run admin refuses clearly while a server holds the store', async () => {
    const held = await openDatabase({ kind: 'pglite', dataDir }, { holderName: 'npm start' });
    try {
      const admin = spawnSync(process.execPath, ['--import', 'tsx', 'src/admin.ts', 'new-key', '--email', 'nobody@example.com'], {
        env: childEnv(root),
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(admin.status).toBe(1);
      expect(admin.stderr).toMatch(new RegExp(`is open in a running Switchboard server \\(pid ${process.pid} on .*; npm start\\)`));
      expect(admin.stderr).toContain('Stop it first');
    } finally {
      await held.close();
    }
  }, 90_000);

  it('a server that cannot bind its port exits non-zero, releasing the store', async () => {
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '0.0.0.0', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], { env: childEnv(root, { PORT: String(port) }), stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => {
        // Bounds a hang only: before the fix the server kept running with its store open.
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          resolve(null);
        }, 60_000);
        child.once('exit', (exitCode) => {
          clearTimeout(timer);
          resolve(exitCode);
        });
      });
      expect(code).toBe(1);
      expect(output).toContain(`Port ${port} is already in use`);
      // The store was closed and its lock released on the way out.
      const database = await openDatabase({ kind: 'pglite', dataDir });
      await database.close();
    } finally {
      taken.close();
    }
  }, 90_000);
});
