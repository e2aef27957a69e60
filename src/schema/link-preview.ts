import type { LinkPreviewRecord, MessageRecord } from '../providers/model.js';
import { findChannel, findMessage, handleOf } from '../resolvers/access.js';
import { removeLinkPreview } from '../resolvers/link-previews.js';
import { builder } from './builder.js';
import { attempt } from './errors.js';
import { MessageInput, MessagePayload } from './message-input.js';
import { ChannelRef, MessageRef } from './refs.js';

/** Message.linkPreview and removeLinkPreview. */

type PreviewOf = LinkPreviewRecord & { message: MessageRecord };

const LinkPreview = builder.objectRef<PreviewOf>('LinkPreview').implement({
  description:
    'The preview of the first link in a message. A link to a message or channel of the same workspace ' +
    '(`<server>/messages/<message id>`, `<server>/channels/<channel id>`) is an internal preview: ' +
    '`linkedMessage` or `linkedChannel`, shown only to those who can read them. Any other http(s) link is ' +
    'fetched by the server after the message is sent; its preview appears with a MESSAGE_UPDATED event when ' +
    'the page has a title or description.',
  fields: (t) => ({
    url: t.field({ type: 'URL', description: 'The link as written in the message.', resolve: (preview) => preview.url }),
    title: t.exposeString('title', { nullable: true, description: 'og:title, else the page title. Null for internal previews.' }),
    description: t.exposeString('description', { nullable: true, description: 'og:description, else the meta description.' }),
    imageUrl: t.field({ type: 'URL', nullable: true, description: 'og:image, absolute.', resolve: (preview) => preview.imageUrl }),
    siteName: t.exposeString('siteName', { nullable: true, description: 'og:site_name, else the host name.' }),
    linkedMessage: t.field({
      type: MessageRef,
      nullable: true,
      description: 'The linked message, when the link names one and you can read it (null otherwise: nothing leaks).',
      resolve: (preview, _args, ctx) =>
        preview.linkedMessageId ? findMessage(ctx, { ...handleOf(preview.message), nativeId: preview.linkedMessageId }) : null,
    }),
    linkedChannel: t.field({
      type: ChannelRef,
      nullable: true,
      description: 'The linked channel, when the link names one and you can read it.',
      resolve: (preview, _args, ctx) =>
        preview.linkedChannelId ? findChannel(ctx, { ...handleOf(preview.message), nativeId: preview.linkedChannelId }) : null,
    }),
  }),
});

builder.objectField(MessageRef, 'linkPreview', (t) =>
  t.field({
    type: LinkPreview,
    nullable: true,
    description: 'The preview of the first link in the text; null when it has none, while it is being fetched, or after its removal.',
    resolve: (message) => (message.linkPreview && !message.linkPreview.pending ? { ...message.linkPreview, message } : null),
  }),
);

builder.mutationField('removeLinkPreview', (t) =>
  t.field({
    type: MessagePayload,
    description:
      'Remove the link preview of your own message. It does not ' +
      'come back when you edit the message, as long as it links to the same URL. Emits LINK_PREVIEW_REMOVED. ' +
      'userErrors: PERMISSION_DENIED when the message is not yours; NOT_FOUND when it has no preview (or you ' +
      'cannot see it); CONFLICT when the channel is archived.',
    args: { input: t.arg({ type: MessageInput, required: true, description: 'Your message whose preview to remove.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => removeLinkPreview(ctx, { messageId: String(input.messageId) })),
  }),
);
