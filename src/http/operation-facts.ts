import { getOperationAST, type DocumentNode, type ExecutionResult } from 'graphql';
import { graphqlErrors } from '../observability/metrics.js';
import { errorCodeOf } from './error-codes.js';

/** What the logs and metrics say about a GraphQL operation: its name (client-chosen, never its text) and type. */
export interface OperationFacts {
  operationName: string | null;
  operationType: 'query' | 'mutation' | 'subscription' | null;
}

export function operationFacts(document: DocumentNode | null | undefined, operationName: string | null | undefined): OperationFacts {
  const operation = document ? getOperationAST(document, operationName ?? undefined) : null;
  return { operationName: boundedName(operation?.name?.value ?? operationName ?? null), operationType: operation?.operation ?? null };
}

/**
 * Operation names are the client's; a name is a GraphQL Name (letters, digits, underscores), so anything
 * else (a malformed request's operationName) is not logged.
 */
function boundedName(name: string | null): string | null {
  return name !== null && /^[_A-Za-z][_0-9A-Za-z]{0,99}$/.test(name) ? name : null;
}

/** The closed codes of a result's errors, counted in switchboard_graphql_errors_total. */
export function countErrorCodes(result: ExecutionResult | null | undefined, operationType: string | null, into?: Set<string>): void {
  for (const error of result?.errors ?? []) {
    const code = errorCodeOf(error);
    graphqlErrors.inc({ code, operationType: operationType ?? 'unknown' });
    into?.add(code);
  }
}
