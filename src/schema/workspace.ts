import type { RequestContext } from '../context.js';
import { parseScopedId, scopedId } from '../providers/ids.js';
import type { WorkspaceHandle } from '../providers/registry.js';
import { EVENT_TYPES, type EventType } from '../providers/events.js';
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
    SLACK: { value: 'slack', description: 'A connected Slack team (see connectWorkspace).' },
    MICROSOFT_TEAMS: { value: 'teams', description: 'A Microsoft Teams tenant, connected through Microsoft sign-in (/oauth/microsoft/install, shared with Outlook).' },
    OUTLOOK: { value: 'outlook', description: 'An Outlook mailbox, connected through Microsoft sign-in (/oauth/microsoft/install, shared with Teams).' },
    GMAIL: { value: 'gmail', description: 'A Gmail mailbox, connected through Google sign-in (beginInstall, /oauth/gmail/install).' },
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

const AudienceEnum = builder.enumType('WorkspaceAudience', {
  description: 'Who reads a workspace (Capabilities.audience).',
  values: {
    SHARED: { description: 'Its users read and post in the channels they are members of (chat workspaces).' },
    PERSONAL: {
      description:
        "One person's (a mailbox): only its owner reads it or acts in it; everyone else appears only as the author or a recipient of its messages, by address. The owner's own messages land where the platform files them (Sent), not necessarily in the channel a send names.",
    },
  } as const,
});

/** What each event type means to a subscriber; a missing entry is a type error. */
const EVENT_TYPE_DESCRIPTIONS: Record<EventType, string> = {
  MESSAGE_CREATED: 'A message or reply was sent (also system messages). `message` is the new message.',
  MESSAGE_UPDATED: 'A message was edited, or its link preview arrived. `message` is the message as it is now.',
  MESSAGE_DELETED: 'A message was deleted. `message` is its tombstone where the tree keeps one, else null.',
  REACTION_ADDED: 'Someone reacted: `emoji` and `actor` say who with what, `message` is the message.',
  REACTION_REMOVED: 'Someone took a reaction back: `emoji`, `actor` and `message` as for REACTION_ADDED.',
  APP_MENTION: "A message mentioned a bot user, as Slack's app_mention: what a bot listens for. `message` is the message.",
  BUTTON_CLICKED: 'Someone clicked an interactive button: `button`, `actor` and `message`.',
  MESSAGE_PINNED: 'A message was pinned to its channel: `message`, pinned by `actor`.',
  MESSAGE_UNPINNED: 'A message was unpinned: `message`, by `actor`.',
  LINK_PREVIEW_REMOVED: "The author removed a message's link preview. `message` is the message.",
  CHANNEL_CREATED: 'A channel was created: `channel`; `message` is its CHANNEL_CREATED system message.',
  CHANNEL_RENAMED: 'A channel was renamed: `channel` has its new name; `message` is the system message.',
  CHANNEL_UPDATED: 'A channel was archived or unarchived (see Channel.isActive), or otherwise changed.',
  CHANNEL_DELETED: 'A channel was deleted (Slack); `channel` is null from then on.',
  CHANNEL_JOINED: 'Someone joined `channel` (`actor`); a joiner\'s own stream starts with this event.',
  CHANNEL_LEFT: 'Someone left `channel` (`actor`); the leaver no longer receives the channel\'s events.',
  USER_CREATED: 'A person or bot joined the workspace (`actor`). Reserved: no provider emits it yet (see Capabilities.eventTypes).',
  USER_UPDATED: "A person's profile changed (`actor`). Reserved: no provider emits it yet.",
  USER_DELETED: 'A person was removed from the workspace or deactivated (`actor`). Reserved: no provider emits it yet.',
  THREAD_READ: 'You moved your read position in a thread (markThreadRead, markUnread). Only your own subscriptions receive it.',
  CHANNEL_READ: 'You moved your read position in a channel (markChannelRead, markUnread). Only your own subscriptions receive it.',
  SCHEDULED_MESSAGE_SENT: 'One of your scheduled messages was delivered: `scheduledMessage`, and `message` is what it became. Only you receive it.',
  SCHEDULED_MESSAGE_FAILED: 'One of your scheduled messages could not be delivered: see `scheduledMessage.lastError`. Only you receive it.',
  WORKSPACE_DISCONNECTED:
    'An admin disconnected the workspace (disconnectWorkspace): its channels and messages are gone from your view, and a subscription ' +
    'confined to it (by workspaceIds, channelIds or threadRootIds) ends after this event.',
};

export const EventTypeEnum = builder.enumType('EventType', {
  description: 'What happened. Which types a workspace emits: Capabilities.eventTypes.',
  values: Object.fromEntries(EVENT_TYPES.map((type) => [type, { value: type, description: EVENT_TYPE_DESCRIPTIONS[type] }])) as Record<
    EventType,
    { value: EventType; description: string }
  >,
});

const ConnectionStatusEnum = builder.enumType('WorkspaceConnectionStatus', {
  description: 'Whether Switchboard can reach a workspace.',
  values: {
    CONNECTED: { description: 'Reads and writes reach the provider.' },
    DISCONNECTED: {
      description:
        'Its stored credentials cannot be used (e.g. the encryption key is missing or was rotated away, or the ' +
        'provider refused the connection\'s grant): the workspace reads as empty and writes fail with ' +
        'PROVIDER_ERROR (a refused grant: NOT_AUTHENTICATED or PERMISSION_DENIED) until an admin connects it ' +
        'again. Other workspaces are not affected.',
    },
  } as const,
});

const CapabilitiesRef = builder.objectRef<Capabilities>('Capabilities').implement({
  description: "What this workspace's provider can do, so that clients render only what works.",
  fields: (t) => ({
    editMessages: t.exposeBoolean('editMessages', { description: 'Whether messages can be edited (updateMessage).' }),
    deleteMessages: t.exposeBoolean('deleteMessages', { description: 'Whether messages can be deleted (deleteMessage).' }),
    reactions: t.exposeBoolean('reactions', { description: 'Whether messages take emoji reactions (addReaction, removeReaction).' }),
    buttons: t.exposeBoolean('buttons', { description: 'Interactive buttons on messages.' }),
    pins: t.field({ type: SupportEnum, description: 'Pinning messages (pinMessage, Channel.pins).', resolve: (c) => c.pins }),
    maxPinsPerChannel: t.exposeInt('maxPinsPerChannel', {
      nullable: true,
      description: 'The most pins a channel holds (50 on the built-in workspace, 100 on Slack); null when unlimited or without pins.',
    }),
    scheduledMessages: t.field({
      type: SupportEnum,
      description: 'Scheduling messages for later (scheduleMessage, Workspace.scheduledMessages).',
      resolve: (c) => c.scheduledMessages,
    }),
    search: t.field({ type: SupportEnum, description: 'Full-text search (Workspace.search).', resolve: (c) => c.search }),
    readState: t.field({
      type: SupportEnum,
      description: 'Unread counts and read positions (Channel.unreadCount, Message.isUnread, markChannelRead).',
      resolve: (c) => c.readState,
    }),
    threadSubscriptions: t.field({
      type: SupportEnum,
      description: 'Following threads and their unread replies (Workspace.threads, subscribeToThread, markThreadRead).',
      resolve: (c) => c.threadSubscriptions,
    }),
    linkPreviewRemoval: t.exposeBoolean('linkPreviewRemoval', { description: 'Whether authors can remove link previews (removeLinkPreview).' }),
    attachmentUpload: t.exposeBoolean('attachmentUpload', { description: 'Whether files can be uploaded and sent (uploadAttachment).' }),
    email: t.boolean({
      description:
        'Whether messages are mail: sendMessage takes subject, to, cc, bcc and html, updateMessage takes html, and messages have recipients. Elsewhere those inputs fail with UNSUPPORTED.',
      resolve: (c) => c.email === true,
    }),
    audience: t.field({
      type: AudienceEnum,
      description: 'Who reads this workspace: its members (SHARED, chat) or its owner alone (PERSONAL, a mailbox). Render channel members, mentions and "who has seen it" only for SHARED.',
      resolve: (c) => c.audience ?? 'SHARED',
    }),
    channelAdministration: t.exposeBoolean('channelAdministration', {
      description: 'Creating, renaming, archiving, joining, leaving and inviting to channels; without it those mutations fail with UNSUPPORTED.',
    }),
    threadModel: t.field({
      type: ThreadModelEnum,
      description: 'How deep replies nest: render a tree (TREE) or one level of replies (FLAT).',
      resolve: (c) => c.threadModel,
    }),
    eventDelivery: t.field({
      type: EventDeliveryEnum,
      description: 'Whether events of this workspace arrive as they happen (PUSH) or with a polling delay (POLL).',
      resolve: (c) => c.eventDelivery,
    }),
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
    provider: t.field({
      type: ProviderEnum,
      description: 'The platform behind the workspace.',
      resolve: (workspace, _args, ctx) => ctx.services.registry.kindOf(workspace.provider),
    }),
    name: t.exposeString('name', { description: 'The workspace name, as its provider shows it.' }),
    webUrl: t.field({
      type: 'URL',
      nullable: true,
      description: "The workspace in its provider's own app (e.g. the Slack team URL); null for the built-in workspace.",
      resolve: (workspace) => workspace.webUrl,
    }),
    connectionStatus: t.field({
      type: ConnectionStatusEnum,
      description: 'Whether Switchboard can reach the workspace: DISCONNECTED when its stored credentials cannot be used or the provider refused its grant.',
      resolve: (workspace) => workspace.connectionStatus ?? 'CONNECTED',
    }),
    capabilities: t.field({
      type: CapabilitiesRef,
      description: 'What this workspace supports: check it before rendering a feature that might answer UNSUPPORTED.',
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
        parentId: t.arg.id({ required: false, description: 'Only the subchannels of this channel (default: top-level and subchannels alike).' }),
        query: t.arg.string({ required: false, description: 'Only channels whose name contains this text (case-insensitive).' }),
        includeArchived: t.arg.boolean({ required: false, defaultValue: false, description: 'Also list archived channels (isActive false).' }),
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
        scope.loaders.primeRelated(page);
        return toConnection(page);
      },
    }),
    users: t.connection({
      type: UserRef,
      description: 'People and bots of the workspace, by name; query matches handle or display name.',
      args: { query: t.arg.string({ required: false, description: 'Only people whose handle or display name contains this text.' }) },
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
    args: { id: t.arg.id({ required: true, description: 'The global id of the workspace (Workspace.id).' }) },
    resolve: async (_root, args, ctx) => {
      const ref = refFromGlobalId(String(args.id), 'Workspace', ['id']);
      const scope = await requireMemberScope(ctx, ref);
      return scope.workspace();
    },
  }),
}));
