import { PROVIDER_FILE_PREFIX, providerFileId } from '../files/provider-files.js';
import type { RequestContext } from '../context.js';
import { HEAD_BYTES } from '../files/content.js';
import { checkUpload, uploadContentType, uploadFilename } from '../files/rules.js';
import { SwitchboardError } from '../errors.js';
import type { WorkspaceHandle } from '../providers/registry.js';
import type { AttachmentPlacement } from '../providers/features/uploads.js';
import type { AttachmentRecord, ProviderName } from '../providers/model.js';
import { requireFeature } from '../providers/provider.js';
import { findMessage, memberScope, requireMemberScope, requireWriteScope } from './access.js';
import { refFromGlobalId, type Ref } from './refs.js';
import { reserveUploadQuota } from '../store/upload-usage.js';

/**
 * Uploads and the visibility of attachments. An upload belongs to its uploader until a message names it in
 * `attachmentIds`; from then on, whoever can read the message can read the attachment (and gets a signed
 * download link), and nobody else: anything else is null / NOT_FOUND, like something that does not exist.
 */

/** An attachment with the workspace it belongs to, as the schema's Attachment type holds it. */
export type AttachmentNode = AttachmentRecord & { provider: ProviderName; workspaceId: string };

/** What yoga hands the resolver for a `File` variable of a multipart request (a WHATWG File). */
export interface UploadedFile {
  name: string;
  type: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export async function uploadAttachment(
  ctx: RequestContext,
  input: { file: UploadedFile; workspaceId?: string | null },
): Promise<AttachmentNode> {
  requireWriteScope(ctx);
  const handle = input.workspaceId
    ? refFromGlobalId(input.workspaceId, 'Workspace', ['input', 'workspaceId'])
    : await onlyWorkspace(ctx);
  const scope = await requireMemberScope(ctx, handle);
  const actor = await scope.actor();
  if (!actor) throw new SwitchboardError('NOT_FOUND', 'You are not a member of this workspace.');
  const uploads = requireFeature(scope.provider, 'uploads');
  const { file } = input;
  const filename = uploadFilename(file.name);
  // Checked by its declared size first: a file over the limit is refused without being copied.
  checkUpload({ filename, contentType: uploadContentType(file.type, filename, new Uint8Array(0)), sizeBytes: file.size, head: new Uint8Array(0) }, ctx.services.files.maxBytes);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const head = bytes.subarray(0, HEAD_BYTES);
  // Then by what it is: the type its content shows, a program by its header.
  const contentType = uploadContentType(file.type, filename, head);
  checkUpload({ filename, contentType, sizeBytes: bytes.length, head }, ctx.services.files.maxBytes);
  // The key's daily quota, whatever the provider: reserved before the bytes go anywhere, given back on failure.
  const { apiKeyId } = ctx.viewer;
  const bytesPerDay = ctx.services.limits.uploadBytesPerDay;
  const release = apiKeyId && Number.isFinite(bytesPerDay) ? await reserveUploadQuota(ctx.services.database.db, apiKeyId, bytes.length, bytesPerDay) : null;
  let attachment: AttachmentRecord;
  try {
    attachment = await uploads.uploadFile(actor, { filename, contentType, bytes });
  } catch (error) {
    await release?.();
    throw error;
  }
  return { ...attachment, provider: scope.handle.provider, workspaceId: scope.handle.workspaceId };
}

/** Without workspaceId, the viewer's only workspace; with several, the client must say which. */
async function onlyWorkspace(ctx: RequestContext): Promise<WorkspaceHandle> {
  const workspaces = await ctx.workspaces();
  if (workspaces.length === 1) return workspaces[0];
  throw new SwitchboardError(
    'VALIDATION_ERROR',
    `workspaceId: you belong to ${workspaces.length} workspaces; say which one the file is for.`,
    { field: ['input', 'workspaceId'] },
  );
}

/** Attachments by reference, in order; null where one does not exist or the viewer may not see it. */
export async function findAttachments(ctx: RequestContext, refs: Ref[]): Promise<Array<AttachmentNode | null>> {
  const byWorkspace = new Map<string, { handle: WorkspaceHandle; positions: number[] }>();
  refs.forEach((ref, position) => {
    const key = `${ref.provider}:${ref.workspaceId}`;
    const group = byWorkspace.get(key) ?? { handle: { provider: ref.provider, workspaceId: ref.workspaceId }, positions: [] };
    group.positions.push(position);
    byWorkspace.set(key, group);
  });
  const results: Array<AttachmentNode | null> = refs.map(() => null);
  await Promise.all(
    [...byWorkspace.values()].map(async ({ handle, positions }) => {
      const scope = await memberScope(ctx, handle);
      if (!scope) return;
      const placements = await requireFeature(scope.provider, 'uploads').loadAttachments(positions.map((position) => refs[position].nativeId));
      await Promise.all(
        placements.map(async (placement, index) => {
          if (!placement || placement instanceof Error || !(await canSee(ctx, handle, placement))) return;
          const { messageId: _messageId, uploaderId: _uploaderId, ...attachment } = placement;
          results[positions[index]] = { ...attachment, provider: handle.provider, workspaceId: handle.workspaceId };
        }),
      );
    }),
  );
  return results;
}

async function canSee(ctx: RequestContext, handle: WorkspaceHandle, placement: AttachmentPlacement): Promise<boolean> {
  if (placement.messageId !== null) return (await findMessage(ctx, { ...handle, nativeId: placement.messageId })) !== null;
  const actor = await ctx.scope(handle).actor();
  return actor !== null && placement.uploaderId === actor.userId;
}

/**
 * The URL handed to the client: for a file Switchboard stores (a `/files/…/download` path), a signed link
 * that expires (src/files/signing.ts); a provider's own URL as it is.
 */
export function attachmentUrl(ctx: RequestContext, attachment: AttachmentNode): URL {
  if (attachment.url.startsWith('/files/')) return ctx.services.files.downloadUrl(attachment.id);
  // A file the provider serves (mail): a signed link naming provider, workspace and attachment, streamed on download.
  if (attachment.url.startsWith(PROVIDER_FILE_PREFIX)) return ctx.services.files.downloadUrl(providerFileId(attachment.provider, attachment.workspaceId, attachment.id));
  return new URL(attachment.url, ctx.services.publicUrl);
}
