import { HEAD_BYTES } from '../../../files/content.js';
import { checkUpload } from '../../../files/rules.js';
import type { AttachmentPlacement, FileUpload, Uploads } from '../../features/uploads.js';
import type { Actor, AttachmentRecord } from '../../model.js';
import type { BatchResult } from '../../paging.js';
import type { StagedUploadStore } from './store.js';

/**
 * The `uploads` part of one workspace of a provider that sends files itself: an upload is staged (store.ts)
 * until the message naming it in `attachmentIds` is sent. The upload mutation has checked name, type, size
 * and the key's quota (src/resolvers/files.ts); a provider whose platform takes less than the server's
 * limit says so with `maxFileBytes`, refused the same way (VALIDATION_ERROR on `input.file`).
 *
 * A staged file is visible to its uploader alone: `loadAttachments` answers for the viewer of the request
 * view it belongs to (their account), and null for every other id, as for one that does not exist. Staged
 * files never sit in a message (`messageId` null): once sent, the platform's own attachment stands for them.
 */
export class StagedUploads implements Uploads {
  constructor(
    private readonly store: StagedUploadStore,
    private readonly workspaceId: string,
    /** The request's viewer; null outside a request, where nobody sees any staged file. */
    private readonly viewer: () => Promise<Actor | null>,
    private readonly maxFileBytes: number | null,
  ) {}

  async uploadFile(actor: Actor, upload: FileUpload): Promise<AttachmentRecord> {
    if (this.maxFileBytes !== null) {
      checkUpload({ filename: upload.filename, contentType: upload.contentType, sizeBytes: upload.bytes.length, head: upload.bytes.subarray(0, HEAD_BYTES) }, this.maxFileBytes);
    }
    return this.store.stage(this.workspaceId, actor, upload);
  }

  async loadAttachments(ids: readonly string[]): BatchResult<AttachmentPlacement | null> {
    const viewer = await this.viewer();
    if (!viewer) return ids.map(() => null);
    const records = await this.store.records(this.workspaceId, viewer.accountId, ids);
    return records.map((record) => record && { ...record, messageId: null, uploaderId: viewer.userId });
  }
}
