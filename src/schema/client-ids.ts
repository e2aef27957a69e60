import { Kind, type OperationDefinitionNode, type ValueNode } from 'graphql';
import { decodeGlobalId } from '../providers/ids.js';

/**
 * Error messages speak in the ids the client sent. Providers and resolvers name objects by their native id
 * (a UUID on the built-in workspace); a client only ever holds global ids. Before a message leaves the
 * server, every native id of a global id found in the operation's arguments or variables is replaced by that
 * global id, and any other UUID (an internal lookup the client never named) is left out.
 */

export type ClientIds = ReadonlyMap<string, string>;

const byOperation = new WeakMap<OperationDefinitionNode, WeakMap<object, ClientIds>>();
const NO_VARIABLES = {};

/** Native id → global id for every global id written in the operation or passed in its variables. */
export function clientIdsOf(operation: OperationDefinitionNode, variableValues: Record<string, unknown> | null | undefined): ClientIds {
  const variables = variableValues ?? NO_VARIABLES;
  let perVariables = byOperation.get(operation);
  if (!perVariables) {
    perVariables = new WeakMap();
    byOperation.set(operation, perVariables);
  }
  let ids = perVariables.get(variables);
  if (!ids) {
    const found = new Map<string, string>();
    const consider = (value: string) => {
      if (value.length < 16) return;
      try {
        const decoded = decodeGlobalId(value);
        found.set(decoded.nativeId, value);
      } catch {
        // Not a global id: a name, a text, a cursor.
      }
    };
    collectLiterals(operation, consider);
    collectStrings(variables, consider);
    ids = found;
    perVariables.set(variables, ids);
  }
  return ids;
}

const UUID = /"?\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b"? ?/gi;

/** The message with native ids replaced by the client's global ids, and other internal UUIDs left out. */
export function nameClientIds(message: string, ids: ClientIds): string {
  let named = message;
  for (const [nativeId, globalId] of ids) {
    if (named.includes(nativeId)) named = named.split(nativeId).join(globalId);
  }
  return named.replace(UUID, '');
}

function collectLiterals(operation: OperationDefinitionNode, consider: (value: string) => void): void {
  const visitValue = (value: ValueNode): void => {
    if (value.kind === Kind.STRING) consider(value.value);
    else if (value.kind === Kind.LIST) value.values.forEach(visitValue);
    else if (value.kind === Kind.OBJECT) value.fields.forEach((field) => visitValue(field.value));
  };
  const visitSelections = (selections: OperationDefinitionNode['selectionSet']['selections']): void => {
    for (const selection of selections) {
      if (selection.kind === Kind.FIELD) selection.arguments?.forEach((arg) => visitValue(arg.value));
      if (selection.kind !== Kind.FRAGMENT_SPREAD && selection.selectionSet) visitSelections(selection.selectionSet.selections);
    }
  };
  visitSelections(operation.selectionSet.selections);
}

function collectStrings(value: unknown, consider: (value: string) => void, depth = 0): void {
  if (depth > 8) return;
  if (typeof value === 'string') consider(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, consider, depth + 1);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) collectStrings(item, consider, depth + 1);
}
