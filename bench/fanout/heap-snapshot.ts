import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';

/** Writes a heap snapshot of this process into `dir` (after a full GC when exposed); returns its path. */
export function heapSnapshotInto(dir: string): string {
  mkdirSync(dir, { recursive: true });
  (globalThis as { gc?: () => void }).gc?.();
  return writeHeapSnapshot(join(dir, `${process.pid}-${Date.now()}.heapsnapshot`));
}
