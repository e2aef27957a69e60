import { EventEmitter } from 'node:events';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, afterEach, beforeAll } from 'vitest';
import WebSocket from 'ws';
import { createApp } from '../src/http/app.js';
import { listen, type RunningServer } from '../src/http/listen.js';
import { graphql } from './gql/index.js';
import type { EventsSubscription, EventsSubscriptionVariables } from './gql/graphql.js';
import { startTestApp, type GraphQLResponse, type TestApp, type TestAppOptions } from './app.js';
import type { StoreKind } from './databases.js';

/**
 * A Switchboard listening on a real port (HTTP + graphql-ws), with real graphql-ws clients for
 * subscribers and plain `fetch` for the mutations of the other party.
 *
 * Waits are event-driven: a subscriber is "ready" when the server has registered its listener on the
 * event bus (observed by wrapping `services.bus.subscribe`), and every wait has a generous timeout that
 * only bounds a hang; no test relies on a sleep.
 */

/** Bounds a hang; never asserts speed. */
export const WAIT_MS = 10_000;

export const EventsDocument = graphql(`
  subscription Events($filter: EventFilter, $after: String) {
    events(filter: $filter, after: $after) {
      id
      cursor
      type
      occurredAt
      emoji
      workspace { id name }
      channel { id name }
      actor { id name }
      message {
        id
        text
        editedAt
        deletedAt
        author { name }
        parent { id }
        threadRoot { id }
        reactions { emoji count }
      }
    }
  }
`);

export type StreamEvent = EventsSubscription['events'];

const SubscriptionsDirectory = graphql(`
  query SubscriptionsDirectory {
    workspaces {
      id
      name
      channels(first: 100) {
        nodes { id name }
      }
    }
  }
`);

export const SendMessage = graphql(`
  mutation SubscriptionsSendMessage($input: SendMessageInput!) {
    sendMessage(input: $input) {
      message { id text }
      userErrors { message }
    }
  }
`);

export const UpdateMessage = graphql(`
  mutation SubscriptionsUpdateMessage($input: UpdateMessageInput!) {
    updateMessage(input: $input) {
      message { id text editedAt }
      userErrors { message }
    }
  }
`);

export const DeleteMessage = graphql(`
  mutation SubscriptionsDeleteMessage($input: DeleteMessageInput!) {
    deleteMessage(input: $input) {
      deletedMessageId
      userErrors { message }
    }
  }
`);

export const AddReaction = graphql(`
  mutation SubscriptionsAddReaction($input: ReactionInput!) {
    addReaction(input: $input) {
      message { id }
      userErrors { message }
    }
  }
`);

export const RemoveReaction = graphql(`
  mutation SubscriptionsRemoveReaction($input: ReactionInput!) {
    removeReaction(input: $input) {
      message { id }
      userErrors { message }
    }
  }
`);

/** Resolves with `promise`, or rejects after `timeoutMs` (bounds a hang only). */
export function within<T>(promise: Promise<T>, what: string, timeoutMs = WAIT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A FIFO of values pushed by a callback, read one at a time with a timeout. */
export class Inbox<T> {
  private readonly items: T[] = [];
  private readonly waiters: Array<{ resolve: (item: T) => void; reject: (error: unknown) => void }> = [];
  private failure: { error: unknown } | null = null;
  private completed = false;
  /** Everything ever pushed, in order (for assertions about the whole history). */
  readonly history: T[] = [];

  push(item: T): void {
    this.history.push(item);
    const waiter = this.waiters.shift();
    if (waiter) waiter.resolve(item);
    else this.items.push(item);
  }

  fail(error: unknown): void {
    this.failure = { error };
    for (const waiter of this.waiters.splice(0)) waiter.reject(error);
  }

  complete(): void {
    this.completed = true;
    for (const waiter of this.waiters.splice(0)) waiter.reject(new Error('the stream completed'));
  }

  /** The next item; rejects when the stream fails or completes first, or after `timeoutMs`. */
  next(what = 'the next item', timeoutMs = WAIT_MS): Promise<T> {
    if (this.items.length > 0) return Promise.resolve(this.items.shift()!);
    if (this.failure) return Promise.reject(this.failure.error);
    if (this.completed) return Promise.reject(new Error(`the stream completed before ${what}`));
    return new Promise<T>((resolve, reject) => {
      const waiter = {
        resolve: (item: T) => {
          clearTimeout(timer);
          resolve(item);
        },
        reject: (error: unknown) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** Items received but not read yet. */
  get buffered(): readonly T[] {
    return this.items;
  }
}

/** One graphql-ws subscription to `events`: its events, and any error or error result. */
export interface EventSubscription {
  events: Inbox<StreamEvent>;
  /** `next` results that carried errors, and `error` messages. */
  errors: Inbox<ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>>;
  /** Whether the server completed the operation. */
  completed: Promise<void>;
  unsubscribe(): void;
}

export interface Directory {
  acmeId: string;
  globexId: string;
  /** Acme channels by name, as alice sees them. */
  channel: Record<string, string>;
}

export interface LiveServer {
  testApp: TestApp;
  server: RunningServer;
  port: number;
  httpUrl: string;
  wsUrl: string;
  directory: Directory;
  /** Listeners currently registered on the event bus (one per active subscription stream). */
  readonly busListeners: number;
  /** Resolves once the bus has exactly `count` listeners. */
  waitForBusListeners(count: number, what?: string): Promise<void>;
  /** One operation over real HTTP (fetch) to the listening port. */
  http<TResult, TVariables>(
    apiKey: string | null,
    document: TypedDocumentNode<TResult, TVariables>,
    variables?: TVariables,
  ): Promise<GraphQLResponse<TResult>>;
  /** Like `http`, but fails unless the operation succeeded without errors or userErrors. */
  mutate<TResult, TVariables>(
    apiKey: string,
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
  ): Promise<TResult>;
  /** Sends a plain-text message as `apiKey` and returns its id. */
  send(apiKey: string, channelId: string, text: string, parentId?: string): Promise<string>;
  /** A graphql-ws client to this server with these connectionParams (closed by `disposeClients`). */
  wsClient(connectionParams: Record<string, unknown> | undefined, options?: Partial<Parameters<typeof createClient>[0]>): Client;
  /**
   * Subscribes to `events` over graphql-ws as the holder of `apiKey`. Without `after` it resolves once the
   * server listens on the bus, so events caused afterwards are guaranteed to reach it live.
   */
  subscribe(apiKey: string, variables?: EventsSubscriptionVariables, client?: Client): Promise<EventSubscription>;
  /** Disposes every graphql-ws client made so far and waits until the server dropped their listeners. */
  disposeClients(): Promise<void>;
  close(): Promise<void>;
}

/** Waits for `emitter` to emit 'change' until `done()` holds, or rejects after `timeoutMs`. */
function waitUntil(emitter: EventEmitter, done: () => boolean, what: string, timeoutMs = WAIT_MS): Promise<void> {
  if (done()) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const onChange = () => {
      if (!done()) return;
      cleanup();
      resolve();
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      emitter.off('change', onChange);
    };
    emitter.on('change', onChange);
  });
}

export async function startLiveServer(kind: StoreKind, options: TestAppOptions = {}): Promise<LiveServer> {
  const testApp = await startTestApp(kind, options);
  const services = testApp.started.services;

  // Observe the bus: a subscription stream registers its listener when it starts, and drops it when it ends.
  const busChanges = new EventEmitter();
  let busListeners = 0;
  const bus = services.bus;
  const originalSubscribe = bus.subscribe.bind(bus);
  bus.subscribe = (listener) => {
    const unsubscribe = originalSubscribe(listener);
    busListeners += 1;
    busChanges.emit('change');
    let active = true;
    return () => {
      unsubscribe();
      if (!active) return;
      active = false;
      busListeners -= 1;
      busChanges.emit('change');
    };
  };

  let server: RunningServer;
  try {
    server = await listen(createApp(services), services, 0, '127.0.0.1');
  } catch (error) {
    await testApp.close();
    throw error;
  }
  const port = server.port;
  const httpUrl = `http://127.0.0.1:${port}/graphql`;
  const wsUrl = `ws://127.0.0.1:${port}/graphql`;
  const clients = new Set<Client>();

  const http = async <TResult, TVariables>(
    apiKey: string | null,
    document: TypedDocumentNode<TResult, TVariables>,
    variables?: TVariables,
  ): Promise<GraphQLResponse<TResult>> => {
    const response = await fetch(httpUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
      },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse<TResult>, 'status'>;
    return { status: response.status, ...body };
  };

  const mutate: LiveServer['mutate'] = async (apiKey, document, variables) => {
    const result = await http(apiKey, document, variables);
    if (result.errors || !result.data) throw new Error(`operation failed: ${JSON.stringify(result.errors)}`);
    for (const payload of Object.values(result.data as Record<string, { userErrors?: unknown[] }>)) {
      if (payload.userErrors?.length) throw new Error(`userErrors: ${JSON.stringify(payload.userErrors)}`);
    }
    return result.data;
  };

  const wsClient: LiveServer['wsClient'] = (connectionParams, options = {}) => {
    const client = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      connectionParams,
      retryAttempts: 0,
      ...options,
    });
    clients.add(client);
    return client;
  };

  const waitForBusListeners = (count: number, what = `${count} bus listener(s)`) =>
    waitUntil(busChanges, () => busListeners === count, what);

  const directoryResult = await http('demo-alice', SubscriptionsDirectory);
  const acme = directoryResult.data?.workspaces.find((workspace) => workspace.name === 'Acme');
  const globex = directoryResult.data?.workspaces.find((workspace) => workspace.name === 'Globex');
  if (!acme || !globex) {
    await server.close();
    await testApp.close();
    throw new Error(`directory query failed: ${JSON.stringify(directoryResult.errors)}`);
  }
  const directory: Directory = {
    acmeId: acme.id,
    globexId: globex.id,
    channel: Object.fromEntries(acme.channels.nodes.map((channel) => [channel.name, channel.id])),
  };

  return {
    testApp,
    server,
    port,
    httpUrl,
    wsUrl,
    directory,
    get busListeners() {
      return busListeners;
    },
    waitForBusListeners,
    http,
    mutate,
    async send(apiKey, channelId, text, parentId) {
      const data = await mutate(apiKey, SendMessage, { input: { channelId, text, parentId } });
      return data.sendMessage.message!.id;
    },
    wsClient,
    async subscribe(apiKey, variables = {}, client) {
      const listenersBefore = busListeners;
      const events = new Inbox<StreamEvent>();
      const errors = new Inbox<ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>>();
      let markCompleted!: () => void;
      const completed = new Promise<void>((resolve) => (markCompleted = resolve));
      // Settles (rejects) when the operation fails before it could listen; later failures are harmless.
      let failEarly!: (error: Error) => void;
      const failedEarly = new Promise<never>((_, reject) => (failEarly = reject));
      failedEarly.catch(() => {});
      const unsubscribe = (client ?? wsClient({ authorization: `Bearer ${apiKey}` })).subscribe<EventsSubscription>(
        { query: print(EventsDocument), variables },
        {
          next: (result: ExecutionResult<EventsSubscription>) => {
            if (result.errors?.length) {
              errors.push(result.errors as never);
              failEarly(new Error(`subscription failed: ${JSON.stringify(result.errors)}`));
            } else if (result.data) {
              events.push(result.data.events);
            }
          },
          error: (error: unknown) => {
            if (Array.isArray(error)) errors.push(error);
            events.fail(error);
            errors.fail(error);
            failEarly(new Error(`subscription failed: ${JSON.stringify(error)}`));
          },
          complete: () => {
            events.complete();
            errors.complete();
            markCompleted();
            failEarly(new Error('subscription completed before it started'));
          },
        },
      );
      const subscription = { events, errors, completed, unsubscribe };
      if (!variables.after) {
        // Ready when the server listens on the bus: events caused from now on reach this subscriber live.
        await Promise.race([waitForBusListeners(listenersBefore + 1, `${apiKey}'s subscription to start`), failedEarly]);
      }
      return subscription;
    },
    async disposeClients() {
      const closing = [...clients];
      clients.clear();
      await Promise.all(closing.map((client) => client.dispose()));
      await waitForBusListeners(0, 'every subscription stream to end after its client was disposed');
    },
    async close() {
      const closing = [...clients];
      clients.clear();
      await Promise.allSettled(closing.map((client) => client.dispose()));
      await server.close();
      await testApp.close();
    },
  };
}

/**
 * Starts a live server for the enclosing describe block: before all its tests, clients disposed after
 * each, server closed after all. `ready` receives the server once it listens.
 */
export function useLiveServer(kind: StoreKind, ready: (server: LiveServer) => void): void {
  let live: LiveServer | undefined;
  beforeAll(async () => {
    live = await startLiveServer(kind);
    ready(live);
  });
  afterEach(async () => {
    await live?.disposeClients();
  });
  afterAll(async () => {
    await live?.close();
  });
}
