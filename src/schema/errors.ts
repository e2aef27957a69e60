import { ERROR_CODES, SwitchboardError, type ErrorCode } from '../errors.js';
import { builder } from './builder.js';
import { clientIdsOf, nameClientIds } from './client-ids.js';

/** The closed set of error codes, and the `userErrors` every mutation payload carries. */

const descriptions: Record<ErrorCode, string> = {
  VALIDATION_ERROR: 'The input is malformed or out of range; the message says which field and why.',
  NOT_AUTHENTICATED: 'No API key, or an unknown one (HTTP 401).',
  PERMISSION_DENIED: 'The viewer can see the object but may not do this to it.',
  NOT_FOUND: 'The object does not exist, or the viewer may not see it (the two are never told apart).',
  CONFLICT: 'The object is in a state that forbids this, e.g. reacting twice with the same emoji.',
  RATE_LIMITED: "The provider's rate budget, or one of this API key's own limits (requests, subscriptions, uploads), is spent; retry after retryAfterSeconds.",
  UNSUPPORTED: "The workspace's provider cannot do this (see Workspace.capabilities).",
  PROVIDER_ERROR: 'The provider failed, or the server hit an unexpected error.',
};

export const ErrorCodeEnum = builder.enumType('ErrorCode', {
  description: 'Why an operation failed. The same codes appear in userErrors and in errors[].extensions.code.',
  values: Object.fromEntries(ERROR_CODES.map((code) => [code, { value: code, description: descriptions[code] }])) as Record<
    ErrorCode,
    { value: ErrorCode; description: string }
  >,
});

export interface UserErrorShape {
  code: ErrorCode;
  message: string;
  field: string[] | null;
  retryAfterSeconds: number | null;
}

/** The description of every payload's `userErrors` field. */
export const USER_ERRORS = 'Why the operation did not happen; empty when it succeeded (then nothing else needs checking).';

export const UserError = builder.objectRef<UserErrorShape>('UserError').implement({
  description: 'An expected failure of a mutation: nothing was changed.',
  fields: (t) => ({
    code: t.field({ type: ErrorCodeEnum, description: 'Which kind of failure, from the closed set of ErrorCode.', resolve: (error) => error.code }),
    message: t.string({
      description: 'What was wrong, in words a developer can act on. Objects are named by the global ids you sent.',
      resolve: (error, _args, _ctx, info) => nameClientIds(error.message, clientIdsOf(info.operation, info.variableValues)),
    }),
    field: t.exposeStringList('field', { nullable: true, description: 'Path of the offending input field.' }),
    retryAfterSeconds: t.exposeInt('retryAfterSeconds', { nullable: true, description: 'For RATE_LIMITED.' }),
  }),
});

export function toUserError(error: SwitchboardError): UserErrorShape {
  return {
    code: error.code,
    message: error.message,
    field: error.field ?? null,
    retryAfterSeconds: error.retryAfterSeconds ?? null,
  };
}

/** Runs a mutation; expected failures become userErrors, anything else propagates (and is masked). */
export async function attempt<T>(work: () => Promise<T>): Promise<{ result: T | null; userErrors: UserErrorShape[] }> {
  try {
    return { result: await work(), userErrors: [] };
  } catch (error) {
    if (error instanceof SwitchboardError) return { result: null, userErrors: [toUserError(error)] };
    throw error;
  }
}
