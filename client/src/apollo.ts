import type { InMemoryCacheConfig, Reference, TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { connectionFields, possibleTypes, typesWithoutId } from './generated/schema-facts.js';
import { typenameOfId } from './ids.js';

/**
 * Apollo Client's InMemoryCache configuration for Switchboard, as a plain object:
 * `new InMemoryCache(switchboardCacheConfig)`, or spread it into your own.
 *
 * - possibleTypes: every type behind `Node`, so fragments on interfaces match.
 * - Every connection field pages with relayStylePagination, keyed by the arguments that pick another list
 *   (a channel's `around`, a filter…). Page with `edges { cursor node }` in the fields you merge.
 * - Objects without an id (ReactionGroup, Capabilities, LinkPreview…) are merged into their parent; a
 *   Button's id is only unique within its message, so buttons are not normalized either.
 * - node(id), message(id), channel(id) and workspace(id) read from the cache when the object is already in it.
 */
const redirect =
  (typename: string | null) =>
  (existing: Reference | undefined, { args, toReference }: { args: Record<string, unknown> | null; toReference: (value: { __typename: string; id: string }) => Reference | undefined }) => {
    if (existing) return existing;
    const id = typeof args?.id === 'string' ? args.id : null;
    const type = typename ?? (id ? typenameOfId(id) : null);
    return id && type ? toReference({ __typename: type, id }) : undefined;
  };

const typePolicies: TypePolicies = {
  Query: {
    fields: {
      node: { read: redirect(null) },
      message: { read: redirect('Message') },
      channel: { read: redirect('Channel') },
      workspace: { read: redirect('Workspace') },
    },
  },
  Button: { keyFields: false },
};

for (const typename of typesWithoutId) {
  if (/(Connection|Edge|Payload)$/.test(typename)) continue;
  typePolicies[typename] = { ...typePolicies[typename], merge: true };
}

for (const [typename, fields] of Object.entries(connectionFields)) {
  const policy = (typePolicies[typename] ??= {});
  policy.fields ??= {};
  for (const [field, keyArgs] of Object.entries(fields)) {
    policy.fields[field] = relayStylePagination(keyArgs.length > 0 ? [...keyArgs] : false);
  }
}

export const switchboardCacheConfig: InMemoryCacheConfig = { possibleTypes, typePolicies };
export { possibleTypes, typePolicies };
