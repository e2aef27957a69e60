import DataLoader from 'dataloader';
import { createRequestContext, type RequestContext, type WorkspaceScope } from '../context.js';
import { DEFAULT_LOADER_OPTIONS, WorkspaceLoaders } from '../loaders.js';
import type { WorkspaceHandle } from '../providers/registry.js';
import type { Actor, ChannelAccess, WorkspaceRecord } from '../providers/model.js';
import type { LoggedEvent } from '../providers/events.js';
import type { AudienceDecision } from '../subscriptions/audience.js';

/**
 * The context in which an event's selection set is executed once for a whole visibility class: every
 * subscriber whose account has the same access to the event's channel (see EventAudience).
 *
 * It is the representative subscriber's own context with its viewer-dependent inputs fenced off:
 * - the event's workspace is the only one it is a member of, and access to the event's channel is the
 *   class's answer (all members of the class share it);
 * - anything else that depends on who is asking (the viewer itself, its user or actor in the workspace, its
 *   access to another channel, its read state, any other workspace, the transport's request) still
 *   answers truly for the representative, but marks the execution `personal`: then its result is not
 *   shared, and every subscriber executes the selection set with its own context, as before.
 *
 * Why the event's workspace is enough: every record reachable from an event (its channel, message, users,
 * reactions, replies) belongs to the event's workspace, so resolvers only ask about that one.
 */
export interface ClassExecutionGuard {
  personal: boolean;
}

export function classContext(
  base: RequestContext,
  event: LoggedEvent,
  decision: AudienceDecision,
  guard: ClassExecutionGuard,
): RequestContext {
  const mark = () => {
    guard.personal = true;
  };
  const services = base.services;
  const handle: WorkspaceHandle = { provider: event.provider, workspaceId: event.workspaceId };
  const viewer = new Proxy(base.viewer, {
    get(target, property, receiver) {
      mark();
      return Reflect.get(target, property, receiver);
    },
  });
  // Members added to RequestContext later come from here and read the viewer through the proxy above.
  const personal = createRequestContext(services, viewer);
  const eventScope = classScope(base, handle, event, decision, mark);
  const context: RequestContext = {
    ...personal,
    services,
    viewer,
    workspaces: async () => [handle],
    scope: (other) => {
      if (other.provider === handle.provider && other.workspaceId === handle.workspaceId) return eventScope;
      mark();
      return personal.scope(other);
    },
    resetLoaders: () => {},
  };
  // What the transport put in the context (request, connection params, socket): personal too.
  for (const key of Object.keys(base)) {
    if (key in context) continue;
    Object.defineProperty(context, key, {
      enumerable: true,
      get: () => {
        mark();
        return (base as unknown as Record<string, unknown>)[key];
      },
    });
  }
  return context;
}

function classScope(
  base: RequestContext,
  handle: WorkspaceHandle,
  event: LoggedEvent,
  decision: AudienceDecision,
  mark: () => void,
): WorkspaceScope {
  const { services } = base;
  const accountId = base.viewer.accountId;
  const provider = services.registry.open(handle);
  let actorRead: Promise<Actor | null> | null = null;
  const trueActor = () =>
    (actorRead ??= provider.userForAccount(accountId).then((user) => (user ? { accountId, userId: user.id } : null)));
  const actor = async () => {
    mark();
    return trueActor();
  };
  const viewerUser = async () => {
    mark();
    return provider.userForAccount(accountId);
  };
  const loaders = new WorkspaceLoaders(provider, actor, services.loaderOptions ?? DEFAULT_LOADER_OPTIONS);
  const channelAccess = new DataLoader<string, ChannelAccess>(async (channelIds) => {
    const others = channelIds.filter((channelId) => channelId !== event.channelId || !decision.access);
    const answers = new Map<string, ChannelAccess | Error>();
    if (others.length > 0) {
      mark();
      const viewerActor = await trueActor();
      const loaded = viewerActor ? await provider.loadChannelAccess(viewerActor, others) : others.map((channelId) => noAccess(channelId));
      others.forEach((channelId, index) => answers.set(channelId, loaded[index]));
    }
    return channelIds.map((channelId) => answers.get(channelId) ?? decision.access!);
  });
  loaders.override('channelAccess', channelAccess);
  let workspace: Promise<WorkspaceRecord> | null = null;
  return {
    handle,
    provider,
    loaders,
    workspace: () => (workspace ??= provider.workspace()),
    viewerUser,
    actor,
  };
}

function noAccess(channelId: string): ChannelAccess {
  return { channelId, canRead: false, canPost: false, isMember: false, isChannelAdmin: false };
}
