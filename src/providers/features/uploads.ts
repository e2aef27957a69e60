import type { Actor, AttachmentRecord } from '../model.js';
import type { BatchResult } from '../paging.js';

// ── Uploads ─────────────────────────────────────────────────────────────────────────────────────────
//
// Files uploaded before the message that carries them (`SendMessageRequest.attachmentIds`). Present on a
// provider exactly when `capabilities.attachmentUpload` is true: the built-in workspace with a file store
// (src/files/).

/**
 * A file to store; name and type already normalized by the resolvers (see src/files/rules.ts). The bytes
 * are in memory: the multipart parser buffers a file part whole, within the upload limit.
 */
export interface FileUpload {
  filename: string;
  contentType: string;
  bytes: Uint8Array;
}

/**
 * An upload's bytes as a provider that sends them itself receives them with the send
 * (`SendMessageRequest.files`): read back by the uploads kit (src/providers/kit/uploads/) from where it staged them.
 */
export interface OutgoingFile {
  /** The upload's id (one of `attachmentIds`). */
  id: string;
  filename: string;
  contentType: string;
  bytes: Uint8Array;
}

/** An attachment with where it sits: its message (null until sent) and who uploaded it. */
export interface AttachmentPlacement extends AttachmentRecord {
  messageId: string | null;
  uploaderId: string | null;
}

/** Uploads, an optional part of a provider (`MessagingProvider.uploads`). */
export interface Uploads {
  /** Stores a file uploaded by the actor, not attached to any message yet (see SendMessageRequest.attachmentIds). */
  uploadFile(actor: Actor, upload: FileUpload): Promise<AttachmentRecord>;
  /** Attachments by id, with their message (null until sent) and uploader; null for an unknown id. */
  loadAttachments(ids: readonly string[]): BatchResult<AttachmentPlacement | null>;
}
