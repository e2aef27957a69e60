import type { RequestContext } from '../context.js';
import { SwitchboardError } from '../errors.js';
import type { MessageRecord } from '../providers/model.js';
import { requireFeature } from '../providers/provider.js';
import { targetMessage } from './messages.js';
import { publishMessageEvent } from './events.js';

/**
 * Removing a link preview (the author only). Previews are made by the provider as part of a send or an
 * edit (src/providers/builtin/features/link-previews.ts); external ones are completed by ./link-unfurl.ts.
 */

/**
 * Removes the preview of a message. Only the author may (PERMISSION_DENIED otherwise, after visibility:
 * a message you cannot see is NOT_FOUND); a message without a preview is NOT_FOUND too. The preview does
 * not come back while the message links to the same URL, even after edits.
 */
export async function removeLinkPreview(ctx: RequestContext, input: { messageId: string }): Promise<MessageRecord> {
  const { scope, message, actor } = await targetMessage(ctx, input.messageId);
  const linkPreviews = requireFeature(scope.provider, 'linkPreviews');
  if (message.deletedAt) throw new SwitchboardError('CONFLICT', 'The message was deleted.');
  if (message.authorId !== actor.userId) {
    throw new SwitchboardError('PERMISSION_DENIED', 'Only the author can remove the link preview of a message.');
  }
  const updated = await linkPreviews.removeLinkPreview(actor, message.id);
  await publishMessageEvent(ctx, scope, 'LINK_PREVIEW_REMOVED', updated);
  return updated;
}
