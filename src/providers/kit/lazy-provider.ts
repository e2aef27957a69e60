import { notFound } from '../../errors.js';
import type { Capabilities } from '../capabilities.js';
import type { Actor, ProviderName } from '../model.js';
import type { MessagingProvider } from '../provider.js';
import type { MessageParts } from '../message-parts.js';

/**
 * A provider that is not loaded yet, for runtimes whose `open` is synchronous but whose providers need their
 * stored credentials first (event delivery and node lookups can ask before a request listed the workspace).
 * Every method loads the provider and delegates; a workspace that is not connected answers NOT_FOUND. Which
 * methods exist comes from the provider class's prototype, so optional methods are present exactly when the
 * class has them. Optional parts (objects, not methods) are absent until loaded: a caller that needs one
 * goes through the loaded provider (`openFresh`).
 */
export function lazyProvider(input: {
  provider: ProviderName;
  workspaceId: string;
  /** The provider class's prototype: which methods to offer. */
  methods: object;
  /** What the workspace can do before it is loaded (the definition's defaults). */
  capabilities: Capabilities;
  load: () => Promise<MessagingProvider | null>;
}): MessagingProvider {
  const loaded = async (): Promise<MessagingProvider> => {
    const provider = await input.load();
    if (!provider) throw notFound('Workspace', input.workspaceId);
    return provider;
  };
  return delegate(input, loaded);
}

function delegate(input: { provider: ProviderName; workspaceId: string; methods: object; capabilities: Capabilities }, target: () => Promise<MessagingProvider>): MessagingProvider {
  const methods = input.methods as Record<PropertyKey, unknown>;
  return new Proxy({} as MessagingProvider, {
    get(_stub, property) {
      if (property === 'provider') return input.provider;
      if (property === 'workspaceId') return input.workspaceId;
      if (property === 'capabilities') return () => input.capabilities;
      if (property === 'forRequest') {
        return (actor: () => Promise<Actor | null>, parts?: MessageParts) => {
          let view: Promise<MessagingProvider> | null = null;
          return delegate(input, () => (view ??= target().then((provider) => provider.forRequest?.(actor, parts) ?? provider)));
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
