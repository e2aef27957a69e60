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
