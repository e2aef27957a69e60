import type { RequestContext, WorkspaceScope } from '../context.js';
import type { EventType } from '../providers/events.js';
import type { MessageRecord } from '../providers/model.js';

/**
 * Publishes the normalized event of a change made through Switchboard. Envelopes carry ids only; each
 * subscriber resolves the message through its own loaders and access rules.
 */
export async function publishMessageEvent(
  ctx: RequestContext,
  scope: WorkspaceScope,
  type: EventType,
  message: MessageRecord,
  extra: { emoji?: string } = {},
): Promise<void> {
  // A provider that reports our own change back gets it once: from here, or from its webhook if that came first.
  const actor = await scope.actor();
  await ctx.services.ingest.publishWrite({
    type,
    provider: scope.handle.provider,
    workspaceId: scope.handle.workspaceId,
    channelId: message.channelId,
    messageId: message.id,
    threadRootId: message.threadRootId ?? message.id,
    actorId: actor?.userId ?? null,
    emoji: extra.emoji ?? null,
    buttonId: null,
  }, extra.emoji);
}

/** APP_MENTION for every bot the message mentions, as chat platforms' app mentions do. */
export async function publishAppMentions(ctx: RequestContext, scope: WorkspaceScope, message: MessageRecord): Promise<void> {
  if (message.mentionIds.length === 0) return;
  const mentioned = await scope.loaders.users.loadMany(message.mentionIds);
  const botMentioned = mentioned.some((user) => user !== null && !(user instanceof Error) && user.isBot);
  if (botMentioned) await publishMessageEvent(ctx, scope, 'APP_MENTION', message);
}
