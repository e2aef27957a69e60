import { notFound } from '../../errors.js';
import type { Actor } from '../model.js';
import type { MessagingProvider } from '../provider.js';
import { capabilitiesFor } from './capabilities.js';
import { SlackProvider } from './provider.js';

/**
 * A Slack provider that is not loaded yet. The registry's `open` is synchronous, but a Slack provider needs
 * its credentials from the database; in a request they were loaded when the viewer's workspaces were
 * listed, but event delivery (an instance receiving a Slack event from the bus), or the first use after a
 * re-connect, can ask before that. This stand-in answers every method by loading the provider first and
 * delegating to it; a team that is not connected answers NOT_FOUND, like a workspace one cannot see.
 *
 * Which methods exist is known without an instance, from SlackProvider's prototype, so optional methods
 * (`loadAudience`, …) are present here exactly when the real provider has them.
 */
export function lazySlackProvider(teamId: string, load: () => Promise<MessagingProvider | null>): MessagingProvider {
  const loaded = async (): Promise<MessagingProvider> => {
    const provider = await load();
    if (!provider) throw notFound('Workspace', teamId);
    return provider;
  };
  return delegate(teamId, loaded);
}

function delegate(teamId: string, target: () => Promise<MessagingProvider>): MessagingProvider {
  const methods = SlackProvider.prototype as unknown as Record<PropertyKey, unknown>;
  return new Proxy({} as MessagingProvider, {
    get(_stub, property) {
      if (property === 'provider') return 'slack';
      if (property === 'workspaceId') return teamId;
      // Until loaded, the connection's delivery is unknown: the defaults (PUSH) stand in.
      if (property === 'capabilities') return () => capabilitiesFor({});
      if (property === 'forRequest') {
        return (actor: () => Promise<Actor | null>) => {
          let view: Promise<MessagingProvider> | null = null;
          return delegate(teamId, () => (view ??= target().then((provider) => provider.forRequest?.(actor) ?? provider)));
        };
      }
      if (typeof property !== 'string' || typeof methods[property] !== 'function') return undefined;
      return async (...args: unknown[]) => {
        const provider = (await target()) as unknown as Record<string, (...args: unknown[]) => unknown>;
        return provider[property](...args);
      };
    },
    has(_stub, property) {
      return property === 'provider' || property === 'workspaceId' || (typeof property === 'string' && typeof methods[property] === 'function');
    },
  });
}
