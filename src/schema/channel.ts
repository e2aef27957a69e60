import type { RequestContext } from '../context.js';
import { parseScopedId, scopedId } from '../providers/ids.js';
import type { ChannelRecord } from '../providers/model.js';
import { findChannel, handleOf, requireChannel } from '../resolvers/access.js';
import { pageRequest } from '../resolvers/pagination.js';
import { refFromGlobalId } from '../resolvers/refs.js';
import { builder } from './builder.js';
import { toConnection } from './pages.js';
import { ChannelRef, MessageRef, UserRef, WorkspaceRef } from './refs.js';

export const ChannelTypeEnum = builder.enumType('ChannelType', {
  description: 'What kind of conversation container a channel is.',
  values: {
    PUBLIC: { description: 'Open to every member of the workspace.' },
    PRIVATE: { description: 'Visible to its members only.' },
    DIRECT: { description: 'A conversation between two people.' },
    GROUP: { description: 'A private conversation among a few people.' },
    MAILBOX: { description: 'An email folder.' },
    LABEL: { description: 'An email label (a message can carry several).' },
  } as const,
});

function loadChannels(ctx: RequestContext, ids: string[]): Promise<Array<ChannelRecord | null>> {
  return Promise.all(ids.map((id) => findChannel(ctx, parseScopedId(id))));
}

builder.node(ChannelRef, {
  description: 'A conversation container: a channel, a direct conversation, a mailbox folder or label.',
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'hasSubchannels' in value,
  id: { resolve: (channel) => scopedId(channel.provider, channel.workspaceId, channel.id) },
  loadMany: (ids, ctx) => loadChannels(ctx, ids as string[]),
  fields: (t) => ({
    workspace: t.field({
      type: WorkspaceRef,
      description: 'The workspace the channel belongs to.',
      resolve: (channel, _args, ctx) => ctx.scope(handleOf(channel)).workspace(),
    }),
    name: t.exposeString('name', {
      description: 'The name without "#" (e.g. "general"); a direct conversation is named after the other person.',
    }),
    description: t.exposeString('description', { nullable: true, description: "The channel's purpose; null when none was given." }),
    type: t.field({ type: ChannelTypeEnum, description: 'Public, private, direct, group, or a mail folder or label.', resolve: (channel) => channel.type }),
    isPrivate: t.exposeBoolean('isPrivate', { description: 'Visible only to its members (PRIVATE, DIRECT and GROUP channels).' }),
    isActive: t.exposeBoolean('isActive', { description: 'False once archived: an archived channel is read-only.' }),
    webUrl: t.field({
      type: 'URL',
      nullable: true,
      description: "The channel in its provider's own app; null for the built-in workspace.",
      resolve: (channel) => channel.webUrl,
    }),
    createdAt: t.field({ type: 'DateTime', nullable: true, description: 'When it was created; null when the provider does not say.', resolve: (channel) => channel.createdAt }),
    updatedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When its name, description or state last changed; null when the provider does not say.',
      resolve: (channel) => channel.updatedAt,
    }),
    parent: t.field({
      type: ChannelRef,
      nullable: true,
      description: 'The channel this one is a subchannel of; null for top-level channels and for parents you cannot see.',
      resolve: (channel, _args, ctx) =>
        channel.parentId ? findChannel(ctx, { ...handleOf(channel), nativeId: channel.parentId }) : null,
    }),
    hasSubchannels: t.exposeBoolean('hasSubchannels', { description: 'Whether it has subchannels (see subchannels).' }),
    subchannels: t.connection({
      type: ChannelRef,
      description: 'Subchannels you can see, by name.',
      resolve: async (channel, args, ctx) => {
        const scope = ctx.scope(handleOf(channel));
        const actor = await scope.actor();
        if (!actor) return toConnection<ChannelRecord>({ edges: [], hasNextPage: false, hasPreviousPage: false });
        const filter = { parentId: channel.id, query: null, includeArchived: false };
        const page = await scope.provider.listChannels(actor, filter, pageRequest(args));
        scope.loaders.primeRelated(page);
        return toConnection(page);
      },
    }),
    members: t.connection({
      type: UserRef,
      description: 'Members of the channel, by name.',
      resolve: async (channel, args, ctx) => {
        const page = await ctx.scope(handleOf(channel)).loaders.channelMembers.load({
          parentId: channel.id,
          page: pageRequest(args),
        });
        return toConnection(page);
      },
    }),
    messages: t.connection({
      type: MessageRef,
      description:
        'Messages shown in the channel (thread roots, and replies also sent to the channel), newest first. ' +
        'first/after read towards older messages, last/before towards newer ones; around: the page of `first` ' +
        'messages centred on that message (scroll-to-message).',
      args: { around: t.arg.id({ required: false, description: 'A message of this channel to centre the page on.' }) },
      resolve: async (channel, args, ctx) => {
        const around = args.around ? refFromGlobalId(String(args.around), 'Message', ['around']).nativeId : null;
        const page = await ctx.scope(handleOf(channel)).loaders.channelMessages.load({
          parentId: channel.id,
          page: pageRequest({ ...args, around }),
        });
        return toConnection(page);
      },
    }),
    viewerCanPost: t.boolean({
      description: 'Whether the viewer may send messages here (a member, and the channel is not archived).',
      resolve: async (channel, _args, ctx) =>
        (await ctx.scope(handleOf(channel)).loaders.channelAccess.load(channel.id)).canPost,
    }),
  }),
});

builder.queryField('channel', (t) =>
  t.field({
    type: ChannelRef,
    nullable: true,
    description: 'One channel by id; NOT_FOUND when it does not exist or you cannot see it.',
    args: { id: t.arg.id({ required: true, description: 'The global id of the channel (Channel.id).' }) },
    resolve: (_root, args, ctx) => requireChannel(ctx, refFromGlobalId(String(args.id), 'Channel', ['id'])),
  }),
);
