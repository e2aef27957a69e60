import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.js';
import { DEFAULT_MAX_ATTACHMENT_BYTES } from './rules.js';
import { DownloadSigner, loadSigningSecret } from './signing.js';
import { FileStore } from './store.js';

/** Where uploads go and how big they may be (from DATA_DIR, MAX_ATTACHMENT_BYTES and FILE_URL_SECRET). */
export interface FilesConfig {
  /** The folder of stored files; null: a temporary folder removed at shutdown (tests). */
  dir: string | null;
  /** Largest upload in bytes; default 25 MiB. */
  maxBytes: number;
  /** Secret of the download links; null: generated once and kept in the settings table. */
  urlSecret: string | null;
}

/**
 * Uploaded files as the server sees them: the store, the upload limit and the signed download links.
 * One per process, shared by every request (`services.files`).
 */
export class AttachmentFiles {
  constructor(
    readonly store: FileStore,
    readonly signer: DownloadSigner,
    /** Largest upload accepted, in bytes. */
    readonly maxBytes: number,
    private readonly publicUrl: string,
  ) {}

  /** The signed, expiring link to a stored file: `${PUBLIC_URL}/files/{id}/download?exp=…&sig=…`. */
  downloadUrl(fileId: string, now = new Date()): URL {
    const { exp, sig } = this.signer.sign(fileId, now);
    const url = new URL(`${this.publicUrl}/files/${encodeURIComponent(fileId)}/download`);
    url.searchParams.set('exp', String(exp));
    url.searchParams.set('sig', sig);
    return url;
  }

  /** The same store and links with another upload limit (tests of the limit). */
  withMaxBytes(maxBytes: number): AttachmentFiles {
    return new AttachmentFiles(this.store, this.signer, maxBytes, this.publicUrl);
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

/** Opens the store and loads (or creates) the link secret. */
export async function openAttachmentFiles(
  db: Kysely<Database>,
  config: Partial<FilesConfig> | undefined,
  publicUrl: string,
): Promise<AttachmentFiles> {
  const store = await FileStore.open(config?.dir ?? null);
  const secret = await loadSigningSecret(db, config?.urlSecret ?? null);
  return new AttachmentFiles(store, new DownloadSigner(secret), config?.maxBytes ?? DEFAULT_MAX_ATTACHMENT_BYTES, publicUrl.replace(/\/$/, ''));
}
