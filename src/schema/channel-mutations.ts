import { encodeGlobalId } from '../providers/ids.js';
import type { ChannelRecord } from '../providers/model.js';
import type { JoinableChannelRecord } from '../providers/features/channel-admin.js';
import { handleOf } from '../resolvers/access.js';
import {
  archiveChannel,
  canManageChannel,
  createChannel,
  inviteToChannel,
  joinableChannels,
  joinChannel,
  leaveChannel,
  renameChannel,
  unarchiveChannel,
} from '../resolvers/channels.js';
import { builder } from './builder.js';
import { ChannelTypeEnum } from './channel.js';
import { toConnection } from './pages.js';
import { attempt, UserError, type UserErrorShape } from './errors.js';
import { ChannelRef, WorkspaceRef } from './refs.js';

/**
 * Channel operations (create, rename, archive, unarchive, join, leave, invite), the directory of public
 * channels one can join, and `Channel.viewerCanManage`. Every operation posts a SYSTEM message in the
 * channel (Message.systemEvent) and publishes its event (CHANNEL_CREATED, CHANNEL_RENAMED, CHANNEL_UPDATED,
 * CHANNEL_JOINED, CHANNEL_LEFT) plus MESSAGE_CREATED for the system message.
 */

const channelId = (channel: ChannelRecord) =>
  encodeGlobalId({ typename: 'Channel', provider: channel.provider, workspaceId: channel.workspaceId, nativeId: channel.id });

type ChannelResult = { result: ChannelRecord | null; userErrors: UserErrorShape[] };

const ChannelPayload = builder.objectRef<ChannelResult>('ChannelPayload').implement({
  description: 'The channel after the operation, or why nothing changed.',
  fields: (t) => ({
    channel: t.field({ type: ChannelRef, nullable: true, resolve: (payload) => payload.result }),
    userErrors: t.field({ type: [UserError], resolve: (payload) => payload.userErrors }),
  }),
});

const LeaveChannelPayload = builder.objectRef<ChannelResult>('LeaveChannelPayload').implement({
  description: 'The id of the channel you left; you can no longer read it (a public one you may join again).',
  fields: (t) => ({
    leftChannelId: t.id({ nullable: true, resolve: ({ result }) => result && channelId(result) }),
    userErrors: t.field({ type: [UserError], resolve: (payload) => payload.userErrors }),
  }),
});

const nameDescription =
  "Slack's rules: lowercase letters, digits, hyphens and underscores, at most 80 characters, unique in the " +
  'workspace (archived channels keep their names). A bad name is a VALIDATION_ERROR suggesting a valid one; a ' +
  'taken one a CONFLICT.';

const CreateChannelInput = builder.inputType('CreateChannelInput', {
  description: 'A new channel. You become its first member and a channel admin.',
  fields: (t) => ({
    workspaceId: t.id({ required: true }),
    name: t.string({ required: true, description: nameDescription }),
    description: t.string({ description: "The channel's purpose, at most 250 characters." }),
    type: t.field({
      type: ChannelTypeEnum,
      defaultValue: 'PUBLIC',
      description: 'PUBLIC (anyone in the workspace may join) or PRIVATE (members add people); default PUBLIC.',
    }),
    parentId: t.id({ description: 'Makes it a subchannel of this channel (one you can see, not archived).' }),
  }),
});

const RenameChannelInput = builder.inputType('RenameChannelInput', {
  fields: (t) => ({
    channelId: t.id({ required: true }),
    name: t.string({ required: true, description: nameDescription }),
  }),
});

const ChannelInput = builder.inputType('ChannelInput', {
  description: 'The channel an operation applies to.',
  fields: (t) => ({ channelId: t.id({ required: true }) }),
});

const InviteToChannelInput = builder.inputType('InviteToChannelInput', {
  fields: (t) => ({
    channelId: t.id({ required: true }),
    userIds: t.idList({ required: true, description: '1 to 100 users of the channel’s workspace, none of them in the channel yet.' }),
  }),
});

const run = (work: () => Promise<ChannelRecord>) => attempt(work);

builder.mutationFields((t) => ({
  createChannel: t.field({
    type: ChannelPayload,
    description: 'Create a channel (any member of the workspace may). Posts a CHANNEL_CREATED system message.',
    args: { input: t.arg({ type: CreateChannelInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      run(() =>
        createChannel(ctx, {
          workspaceId: String(input.workspaceId),
          name: input.name,
          description: input.description,
          type: input.type,
          parentId: input.parentId && String(input.parentId),
        }),
      ),
  }),
  renameChannel: t.field({
    type: ChannelPayload,
    description:
      "Rename a channel: its creator, its channel admins and workspace admins or owners may (others: PERMISSION_DENIED). " +
      'Archived: CONFLICT. The same name changes nothing. Posts a CHANNEL_RENAMED system message.',
    args: { input: t.arg({ type: RenameChannelInput, required: true }) },
    resolve: (_root, { input }, ctx) => run(() => renameChannel(ctx, { channelId: String(input.channelId), name: input.name })),
  }),
  archiveChannel: t.field({
    type: ChannelPayload,
    description:
      'Archive a channel (same people as rename): it becomes read-only and leaves `Workspace.channels` unless ' +
      'includeArchived. Already archived: CONFLICT. Posts a CHANNEL_ARCHIVED system message; the event is CHANNEL_UPDATED.',
    args: { input: t.arg({ type: ChannelInput, required: true }) },
    resolve: (_root, { input }, ctx) => run(() => archiveChannel(ctx, { channelId: String(input.channelId) })),
  }),
  unarchiveChannel: t.field({
    type: ChannelPayload,
    description:
      'Bring an archived channel back (same people as rename). Not archived: CONFLICT. Posts a CHANNEL_UNARCHIVED ' +
      'system message; the event is CHANNEL_UPDATED.',
    args: { input: t.arg({ type: ChannelInput, required: true }) },
    resolve: (_root, { input }, ctx) => run(() => unarchiveChannel(ctx, { channelId: String(input.channelId) })),
  }),
  joinChannel: t.field({
    type: ChannelPayload,
    description:
      'Join a public channel (find them in Workspace.joinableChannels). A private channel is NOT_FOUND, like one that ' +
      'does not exist; archived: CONFLICT; already a member changes nothing. Posts a USER_JOINED system message.',
    args: { input: t.arg({ type: ChannelInput, required: true }) },
    resolve: (_root, { input }, ctx) => run(() => joinChannel(ctx, { channelId: String(input.channelId) })),
  }),
  leaveChannel: t.field({
    type: LeaveChannelPayload,
    description:
      'Leave a channel you are in: from then on you no longer read it or receive its events. Not in it: CONFLICT ' +
      '(private ones: NOT_FOUND); the last member of a private channel cannot leave (CONFLICT); archived: CONFLICT; ' +
      'direct conversations: VALIDATION_ERROR. Posts a USER_LEFT system message.',
    args: { input: t.arg({ type: ChannelInput, required: true }) },
    resolve: (_root, { input }, ctx) => run(() => leaveChannel(ctx, { channelId: String(input.channelId) })),
  }),
  inviteToChannel: t.field({
    type: ChannelPayload,
    description:
      'Add people to a channel you are in, public or private (the way into a private channel). Someone already in ' +
      'it: CONFLICT, nobody is added. Posts a USER_JOINED system message per person, with you as actor.',
    args: { input: t.arg({ type: InviteToChannelInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      run(() => inviteToChannel(ctx, { channelId: String(input.channelId), userIds: input.userIds.map(String) })),
  }),
}));

const JoinableChannel = builder.objectRef<JoinableChannelRecord>('JoinableChannel').implement({
  description:
    'A public channel you are not in, as its directory entry. Its messages are readable once you join it ' +
    '(joinChannel with `channelId`); until then `node(channelId)` is null.',
  fields: (t) => ({
    channelId: t.id({ description: 'The Channel id, for joinChannel.', resolve: (channel) => channelId(channel) }),
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    memberCount: t.exposeInt('memberCount'),
    createdAt: t.field({ type: 'DateTime', nullable: true, resolve: (channel) => channel.createdAt }),
  }),
});

builder.objectField(WorkspaceRef, 'joinableChannels', (t) =>
  t.connection({
    type: JoinableChannel,
    description: 'Public channels you may join (not archived, not yet a member), by name; query matches names.',
    args: { query: t.arg.string({ required: false }) },
    resolve: async (workspace, args, ctx) =>
      toConnection(await joinableChannels(ctx, { provider: workspace.provider, workspaceId: workspace.id }, args)),
  }, { name: 'JoinableChannelConnection' }, { name: 'JoinableChannelEdge' }),
);

builder.objectField(ChannelRef, 'viewerCanManage', (t) =>
  t.boolean({
    description: 'Whether you may rename, archive and unarchive it: its creator, its channel admins, workspace admins and owners.',
    resolve: (channel, _args, ctx) => canManageChannel(ctx.scope(handleOf(channel)), channel),
  }),
);
