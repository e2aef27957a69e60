/**
 * Limits that protect the server from expensive queries: depth, estimated
 * complexity (how many objects a query can return) and alias count.
 *
 * All violations are reported during the validate phase, so nothing is
 * executed (and no provider is called) for a rejected query; yoga answers them
 * like any other validation error.
 */
import {
  GraphQLError,
  Kind,
  getNamedType,
  getVariableValues,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { formatCount, listArguments } from './list-arguments.js';
import { aliasLimitRule, depthLimitRule, limitError } from './query-shape-rules.js';
import { representationsLength } from './representations-cost.js';

export interface QueryLimits {
  /** Deepest allowed field path, counting each field as 1 (introspection exempt). */
  maxDepth: number;
  /** Largest allowed upper-bound estimate of returned objects (see estimateComplexity). */
  maxComplexity: number;
  /** Most aliased fields allowed in one document. */
  maxAliases: number;
  /** Page size assumed for a connection field queried without first/last. */
  defaultPageSize: number;
  /** first/last values above this are clamped to it for the estimate (the resolvers clamp too). */
  maxPageSize: number;
  /** Most items a list argument (or a list inside an input object) may hold, e.g. `nodes(ids:)`. */
  maxListLength: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = Object.freeze({
  // A channel page with `children` nested five levels and reactions' users needs about 18.
  maxDepth: 20,
  // Room for the thread-tree page: 20 channels × 20 messages × descendants(first: 100) with authors and
  // reactions estimates about 450,000. Nested `children` four levels deep at first: 10 (40 million) is refused.
  maxComplexity: 1_000_000,
  maxAliases: 30,
  defaultPageSize: 20,
  maxPageSize: 100,
  // A page holds at most 100 objects; `nodes(ids:)` and filters are held to the same size.
  maxListLength: 100,
});

/** Fields that multiply the cost of their sub-selection by their value. */
const PAGE_SIZE_ARGS = ['first', 'last'] as const;

type PageSizeLimits = Pick<QueryLimits, 'defaultPageSize' | 'maxPageSize'>;
type EstimateLimits = PageSizeLimits & Partial<Pick<QueryLimits, 'maxListLength'>>;
type Variables = Readonly<Record<string, unknown>> | null | undefined;

/**
 * A yoga/envelop plugin enforcing {@link QueryLimits}.
 *
 * - `limits` is merged over {@link DEFAULT_QUERY_LIMITS} (maxDepth 20,
 *   maxComplexity 1,000,000, maxAliases 30, defaultPageSize 20, maxPageSize 100);
 *   `undefined` entries keep the default, `Infinity` disables a check.
 * - Depth and alias limits are graphql-js validation rules. They only depend on
 *   the document, so yoga's validation cache may cache their result.
 * - Complexity depends on the request's variables (`first: $n`), so it must not
 *   be cached per document: it is checked in the after-validate hook on every
 *   request, and only for documents that are otherwise valid (estimating an
 *   invalid document is meaningless and its errors are more useful).
 * - Errors carry `extensions.code = 'VALIDATION_ERROR'` and yoga's HTTP status
 *   for validation errors (400 for graphql-response+json clients).
 *
 * Throws a RangeError at construction for negative or NaN limits.
 */
export function queryLimitsPlugin(limits: Partial<QueryLimits> = {}): Plugin {
  const resolved = resolveLimits(limits);
  const rules: ValidationRule[] = [depthLimitRule(resolved.maxDepth), aliasLimitRule(resolved.maxAliases)];

  return {
    onValidate({ addValidationRule, params, context }) {
      for (const rule of rules) addValidationRule(rule);
      const { schema, documentAST } = params;
      // params is missing when envelop is driven outside an HTTP request.
      const variables = context.params?.variables;
      const operationName = context.params?.operationName;

      return ({ result, setResult }) => {
        // yoga's validation cache is keyed by document, not variables, so a
        // cached result may hold a complexity error computed for other
        // variables: always drop ours and recompute for this request.
        const others = result.filter((error) => !complexityErrors.has(error));
        if (others.length > 0) {
          if (others.length !== result.length) setResult(others);
          return;
        }
        const { estimate, oversizedList } = analyzeQuery(schema, documentAST, variables, resolved, operationName);
        const operation = findOperation(documentAST, operationName);
        if (oversizedList) {
          const error = limitError(oversizedList, operation ? [operation] : undefined);
          complexityErrors.add(error);
          setResult([error]);
        } else if (estimate > resolved.maxComplexity) {
          const error = limitError(
            `Query is too complex: estimated ${formatCount(estimate)} objects exceeds the limit of ` +
              `${formatCount(resolved.maxComplexity)}. Ask for smaller pages (first/last) or fewer nested levels.`,
            operation ? [operation] : undefined,
          );
          complexityErrors.add(error);
          setResult([error]);
        } else if (others.length !== result.length) {
          setResult(others);
        }
      };
    },
  };
}

/**
 * Upper-bound estimate of how many objects `document` can return.
 *
 * Every field costs 1. A field whose schema definition takes `first` or `last`
 * (Relay connections, `latestReplies(last:)`) multiplies the cost of its
 * sub-selection by that page size: the argument's value (literal, variable,
 * variable default or schema default), `defaultPageSize` when absent or null,
 * clamped to `[0, maxPageSize]`; with both `first` and `last` the larger wins.
 * A list field with a list argument (`nodes(ids:)`) multiplies it by the
 * longest such argument: it returns one object per item, duplicates included.
 * `_entities(representations:)` multiplies it by that list's length instead.
 * Other list fields (`nodes`, `edges`, `reactions`) count their sub-selection
 * once, since the enclosing connection already multiplied it.
 *
 * Edge cases: fragments and inline fragments are expanded where they are spread
 * (a fragment spread twice counts twice); `@skip`/`@include` are ignored (upper
 * bound); fragment cycles contribute 0 instead of recursing; unknown fields and
 * introspection cost 1 per field with no multiplier. With `operationName` only
 * that operation is estimated, otherwise (or if it is not found) the most
 * expensive operation. `limits` defaults to {@link DEFAULT_QUERY_LIMITS}.
 */
export function estimateComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Variables = {},
  limits: PageSizeLimits = DEFAULT_QUERY_LIMITS,
  operationName?: string | null,
): number {
  return analyzeQuery(schema, document, variables, limits, operationName).estimate;
}

/**
 * The estimate of {@link estimateComplexity}, and the first list argument longer than `maxListLength` (a
 * message naming it), found in the same walk.
 */
export function analyzeQuery(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Variables = {},
  limits: EstimateLimits = DEFAULT_QUERY_LIMITS,
  operationName?: string | null,
): { estimate: number; oversizedList: string | null } {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    else if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
  }
  const named = operationName ? operations.filter((op) => op.name?.value === operationName) : [];
  const candidates = named.length > 0 ? named : operations;

  let max = 0;
  let oversizedList: string | null = null;
  for (const operation of candidates) {
    const estimator = new ComplexityEstimator(
      schema,
      fragments,
      coerceVariables(schema, operation, variables),
      limits,
    );
    const root = schema.getRootType(operation.operation) ?? undefined;
    max = Math.max(max, estimator.selectionSet(operation.selectionSet, root));
    oversizedList ??= estimator.oversizedList;
  }
  return { estimate: max, oversizedList };
}

class ComplexityEstimator {
  // A fragment's cost does not depend on where it is spread (its type
  // condition fixes the parent type), so memoising keeps nested double
  // spreads linear instead of exponential.
  private readonly memo = new Map<string, number>();
  private readonly inProgress = new Set<string>();
  /** The first list argument over `maxListLength`, as a message for the client. */
  oversizedList: string | null = null;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    private readonly variables: Readonly<Record<string, unknown>>,
    private readonly limits: EstimateLimits,
  ) {}

  selectionSet(selectionSet: SelectionSetNode, parentType: GraphQLCompositeType | undefined): number {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        total += this.field(selection, parentType);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? this.compositeType(selection.typeCondition.name.value) : parentType;
        total += this.selectionSet(selection.selectionSet, type);
      } else {
        total += this.fragment(selection.name.value);
      }
    }
    return total;
  }

  private field(node: FieldNode, parentType: GraphQLCompositeType | undefined): number {
    const definition = fieldDefinition(parentType, node.name.value);
    let listLength = 1;
    // `_entities(representations:)` is counted by its length below and held by the cost limit, not by the
    // 100-item cap of list arguments: a gateway batches every reference of a response into one call.
    const representations = definition ? representationsLength(definition, node, this.variables) : null;
    if (definition && representations == null) {
      const lists = listArguments(definition, node, this.variables, this.limits.maxListLength ?? Infinity);
      listLength = lists.multiplier;
      this.oversizedList ??= lists.oversized;
    }
    if (!node.selectionSet) return 1;
    const namedType = definition ? getNamedType(definition.type) : undefined;
    const childType = namedType && isCompositeType(namedType) ? namedType : undefined;
    const multiplier = definition ? (representations ?? this.pageSize(definition, node) * listLength) : 1;
    return 1 + multiplier * this.selectionSet(node.selectionSet, childType);
  }

  private fragment(name: string): number {
    const cached = this.memo.get(name);
    if (cached !== undefined) return cached;
    const fragment = this.fragments.get(name);
    if (!fragment || this.inProgress.has(name)) return 0;
    this.inProgress.add(name);
    const cost = this.selectionSet(fragment.selectionSet, this.compositeType(fragment.typeCondition.name.value));
    this.inProgress.delete(name);
    this.memo.set(name, cost);
    return cost;
  }

  /** 1 for fields without first/last, else the clamped page size. */
  private pageSize(definition: GraphQLField<unknown, unknown>, node: FieldNode): number {
    let takesPageSize = false;
    let largest: number | undefined;
    for (const argName of PAGE_SIZE_ARGS) {
      const argDef = definition.args.find((arg) => arg.name === argName);
      if (!argDef) continue;
      takesPageSize = true;
      const argNode = node.arguments?.find((arg) => arg.name.value === argName);
      let value: unknown;
      if (!argNode) value = argDef.defaultValue;
      else if (argNode.value.kind === Kind.VARIABLE) {
        const name = argNode.value.name.value;
        // A variable that was not provided leaves the argument unset, so the
        // schema default applies, as in execution.
        value = Object.hasOwn(this.variables, name) ? this.variables[name] : argDef.defaultValue;
      } else value = valueFromAST(argNode.value, argDef.type, this.variables);
      if (typeof value === 'number' && !Number.isNaN(value)) largest = Math.max(largest ?? value, value);
    }
    if (!takesPageSize) return 1;
    return clamp(largest ?? this.limits.defaultPageSize, 0, this.limits.maxPageSize);
  }

  private compositeType(name: string): GraphQLCompositeType | undefined {
    const type = this.schema.getType(name);
    return type && isCompositeType(type) ? type : undefined;
  }
}

/**
 * Variables as execution would see them (defaults applied, values coerced).
 * When coercion fails the request is rejected before execution anyway, so the
 * raw values are good enough for the estimate.
 */
function coerceVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Variables,
): Readonly<Record<string, unknown>> {
  const raw = variables ?? {};
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], raw, { maxErrors: 1 });
  return 'coerced' in coerced && coerced.coerced ? coerced.coerced : raw;
}

function fieldDefinition(
  parentType: GraphQLCompositeType | undefined,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  if (parentType && (isObjectType(parentType) || isInterfaceType(parentType))) return parentType.getFields()[name];
  return undefined;
}

/** Complexity errors we created, so stale ones from the validation cache can be dropped. */
const complexityErrors = new WeakSet<GraphQLError>();

function findOperation(document: DocumentNode, operationName: string | null | undefined) {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  return operations.find((op) => operationName && op.name?.value === operationName) ?? operations[0];
}

function resolveLimits(limits: Partial<QueryLimits>): QueryLimits {
  const resolved: QueryLimits = { ...DEFAULT_QUERY_LIMITS };
  for (const key of Object.keys(DEFAULT_QUERY_LIMITS) as (keyof QueryLimits)[]) {
    const value = limits[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
      throw new RangeError(`queryLimitsPlugin: ${key} must be a non-negative number, got ${String(value)}.`);
    }
    resolved[key] = value;
  }
  return resolved;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
