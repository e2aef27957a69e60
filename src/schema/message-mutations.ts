import { encodeGlobalId } from '../providers/ids.js';
import type { MessageRecord } from '../providers/model.js';
import {
  addReaction,
  deleteMessage,
  removeReaction,
  sendMessage,
  updateMessage,
} from '../resolvers/messages.js';
import { builder } from './builder.js';
import { attempt, USER_ERRORS, UserError, type UserErrorShape } from './errors.js';
import { MessageRef } from './refs.js';

/** Mutations on messages: one input each, a payload with the message and userErrors. */

type MessageResult = { result: MessageRecord | null; userErrors: UserErrorShape[] };

function messagePayload(name: string, description: string) {
  return builder.objectRef<MessageResult>(name).implement({
    description,
    fields: (t) => ({
      message: t.field({ type: MessageRef, nullable: true, description: 'The message; null when the operation failed.', resolve: (payload) => payload.result }),
      userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (payload) => payload.userErrors }),
    }),
  });
}

export const SendMessagePayload = messagePayload('SendMessagePayload', 'The message sent, or why it was not.');
const UpdateMessagePayload = messagePayload('UpdateMessagePayload', 'The edited message, or why it was not edited.');
const ReactionPayload = messagePayload('ReactionPayload', 'The message with its reactions after the change.');

const DeleteMessagePayload = builder.objectRef<MessageResult>('DeleteMessagePayload').implement({
  description: 'The id of the deleted message; the message itself stays as a tombstone so trees keep their shape.',
  fields: (t) => ({
    deletedMessageId: t.id({
      nullable: true,
      description: 'The global id of the deleted message: drop it from your cache (or render its tombstone).',
      resolve: ({ result }) =>
        result &&
        encodeGlobalId({ typename: 'Message', provider: result.provider, workspaceId: result.workspaceId, nativeId: result.id }),
    }),
    message: t.field({ type: MessageRef, nullable: true, description: 'The tombstone.', resolve: (payload) => payload.result }),
    userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (payload) => payload.userErrors }),
  }),
});

const SendMessageInput = builder.inputType('SendMessageInput', {
  description:
    'A new message or reply. Give the content in exactly one of text, markdown or html, at most ' +
    'Workspace.capabilities.maxMessageLength characters (40,000 on the built-in workspace); longer or blank ' +
    'content is a VALIDATION_ERROR.',
  fields: (t) => ({
    channelId: t.id({ required: true, description: 'The channel to post in (Channel.id); for a reply, the channel of its parent.' }),
    text: t.string({ description: 'Plain text; characters with a meaning in markdown are kept literally.' }),
    markdown: t.string({ description: 'Markdown (GFM). Mention people with @handle.' }),
    html: t.string({ description: 'An HTML mail body (Workspace.capabilities.email only); the plain text is derived from it.' }),
    subject: t.string({
      description: 'The mail subject, one line (Workspace.capabilities.email only). A reply without one takes its parent\'s with "Re: " in front.',
    }),
    parentId: t.id({ description: 'Reply: the message being replied to, at any depth. Its thread root is derived.' }),
    alsoSendToChannel: t.boolean({ description: 'Replies only: also show the reply in the channel timeline.' }),
    attachmentIds: t.idList({ description: 'Files uploaded beforehand.' }),
    to: t.stringList({
      description:
        'Recipients (Workspace.capabilities.email only), each `jane@example.com` or `"Jane Doe" <jane@example.com>`. A new mail needs at least one recipient in to, cc or bcc. A reply without any goes to its parent\'s sender (Reply-To when set), or for your own mail to its recipients; with some, to exactly those (reply all: pass them).',
    }),
    cc: t.stringList({ description: 'Copied recipients (Workspace.capabilities.email only), written like `to`.' }),
    bcc: t.stringList({ description: 'Blind-copied recipients (Workspace.capabilities.email only), written like `to`.' }),
    idempotencyKey: t.string({
      description:
        'Retrying with the same key returns the first result and sends nothing twice (per API key owner; ' +
        'reusing a key for different content is a CONFLICT).',
    }),
  }),
});

const UpdateMessageInput = builder.inputType('UpdateMessageInput', {
  description: 'New content for a message; exactly one of text, markdown or html, within the same length limit.',
  fields: (t) => ({
    messageId: t.id({ required: true, description: 'The message to edit (yours).' }),
    text: t.string({ description: 'The new content as plain text.' }),
    markdown: t.string({ description: 'The new content as markdown; @handle mentions are re-read.' }),
    html: t.string({ description: 'The new content as HTML (email workspaces only).' }),
  }),
});

const DeleteMessageInput = builder.inputType('DeleteMessageInput', {
  description: 'The message to delete.',
  fields: (t) => ({ messageId: t.id({ required: true, description: 'The global id of the message.' }) }),
});

const ReactionInput = builder.inputType('ReactionInput', {
  description: 'A message and an emoji, to react with or to take back.',
  fields: (t) => ({
    messageId: t.id({ required: true, description: 'The global id of the message.' }),
    emoji: t.string({ required: true, description: 'A unicode emoji ("👍") or a custom emoji name (":shipit:").' }),
  }),
});

builder.mutationFields((t) => ({
  sendMessage: t.field({
    type: SendMessagePayload,
    description: 'Send a message or a reply. You must be a member of the channel.',
    args: { input: t.arg({ type: SendMessageInput, required: true, description: 'The message: channel, content, and parentId for a reply.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => sendMessage(ctx, { ...input, channelId: String(input.channelId), parentId: input.parentId && String(input.parentId) })),
  }),
  updateMessage: t.field({
    type: UpdateMessagePayload,
    description: 'Edit a message. Only its author may.',
    args: { input: t.arg({ type: UpdateMessageInput, required: true, description: 'The message and its new content.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => updateMessage(ctx, { ...input, messageId: String(input.messageId) })),
  }),
  deleteMessage: t.field({
    type: DeleteMessagePayload,
    description: 'Delete a message: its author, a channel admin, or a workspace admin or owner may.',
    args: { input: t.arg({ type: DeleteMessageInput, required: true, description: 'The message to delete.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => deleteMessage(ctx, { messageId: String(input.messageId) })),
  }),
  addReaction: t.field({
    type: ReactionPayload,
    description: 'React with an emoji; each person once per emoji per message (again: CONFLICT).',
    args: { input: t.arg({ type: ReactionInput, required: true, description: 'The message and the emoji.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => addReaction(ctx, { ...input, messageId: String(input.messageId) })),
  }),
  removeReaction: t.field({
    type: ReactionPayload,
    description: 'Remove your own reaction (someone else’s, or none: NOT_FOUND).',
    args: { input: t.arg({ type: ReactionInput, required: true, description: 'The message and the emoji to take back.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => removeReaction(ctx, { ...input, messageId: String(input.messageId) })),
  }),
}));
