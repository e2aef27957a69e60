import type { OutgoingFile } from '../features/uploads.js';
import { graphError, parseRetryAfter, unreachable } from '../kit/graph/errors.js';
import type { Principal } from '../kit/graph/tokens.js';
import type { OutlookConnection } from './connection.js';

/**
 * Files of an outgoing mail, added to its draft before `send` (writes.ts). Graph takes a file of up to 3 MB
 * inline in one request (`POST …/attachments`, a fileAttachment with `contentBytes`); a larger one goes
 * through an upload session (`createUploadSession`, then PUTs of byte ranges in order to the session's URL).
 * The session URL is its own credential: the PUTs carry no bearer token (Graph refuses one there) and go
 * straight through the connection's transport, counted against the mailbox's upload budget (limits.ts
 * `mail.upload`). Graph's limits (providers.md B.2, limits.md 5c): 150 MB a file, 15 MB per 30 s per mailbox.
 */

/** The largest file sent inline: 3 MB (decimal), so the base64 request stays under Graph's 4 MB. */
export const INLINE_ATTACHMENT_MAX_BYTES = 3_000_000;
/** Bytes per PUT of an upload session: a multiple of 320 KiB, as Graph asks, below its 4 MB per request. */
export const UPLOAD_RANGE_BYTES = 10 * 320 * 1024;
/** The largest file Graph takes through an upload session. */
export const MAX_ATTACHMENT_BYTES = 150 * 1024 * 1024;

const UPLOAD_OPERATION = 'mail.upload.put';

/** Adds each file to the draft, in order: inline when small, through an upload session when large. */
export async function attachFiles(connection: OutlookConnection, principal: Principal, draftId: string, files: readonly OutgoingFile[], userId: string): Promise<void> {
  for (const file of files) {
    if (file.bytes.length <= INLINE_ATTACHMENT_MAX_BYTES) {
      await connection.call(
        principal,
        connection.calls.addAttachment(draftId, { '@odata.type': '#microsoft.graph.fileAttachment', name: file.filename, contentType: file.contentType, contentBytes: Buffer.from(file.bytes).toString('base64') }, userId),
      );
      continue;
    }
    const session = await connection.call<{ uploadUrl: string }>(
      principal,
      connection.calls.uploadSession(draftId, { attachmentType: 'file', name: file.filename, size: file.bytes.length, contentType: file.contentType }, userId),
    );
    await uploadRanges(connection, session.uploadUrl, file.bytes, userId);
  }
}

/** PUTs the bytes to an upload session in order, `Content-Range: bytes a-b/total` each; the last one adds the file. */
async function uploadRanges(connection: OutlookConnection, uploadUrl: string, bytes: Uint8Array, userId: string): Promise<void> {
  // Only an https URL is followed: the bytes are the user's, and a session URL is never anything else.
  if (new URL(uploadUrl).protocol !== 'https:') throw unreachable('outlook', UPLOAD_OPERATION, new Error('The upload session URL is not https.'));
  const cost = { kind: 'mail.upload', resource: `mailbox:${connection.mailbox.id}`, userId };
  for (let start = 0; start < bytes.length; start += UPLOAD_RANGE_BYTES) {
    const end = Math.min(start + UPLOAD_RANGE_BYTES, bytes.length);
    connection.api.budget.take(cost, UPLOAD_OPERATION);
    let response: Response;
    try {
      response = await connection.transport.send({
        url: uploadUrl,
        method: 'PUT',
        headers: new Headers({ 'content-type': 'application/octet-stream', 'content-range': `bytes ${start}-${end - 1}/${bytes.length}` }),
        body: bytes.subarray(start, end),
      });
    } catch (error) {
      throw unreachable('outlook', UPLOAD_OPERATION, error);
    }
    if (response.ok) {
      await response.arrayBuffer();
      continue;
    }
    const retryAfterSeconds = parseRetryAfter(response.headers.get('retry-after'), connection.now());
    if ((response.status === 429 || response.status === 503) && retryAfterSeconds !== null) connection.api.budget.pause(cost, retryAfterSeconds);
    const body = (await response.json().catch(() => null)) as { error?: { code?: unknown } } | null;
    throw graphError('outlook', UPLOAD_OPERATION, { status: response.status, code: typeof body?.error?.code === 'string' ? body.error.code : '', retryAfterSeconds });
  }
}
