import type { Connections } from './connections/service.js';
import type { SwitchboardDatabase } from './db/database.js';
import type { AttachmentFiles } from './files/service.js';
import { DEFAULT_LOADER_OPTIONS, WorkspaceLoaders, type LoaderOptions } from './loaders.js';
import { instrumentProvider } from './observability/provider-calls.js';
import { workspaceKey, type ProviderRegistry, type ReachedWorkspace, type WorkspaceHandle } from './providers/registry.js';
import type { Actor, UserRecord, WorkspaceRecord } from './providers/model.js';
import { FEATURES, type MessagingProvider } from './providers/provider.js';
import { EVERY_PART, type MessageParts } from './providers/message-parts.js';
import type { EventBus } from './subscriptions/bus.js';
import type { EventLog } from './subscriptions/event-log.js';
import type { EventIngest } from './subscriptions/ingest.js';
import type { AfterAck } from './webhooks/after-ack.js';
import type { LinkUnfurler } from './unfurl/unfurler.js';
import type { RateLimiter } from './limits/rate-limiter.js';
import type { ResourceLimits } from './limits/settings.js';
import type { SubscriptionQuota } from './limits/subscription-quota.js';

/** The long-lived parts of a running server, shared by every request. */
export interface Services {
  database: SwitchboardDatabase;
  registry: ProviderRegistry;
  bus: EventBus;
  eventLog: EventLog;
  /** The one way events enter (de-duplication, echo claims, event log, bus): src/subscriptions/ingest.ts. */
  ingest: EventIngest;
  /** Base of absolute URLs handed out to clients. */
  publicUrl: string;
  /** Uploaded files: storage, upload limit, signed download links (src/files/). */
  files: AttachmentFiles;
  /** Fetches link previews after sends (src/unfurl/); absent: external links get no preview. */
  unfurler?: LinkUnfurler;
  /** Connected provider workspaces: sealed credentials, account links, change notices (src/connections/). */
  connections: Connections;
  /** Webhook work that runs after the provider got its answer (src/webhooks/after-ack.ts). */
  afterAck: AfterAck;
  loaderOptions?: LoaderOptions;
  /** What one API key may take (src/limits/): the limits, its request buckets, its subscriptions held. */
  limits: ResourceLimits;
  rateLimiter: RateLimiter;
  subscriptionQuota: SubscriptionQuota;
}

/** The Switchboard account behind the request's API key. */
export interface Viewer {
  accountId: string;
  name: string;
  email: string | null;
  scopes: string[];
  /** The API key of the request: what per-key limits count against. Absent for work the server does on an account's behalf (the scheduler, tickets). */
  apiKeyId?: string;
}

/** What one workspace looks like from this request: its provider, the viewer's user there, loaders. */
export interface WorkspaceScope {
  handle: WorkspaceHandle;
  provider: MessagingProvider;
  loaders: WorkspaceLoaders;
  /** The workspace itself, read once per request. */
  workspace(): Promise<WorkspaceRecord>;
  /** The viewer's user in this workspace; null when the viewer is not a member. */
  viewerUser(): Promise<UserRecord | null>;
  /** The viewer as an actor here; null when the viewer is not a member. */
  actor(): Promise<Actor | null>;
}

/**
 * Per-request context: the viewer and a workspace scope (provider and loaders) per workspace touched.
 * Subscriptions keep one context for their whole life, so they call `resetLoaders()` before each event:
 * a subscriber must see the message as it is now, not as it was cached when the subscription began.
 *
 * A plain object with its state in closures, because yoga merges the context into its own with
 * Object.assign, which would drop a class's prototype methods.
 */
export interface RequestContext {
  services: Services;
  viewer: Viewer;
  /** The workspaces the viewer belongs to (read once per request). */
  workspaces(): Promise<WorkspaceHandle[]>;
  scope(handle: WorkspaceHandle): WorkspaceScope;
  resetLoaders(): void;
  /**
   * The parts of message records this request reads (src/http/message-parts.ts), said before any scope opens;
   * scopes opened afterwards read only those. Without it every part is read.
   */
  readParts?(parts: MessageParts): void;
}

/** The optional parts of a provider (`provider.pins`, …), measured like its own methods. */
const PART_NAMES: readonly string[] = Object.keys(FEATURES);

export function createRequestContext(services: Services, viewer: Viewer): RequestContext {
  // Made on first use and dropped by resetLoaders: a subscription holds its context for its whole life,
  // idle most of it (issue 14).
  let scopes: Map<string, WorkspaceScope> | null = null;
  let memberships: Promise<ReachedWorkspace[]> | null = null;
  // What the memberships statement told of each workspace (the built-in workspace's record and the viewer's
  // user id there): a scope asked after it uses it instead of reading them again.
  let reached: Map<string, ReachedWorkspace> | null = null;
  const reachedOf = (key: string) => reached?.get(key);
  let parts: MessageParts = EVERY_PART;

  return {
    services,
    viewer,
    workspaces: () => {
      if (!memberships) {
        const round = new Map<string, ReachedWorkspace>();
        reached = round;
        memberships = services.registry.workspacesForAccount(viewer.accountId).then((found) => {
          for (const workspace of found) round.set(workspaceKey(workspace), workspace);
          return found;
        });
      }
      return memberships;
    },
    scope: (handle) => {
      const key = workspaceKey(handle);
      scopes ??= new Map();
      let scope = scopes.get(key);
      if (!scope) {
        scope = openScope(services, viewer, handle, reachedOf, parts);
        scopes.set(key, scope);
      }
      return scope;
    },
    readParts: (read) => {
      parts = read;
    },
    resetLoaders: () => {
      scopes = null;
      memberships = null;
      reached = null;
    },
  };
}

/** A workspace as the viewer sees it in one request: `reached` answers what the memberships statement told of it. */
function openScope(
  services: Services,
  viewer: Viewer,
  handle: WorkspaceHandle,
  reached: (key: string) => ReachedWorkspace | undefined,
  parts: MessageParts,
): WorkspaceScope {
  const key = workspaceKey(handle);
  const shared = services.registry.open(handle);
  let user: Promise<UserRecord | null> | null = null;
  let workspace: Promise<WorkspaceRecord> | null = null;
  const viewerUser = () => (user ??= provider.userForAccount(viewer.accountId));
  const actor = async (): Promise<Actor | null> => {
    const userId = reached(key)?.viewerUserId;
    if (userId) return { accountId: viewer.accountId, userId };
    const found = await viewerUser();
    return found ? { accountId: viewer.accountId, userId: found.id } : null;
  };
  // Providers that cache reads per request hand out a view for this scope; others are shared as is.
  // Measured here, for every provider alike, its optional parts included (src/observability/provider-calls.ts).
  const provider = instrumentProvider(handle.provider, shared.forRequest?.(actor, parts) ?? shared, PART_NAMES);
  return {
    handle,
    provider,
    loaders: new WorkspaceLoaders(provider, actor, services.loaderOptions ?? DEFAULT_LOADER_OPTIONS),
    workspace: () => (workspace ??= Promise.resolve(reached(key)?.record ?? provider.workspace())),
    viewerUser,
    actor,
  };
}
