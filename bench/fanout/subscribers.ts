import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { serveParent } from '../lib/child.js';
import { FIREHOSE_SUBSCRIPTION, type WindowReport } from './selection.js';

/**
 * A load-generator process holding many subscribers (one WebSocket and one subscription each) to one
 * server. It must cost far less than the server it measures, so it speaks the graphql-transport-ws protocol
 * itself over `ws` (what the graphql-ws client sends: connection_init, subscribe; what it expects back:
 * connection_ack, next) and does the least per message: a `next` frame is recognised by its bytes and
 * counted; one in SAMPLE_EVERY is parsed for its latency (receipt time minus the event's occurredAt,
 * stamped by the server when it published; same machine, same clock). Frames that are not a plain result
 * (an error message, a payload with errors) are parsed and counted as errors. That the server's frames
 * are exactly graphql-ws's is tested with the real client (test/subscriptions/prepared-frames.test.ts).
 */

interface ConnectParams {
  url: string;
  /** One API key per connection (null: no connectionParams, for the bare baseline). */
  keys: Array<string | null>;
  channelId: string;
}

/** Every n-th frame (per process) is parsed for its latency. */
const SAMPLE_EVERY = Number(process.env.FANOUT_SAMPLE_EVERY ?? 10);
/** The subscription id every connection uses (one subscription per connection). */
const OPERATION_ID = '1';
/** How a plain result starts, byte for byte (graphql-ws: id, type, payload; graphql-js: data first without errors). */
const NEXT_PREFIX = Buffer.from(`{"id":"${OPERATION_ID}","type":"next","payload":{"data":`);

const sockets: WebSocket[] = [];
let window: WindowReport = emptyWindow();
let frames = 0;
let closedUnexpectedly = 0;
let disconnecting = false;

function emptyWindow(): WindowReport {
  return { received: 0, errors: 0, latencies: [], firstReceivedAt: null, lastReceivedAt: null };
}

let errorsShown = 0;
/** Prints the first few errors (the figures would hide a broken subscription). */
function noteError(error: unknown): void {
  if (errorsShown++ < 3) process.stderr.write(`subscriber error: ${typeof error === 'string' ? error.slice(0, 500) : JSON.stringify(error)}\n`);
}

const now = () => performance.timeOrigin + performance.now();

function onFrame(data: Buffer, subscribed: () => void, acknowledged: () => void): void {
  if (data.length > NEXT_PREFIX.length && data.compare(NEXT_PREFIX, 0, NEXT_PREFIX.length, 0, NEXT_PREFIX.length) === 0) {
    const at = now();
    window.received += 1;
    window.firstReceivedAt ??= at;
    window.lastReceivedAt = at;
    if (++frames % SAMPLE_EVERY === 0) {
      const message = JSON.parse(data.toString()) as { payload: { data: { events: { occurredAt: string } } } };
      window.latencies.push(at - Date.parse(message.payload.data.events.occurredAt));
    }
    return;
  }
  const text = data.toString();
  const message = JSON.parse(text) as { type: string };
  if (message.type === 'connection_ack') return acknowledged();
  if (message.type === 'ping') return;
  if (message.type === 'pong') return;
  if (message.type === 'complete') return subscribed();
  noteError(text);
  window.errors += 1;
}

function open(url: string, key: string | null, channelId: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const socket = new WebSocket(url, 'graphql-transport-ws');
    sockets.push(socket);
    socket.on('open', () => {
      socket.send(JSON.stringify({ type: 'connection_init', ...(key ? { payload: { authorization: `Bearer ${key}` } } : {}) }));
    });
    socket.on('message', (data: Buffer) =>
      onFrame(
        data,
        () => {},
        () => {
          socket.send(JSON.stringify({ id: OPERATION_ID, type: 'subscribe', payload: { query: FIREHOSE_SUBSCRIPTION, variables: { channelId } } }));
          resolve();
        },
      ),
    );
    socket.on('error', reject);
    socket.on('close', (code) => {
      if (!disconnecting) closedUnexpectedly += 1;
      reject(new Error(`closed with ${code} before the subscription started`));
    });
  });
}

async function connect(params: ConnectParams): Promise<{ connected: number }> {
  // Open in slices so that the server's accept queue and authentication keep up.
  const SLICE = 100;
  for (let start = 0; start < params.keys.length; start += SLICE) {
    await Promise.all(params.keys.slice(start, start + SLICE).map((key) => open(params.url, key, params.channelId)));
  }
  return { connected: sockets.length };
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
  /** This process's CPU time so far, in microseconds (user + system). */
  cpu: () => {
    const usage = process.cpuUsage();
    return usage.user + usage.system;
  },
  disconnect: async () => {
    disconnecting = true;
    await Promise.all(
      sockets.splice(0).map(
        (socket) =>
          new Promise<void>((resolve) => {
            if (socket.readyState === WebSocket.CLOSED) return resolve();
            socket.once('close', () => resolve());
            socket.close(1000, 'Normal Closure');
          }),
      ),
    );
    return { closedUnexpectedly };
  },
});
