import { randomUUID } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isUuid } from '../db/uuid.js';

/**
 * Where the built-in workspace keeps the bytes of uploaded files: one file per upload at
 * `<dir>/<workspace id>/<uuid>`. The path never contains anything the uploader chose (the file name lives
 * in the database), so no upload can write outside its folder or overwrite another.
 *
 * One folder on local disk: instances that scale out must share it (a network volume), as they share the
 * database. Writes go to a temporary name first and are renamed into place, so a reader never sees half a
 * file.
 */
export class FileStore {
  private constructor(
    /** The folder holding every workspace's files. */
    readonly dir: string,
    /** A temporary folder of this process (tests): removed by `close()`. */
    private readonly temporary: boolean,
  ) {}

  /** The store in `dir` (created when missing), or in a new temporary folder when `dir` is null. */
  static async open(dir: string | null): Promise<FileStore> {
    if (dir === null) return new FileStore(await mkdtemp(join(tmpdir(), 'switchboard-files-')), true);
    await mkdir(dir, { recursive: true });
    return new FileStore(dir, false);
  }

  /** Stores the bytes for a workspace; returns the storage key that names them. */
  async write(workspaceId: string, bytes: Uint8Array): Promise<string> {
    const key = `${workspaceId}/${randomUUID()}`;
    const path = this.path(key);
    await mkdir(join(this.dir, workspaceId), { recursive: true });
    const partial = `${path}.partial`;
    try {
      await writeFile(partial, bytes, { flag: 'wx' });
      await rename(partial, path);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    return key;
  }

  /** The stored file's size and a stream of its bytes, or null when nothing is stored under the key. */
  async read(key: string): Promise<{ sizeBytes: number; open: () => ReadStream } | null> {
    if (!isStorageKey(key)) return null;
    const path = this.path(key);
    try {
      const info = await stat(path);
      if (!info.isFile()) return null;
      return { sizeBytes: info.size, open: () => createReadStream(path) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  /** Removes a stored file; nothing happens when it is already gone. */
  async remove(key: string): Promise<void> {
    if (!isStorageKey(key)) return;
    await unlink(this.path(key)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }

  /**
   * Every stored file with when it was last written (for the collector, ./collector.ts), a workspace folder
   * at a time; half-written files (not named by a storage key) are skipped with their uploads.
   */
  async *entries(): AsyncGenerator<{ key: string; modifiedAt: Date }> {
    const workspaces = await readdir(this.dir).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? [] : Promise.reject(error)));
    for (const workspaceId of workspaces) {
      if (!isUuid(workspaceId)) continue;
      const files = await readdir(join(this.dir, workspaceId)).catch(() => [] as string[]);
      for (const fileId of files) {
        const key = `${workspaceId}/${fileId}`;
        if (!isStorageKey(key)) continue;
        const info = await stat(this.path(key)).catch(() => null);
        if (info?.isFile()) yield { key, modifiedAt: info.mtime };
      }
    }
  }

  /** Removes the folder when it is a temporary one; a configured folder stays. */
  async close(): Promise<void> {
    if (this.temporary) await rm(this.dir, { recursive: true, force: true });
  }

  /** The file's path; only ever built from a well-formed key, so it stays inside `dir`. */
  path(key: string): string {
    if (!isStorageKey(key)) throw new Error(`Not a storage key: ${JSON.stringify(key)}`);
    const [workspaceId, fileId] = key.split('/');
    return join(this.dir, workspaceId, fileId);
  }
}

/** `<workspace uuid>/<file uuid>`, nothing else. */
export function isStorageKey(key: string): boolean {
  const parts = key.split('/');
  return parts.length === 2 && parts.every(isUuid);
}
