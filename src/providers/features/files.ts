import type { AttachmentRecord } from '../model.js';

/**
 * A file to store; name and type already normalized by the resolvers (see src/files/rules.ts). The bytes
 * are in memory: the multipart parser buffers a file part whole, within the upload limit.
 */
export interface FileUpload {
  filename: string;
  contentType: string;
  bytes: Uint8Array;
}

/** An attachment with where it sits: its message (null until sent) and who uploaded it. */
export interface AttachmentPlacement extends AttachmentRecord {
  messageId: string | null;
  uploaderId: string | null;
}

