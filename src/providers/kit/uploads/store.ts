import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../../db/tables.js';
import { isUuid } from '../../../db/uuid.js';
import { SwitchboardError } from '../../../errors.js';
import { PROVIDER_FILE_PREFIX } from '../../../files/provider-files.js';
import { FileStore } from '../../../files/store.js';
import type { FileUpload, OutgoingFile } from '../../features/uploads.js';
import type { Actor, AttachmentRecord } from '../../model.js';
import type { ProviderFile } from '../../provider.js';
import type { StagedFileSeal, StagedRowRef } from './sealing.js';
import type { StagedUploadsTable } from './tables.js';

/**
 * Where one provider's staged files wait for their message: a row in `staged_uploads` and the encrypted
 * bytes in the `staged/` folder of the server's file store (which the built-in collector, src/files/
 * collector.ts, does not walk: its rows are the kit's, not the `attachments` table's). A file is its
 * uploader's alone (the account), goes when its message is sent, and is swept a day after its upload
 * when it never was. Shared by every workspace of the provider in one server.
 */

/** The file store's subfolder of staged files. */
export const STAGED_FOLDER = 'staged';
/** How long an unsent file is kept: a day, as unattached uploads of the built-in workspace. */
export const DEFAULT_STAGED_TTL_MS = 24 * 3_600_000;
/** A file younger than this is never swept as an orphan: staging writes the file before its row. */
const ORPHAN_GRACE_MS = 30 * 60_000;

type Row = Selectable<StagedUploadsTable>;

export interface StagedUploadStoreOptions {
  db: Kysely<Database>;
  /** The server's file store; staged files go to its STAGED_FOLDER. */
  fileStore: FileStore;
  seal: StagedFileSeal;
  /** The provider's name, as its rows carry it. */
  provider: string;
  /** How long an unsent file is kept; default DEFAULT_STAGED_TTL_MS. */
  ttlMs?: number;
  clock?: () => number;
}

export class StagedUploadStore {
  readonly ttlMs: number;
  private folder: Promise<FileStore> | null = null;
  private readonly now: () => number;

  constructor(private readonly options: StagedUploadStoreOptions) {
    this.ttlMs = options.ttlMs ?? DEFAULT_STAGED_TTL_MS;
    this.now = options.clock ?? Date.now;
  }

  get provider(): string {
    return this.options.provider;
  }

  /** Stages an upload of `actor` (its account) in a workspace: the bytes encrypted, then the row. */
  async stage(workspaceId: string, actor: Actor, upload: FileUpload): Promise<AttachmentRecord> {
    const { db, seal, provider } = this.options;
    const id = randomUUID();
    const { encrypted, sealed } = seal.seal({ provider, workspace_id: workspaceId, id }, upload.filename, upload.bytes);
    const files = await this.files();
    const storageKey = await files.write(folderOf(provider, workspaceId), encrypted);
    try {
      const row = await db
        .insertInto('staged_uploads')
        .values({
          id,
          provider,
          workspace_id: workspaceId,
          account_id: actor.accountId,
          uploader_id: actor.userId,
          content_type: upload.contentType,
          size_bytes: upload.bytes.length,
          storage_key: storageKey,
          sealed,
          created_at: new Date(this.now()),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return recordOf(row, upload.filename);
    } catch (error) {
      // No row names the bytes: remove them rather than leave an orphan for the sweep.
      await files.remove(storageKey);
      throw error;
    }
  }

  /** The account's unexpired staged files by id, in order; null for anyone else's, an unknown or a sent one. */
  async records(workspaceId: string, accountId: string, ids: readonly string[]): Promise<Array<AttachmentRecord | null>> {
    const rows = await this.rowsOf(workspaceId, accountId, ids);
    const byId = new Map(rows.map((row) => [row.id, recordOf(row, this.secretOf(row).filename)]));
    return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
  }

  /**
   * The files a send names, read back and decrypted, once each in the order given. Every id must be an
   * unexpired file of the actor's account in this workspace (else VALIDATION_ERROR, as the built-in
   * workspace answers). A guarded send's token is recorded on them first (`discardSent`).
   */
  async take(workspaceId: string, actor: Actor, ids: readonly string[], token: string | null): Promise<OutgoingFile[]> {
    const wanted = [...new Set(ids.map((id) => id.toLowerCase()))];
    const rows = await this.rowsOf(workspaceId, actor.accountId, wanted);
    if (rows.length !== wanted.length) {
      throw new SwitchboardError(
        'VALIDATION_ERROR',
        `attachmentIds: every attachment must be one you uploaded to this workspace and not yet sent (uploads are kept for ${Math.round(this.ttlMs / 3_600_000)} hours).`,
        { field: ['input', 'attachmentIds'] },
      );
    }
    if (token !== null) {
      await this.options.db.updateTable('staged_uploads').set({ send_token: token }).where('provider', '=', this.options.provider).where('id', 'in', wanted).execute();
    }
    const byId = new Map(rows.map((row) => [row.id, row]));
    const files: OutgoingFile[] = [];
    for (const id of wanted) {
      const row = byId.get(id)!;
      const { bytes, filename } = await this.bytesOf(row);
      files.push({ id, filename, contentType: row.content_type, bytes });
    }
    return files;
  }

  /** Lets the files of a send go (its message was sent): rows and bytes. */
  async discard(workspaceId: string, ids: readonly string[]): Promise<void> {
    const known = ids.map((id) => id.toLowerCase()).filter(isUuid);
    if (known.length === 0) return;
    const gone = await this.options.db
      .deleteFrom('staged_uploads')
      .where('provider', '=', this.options.provider)
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', known)
      .returning('storage_key')
      .execute();
    await this.removeFiles(gone);
  }

  /** Lets the files of an earlier guarded send go, once a retry found that send made (findSentMessage). */
  async discardSent(workspaceId: string, token: string): Promise<void> {
    const gone = await this.options.db
      .deleteFrom('staged_uploads')
      .where('provider', '=', this.options.provider)
      .where('workspace_id', '=', workspaceId)
      .where('send_token', '=', token)
      .returning('storage_key')
      .execute();
    await this.removeFiles(gone);
  }

  /**
   * A staged file's bytes for its signed download link (handed out to its uploader only, src/resolvers/
   * files.ts); null when it is not a staged file of this workspace (any more).
   */
  async content(workspaceId: string, id: string): Promise<ProviderFile | null> {
    if (!isUuid(id)) return null;
    const row = await this.options.db
      .selectFrom('staged_uploads')
      .selectAll()
      .where('provider', '=', this.options.provider)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id.toLowerCase())
      .where('created_at', '>', this.expiredBefore())
      .executeTakeFirst();
    if (!row) return null;
    const { bytes, filename } = await this.bytesOf(row);
    return { filename, contentType: row.content_type, sizeBytes: bytes.length, body: bytes };
  }

  /**
   * Removes what nothing holds any more: this provider's files unsent for `ttlMs` (rows and bytes), and
   * bytes no row of any provider names (an account deleted with its rows, a crash between file and row),
   * once older than a grace period. Safe in every instance sharing the folder: each step removes only what is
   * unreferenced by then.
   */
  async sweep(now: Date = new Date(this.now())): Promise<{ expired: number; orphans: number }> {
    const { db, provider } = this.options;
    const expired = await db
      .deleteFrom('staged_uploads')
      .where('provider', '=', provider)
      .where('created_at', '<=', new Date(now.getTime() - this.ttlMs))
      .returning('storage_key')
      .execute();
    await this.removeFiles(expired);
    const files = await this.files();
    let orphans = 0;
    const candidates: string[] = [];
    for await (const entry of files.entries()) if (now.getTime() - entry.modifiedAt.getTime() >= ORPHAN_GRACE_MS) candidates.push(entry.key);
    for (let start = 0; start < candidates.length; start += 500) {
      const batch = candidates.slice(start, start + 500);
      const held = new Set((await db.selectFrom('staged_uploads').select('storage_key').where('storage_key', 'in', batch).execute()).map((row) => row.storage_key));
      for (const key of batch.filter((candidate) => !held.has(candidate))) {
        await files.remove(key);
        orphans += 1;
      }
    }
    return { expired: expired.length, orphans };
  }

  private async rowsOf(workspaceId: string, accountId: string, ids: readonly string[]): Promise<Row[]> {
    const known = [...new Set(ids.map((id) => id.toLowerCase()).filter(isUuid))];
    if (known.length === 0) return [];
    return this.options.db
      .selectFrom('staged_uploads')
      .selectAll()
      .where('provider', '=', this.options.provider)
      .where('workspace_id', '=', workspaceId)
      .where('account_id', '=', accountId)
      .where('id', 'in', known)
      .where('created_at', '>', this.expiredBefore())
      .execute();
  }

  private async bytesOf(row: Row): Promise<{ bytes: Buffer; filename: string }> {
    const secret = this.secretOf(row);
    const stored = await (await this.files()).read(row.storage_key);
    if (!stored) throw new SwitchboardError('PROVIDER_ERROR', `The bytes of staged upload ${row.id} are missing from the file store.`);
    const chunks: Buffer[] = [];
    for await (const chunk of stored.open()) chunks.push(chunk as Buffer);
    return { bytes: this.options.seal.open(refOf(row), secret, Buffer.concat(chunks)), filename: secret.filename };
  }

  private secretOf(row: Row) {
    return this.options.seal.secret(refOf(row), row.sealed);
  }

  private expiredBefore(): Date {
    return new Date(this.now() - this.ttlMs);
  }

  private async removeFiles(rows: ReadonlyArray<{ storage_key: string }>): Promise<void> {
    if (rows.length === 0) return;
    const files = await this.files();
    for (const row of rows) await files.remove(row.storage_key);
  }

  private files(): Promise<FileStore> {
    if (!this.folder) {
      this.folder = FileStore.open(join(this.options.fileStore.dir, STAGED_FOLDER));
      this.folder.catch(() => (this.folder = null));
    }
    return this.folder;
  }
}

function refOf(row: Row): StagedRowRef {
  return { provider: row.provider, workspace_id: row.workspace_id, id: row.id };
}

/** A staged file as an attachment record: downloaded through the provider-file link (the kit serves it). */
function recordOf(row: Row, filename: string): AttachmentRecord {
  return { id: row.id, filename, contentType: row.content_type, sizeBytes: row.size_bytes, url: `${PROVIDER_FILE_PREFIX}${row.id}`, createdAt: row.created_at };
}

/** A workspace's folder in the staged store: a uuid from provider and workspace (the store's keys are uuids). */
function folderOf(provider: string, workspaceId: string): string {
  const hex = createHash('sha256').update(`${provider}\u0000${workspaceId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
