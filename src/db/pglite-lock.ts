import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';

/**
 * One process at a time on a PGlite folder. PGlite runs PostgreSQL inside the process that opened it, and
 * two processes opening one folder each work on their own copy: what the second writes (an API key made
 * by `npm run admin`) is lost when the first writes its copy back. So the folder gets a lock file,
 * `<folder>.lock`, naming the process that holds it; a second opener is refused with a clear message.
 *
 * A lock left by a process that died (same host, pid gone) is taken over. The server also takes over a
 * lock written on another host (a new container on the same volume after a crash, whose old pid means
 * nothing here); a tool (`npm run admin`) refuses it instead, because that may be a live server.
 * A second server on the same host is refused like a tool (one process per embedded store), and the
 * message names the holder: its kind, its command (`npm start`, `npm run admin`), pid, host and start.
 * The lock goes when the store closes, or when the process exits (an uncaught exception, process.exit).
 */
export type LockHolderKind = 'server' | 'tool';

interface LockContent {
  pid: number;
  host: string;
  kind: LockHolderKind;
  /** The command holding it ("npm start", "npm run admin"), when the opener said. */
  name?: string;
  since: string;
}

export class StoreLockedError extends Error {
  override name = 'StoreLockedError';
}

export interface PGliteLock {
  release(): void;
}

/** Lock files this process holds: a second open in the same process is refused too. */
const heldHere = new Set<string>();

export function lockPGliteFolder(dataDir: string, kind: LockHolderKind, describe: string, name?: string): PGliteLock {
  const path = `${dataDir}.lock`;
  const mine: LockContent = { pid: process.pid, host: hostname(), kind, name, since: new Date().toISOString() };
  mkdirSync(dirname(path), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      writeFileSync(path, JSON.stringify(mine), { flag: 'wx' });
      let released = false;
      heldHere.add(path);
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        heldHere.delete(path);
        releaseIfMine(path);
      };
      // A crash that still runs exit handlers (process.exit, an uncaught exception) leaves no lock behind.
      process.on('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(path);
    if (holder && holds(holder, kind, heldHere.has(path))) {
      const who = holder.kind === 'server' ? 'a running Switchboard server' : 'another Switchboard command';
      const command = holder.name ? `; ${holder.name}` : '';
      throw new StoreLockedError(
        `The PGlite store in ${dataDir} is open in ${who} (pid ${holder.pid} on ${holder.host}, since ${holder.since}${command}). ` +
          `PGlite serves one process at a time, and ${describe} would be lost when that process writes its copy back. ` +
          `Stop it first, or run Switchboard on PostgreSQL (DATABASE_URL) to use this while a server runs. ` +
          `If no such process exists, delete ${path}.`,
      );
    }
    // A stale lock: its process is gone. Remove it and try again (another opener may win the race).
    rmSync(path, { force: true });
  }
  throw new StoreLockedError(`Could not lock the PGlite store in ${dataDir}: ${path} keeps reappearing.`);
}

function readHolder(path: string): LockContent | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockContent>;
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return null;
    const name = typeof parsed.name === 'string' ? parsed.name : undefined;
    return { pid: parsed.pid, host: parsed.host, kind: parsed.kind === 'tool' ? 'tool' : 'server', name, since: String(parsed.since ?? '?') };
  } catch {
    return null;
  }
}

/** Whether `holder` still holds the lock, as seen by an opener of `kind`. */
function holds(holder: LockContent, kind: LockHolderKind, heldByThisProcess: boolean): boolean {
  if (holder.host !== hostname()) return kind === 'tool';
  if (holder.pid === process.pid) return heldByThisProcess;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function releaseIfMine(path: string): void {
  const holder = readHolder(path);
  if (holder && holder.pid === process.pid && holder.host === hostname()) rmSync(path, { force: true });
}
