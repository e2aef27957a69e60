import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.js';
import { logInfo, logUnexpected } from '../log.js';
import { pruneUploadUsage } from '../store/upload-usage.js';
import type { FileStore } from './store.js';

/**
 * Stored bytes nothing holds any more are removed:
 * - uploads never attached to a message (nor held by a scheduled one) after `unattachedUploadMs`: row and file;
 * - files no attachment row names: a deleted message's attachments (their rows go with the message's
 *   transaction, while files cannot), an upload whose row was never written. A file younger than `graceMs`
 *   is left alone, since an upload writes its file before its row.
 * Safe to run in every instance sharing the folder: each step removes only what is unreferenced by then.
 * The rows of the upload quota (src/store/upload-usage.ts) that left its window go at the same time.
 */
export interface CollectorOptions {
  unattachedUploadMs?: number;
  graceMs?: number;
}

const LOOKUP_BATCH = 500;

export class FileCollector {
  private readonly unattachedUploadMs: number;
  private readonly graceMs: number;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly store: FileStore,
    options: CollectorOptions = {},
  ) {
    this.unattachedUploadMs = options.unattachedUploadMs ?? 24 * 3_600_000;
    this.graceMs = options.graceMs ?? 30 * 60_000;
  }

  async collect(now: Date = new Date()): Promise<{ expiredUploads: number; unreferencedFiles: number }> {
    const expired = await this.db
      .deleteFrom('attachments')
      .where('message_id', 'is', null)
      .where('scheduled_message_id', 'is', null)
      .where('created_at', '<', new Date(now.getTime() - this.unattachedUploadMs))
      .returning('storage_key')
      .execute();
    for (const row of expired) if (row.storage_key) await this.store.remove(row.storage_key);
    // The upload quota's bookkeeping of uploads that left its window.
    await pruneUploadUsage(this.db, now);

    let unreferenced = 0;
    let batch: string[] = [];
    const sweep = async () => {
      const held = await this.db.selectFrom('attachments').select('storage_key').where('storage_key', 'in', batch).execute();
      const kept = new Set(held.map((row) => row.storage_key));
      for (const key of batch) {
        if (kept.has(key)) continue;
        await this.store.remove(key);
        unreferenced += 1;
      }
      batch = [];
    };
    for await (const entry of this.store.entries()) {
      if (now.getTime() - entry.modifiedAt.getTime() < this.graceMs) continue;
      batch.push(entry.key);
      if (batch.length >= LOOKUP_BATCH) await sweep();
    }
    if (batch.length > 0) await sweep();
    if (expired.length > 0 || unreferenced > 0) logInfo('files_collected', { expiredUploads: expired.length, unreferencedFiles: unreferenced });
    return { expiredUploads: expired.length, unreferencedFiles: unreferenced };
  }

  /** Collects every `intervalMs` in the background (the timer never keeps the process alive). */
  start(intervalMs: number): void {
    if (this.timer || intervalMs <= 0) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.collect()
        .catch(logUnexpected)
        .finally(() => (this.running = null));
    }, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
