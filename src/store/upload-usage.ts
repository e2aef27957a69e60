import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.js';
import { SwitchboardError } from '../errors.js';
import { formatBytes } from '../files/rules.js';

/** The window of the upload quota. */
export const UPLOAD_QUOTA_WINDOW_MS = 24 * 3_600_000;

/**
 * Reserves `sizeBytes` of the API key's daily upload quota (UPLOAD_QUOTA_BYTES_PER_DAY) before the bytes are
 * stored, whatever the workspace's provider; answers the release to call when the upload then fails.
 *
 * The row is written first and the window summed after, this row included: two uploads racing each see the
 * other, so together they never pass the quota (at worst both are refused). Over the quota the row is taken
 * back and RATE_LIMITED says when enough of the window's uploads will have left it.
 */
export async function reserveUploadQuota(
  db: Kysely<Database>,
  apiKeyId: string,
  sizeBytes: number,
  bytesPerDay: number,
  now: Date = new Date(),
): Promise<() => Promise<void>> {
  const reserved = await db
    .insertInto('upload_usage')
    .values({ api_key_id: apiKeyId, size_bytes: sizeBytes, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const release = async () => {
    await db.deleteFrom('upload_usage').where('id', '=', reserved.id).execute();
  };
  const window = await db
    .selectFrom('upload_usage')
    .select(['id', 'size_bytes', 'created_at'])
    .where('api_key_id', '=', apiKeyId)
    .where('created_at', '>', new Date(now.getTime() - UPLOAD_QUOTA_WINDOW_MS))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const others = window.filter((row) => row.id !== reserved.id);
  const used = others.reduce((sum, row) => sum + Number(row.size_bytes), 0);
  if (used + sizeBytes <= bytesPerDay) return release;
  await release();
  // The earliest time the window has room: the oldest uploads leave it one by one until this one fits.
  let left = used;
  let until = now.getTime() + UPLOAD_QUOTA_WINDOW_MS;
  for (const row of others) {
    left -= Number(row.size_bytes);
    if (left + sizeBytes <= bytesPerDay) {
      until = row.created_at.getTime() + UPLOAD_QUOTA_WINDOW_MS;
      break;
    }
  }
  const retryAfterSeconds = Math.max(1, Math.ceil((until - now.getTime()) / 1000));
  throw new SwitchboardError(
    'RATE_LIMITED',
    `Uploads are limited to ${formatBytes(bytesPerDay)} a day per API key; this key uploaded ${formatBytes(used)} in the last 24 hours. ` +
      `Retry in ${retryAfterSeconds} s.`,
    { field: ['input', 'file'], retryAfterSeconds },
  );
}

/** Forgets uploads that left the window (the file collector runs it). */
export async function pruneUploadUsage(db: Kysely<Database>, now: Date = new Date()): Promise<void> {
  await db.deleteFrom('upload_usage').where('created_at', '<=', new Date(now.getTime() - UPLOAD_QUOTA_WINDOW_MS)).execute();
}
