import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { GraphQLResponse } from '../app.js';
import { Inbox } from '../subscriptions.js';

/**
 * Clients of a gateway, speaking plain strings (the supergraph's documents are not in codegen's schema):
 * HTTP POST, server-sent events and graphql-ws.
 */

export async function postGraphQL<T>(url: string, apiKey: string | null, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: response.status, ...body };
}

/** One subscription's results (data or errors), in order. */
export interface ResultStream<T> {
  results: Inbox<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** A subscription over server-sent events: POST with `accept: text/event-stream`, one `data:` line per result. */
export function subscribeOverSse<T>(url: string, apiKey: string, query: string, variables?: Record<string, unknown>): ResultStream<T> {
  const results = new Inbox<GraphQLResponse<T>>();
  const controller = new AbortController();
  const reading = (async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${apiKey}` },
      body: JSON.stringify({ query, variables }),
      signal: controller.signal,
    });
    if (!response.body || !response.headers.get('content-type')?.startsWith('text/event-stream')) {
      throw new Error(`expected an event stream, got ${response.status} ${await response.text()}`);
    }
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffered = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffered += decoder.decode(value, { stream: true });
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('data:') && line.length > 'data:'.length + 1) {
          results.push({ status: response.status, ...(JSON.parse(line.slice('data:'.length)) as Omit<GraphQLResponse<T>, 'status'>) });
        }
      }
    }
    results.complete();
  })().catch((error: unknown) => {
    if (!controller.signal.aborted) results.fail(error);
  });
  return {
    results,
    close: async () => {
      controller.abort();
      await reading;
    },
  };
}

/** A subscription over graphql-ws, the API key in `connectionParams.authorization` as Switchboard expects. */
export function subscribeOverWebSocket<T>(wsUrl: string, apiKey: string, query: string, variables?: Record<string, unknown>): ResultStream<T> {
  const results = new Inbox<GraphQLResponse<T>>();
  const client: Client = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${apiKey}` }, retryAttempts: 0 });
  const unsubscribe = client.subscribe<T>(
    { query, variables },
    {
      next: (result) => results.push({ status: 200, ...(result as Omit<GraphQLResponse<T>, 'status'>) }),
      error: (error) => results.fail(error),
      complete: () => results.complete(),
    },
  );
  return {
    results,
    close: async () => {
      unsubscribe();
      await client.dispose();
    },
  };
}
