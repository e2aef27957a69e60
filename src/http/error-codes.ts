import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ERROR_CODES, SwitchboardError, type ErrorCode } from '../errors.js';
import { logUnexpected } from '../log.js';

/**
 * Expected failures (SwitchboardError) keep their message and code; anything unexpected is logged
 * (without content) and masked as PROVIDER_ERROR.
 */
export function maskError(error: unknown): Error {
  const graphqlError = error instanceof GraphQLError ? error : null;
  const original = graphqlError?.originalError ?? error;
  if (original instanceof SwitchboardError) {
    return new GraphQLError(original.message, {
      nodes: graphqlError?.nodes,
      path: graphqlError?.path,
      extensions: {
        code: original.code,
        ...(original.field ? { field: original.field } : {}),
        ...(original.retryAfterSeconds !== undefined ? { retryAfterSeconds: original.retryAfterSeconds } : {}),
      },
    });
  }
  // Syntax, validation and coercion errors, and our own auth error: closedErrorCodes() settles their code.
  if (graphqlError && (!graphqlError.originalError || graphqlError.originalError instanceof GraphQLError)) return graphqlError;
  logUnexpected(original);
  return new GraphQLError('Unexpected error.', {
    nodes: graphqlError?.nodes,
    path: graphqlError?.path,
    extensions: { code: 'PROVIDER_ERROR' },
  });
}

/**
 * The closed code a client receives for `error`, whether or not it was masked yet: what maskError and
 * withClosedCode would make of it. For logs and metrics.
 */
export function errorCodeOf(error: unknown): ErrorCode {
  const graphqlError = error instanceof GraphQLError ? error : null;
  const original = graphqlError?.originalError ?? error;
  if (original instanceof SwitchboardError) return original.code;
  const code = graphqlError?.extensions.code ?? (original instanceof GraphQLError ? original.extensions.code : undefined);
  if (typeof code === 'string' && ERROR_CODES.includes(code as ErrorCode)) return code as ErrorCode;
  if (graphqlError && (!graphqlError.originalError || graphqlError.originalError instanceof GraphQLError)) return 'VALIDATION_ERROR';
  return 'PROVIDER_ERROR';
}

/** An error whose code is outside the closed set was the client's input: VALIDATION_ERROR. */
export function withClosedCode(error: GraphQLError): GraphQLError {
  // Anything else thrown where a GraphQLError was expected is unexpected: masked, never passed through.
  if (!(error instanceof GraphQLError)) return maskError(error) as GraphQLError;
  if (ERROR_CODES.includes(error.extensions?.code as ErrorCode)) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code: 'VALIDATION_ERROR' },
  });
}

/**
 * Parse and validation errors never reach maskError (nothing executed); give them the closed set's
 * VALIDATION_ERROR instead of yoga's GRAPHQL_PARSE_FAILED / GRAPHQL_VALIDATION_FAILED.
 */
export function closedErrorCodes(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !result || typeof result !== 'object' || !('errors' in result) || !result.errors) return;
      setResult({ ...result, errors: result.errors.map((error) => withClosedCode(error as GraphQLError)) });
    },
  };
}
