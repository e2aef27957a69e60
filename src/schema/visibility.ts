import { getTypeBrand } from '@pothos/core';
import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isAbstractType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { RequestContext } from '../context.js';
import { SwitchboardError } from '../errors.js';
import { VISIBILITY, type VisibilityCheck } from '../resolvers/visibility.js';

/**
 * The checked loader is the only way in: every field of the schema that returns an object of a checked type
 * (src/resolvers/visibility.ts) — a Channel, a Message, a ScheduledMessage, a connection's edges of them, a
 * Node, a federation `_Entity` — passes what it returns through that type's check before the viewer sees it.
 * A list drops what the viewer may not see (a list of nullable items, like nodes(ids:), has null in its
 * place), a nullable field answers null, a non-null one NOT_FOUND. New
 * fields are covered the day they are added; test/hardening/access-walk.test.ts walks every object-typed
 * field to keep it so.
 *
 * Left out on purpose: `Subscription.events`, whose stream already decides per event for all subscribers at
 * once (src/subscriptions/audience.ts); doing it again per subscriber would cost a read per subscriber.
 */
export function guardVisibility(schema: GraphQLSchema): GraphQLSchema {
  const exempt = new Set([`${schema.getSubscriptionType()?.name ?? 'Subscription'}.events`]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (exempt.has(`${type.name}.${field.name}`) || guarded.has(field)) continue;
      const check = checkFor(schema, getNamedType(field.type));
      if (check) guard(field, check);
    }
  }
  return schema;
}

type Check = (ctx: RequestContext, value: unknown) => Promise<boolean>;

/** Fields already wrapped: the public schema and the subgraph schema are built apart, but never twice. */
const guarded = new WeakSet<GraphQLField<unknown, unknown>>();

/** The check for what a field returns: its type's own, an edge's node's, or (Node, _Entity) the concrete type's. */
function checkFor(schema: GraphQLSchema, type: GraphQLNamedType): Check | null {
  if (isAbstractType(type)) {
    const possible = schema.getPossibleTypes(type);
    if (!possible.some((object) => VISIBILITY[object.name])) return null;
    return async (ctx, value) => {
      // `_entities` brands what it returns (src/schema/federation.ts); node loaders' records answer isTypeOf.
      const brand = getTypeBrand(value);
      const concrete =
        typeof brand === 'string'
          ? possible.find((object) => object.name === brand)
          : possible.find((object) => object.isTypeOf?.(value, ctx, undefined as never));
      const own = concrete ? VISIBILITY[concrete.name] : undefined;
      // Node types without a check of their own (Attachment) were checked by their loader.
      return own ? (own as Check)(ctx, value) : true;
    };
  }
  const own = VISIBILITY[type.name] as VisibilityCheck | undefined;
  if (own) return own as Check;
  const node = isObjectType(type) && type.name.endsWith('Edge') ? (type as GraphQLObjectType).getFields().node : undefined;
  const nodeCheck = node ? checkFor(schema, getNamedType(node.type)) : null;
  return nodeCheck ? (ctx, edge) => nodeCheck(ctx, (edge as { node: unknown }).node) : null;
}

function guard(field: GraphQLField<unknown, unknown>, check: Check): void {
  guarded.add(field);
  const resolve = field.resolve ?? defaultFieldResolver;
  const listType = getNullableType(field.type);
  const list = isListType(listType);
  // A list of nullable items is positional (nodes(ids:), _entities): a hidden item becomes null in its place.
  const positional = isListType(listType) && !isNonNullType(listType.ofType);
  const nullable = getNullableType(field.type) === field.type;
  field.resolve = async (source, args, context, info) => {
    const ctx = context as RequestContext;
    const value = await resolve(source, args, context, info);
    if (value === null || value === undefined || value instanceof Error) return value;
    if (list && Array.isArray(value)) {
      // An item may be a rejected promise (a malformed `_entities` representation): it stays an error at its
      // own index, as graphql-js would report it, and the other items still resolve.
      const items = (await Promise.allSettled(value)).map((item) => (item.status === 'fulfilled' ? item.value : asError(item.reason)));
      const visible = await Promise.all(items.map((item) => (item === null || item === undefined || item instanceof Error ? true : check(ctx, item))));
      return positional ? items.map((item, index) => (visible[index] ? item : null)) : items.filter((_item, index) => visible[index]);
    }
    if (await check(ctx, value)) return value;
    if (nullable) return null;
    throw new SwitchboardError('NOT_FOUND', `${info.parentType.name}.${info.fieldName} is not visible to you.`);
  };
}

function asError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(String(reason));
}
