import { parseScopedId, scopedId } from '../providers/ids.js';
import { attachmentUrl, findAttachments, uploadAttachment } from '../resolvers/files.js';
import { builder } from './builder.js';
import { attempt, USER_ERRORS, UserError, type UserErrorShape } from './errors.js';
import { AttachmentRef } from './refs.js';

/**
 * Attachments: the type, `uploadAttachment` (a multipart request), and `node(id)` for attachments. Send an
 * uploaded file with a message through `sendMessage(input: { attachmentIds })`.
 */

builder.node(AttachmentRef, {
  description:
    'A file attached to a message, or uploaded and waiting to be sent. Readable by whoever can read its message ' +
    '(before that, by its uploader only); the bytes are behind `url`.',
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'sizeBytes' in value,
  id: { resolve: (attachment) => scopedId(attachment.provider, attachment.workspaceId, attachment.id) },
  loadMany: (ids, ctx) => findAttachments(ctx, ids.map((id) => parseScopedId(String(id)))),
  fields: (t) => ({
    filename: t.exposeString('filename', { description: 'The name it was uploaded with.' }),
    contentType: t.exposeString('contentType', { description: 'Its media type, e.g. `image/png`.' }),
    sizeBytes: t.exposeInt('sizeBytes', { description: 'Its size in bytes.' }),
    url: t.field({
      type: 'URL',
      description:
        'Where to download it. For files stored by Switchboard (the built-in workspace): a signed link, ' +
        '`/files/{id}/download?exp=…&sig=…`, that needs no API key and works for one hour; read the attachment ' +
        'again for a fresh one. Downloads are always served as attachments, never rendered.',
      resolve: (attachment, _args, ctx) => attachmentUrl(ctx, attachment),
    }),
    createdAt: t.field({ type: 'DateTime', nullable: true, description: 'When it was uploaded.', resolve: (attachment) => attachment.createdAt }),
  }),
});

type UploadResult = { result: (typeof AttachmentRef)['$inferType'] | null; userErrors: UserErrorShape[] };

const UploadAttachmentPayload = builder.objectRef<UploadResult>('UploadAttachmentPayload').implement({
  description: 'The uploaded file, ready to be sent with sendMessage(attachmentIds), or why it was refused.',
  fields: (t) => ({
    attachment: t.field({
      type: AttachmentRef,
      nullable: true,
      description: 'The uploaded file: send its id with sendMessage(input: { attachmentIds }). Null when refused.',
      resolve: (payload) => payload.result,
    }),
    userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (payload) => payload.userErrors }),
  }),
});

const UploadAttachmentInput = builder.inputType('UploadAttachmentInput', {
  description:
    'A file to upload, sent as a multipart request (GraphQL multipart request spec). At most 25 MiB by default ' +
    '(MAX_ATTACHMENT_BYTES); empty files and executables (.exe, .msi, .bat, .js, .sh…, judged by the name as ' +
    'Windows reads it, and programs by their content) are a VALIDATION_ERROR.',
  fields: (t) => ({
    file: t.field({ type: 'File', required: true, description: 'The file part of the multipart request (its name is kept as filename).' }),
    workspaceId: t.id({
      description:
        'The workspace the file is for. May be left out when you belong to exactly one workspace ' +
        '(VALIDATION_ERROR otherwise).',
    }),
  }),
});

builder.mutationField('uploadAttachment', (t) =>
  t.field({
    type: UploadAttachmentPayload,
    description:
      'Upload a file to attach to a message later: pass `attachment.id` in sendMessage(input: { attachmentIds }). ' +
      'Until then only you can see it. Needs Workspace.capabilities.attachmentUpload.',
    args: { input: t.arg({ type: UploadAttachmentInput, required: true, description: 'The file, and the workspace it is for.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => uploadAttachment(ctx, { file: input.file, workspaceId: input.workspaceId && String(input.workspaceId) })),
  }),
);
