import { Kind, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether a field named `name` is selected anywhere below the field being resolved (any depth, any
 * fragment, any type, any alias): a resolver skips work whose result nobody reads. Directives (@skip,
 * @include) are ignored, so the answer errs toward doing the work.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const search = (set: SelectionSetNode | undefined): boolean =>
    !!set &&
    set.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === name || search(selection.selectionSet);
      if (selection.kind === Kind.INLINE_FRAGMENT) return search(selection.selectionSet);
      const fragmentName = selection.name.value;
      if (seen.has(fragmentName)) return false;
      seen.add(fragmentName);
      const fragment: FragmentDefinitionNode | undefined = info.fragments[fragmentName];
      return search(fragment?.selectionSet);
    });
  return info.fieldNodes.some((node) => search(node.selectionSet));
}
