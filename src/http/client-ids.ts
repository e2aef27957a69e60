import { getOperationAST, GraphQLError, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { SwitchboardError } from '../errors.js';
import { clientIdsOf, nameClientIds } from '../schema/client-ids.js';

/**
 * GraphQL errors name objects by the global ids the client sent, like userErrors do (src/schema/client-ids.ts).
 * Expected failures keep their message through error masking (maskError copies it from the SwitchboardError),
 * so the message is rewritten on the SwitchboardError itself, before the masking plugin (registered after the
 * user plugins) runs. The error objects belong to this one execution.
 */
export function errorsNameClientIds(): Plugin {
  const rename = (args: ExecutionArgs, result: ExecutionResult) => {
    if (!result.errors?.length) return;
    const operation = getOperationAST(args.document, args.operationName);
    if (!operation) return;
    const ids = clientIdsOf(operation, args.variableValues as Record<string, unknown> | undefined);
    for (const error of result.errors) {
      const original = error instanceof GraphQLError ? error.originalError : null;
      if (!(original instanceof SwitchboardError)) continue;
      const named = nameClientIds(original.message, ids);
      if (named === original.message) continue;
      original.message = named;
      (error as { message: string }).message = named;
    }
  };
  return {
    onExecute({ args }) {
      return {
        onExecuteDone({ result }) {
          if (Symbol.asyncIterator in result) return { onNext: ({ result: next }) => rename(args, next) };
          rename(args, result);
          return undefined;
        },
      };
    },
    onSubscribe({ args }) {
      return {
        onSubscribeResult({ result }) {
          if (Symbol.asyncIterator in result) return { onNext: ({ result: next }) => rename(args, next) };
          rename(args, result);
          return undefined;
        },
      };
    },
  };
}
