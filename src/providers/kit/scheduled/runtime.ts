import type { Capabilities } from '../../capabilities.js';
import type { ProviderDefinition, ProviderHost, ProviderRuntime } from '../../definition.js';
import type { EventType } from '../../events.js';
import type { Actor } from '../../model.js';
import type { MessageParts } from '../../message-parts.js';
import type { MessagingProvider } from '../../provider.js';
import { EmulatedScheduledMessages } from './part.js';
import { emulatedScheduledQueue } from './queue.js';
import { renderScheduledContent, type ContentRenderer } from './render.js';
import { ScheduledContentSeal } from './sealing.js';
import { delegating } from '../delegating.js';

/** What Switchboard's scheduler tells the author about a delivery, whichever provider it is for. */
const SCHEDULED_EVENTS: EventType[] = ['SCHEDULED_MESSAGE_SENT', 'SCHEDULED_MESSAGE_FAILED'];

export interface EmulatedSchedulingOptions {
  /** How the record shows pending content as text and markdown; default the built-in workspace's reading. */
  render?: ContentRenderer;
}

/**
 * A provider definition whose workspaces have scheduled messages kept and delivered by Switchboard: the
 * one line a provider without native scheduling adds (`export const acmeProvider = withEmulatedScheduledMessages({ … })`).
 *
 * - Every provider its runtime opens (lazy stand-ins and per-request views included) carries the
 *   `scheduled` part (part.ts) and says `scheduledMessages: EMULATED` with the scheduled-message events,
 *   so part and capability agree by construction. The provider class itself stays without either: built
 *   alone (a contract test), it has no database to keep messages in.
 * - The runtime hands Switchboard's scheduler the queue of its rows (`scheduledQueue`, shared by every
 *   provider that uses the kit on one database).
 * - Without SWITCHBOARD_ENCRYPTION_KEY the content could not be sealed, so nothing changes: the workspaces
 *   say NONE as their provider does (a connected platform needs the key for its credentials anyway).
 */
export function withEmulatedScheduledMessages<Settings>(definition: ProviderDefinition<Settings>, options: EmulatedSchedulingOptions = {}): ProviderDefinition<Settings> {
  return {
    ...definition,
    capabilities: emulatedCapabilities(definition.capabilities),
    start(host, settings) {
      const runtime = definition.start(host, settings);
      const seal = new ScheduledContentSeal(host.connections.store.cipher);
      if (!seal.enabled) return runtime;
      return schedulingRuntime(runtime, host, seal, options.render ?? renderScheduledContent);
    },
  };
}

/** The capabilities of a workspace whose scheduled messages Switchboard keeps. */
export function emulatedCapabilities(capabilities: Capabilities): Capabilities {
  const eventTypes = [...capabilities.eventTypes, ...SCHEDULED_EVENTS.filter((type) => !capabilities.eventTypes.includes(type))];
  return { ...capabilities, scheduledMessages: 'EMULATED', eventTypes };
}

/** The runtime as it was, but its providers carry the part and the scheduler finds their queue. */
function schedulingRuntime(runtime: ProviderRuntime, host: ProviderHost, seal: ScheduledContentSeal, render: ContentRenderer): ProviderRuntime {
  const queue = emulatedScheduledQueue(host.db).serve(host.provider);
  // One wrapper per provider object: a request opens the same provider again and again.
  const wrapped = new WeakMap<MessagingProvider, MessagingProvider>();
  const attach = (provider: MessagingProvider): MessagingProvider => {
    let scheduling = wrapped.get(provider);
    if (!scheduling) {
      scheduling = withScheduledPart(provider, (view) =>
        new EmulatedScheduledMessages({
          db: host.db,
          seal,
          provider: host.provider,
          workspaceId: view.workspaceId,
          loadMessages: (ids) => view.loadMessages(ids),
          replyBroadcast: view.capabilities().replyBroadcast ?? true,
          render,
        }),
      );
      wrapped.set(provider, scheduling);
    }
    return scheduling;
  };
  const overrides: Partial<ProviderRuntime> = {
    open: (workspaceId) => attach(runtime.open(workspaceId)),
    openFresh: async (workspaceId) => {
      const provider = await runtime.openFresh(workspaceId);
      return provider && attach(provider);
    },
    scheduledQueue: queue,
  };
  return delegating(runtime, overrides);
}

/**
 * `provider` with the `scheduled` part and the EMULATED capability; its per-request views (`forRequest`)
 * get their own part, made by `part` over the view (so a parent check reads through the request's cache).
 */
function withScheduledPart(provider: MessagingProvider, part: (view: MessagingProvider) => EmulatedScheduledMessages): MessagingProvider {
  const scheduled = part(provider);
  const forRequest = provider.forRequest?.bind(provider);
  const overrides: Partial<MessagingProvider> = {
    scheduled,
    capabilities: () => emulatedCapabilities(provider.capabilities()),
    forRequest: forRequest && ((actor: () => Promise<Actor | null>, parts?: MessageParts) => withScheduledPart(forRequest(actor, parts), part)),
  };
  return delegating(provider, overrides);
}
