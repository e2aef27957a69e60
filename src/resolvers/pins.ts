import type { RequestContext } from '../context.js';
import { SwitchboardError } from '../errors.js';
import type { ChannelRecord, MessageRecord } from '../providers/model.js';
import type { Page } from '../providers/paging.js';
import { requireFeature } from '../providers/provider.js';
import { handleOf } from './access.js';
import { publishMessageEvent } from './events.js';
import { targetMessage } from './messages.js';
import { pageRequest, type ConnectionArgs } from './pagination.js';

/**
 * Pins, as the operation reference has them: anyone who can write in the channel pins and unpins (not
 * only the pinner); at most `capabilities.maxPinsPerChannel` per channel; already pinned is CONFLICT, a full
 * channel VALIDATION_ERROR, unpinning a message that is not pinned NOT_FOUND; an archived channel is
 * read-only (CONFLICT), as for every write.
 */

export async function pinMessage(ctx: RequestContext, input: { messageId: string }): Promise<MessageRecord> {
  const { scope, message, actor } = await targetMessage(ctx, input.messageId);
  const pins = requireFeature(scope.provider, 'pins');
  if (message.pinnedAt) throw new SwitchboardError('CONFLICT', 'The message is already pinned.');
  const { message: pinned, announcement } = await pins.pinMessage(actor, message.id);
  await publishMessageEvent(ctx, scope, 'MESSAGE_PINNED', pinned);
  if (announcement) await publishMessageEvent(ctx, scope, 'MESSAGE_CREATED', announcement);
  return pinned;
}

export async function unpinMessage(ctx: RequestContext, input: { messageId: string }): Promise<MessageRecord> {
  const { scope, message, actor } = await targetMessage(ctx, input.messageId);
  const pins = requireFeature(scope.provider, 'pins');
  if (!message.pinnedAt) throw new SwitchboardError('NOT_FOUND', 'The message is not pinned.');
  const unpinned = await pins.unpinMessage(actor, message.id);
  await publishMessageEvent(ctx, scope, 'MESSAGE_UNPINNED', unpinned);
  return unpinned;
}

/** A page of a channel's pins (the channel is one the viewer can read), most recently pinned first. */
export async function channelPins(ctx: RequestContext, channel: ChannelRecord, args: ConnectionArgs): Promise<Page<MessageRecord>> {
  const scope = ctx.scope(handleOf(channel));
  requireFeature(scope.provider, 'pins');
  return scope.loaders.pins.load({ parentId: channel.id, page: pageRequest(args, { backward: false }) });
}
