import { getArgumentValues, getNullableType, isListType, type FieldNode, type GraphQLField } from 'graphql';

/**
 * List arguments of one field, for the query limits (./query-limits.ts): a list field returns one object per
 * item of its list argument, duplicates included (`nodes(ids:)` with 1,500 copies of one id does the work of
 * its selection 1,500 times), so the estimate multiplies by the list's length; and no list (also inside an
 * input object, like `filter.channelIds`) may hold more than `maxListLength` items.
 */
export function listArguments(
  definition: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Readonly<Record<string, unknown>>,
  maxListLength: number,
): { multiplier: number; oversized: string | null } {
  if (definition.args.length === 0 || !node.arguments?.length) return { multiplier: 1, oversized: null };
  let values: Record<string, unknown>;
  try {
    values = getArgumentValues(definition, node, variables);
  } catch {
    // Invalid arguments: execution refuses the request with graphql-js's own message.
    return { multiplier: 1, oversized: null };
  }
  let oversized: string | null = null;
  for (const [name, value] of Object.entries(values)) {
    const found = longestList(value, name);
    if (found && found.length > maxListLength && oversized === null) {
      oversized = `${node.name.value}(${found.path}:) takes at most ${formatCount(maxListLength)} items; got ${formatCount(found.length)}.`;
    }
  }
  let multiplier = 1;
  if (isListType(getNullableType(definition.type))) {
    for (const value of Object.values(values)) if (Array.isArray(value)) multiplier = Math.max(multiplier, value.length);
  }
  return { multiplier, oversized };
}

/** The longest list in an argument value, with its path (`ids`, `filter.channelIds`). */
function longestList(value: unknown, path: string): { path: string; length: number } | null {
  if (Array.isArray(value)) {
    let longest = { path, length: value.length };
    for (const item of value) {
      const inner = longestList(item, path);
      if (inner && inner.length > longest.length) longest = inner;
    }
    return longest;
  }
  // Plain input objects only: uploads (File), dates and URLs are leaves.
  const prototype = value === null || typeof value !== 'object' ? undefined : Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return null;
  let longest: { path: string; length: number } | null = null;
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    const found = longestList(inner, `${path}.${key}`);
    if (found && (!longest || found.length > longest.length)) longest = found;
  }
  return longest;
}

/** 1,234,567 style; beyond 10^15 digits stop being readable (and exact), so 2.54e+64. */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return 'an unbounded number of';
  return value >= 1e15 ? value.toExponential(2) : Math.round(value).toLocaleString('en-US');
}
