import type { RequestContext } from '../context.js';
import { signInlineImages } from '../providers/kit/email/inline-images.js';
import type { MessageRecord } from '../providers/model.js';
import { attachmentUrl } from './files.js';

/**
 * `Message.html` as a client gets it: a mail's inline (`cid:`) images, which the provider mapped to its own
 * attachments' paths, become signed download links here, per request, like `Attachment.url`
 * (src/providers/kit/email/inline-images.ts). Any other html is as the provider mapped it.
 */
export function messageHtml(ctx: RequestContext, message: MessageRecord): string | null {
  if (message.html === null) return null;
  return signInlineImages(message.html, message.attachments, (attachment) =>
    attachmentUrl(ctx, { ...attachment, provider: message.provider, workspaceId: message.workspaceId }).toString(),
  );
}
