import { GraphQLError } from 'graphql';
import type { Services, Viewer } from '../context.js';
import { findAccountByApiKey } from '../store/api-keys.js';

/** The API key from `Authorization: Bearer …`, or from graphql-ws `connectionParams.authorization`. */
export function bearerToken(request: Request | undefined, connectionParams?: Record<string, unknown>): string | null {
  const header =
    (typeof connectionParams?.authorization === 'string' && connectionParams.authorization) ||
    (typeof connectionParams?.Authorization === 'string' && connectionParams.Authorization) ||
    request?.headers.get('authorization') ||
    null;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match ? match[1] : null;
}

/**
 * Requests whose key was checked before their body was read (./request-limits.ts), so that the GraphQL
 * context does not look the key up twice.
 */
const checkedRequests = new WeakMap<Request, Viewer>();

export function rememberViewer(request: Request, viewer: Viewer): void {
  checkedRequests.set(request, viewer);
}

/** The viewer of an HTTP request or graphql-ws connection: checked already, or checked now. */
export function authenticateRequest(services: Services, request: Request | undefined, connectionParams?: Record<string, unknown>): Promise<Viewer> {
  const checked = request && !connectionParams ? checkedRequests.get(request) : undefined;
  return checked ? Promise.resolve(checked) : authenticate(services, bearerToken(request, connectionParams));
}

/** Resolves an API key to its account; NOT_AUTHENTICATED (HTTP 401) when missing or unknown. */
export async function authenticate(services: Services, token: string | null): Promise<Viewer> {
  const account = token ? await findAccountByApiKey(services.database.db, token) : null;
  if (!account) {
    throw new GraphQLError(
      token
        ? 'The API key is not valid.'
        : 'Authentication required: send "Authorization: Bearer <api key>" (graphql-ws: connectionParams.authorization).',
      { extensions: { code: 'NOT_AUTHENTICATED', http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } } } },
    );
  }
  return account;
}
