import type { Services } from '../context.js';
import { logUnexpected } from '../log.js';
import type { MessageRecord } from '../providers/model.js';
import { requireFeature, type MessagingProvider } from '../providers/provider.js';

/**
 * Fetches the metadata of a message's pending external preview after the write has returned, hands it
 * to the provider and publishes MESSAGE_UPDATED when the preview lands. Never throws and never delays
 * the caller: call it after a send or an edit (the scheduler does too, after a delivery).
 */
export function unfurlLinkPreview(services: Services, provider: MessagingProvider, message: MessageRecord): void {
  const preview = message.linkPreview;
  const unfurler = services.unfurler;
  if (!preview?.pending || !unfurler) return;
  unfurler.track(
    (async () => {
      try {
        // Only a provider with the part reports pending previews.
        const linkPreviews = requireFeature(provider, 'linkPreviews');
        const outcome = await unfurler.unfurl(preview.url);
        const updated = await linkPreviews.completeLinkPreview(message.id, preview.url, outcome.ok ? outcome.metadata : null);
        if (!updated) return;
        await services.ingest.publish({
          type: 'MESSAGE_UPDATED',
          provider: provider.provider,
          workspaceId: provider.workspaceId,
          channelId: updated.channelId,
          messageId: updated.id,
          threadRootId: updated.threadRootId ?? updated.id,
          // The preview is the author's link, landing late.
          actorId: updated.authorId,
          emoji: null,
          buttonId: null,
        });
      } catch (error) {
        logUnexpected(error);
      }
    })(),
  );
}
