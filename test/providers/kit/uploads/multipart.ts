import { randomBytes } from 'node:crypto';
import { print } from 'graphql';
import { graphql } from '../../../../testkit/gql/index.js';
import type { LiveServer } from '../../../../testkit/subscriptions.js';

/**
 * Uploads and downloads as a client makes them, for the mail providers' attachment tests: one multipart
 * request (the GraphQL multipart request spec) per file, and signed links followed on the listening port.
 */

const StageUpload = graphql(`
  mutation KitStageUpload($input: UploadAttachmentInput!) {
    uploadAttachment(input: $input) {
      attachment { id filename contentType sizeBytes url }
      userErrors { code message field }
    }
  }
`);

export interface StagedAttachment {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  url: string;
}

export interface UploadAnswer {
  attachment: StagedAttachment | null;
  userErrors: Array<{ code: string; message: string; field: string[] | null }>;
}

/** Uploads one file to a workspace as the holder of `apiKey`; answers the payload. */
export async function uploadFile(live: LiveServer, apiKey: string, workspaceId: string, file: { bytes: Uint8Array; name: string; type: string }): Promise<UploadAnswer> {
  const form = new FormData();
  form.set('operations', JSON.stringify({ query: print(StageUpload), variables: { input: { file: null, workspaceId } } }));
  form.set('map', JSON.stringify({ 0: ['variables.input.file'] }));
  form.set('0', new File([new Uint8Array(file.bytes)], file.name, { type: file.type }));
  const response = await fetch(`http://127.0.0.1:${live.port}/graphql`, { method: 'POST', headers: { authorization: `Bearer ${apiKey}` }, body: form });
  const body = (await response.json()) as { data?: { uploadAttachment: UploadAnswer }; errors?: unknown[] };
  if (body.errors) throw new Error(`upload failed: ${JSON.stringify(body.errors)}`);
  return body.data!.uploadAttachment;
}

/** Like uploadFile, but fails unless the file was taken. */
export async function uploaded(live: LiveServer, apiKey: string, workspaceId: string, file: { bytes: Uint8Array; name: string; type: string }): Promise<StagedAttachment> {
  const answer = await uploadFile(live, apiKey, workspaceId, file);
  if (!answer.attachment) throw new Error(`upload refused: ${JSON.stringify(answer.userErrors)}`);
  return answer.attachment;
}

/** Follows a link handed out for PUBLIC_URL (http://switchboard.test) on the listening port; the bytes. */
export async function download(live: LiveServer, link: string): Promise<{ status: number; bytes: Buffer; headers: Headers }> {
  const url = new URL(link);
  const response = await fetch(`http://127.0.0.1:${live.port}${url.pathname}${url.search}`);
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()), headers: response.headers };
}

/** A PDF-looking file of `size` bytes (its head says %PDF, the rest is random). */
export function pdfBytes(size: number): Buffer {
  const bytes = randomBytes(size);
  bytes.set(Buffer.from('%PDF-1.4\n'), 0);
  return bytes;
}
