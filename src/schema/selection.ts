import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** The fields of a selection set, through its fragments (spread or inline), in document order. */
export function fieldsOf(set: SelectionSetNode | undefined, info: GraphQLResolveInfo, seen = new Set<string>()): FieldNode[] {
  if (!set) return [];
  return set.selections.flatMap((selection): FieldNode[] => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf(selection.selectionSet, info, seen);
    if (seen.has(selection.name.value)) return [];
    seen.add(selection.name.value);
    return fieldsOf(info.fragments[selection.name.value]?.selectionSet, info, seen);
  });
}

/**
 * Whether a field named `name` is selected anywhere below the field being resolved (any depth, any
 * fragment, any type, any alias): a resolver skips work whose result nobody reads. Directives (@skip,
 * @include) are ignored, so the answer errs toward doing the work.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const below = (set: SelectionSetNode | undefined): boolean =>
    fieldsOf(set, info).some((field) => field.name.value === name || below(field.selectionSet));
  return info.fieldNodes.some((node) => below(node.selectionSet));
}
