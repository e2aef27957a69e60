import { resolve } from 'node:path';
import { DEFAULT_MAX_ATTACHMENT_BYTES } from './rules.js';
import type { FilesConfig } from './service.js';

/** Shortest FILE_URL_SECRET accepted: 32 characters, as much entropy as the generated one at least. */
const MIN_SECRET_LENGTH = 32;

/**
 * Uploads from the environment: files under `DATA_DIR/files` (default `.data/files`), at most
 * `MAX_ATTACHMENT_BYTES` each (default 25 MiB), links signed with `FILE_URL_SECRET` (default: generated and
 * kept in the database). Throws an Error naming the bad variable and value.
 */
export function loadFilesConfig(env: NodeJS.ProcessEnv): FilesConfig {
  const raw = env.MAX_ATTACHMENT_BYTES?.trim();
  const maxBytes = raw ? Number(raw) : DEFAULT_MAX_ATTACHMENT_BYTES;
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 1) {
    throw new Error(`MAX_ATTACHMENT_BYTES must be a positive whole number of bytes, got ${JSON.stringify(env.MAX_ATTACHMENT_BYTES)}.`);
  }
  const urlSecret = env.FILE_URL_SECRET || null;
  if (urlSecret !== null && urlSecret.length < MIN_SECRET_LENGTH) {
    throw new Error(`FILE_URL_SECRET must be at least ${MIN_SECRET_LENGTH} characters long, got ${urlSecret.length}.`);
  }
  return { dir: resolve(env.DATA_DIR ?? '.data', 'files'), maxBytes, urlSecret };
}
