import { GraphQLError, Kind, type ASTNode, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';

/** The document-only limits of ./query-limits.ts (depth and aliases), as graphql-js validation rules. */

/**
 * Introspection entry points. Exempt from the depth limit because GraphiQL's
 * introspection query nests ~10 levels of `ofType`; graphql-js's own
 * MaxIntrospectionDepthRule (part of specifiedRules) already stops the
 * `fields { type { fields ... } }` recursion that makes introspection abusable.
 */
const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

/** Validation rule: rejects operations deeper than `maxDepth`. */
export function depthLimitRule(maxDepth: number): ValidationRule {
  // Named function: yoga's validation cache keys results by rule names.
  return function QueryDepthLimitRule(context: ValidationContext) {
    return {
      OperationDefinition(operation) {
        const depth = selectionDepth(operation.selectionSet, (name) => context.getFragment(name), new Map(), new Set());
        if (depth > maxDepth) {
          context.reportError(limitError(`Query is too deep: depth ${depth} exceeds the limit of ${maxDepth}.`, [operation]));
        }
      },
    };
  };
}

/**
 * Deepest field path below `selectionSet`. Runs alongside NoFragmentCycles,
 * so cycles must be guarded here (a fragment already being expanded adds 0);
 * memoising fragment depths keeps repeated spreads linear.
 */
function selectionDepth(
  selectionSet: SelectionSetNode,
  getFragment: (name: string) => FragmentDefinitionNode | null | undefined,
  memo: Map<string, number>,
  inProgress: Set<string>,
): number {
  let max = 0;
  for (const selection of selectionSet.selections) {
    let depth = 0;
    if (selection.kind === Kind.FIELD) {
      if (INTROSPECTION_ROOTS.has(selection.name.value)) continue;
      depth = 1 + (selection.selectionSet ? selectionDepth(selection.selectionSet, getFragment, memo, inProgress) : 0);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      depth = selectionDepth(selection.selectionSet, getFragment, memo, inProgress);
    } else {
      const name = selection.name.value;
      const cached = memo.get(name);
      const fragment = getFragment(name);
      if (cached !== undefined) depth = cached;
      else if (fragment && !inProgress.has(name)) {
        inProgress.add(name);
        depth = selectionDepth(fragment.selectionSet, getFragment, memo, inProgress);
        inProgress.delete(name);
        memo.set(name, depth);
      }
    }
    max = Math.max(max, depth);
  }
  return max;
}

/** Validation rule: rejects documents with more than `maxAliases` aliased fields. */
export function aliasLimitRule(maxAliases: number): ValidationRule {
  return function QueryAliasLimitRule(context: ValidationContext) {
    let count = 0;
    let firstOverLimit: FieldNode | undefined;
    return {
      Field(node) {
        if (!node.alias) return;
        count += 1;
        if (count === maxAliases + 1) firstOverLimit = node;
      },
      Document: {
        leave() {
          if (count > maxAliases) {
            context.reportError(
              limitError(
                `Query has too many aliases: ${count} aliased fields exceed the limit of ${maxAliases}.`,
                firstOverLimit ? [firstOverLimit] : undefined,
              ),
            );
          }
        },
      },
    };
  };
}

export function limitError(message: string, nodes: readonly ASTNode[] | undefined): GraphQLError {
  return new GraphQLError(message, {
    nodes,
    // `http` mirrors what yoga puts on its own validation errors (it is
    // stripped from the response). The complexity error is added after yoga
    // has decided the result was valid, so yoga would not add it for us.
    extensions: { code: 'VALIDATION_ERROR', http: { status: 400, spec: true } },
  });
}

