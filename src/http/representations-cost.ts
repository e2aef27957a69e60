import { Kind, type FieldNode, type GraphQLField } from 'graphql';

/** The argument of Federation's `_entities`: a gateway's batch of references, one object answered per item. */
const REPRESENTATIONS = 'representations';

/**
 * For the query-cost estimate (./query-limits.ts): how many times a field's sub-selection is answered when the
 * field takes `representations`, i.e. that list's length, unclamped (a single value coerces to a list of
 * one). Undefined for other fields, which page with first/last instead.
 */
export function representationsLength(
  definition: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Readonly<Record<string, unknown>>,
): number | undefined {
  if (!definition.args.some((arg) => arg.name === REPRESENTATIONS)) return undefined;
  const value = node.arguments?.find((arg) => arg.name.value === REPRESENTATIONS)?.value;
  if (value?.kind === Kind.LIST) return value.values.length;
  const variable = value?.kind === Kind.VARIABLE ? variables[value.name.value] : undefined;
  return Array.isArray(variable) ? variable.length : value ? 1 : 0;
}
