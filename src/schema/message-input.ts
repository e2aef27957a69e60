import type { MessageRecord } from '../providers/model.js';
import { builder } from './builder.js';
import { USER_ERRORS, UserError, type UserErrorShape } from './errors.js';
import { MessageRef } from './refs.js';

/**
 * The input and payload shared by every mutation that acts on one message and nothing else (`MessageInput`
 * and `MessagePayload`): pin, unpin, remove a link preview, mark unread, (un)subscribe.
 * Defined once here because a GraphQL type name can be defined only once; import them, do not redefine.
 */

export const MessageInput = builder.inputType('MessageInput', {
  description: 'Names one message.',
  fields: (t) => ({
    messageId: t.id({ required: true, description: 'The global id of the message.' }),
  }),
});

export type MessagePayloadShape = { result: MessageRecord | null; userErrors: UserErrorShape[] };

export const MessagePayload = builder.objectRef<MessagePayloadShape>('MessagePayload').implement({
  description: 'The message after the change, or why nothing was changed (then `message` is null).',
  fields: (t) => ({
    message: t.field({ type: MessageRef, nullable: true, description: 'The message after the change; null when nothing changed.', resolve: (payload) => payload.result }),
    userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (payload) => payload.userErrors }),
  }),
});
