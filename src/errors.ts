/**
 * The closed set of error codes Switchboard answers with, everywhere: in `userErrors` of mutation payloads
 * and in `extensions.code` of GraphQL errors. Matches `ErrorCode` in the public schema.
 */
export const ERROR_CODES = [
  'VALIDATION_ERROR',
  'NOT_AUTHENTICATED',
  'PERMISSION_DENIED',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'UNSUPPORTED',
  'PROVIDER_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface SwitchboardErrorOptions {
  /** Path of the offending input field, e.g. `['input', 'text']`. */
  field?: string[];
  /** For RATE_LIMITED: how long the caller should wait. */
  retryAfterSeconds?: number;
  cause?: unknown;
}

/**
 * An expected failure with a stable code. Resolvers turn it into a `userError` (mutations) or a GraphQL
 * error with `extensions.code` (queries); anything that is not a SwitchboardError is masked.
 */
export class SwitchboardError extends Error {
  readonly code: ErrorCode;
  readonly field?: string[];
  readonly retryAfterSeconds?: number;

  constructor(code: ErrorCode, message: string, options: SwitchboardErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SwitchboardError';
    this.code = code;
    this.field = options.field;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

/** A failure raised by a provider adapter; carries the provider's name for logs and messages. */
export class ProviderError extends SwitchboardError {
  readonly provider: string;

  constructor(provider: string, code: ErrorCode, message: string, options: SwitchboardErrorOptions = {}) {
    super(code, message, options);
    this.name = 'ProviderError';
    this.provider = provider;
  }
}

export function notFound(what: string, id: string): SwitchboardError {
  return new SwitchboardError('NOT_FOUND', `${what} ${JSON.stringify(id)} was not found or is not visible to you.`);
}
