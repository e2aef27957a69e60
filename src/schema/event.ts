import { parseScopedId, scopedId } from '../providers/ids.js';
import type { WorkspaceHandle } from '../providers/registry.js';
import type { EventType, LoggedEvent } from '../providers/events.js';
import { findChannel, findMessage, requireMemberScope } from '../resolvers/access.js';
import { canSeeEvent } from '../resolvers/visibility.js';
import { filterRefs, type Ref } from '../resolvers/refs.js';
import { audienceOf } from '../subscriptions/audience.js';
import { decodeEventCursor, encodeEventCursor } from '../subscriptions/event-log.js';
import { eventStream } from '../subscriptions/stream.js';
import { releasingWhenDone } from '../limits/subscription-quota.js';
import { builder } from './builder.js';
import { Button } from './message.js';
import { ChannelRef, EventRef, MessageRef, UserRef, WorkspaceRef } from './refs.js';
import { EventTypeEnum } from './workspace.js';

const handleOfEvent = (event: LoggedEvent): WorkspaceHandle => ({ provider: event.provider, workspaceId: event.workspaceId });
const refIn = (event: LoggedEvent, nativeId: string): Ref => ({ ...handleOfEvent(event), nativeId });

builder.node(EventRef, {
  description:
    'Something that happened. Events carry references, not content: `message` is resolved when you ask for it, ' +
    'with your own access rights.',
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'seq' in value,
  id: { resolve: (event) => scopedId(event.provider, event.workspaceId, event.id) },
  loadMany: async (ids, ctx) => {
    const events = await ctx.services.eventLog.byIds(ids.map((id) => parseScopedId(String(id)).nativeId));
    return Promise.all(events.map(async (event) => (event && (await canSeeEvent(ctx, event)) ? event : null)));
  },
  fields: (t) => ({
    cursor: t.string({
      description: 'Opaque position in the event log; pass it as `after` to resume without losing events.',
      resolve: (event) => encodeEventCursor(event.seq),
    }),
    type: t.field({ type: EventTypeEnum, description: 'What happened; it says which other fields are set.', resolve: (event) => event.type }),
    occurredAt: t.field({ type: 'DateTime', description: 'When it happened.', resolve: (event) => event.occurredAt }),
    workspace: t.field({
      type: WorkspaceRef,
      description: 'The workspace it happened in.',
      resolve: (event, _args, ctx) => ctx.scope(handleOfEvent(event)).workspace(),
    }),
    channel: t.field({
      type: ChannelRef,
      nullable: true,
      description: 'The channel it happened in, as it is now; null for workspace-wide events and channels you can no longer see.',
      resolve: (event, _args, ctx) => (event.channelId ? findChannel(ctx, refIn(event, event.channelId)) : null),
    }),
    message: t.field({
      type: MessageRef,
      nullable: true,
      description: 'The message as it is now (a tombstone after MESSAGE_DELETED).',
      resolve: (event, _args, ctx) => (event.messageId ? findMessage(ctx, refIn(event, event.messageId)) : null),
    }),
    actor: t.field({
      type: UserRef,
      nullable: true,
      description: 'Who caused the event.',
      resolve: (event, _args, ctx) => (event.actorId ? ctx.scope(handleOfEvent(event)).loaders.users.load(event.actorId) : null),
    }),
    emoji: t.exposeString('emoji', { nullable: true, description: 'For REACTION_ADDED and REACTION_REMOVED.' }),
    button: t.field({
      type: Button,
      nullable: true,
      description: 'For BUTTON_CLICKED: the button, as it is on the message now.',
      resolve: async (event, _args, ctx) => {
        if (!event.buttonId || !event.messageId) return null;
        const message = await findMessage(ctx, refIn(event, event.messageId));
        return message?.buttons.find((button) => button.id === event.buttonId) ?? null;
      },
    }),
  }),
});

const EventFilter = builder.inputType('EventFilter', {
  description: 'Narrows the events of a subscription; every given list must match (an empty filter: everything you may see).',
  fields: (t) => ({
    workspaceIds: t.idList({ description: 'Only events of these workspaces (NOT_FOUND for one you do not belong to).' }),
    channelIds: t.idList({ description: 'Only events of these channels: a live channel view subscribes with its channel id.' }),
    threadRootIds: t.idList({ description: 'Events about these threads: the root and every reply below it.' }),
    types: t.field({ type: [EventTypeEnum], description: 'Only events of these types.' }),
  }),
});

interface DecodedFilter {
  workspaceIds: Set<string> | null;
  channelIds: Set<string> | null;
  threadRootIds: Set<string> | null;
  types: Set<EventType> | null;
}

function refKey(ref: Ref): string {
  return `${ref.workspaceId}:${ref.nativeId}`;
}

function decodeFilter(filter: {
  workspaceIds?: (string | number)[] | null;
  channelIds?: (string | number)[] | null;
  threadRootIds?: (string | number)[] | null;
  types?: EventType[] | null;
} | null | undefined): { decoded: DecodedFilter; workspaces: Ref[] } {
  const workspaces = filterRefs(filter?.workspaceIds, 'Workspace', 'workspaceIds');
  const channels = filterRefs(filter?.channelIds, 'Channel', 'channelIds');
  const roots = filterRefs(filter?.threadRootIds, 'Message', 'threadRootIds');
  return {
    decoded: {
      workspaceIds: workspaces && new Set(workspaces.map((ref) => ref.workspaceId)),
      channelIds: channels && new Set(channels.map(refKey)),
      threadRootIds: roots && new Set(roots.map(refKey)),
      types: filter?.types ? new Set(filter.types) : null,
    },
    workspaces: workspaces ?? [],
  };
}

function matches(filter: DecodedFilter, event: LoggedEvent): boolean {
  const key = (id: string | null) => (id === null ? null : `${event.workspaceId}:${id}`);
  if (filter.types && !filter.types.has(event.type)) return false;
  if (filter.workspaceIds && !filter.workspaceIds.has(event.workspaceId)) return false;
  if (filter.channelIds && !filter.channelIds.has(key(event.channelId) ?? '')) return false;
  if (filter.threadRootIds && !filter.threadRootIds.has(key(event.threadRootId) ?? '')) return false;
  return true;
}

/**
 * The workspaces a filter confines a subscription to (every list must match, so their intersection), or
 * null when it spans every workspace of the viewer. Such a subscription ends once all of them are
 * disconnected (WORKSPACE_DISCONNECTED); the others just stop getting events of a disconnected workspace.
 */
function confinedTo(filter: Parameters<typeof decodeFilter>[0]): Set<string> | null {
  const lists = [filter?.workspaceIds && filterRefs(filter.workspaceIds, 'Workspace', 'workspaceIds'), filter?.channelIds && filterRefs(filter.channelIds, 'Channel', 'channelIds'), filter?.threadRootIds && filterRefs(filter.threadRootIds, 'Message', 'threadRootIds')]
    .filter((refs): refs is Ref[] => Boolean(refs))
    .map((refs) => new Set(refs.map((ref) => ref.workspaceId)));
  if (lists.length === 0) return null;
  return new Set([...lists[0]].filter((workspaceId) => lists.every((list) => list.has(workspaceId))));
}

builder.subscriptionField('events', (t) =>
  t.field({
    type: EventRef,
    description:
      'Normalized events you may see, live. With `after` (an Event.cursor), the events since then are replayed ' +
      'first, then the stream continues live with nothing lost or repeated.',
    args: {
      filter: t.arg({ type: EventFilter, required: false, description: 'Which events; none: every event you may see.' }),
      after: t.arg.string({
        required: false,
        description: 'The cursor of the last event you received (Event.cursor): replay what came after it, then go on live.',
      }),
    },
    subscribe: async (_root, args, ctx) => {
      const { decoded, workspaces } = decodeFilter(args.filter);
      for (const workspace of workspaces) await requireMemberScope(ctx, workspace);
      const afterSeq = args.after ? decodeEventCursor(args.after) : null;
      const memberOf = await ctx.workspaces();
      const replayed = memberOf.filter((handle) => !decoded.workspaceIds || decoded.workspaceIds.has(handle.workspaceId));
      const confined = confinedTo(args.filter);
      // The key holds a place until the stream ends, on any transport (src/limits/subscription-quota.ts).
      const release = ctx.viewer.apiKeyId ? ctx.services.subscriptionQuota.acquire(ctx.viewer.apiKeyId) : () => {};
      const stream = eventStream({
        bus: ctx.services.bus,
        log: ctx.services.eventLog,
        workspaceIds: replayed.map((handle) => handle.workspaceId),
        afterSeq,
        endsWith: (event) => event.type === 'WORKSPACE_DISCONNECTED' && confined !== null && confined.delete(event.workspaceId) && confined.size === 0,
        // Loaders are reset before each event: a subscription lives long, and membership or the message
        // may have changed since the last one.
        accept: async (event) => {
          if (!matches(decoded, event)) return false;
          ctx.resetLoaders();
          // One access decision per event for every subscriber together (src/subscriptions/audience.ts).
          return (await audienceOf(ctx.services, event).decision(ctx.viewer.accountId)).canSee;
        },
      });
      return releasingWhenDone(stream, release);
    },
    resolve: (event) => event,
  }),
);

