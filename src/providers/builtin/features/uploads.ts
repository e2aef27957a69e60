import type { Kysely } from 'kysely';
import type { Database } from '../../../db/tables.js';
import type { FileStore } from '../../../files/store.js';
import type { Actor, AttachmentRecord } from '../../model.js';
import type { AttachmentPlacement, FileUpload, Uploads } from '../../features/uploads.js';
import type { BatchResult } from '../../paging.js';
import { wellFormed } from '../ids.js';

/**
 * Uploads of the built-in workspace: the bytes go to the file store (src/files/store.ts), the metadata to
 * the `attachments` table, unattached until a message names the upload in `attachmentIds` (see
 * BuiltinWrites.attachUploads). Downloads are served by Switchboard (src/http/attachment-downloads.ts).
 * A provider opened without a file store has no uploads part (and does not claim attachmentUpload).
 */
export class BuiltinUploads implements Uploads {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly workspaceId: string,
    private readonly store: FileStore,
  ) {}

  async uploadFile(actor: Actor, upload: FileUpload): Promise<AttachmentRecord> {
    const { bytes } = upload;
    const storageKey = await this.store.write(this.workspaceId, bytes);
    try {
      const row = await this.db
        .insertInto('attachments')
        .values({
          workspace_id: this.workspaceId,
          message_id: null,
          uploader_id: actor.userId,
          filename: upload.filename,
          content_type: upload.contentType,
          size_bytes: bytes.length,
          storage_key: storageKey,
          created_at: new Date(),
        })
        .returning(['id', 'filename', 'content_type', 'size_bytes', 'created_at'])
        .executeTakeFirstOrThrow();
      return toAttachment(row);
    } catch (error) {
      // No row names the bytes: remove them rather than leave an orphan.
      await this.store.remove(storageKey);
      throw error;
    }
  }

  async loadAttachments(ids: readonly string[]): BatchResult<AttachmentPlacement | null> {
    const known = wellFormed(ids);
    const rows =
      known.length === 0
        ? []
        : await this.db
            .selectFrom('attachments')
            .select(['id', 'message_id', 'uploader_id', 'filename', 'content_type', 'size_bytes', 'created_at'])
            .where('workspace_id', '=', this.workspaceId)
            .where('id', 'in', known)
            .execute();
    const byId = new Map(
      rows.map((row): [string, AttachmentPlacement] => [
        row.id,
        { ...toAttachment(row), messageId: row.message_id, uploaderId: row.uploader_id },
      ]),
    );
    return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
  }
}

function toAttachment(row: { id: string; filename: string; content_type: string; size_bytes: number; created_at: Date }): AttachmentRecord {
  return {
    id: row.id,
    filename: row.filename,
    contentType: row.content_type,
    sizeBytes: row.size_bytes,
    url: `/files/${row.id}/download`,
    createdAt: row.created_at,
  };
}
