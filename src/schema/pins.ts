import { channelPins, pinMessage, unpinMessage } from '../resolvers/pins.js';
import { builder } from './builder.js';
import { toConnection } from './pages.js';
import { attempt } from './errors.js';
import { MessageInput, MessagePayload } from './message-input.js';
import { ChannelRef, MessageRef } from './refs.js';

/**
 * Pins: Channel.pins and the mutations pinMessage and unpinMessage. Message.isPinned, pinnedAt and pinnedBy are in ./message.ts.
 */

builder.objectField(ChannelRef, 'pins', (t) =>
  t.connection({
    type: MessageRef,
    description:
      'Pinned messages, most recently pinned first. At most ' +
      'Workspace.capabilities.maxPinsPerChannel (50 on the built-in workspace). Forward pages only (first/after).',
    resolve: async (channel, args, ctx) => toConnection(await channelPins(ctx, channel, args)),
  }),
);

builder.mutationFields((t) => ({
  pinMessage: t.field({
    type: MessagePayload,
    description:
      'Pin a message to its channel. Anyone who can write in the channel may. ' +
      'Posts a system message (type SYSTEM, systemEvent MESSAGE_PINNED) and emits MESSAGE_PINNED and, for the ' +
      'system message, MESSAGE_CREATED. userErrors: CONFLICT when the message is already pinned or the channel ' +
      'is archived; VALIDATION_ERROR when the channel already has the most pins it can have ' +
      '(capabilities.maxPinsPerChannel, 50 on the built-in workspace); NOT_FOUND for a message you cannot see.',
    args: { input: t.arg({ type: MessageInput, required: true, description: 'The message to pin.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => pinMessage(ctx, { messageId: String(input.messageId) })),
  }),
  unpinMessage: t.field({
    type: MessagePayload,
    description:
      'Unpin a message. Anyone who can write in the channel may, not only ' +
      'who pinned it. Emits MESSAGE_UNPINNED. userErrors: NOT_FOUND when the message is not pinned (or you ' +
      'cannot see it); CONFLICT when the channel is archived.',
    args: { input: t.arg({ type: MessageInput, required: true, description: 'The message to unpin.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => unpinMessage(ctx, { messageId: String(input.messageId) })),
  }),
}));
