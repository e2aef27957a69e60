import type { CacheExchangeOpts, KeyingConfig, ResolverConfig } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import { connectionFields, possibleTypes, typesWithoutId } from './generated/schema-facts.js';
import { typenameOfId } from './ids.js';

/**
 * urql graphcache's configuration for Switchboard, as a plain object: `cacheExchange(switchboardGraphcache)`.
 *
 * - keys: objects without an id (ReactionGroup, Capabilities, LinkPreview, connections and edges, payloads…)
 *   are embedded in their parent (`() => null`), so graphcache neither warns nor mixes them up; a Button's id
 *   is only unique within its message, so buttons are embedded too.
 * - possibleTypes: every type behind `Node`, for deterministic fragment matching.
 * - resolvers: every connection field pages with relayPagination; node(id), message(id), channel(id) and
 *   workspace(id) resolve from the cache when the object is already in it.
 */
const keys: KeyingConfig = Object.fromEntries([...typesWithoutId, 'Button'].map((typename) => [typename, () => null]));

const byId = (typename: string | null) => (_parent: unknown, args: Record<string, unknown>) => {
  const id = typeof args.id === 'string' ? args.id : null;
  const type = typename ?? (id ? typenameOfId(id) : null);
  return id && type ? { __typename: type, id } : null;
};

const resolvers: ResolverConfig = {
  Query: { node: byId(null), message: byId('Message'), channel: byId('Channel'), workspace: byId('Workspace') },
};
for (const [typename, fields] of Object.entries(connectionFields)) {
  const typeResolvers = (resolvers[typename] ??= {});
  for (const field of Object.keys(fields)) typeResolvers[field] = relayPagination();
}

export const switchboardGraphcache = { keys, possibleTypes, resolvers } satisfies CacheExchangeOpts;
export { keys, possibleTypes, resolvers };
