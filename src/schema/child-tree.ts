import { getArgumentValues, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { PageRequest } from '../providers/paging.js';
import { pageRequest, type ConnectionArgs } from '../resolvers/pagination.js';
import { fieldsOf } from './selection.js';

/** Deepest reply tree read in one go; deeper levels read level by level as before. */
const MAX_LEVELS = 8;

/**
 * The pages a query asks for below the `children` field being resolved, level by level: for
 * `children(first: 10) { nodes { children(first: 3) { nodes { children(first: 3) { … } } } } }` resolved at
 * the top, [first 3, first 3]. A provider that reads reply trees (listChildTrees) then reads the whole
 * subtree in one call instead of one per level (issue 14). A level stops the plan when its `children`
 * fields disagree on their arguments, page backward or from a cursor (those levels read as before).
 */
export function nestedChildPages(info: GraphQLResolveInfo): PageRequest[] {
  const definition = info.parentType.getFields().children;
  if (!definition) return [];
  const pages: PageRequest[] = [];
  let level: readonly FieldNode[] = info.fieldNodes;
  while (pages.length < MAX_LEVELS) {
    const below = level.flatMap((field) => messagesOf(field.selectionSet, info).flatMap((set) => fieldsNamed(set, 'children', info)));
    if (below.length === 0) break;
    const args = below.map((field) => getArgumentValues(definition, field, info.variableValues) as ConnectionArgs);
    const signature = JSON.stringify(args[0]);
    if (args.some((each) => JSON.stringify(each) !== signature)) break;
    let page: PageRequest;
    try {
      page = pageRequest(args[0], { backward: false });
    } catch {
      break; // the level's own resolver reports the error
    }
    if (page.direction !== 'forward' || page.cursor !== null) break;
    pages.push(page);
    level = below;
  }
  return pages;
}

/** The selection sets of a connection's messages: `nodes { … }` and `edges { node { … } }`. */
function messagesOf(connection: SelectionSetNode | undefined, info: GraphQLResolveInfo): SelectionSetNode[] {
  const viaNodes = fieldsNamed(connection, 'nodes', info);
  const viaEdges = fieldsNamed(connection, 'edges', info).flatMap((edges) => fieldsNamed(edges.selectionSet, 'node', info));
  return [...viaNodes, ...viaEdges].flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
}

/** Fields called `name` in a selection set, through its fragments. */
function fieldsNamed(set: SelectionSetNode | undefined, name: string, info: GraphQLResolveInfo): FieldNode[] {
  return fieldsOf(set, info).filter((field) => field.name.value === name);
}
