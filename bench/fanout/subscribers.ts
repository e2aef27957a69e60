import { performance } from 'node:perf_hooks';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { serveParent } from '../lib/child.js';
import { FIREHOSE_SUBSCRIPTION, type WindowReport } from './selection.js';

/**
 * A load-generator process holding many graphql-ws clients (one WebSocket and one subscription each) to
 * one server. It timestamps every event on receipt: latency is receipt time minus the event's occurredAt,
 * stamped by the server when it published (same machine, same clock).
 */

interface ConnectParams {
  url: string;
  /** One API key per connection (null: no connectionParams, for the bare baseline). */
  keys: Array<string | null>;
  channelId: string;
}

const clients: Client[] = [];
const disposers: Array<() => void> = [];
let window: WindowReport = emptyWindow();
let acknowledged = 0;
let closedUnexpectedly = 0;

function emptyWindow(): WindowReport {
  return { received: 0, errors: 0, latencies: [], firstReceivedAt: null, lastReceivedAt: null };
}

let errorsShown = 0;
/** Prints the first few errors (the figures would hide a broken subscription). */
function noteError(error: unknown): void {
  if (errorsShown++ < 3) process.stderr.write(`subscriber error: ${JSON.stringify(error instanceof Error ? error.message : error)}\n`);
}

const now = () => performance.timeOrigin + performance.now();

async function connect(params: ConnectParams): Promise<{ connected: number }> {
  // Open in slices so that the server's accept queue and authentication keep up.
  const SLICE = 100;
  for (let start = 0; start < params.keys.length; start += SLICE) {
    const slice = params.keys.slice(start, start + SLICE);
    await Promise.all(
      slice.map(
        (key) =>
          new Promise<void>((resolve, reject) => {
            const client = createClient({
              url: params.url,
              webSocketImpl: WebSocket,
              lazy: false,
              retryAttempts: 0,
              keepAlive: 0,
              connectionParams: key ? { authorization: `Bearer ${key}` } : undefined,
              onNonLazyError: reject,
              on: {
                connected: () => {
                  acknowledged += 1;
                  resolve();
                },
                closed: () => {
                  closedUnexpectedly += 1;
                },
              },
            });
            clients.push(client);
            disposers.push(
              client.subscribe<{ events: { occurredAt: string } }>(
                { query: FIREHOSE_SUBSCRIPTION, variables: { channelId: params.channelId } },
                {
                  next: (result) => {
                    const at = now();
                    if (result.errors?.length || !result.data) {
                      noteError(result.errors);
                      window.errors += 1;
                      return;
                    }
                    window.received += 1;
                    window.latencies.push(at - Date.parse(result.data.events.occurredAt));
                    window.firstReceivedAt ??= at;
                    window.lastReceivedAt = at;
                  },
                  error: (error) => {
                    noteError(error);
                    window.errors += 1;
                  },
                  complete: () => {},
                },
              ),
            );
          }),
      ),
    );
  }
  return { connected: acknowledged };
}

serveParent({
  connect: (params: ConnectParams) => connect(params),
  reset: () => {
    window = emptyWindow();
    return true;
  },
  received: () => window.received,
  report: () => {
    const report = window;
    window = emptyWindow();
    return report;
  },
  disconnect: async () => {
    for (const dispose of disposers.splice(0)) dispose();
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
    return { closedUnexpectedly };
  },
});
