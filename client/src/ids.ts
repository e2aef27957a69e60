/**
 * Small helpers that need no GraphQL library.
 */

/**
 * The GraphQL type a Switchboard global id names ("Message", "Channel"…), or null for anything else. Global
 * ids are opaque to use, but they do carry their type, which a cache can use to resolve `node(id)`.
 */
export function typenameOfId(id: string): string | null {
  try {
    const text = atob(id.replace(/-/g, '+').replace(/_/g, '/'));
    const [prefix, typename] = text.split(':');
    return prefix === 'sb1' && typename ? decodeURIComponent(typename) : null;
  } catch {
    return null;
  }
}

/**
 * The URL for `new EventSource(…)`: GET /graphql/stream with a ticket from createSubscriptionTicket, the
 * subscription document (the same text the ticket was asked for) and its variables. No API key goes in it;
 * the ticket works once, so ask for a new one (and pass `after`) to reconnect.
 */
export function eventStreamUrl(
  server: string,
  request: { ticket: string; query: string; variables?: Record<string, unknown>; operationName?: string },
): string {
  const url = new URL('/graphql/stream', server);
  url.searchParams.set('ticket', request.ticket);
  url.searchParams.set('query', request.query);
  if (request.variables) url.searchParams.set('variables', JSON.stringify(request.variables));
  if (request.operationName) url.searchParams.set('operationName', request.operationName);
  return url.toString();
}
