import { brandWithType, createContextCache, getTypeBrand } from '@pothos/core';
import { resolveNodes } from '@pothos/plugin-relay';
import DataLoader from 'dataloader';
import { isUnionType, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import type { RequestContext } from '../context.js';
import { SwitchboardError } from '../errors.js';
import { scopedId } from '../providers/ids.js';
import { refFromGlobalId } from '../resolvers/refs.js';
import { builder } from './builder.js';
import { AttachmentRef, ChannelRef, MessageRef, UserRef, WorkspaceRef } from './refs.js';
import { ScheduledMessageRef } from './scheduled.js';

/**
 * Apollo Federation v2: the types another subgraph may point at, each keyed by its global id
 * (`@key(fields: "id")`), and how `_entities(representations:)` finds them.
 *
 * Federation never widens access. A reference is resolved exactly like `node(id)`: through the node loader of
 * its type (relay's resolveNodes, the same call `node`/`nodes` make), hence through the viewer's own
 * loaders and visibility rules. A reference the viewer cannot see, or that does not exist, is null, with no
 * error. A gateway sends many references in one `_entities` call; they are grouped per type by a DataLoader,
 * so 500 message references are one node load, which the workspace loaders turn into one provider read.
 */

const ENTITIES = [WorkspaceRef, ChannelRef, MessageRef, UserRef, ScheduledMessageRef, AttachmentRef] as const;

/** The types other subgraphs can reference by `{ __typename, id }`. */
export const ENTITY_TYPES: readonly string[] = ENTITIES.map((ref) => ref.name);

/** A representation checked and decoded: its type and the scoped id the node loaders take. */
interface EntityKey {
  typename: string;
  id: string;
}

/** Per request: one loader per entity type, batching every reference of that type into one node load. */
const entityLoaders = createContextCache(() => new Map<string, DataLoader<string, unknown>>());

function entityLoader(ctx: RequestContext, typename: string, info: GraphQLResolveInfo): DataLoader<string, unknown> {
  const loaders = entityLoaders(ctx);
  let loader = loaders.get(typename);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const found = await Promise.allSettled(await resolveNodes(builder, ctx, info, ids.map((id) => ({ typename, id }))));
      return found.map((result) => (result.status === 'fulfilled' ? (result.value ?? null) : toError(result.reason)));
    });
    loaders.set(typename, loader);
  }
  return loader;
}

function toError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(String(reason));
}

/**
 * Checks one representation: an entity type of this subgraph and a string `id` that is a global id of that
 * type. Malformed input is VALIDATION_ERROR naming its place in the list; whether the object exists is never
 * said (that answer is null, as for node(id)).
 */
function entityKey(representation: unknown, index: number | null): EntityKey {
  const field = index === null ? ['representation'] : ['representations', String(index)];
  const where = index === null ? 'representation' : `representations[${index}]`;
  const fields = typeof representation === 'object' && representation !== null ? (representation as Record<string, unknown>) : null;
  if (!fields) throw new SwitchboardError('VALIDATION_ERROR', `${where} must be an object with __typename and id.`, { field });
  const typename = fields.__typename;
  if (typeof typename !== 'string' || !ENTITY_TYPES.includes(typename)) {
    throw new SwitchboardError(
      'VALIDATION_ERROR',
      `${where}.__typename: ${JSON.stringify(typename ?? null)} is not an entity of this subgraph (${ENTITY_TYPES.join(', ')}).`,
      { field: [...field, '__typename'] },
    );
  }
  if (typeof fields.id !== 'string') {
    throw new SwitchboardError('VALIDATION_ERROR', `${where}.id must be the global id of a ${typename}.`, { field: [...field, 'id'] });
  }
  const ref = refFromGlobalId(fields.id, typename, [...field, 'id']);
  return { typename, id: scopedId(ref.provider, ref.workspaceId, ref.nativeId) };
}

async function resolveEntity(key: EntityKey, ctx: RequestContext, info: GraphQLResolveInfo): Promise<unknown> {
  const entity = await entityLoader(ctx, key.typename, info).load(key.id);
  // The _Entity union tells its members apart by this brand (the node loaders set it too).
  if (entity !== null) brandWithType(entity, key.typename as never);
  return entity;
}

for (const ref of ENTITIES) {
  builder.asEntity(ref, {
    key: builder.selection<{ id: string }>('id'),
    // Used by tools that call a type's resolver directly; `_entities` below goes through the same loader.
    resolveReference: (reference, ctx, info) => resolveEntity(entityKey({ ...reference, __typename: ref.name }, null), ctx, info) as never,
  });
}

/**
 * `_entities` as this subgraph answers it: one result per representation, in order; each one checked on its
 * own, so a malformed representation is an error at its index (`_entities.3`), not a failed list.
 */
const resolveEntities: GraphQLFieldResolver<unknown, RequestContext, { representations: readonly unknown[] }> = (
  _root,
  { representations },
  ctx,
  info,
) =>
  representations.map((representation, index) => {
    try {
      return resolveEntity(entityKey(representation, index), ctx, info);
    } catch (error) {
      return Promise.reject(error);
    }
  });

/**
 * The schema a gateway talks to: the public schema with Federation's `_service` and `_entities` (built by
 * the federation plugin), `_entities` answering through {@link resolveEntities}.
 */
export function withEntityResolution(schema: GraphQLSchema): GraphQLSchema {
  const entities = schema.getQueryType()?.getFields()._entities;
  const union = schema.getType('_Entity');
  if (!entities || !isUnionType(union)) throw new Error('The subgraph schema has no _entities field: no type is an entity.');
  entities.resolve = resolveEntities as GraphQLFieldResolver<unknown, unknown>;
  union.resolveType = (value) => {
    const brand = getTypeBrand(value);
    return typeof brand === 'string' ? brand : undefined;
  };
  return schema;
}
