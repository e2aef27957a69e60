import type { RequestContext } from '../context.js';
import { parseScopedId, scopedId } from '../providers/ids.js';
import type { WorkspaceHandle } from '../providers/registry.js';
import { EVENT_TYPES } from '../providers/events.js';
import type { Capabilities } from '../providers/capabilities.js';
import type { ChannelRecord, WorkspaceRecord } from '../providers/model.js';
import { memberScope, requireMemberScope } from '../resolvers/access.js';
import { pageRequest } from '../resolvers/pagination.js';
import { refFromGlobalId } from '../resolvers/refs.js';
import { builder } from './builder.js';
import { toConnection } from './pages.js';
import { ChannelRef, UserRef, WorkspaceRef } from './refs.js';

export const ProviderEnum = builder.enumType('Provider', {
  description: 'The messaging platform behind a workspace.',
  values: {
    BUILTIN: { value: 'builtin', description: 'A workspace hosted by Switchboard itself.' },
    SLACK: { value: 'slack' },
    MICROSOFT_TEAMS: { value: 'teams' },
    OUTLOOK: { value: 'outlook' },
    GMAIL: { value: 'gmail' },
  } as const,
});

const SupportEnum = builder.enumType('Support', {
  description: 'How a workspace provides a feature.',
  values: {
    NATIVE: { description: 'The provider does it itself.' },
    EMULATED: { description: 'Switchboard provides it on top of the provider.' },
    NONE: { description: 'Not available; the operations fail with UNSUPPORTED.' },
  } as const,
});

const ThreadModelEnum = builder.enumType('ThreadModel', {
  description: 'How replies nest.',
  values: {
    FLAT: { description: 'Replies hang off one root (Slack, Teams).' },
    TREE: { description: 'Replies to replies, to any depth.' },
  } as const,
});

const EventDeliveryEnum = builder.enumType('EventDelivery', {
  description: 'How events reach Switchboard from the provider.',
  values: {
    PUSH: { description: 'Webhooks or the provider itself push events as they happen.' },
    POLL: { description: 'Switchboard polls for changes; events arrive with a delay.' },
  } as const,
});

export const EventTypeEnum = builder.enumType('EventType', {
  description: 'What happened.',
  values: EVENT_TYPES,
});

const CapabilitiesRef = builder.objectRef<Capabilities>('Capabilities').implement({
  description: "What this workspace's provider can do, so that clients render only what works.",
  fields: (t) => ({
    editMessages: t.exposeBoolean('editMessages'),
    deleteMessages: t.exposeBoolean('deleteMessages'),
    reactions: t.exposeBoolean('reactions'),
    buttons: t.exposeBoolean('buttons', { description: 'Interactive buttons on messages.' }),
    pins: t.field({ type: SupportEnum, resolve: (c) => c.pins }),
    maxPinsPerChannel: t.exposeInt('maxPinsPerChannel', { nullable: true }),
    scheduledMessages: t.field({ type: SupportEnum, resolve: (c) => c.scheduledMessages }),
    search: t.field({ type: SupportEnum, resolve: (c) => c.search }),
    readState: t.field({ type: SupportEnum, resolve: (c) => c.readState }),
    threadSubscriptions: t.field({ type: SupportEnum, resolve: (c) => c.threadSubscriptions }),
    linkPreviewRemoval: t.exposeBoolean('linkPreviewRemoval'),
    attachmentUpload: t.exposeBoolean('attachmentUpload'),
    channelAdministration: t.exposeBoolean('channelAdministration', {
      description: 'Creating, renaming, archiving, joining, leaving and inviting to channels; without it those mutations fail with UNSUPPORTED.',
    }),
    threadModel: t.field({ type: ThreadModelEnum, resolve: (c) => c.threadModel }),
    eventDelivery: t.field({ type: EventDeliveryEnum, resolve: (c) => c.eventDelivery }),
    eventTypes: t.field({ type: [EventTypeEnum], resolve: (c) => c.eventTypes, description: 'Events this workspace emits.' }),
    maxMessageLength: t.exposeInt('maxMessageLength', { description: 'Longest message text accepted, in characters.' }),
  }),
});

function handle(workspace: WorkspaceRecord): WorkspaceHandle {
  return { provider: workspace.provider, workspaceId: workspace.id };
}

async function loadWorkspaces(ctx: RequestContext, ids: string[]): Promise<Array<WorkspaceRecord | null>> {
  return Promise.all(
    ids.map(async (id) => {
      const scope = await memberScope(ctx, parseScopedId(id));
      return scope ? scope.workspace() : null;
    }),
  );
}

builder.node(WorkspaceRef, {
  description: 'One workspace of one provider: a built-in workspace, a Slack team, a Teams tenant or a mailbox.',
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'provider' in value && !('workspaceId' in value),
  id: { resolve: (workspace) => scopedId(workspace.provider, workspace.id, workspace.id) },
  loadMany: (ids, ctx) => loadWorkspaces(ctx, ids as string[]),
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, resolve: (workspace, _args, ctx) => ctx.services.registry.kindOf(workspace.provider) }),
    name: t.exposeString('name'),
    webUrl: t.field({ type: 'URL', nullable: true, resolve: (workspace) => workspace.webUrl }),
    capabilities: t.field({
      type: CapabilitiesRef,
      resolve: (workspace, _args, ctx) => ctx.scope(handle(workspace)).provider.capabilities(),
    }),
    viewerUser: t.field({
      type: UserRef,
      nullable: true,
      description: "The viewer's own user in this workspace.",
      resolve: (workspace, _args, ctx) => ctx.scope(handle(workspace)).viewerUser(),
    }),
    channels: t.connection({
      type: ChannelRef,
      description:
        'Channels the viewer can see (on the built-in workspace: the ones it is a member of), by name. ' +
        'parentId lists the subchannels of one channel; query matches names; archived channels only with includeArchived.',
      args: {
        parentId: t.arg.id({ required: false }),
        query: t.arg.string({ required: false }),
        includeArchived: t.arg.boolean({ required: false, defaultValue: false }),
      },
      resolve: async (workspace, args, ctx) => {
        const scope = await requireMemberScope(ctx, handle(workspace));
        const actor = await scope.actor();
        if (!actor) return toConnection<ChannelRecord>({ edges: [], hasNextPage: false, hasPreviousPage: false });
        const parentId = args.parentId ? refFromGlobalId(String(args.parentId), 'Channel', ['parentId']).nativeId : null;
        const page = await scope.provider.listChannels(
          actor,
          { parentId, query: args.query?.trim() || null, includeArchived: args.includeArchived ?? false },
          pageRequest(args),
        );
        return toConnection(page);
      },
    }),
    users: t.connection({
      type: UserRef,
      description: 'People and bots of the workspace, by name; query matches handle or display name.',
      args: { query: t.arg.string({ required: false }) },
      resolve: async (workspace, args, ctx) => {
        const scope = await requireMemberScope(ctx, handle(workspace));
        const page = await scope.provider.listUsers({ query: args.query?.trim() || null }, pageRequest(args));
        for (const edge of page.edges) scope.loaders.users.prime(edge.node.id, edge.node);
        return toConnection(page);
      },
    }),
  }),
});

builder.queryFields((t) => ({
  workspaces: t.field({
    type: [WorkspaceRef],
    description: 'The workspaces the viewer belongs to.',
    resolve: async (_root, _args, ctx) => {
      const handles = await ctx.workspaces();
      return Promise.all(handles.map((workspace) => ctx.scope(workspace).workspace()));
    },
  }),
  workspace: t.field({
    type: WorkspaceRef,
    nullable: true,
    description: 'One workspace by id; NOT_FOUND when the viewer does not belong to it.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const ref = refFromGlobalId(String(args.id), 'Workspace', ['id']);
      const scope = await requireMemberScope(ctx, ref);
      return scope.workspace();
    },
  }),
}));
