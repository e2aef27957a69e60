import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/**
 * What a log line written while serving a request should know about it: its id (answered as
 * `x-request-id`, so a user's report of an error can be traced to the server's lines), and the account
 * once authenticated. Carried through async calls with AsyncLocalStorage, so that code far from the HTTP
 * layer (maskError, a provider's error path) logs the id without being handed it.
 */
export interface RequestScope {
  requestId: string;
  accountId?: string;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** Runs `work` inside `scope`; every log line written from it (and what it awaits) carries the id. */
export function runInRequestScope<T>(scope: RequestScope, work: () => T): T {
  return storage.run(scope, work);
}

export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore();
}

/**
 * The id of a request: the caller's `x-request-id` when it is a sane token (a proxy or client that
 * already assigned one keeps it), otherwise a new UUID. Anything else is replaced, so a header can never
 * smuggle text into the logs.
 */
export function requestIdFrom(header: string | null | undefined): string {
  if (header && /^[A-Za-z0-9._:-]{1,128}$/.test(header)) return header;
  return randomUUID();
}
