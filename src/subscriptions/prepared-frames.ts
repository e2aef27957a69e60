import type { WebSocket } from 'ws';

/**
 * One serialization per shared result, one prepared frame per socket.
 *
 * A shared execution (src/http/shared-delivery.ts) hands the same result object to every subscriber of its
 * visibility class. graphql-ws would stringify it once per subscriber (`{"id":…,"type":"next","payload":…}`),
 * and ws would UTF-8 encode each string again: at 5,000 subscribers that is 5,000 serializations of the same
 * bytes. Here the payload is serialized and encoded once (`PreparedPayload.bytes`), and each socket gets
 * the message with its own subscription id spliced in front of those bytes.
 *
 * How it fits into graphql-ws without changing its protocol: the server's `onNext` returns the
 * PreparedPayload as the payload. graphql-ws validates the message (the payload is an object) and calls
 * JSON.stringify on it, which calls `toJSON()`: that returns a marker string and notes the payload as
 * pending. graphql-ws then calls `send` synchronously with `{"id":"<id>","type":"next","payload":"<marker>"}`;
 * the socket's `send` (wrapped by `sendPreparedFrames`) recognises its marker at the end of the message and
 * writes `{"id":"<id>","type":"next","payload":` + bytes + `}` instead, as a text frame. A client sees the
 * very message graphql-ws would have sent (test/subscriptions/prepared-frames.test.ts compares them).
 *
 * Nothing runs between `toJSON()` and `send` (both inside one synchronous stretch of graphql-ws), and the
 * marker carries a fresh number each time, so a marker left pending (a socket closed meanwhile never
 * calls `send`) never matches another message.
 */

export class PreparedPayload {
  private encoded: Buffer | null = null;

  constructor(private readonly payload: unknown) {}

  /** The payload's JSON as UTF-8, computed on first use and then shared by every socket. */
  get bytes(): Buffer {
    if (this.encoded === null) {
      serializations += 1;
      this.encoded = Buffer.from(JSON.stringify(this.payload));
    }
    return this.encoded;
  }

  /** Called by graphql-ws's JSON.stringify of the message: stands in for the payload until `send`. */
  toJSON(): string {
    return notePending(this);
  }
}

const MARKER_PREFIX = '\u0000switchboard-prepared-payload:';
let markerNumber = 0;
let pending: PreparedPayload | null = null;
let pendingMarker = '';
/** Notes `payload` as the one the next `send` carries; returns its marker. */
function notePending(payload: PreparedPayload): string {
  pendingMarker = `${MARKER_PREFIX}${++markerNumber}`;
  pending = payload;
  return pendingMarker;
}

/** Payloads serialized so far in this process (tests count them: one per shared result). */
let serializations = 0;

export function preparedSerializations(): number {
  return serializations;
}

/** Results shared by several subscribers, with their prepared payload once one was made. */
const shared = new WeakMap<object, PreparedPayload | null>();

/** Marks a result as handed to several subscribers unchanged, so that its payload is serialized once. */
export function markShared(result: object): void {
  if (!shared.has(result)) shared.set(result, null);
}

/**
 * The prepared payload of a shared result (made by `shape` on first use: the payload as the server would
 * send it, e.g. with errors carrying their closed codes), or null for a result that is not shared.
 */
export function preparedPayloadOf(result: object, shape: (result: object) => unknown): PreparedPayload | null {
  if (!shared.has(result)) return null;
  let prepared = shared.get(result);
  if (!prepared) {
    prepared = new PreparedPayload(shape(result));
    shared.set(result, prepared);
  }
  return prepared;
}

const CLOSING_BRACE = 0x7d; // '}'

/**
 * The frame to write instead of graphql-ws's message `data`, or null when `data` is an ordinary message.
 * The message ends with `"payload":"<marker>"}` (graphql-ws builds it as { id, type, payload }).
 */
function preparedFrame(data: unknown): Buffer | null {
  const payload = pending;
  if (payload === null || typeof data !== 'string') return null;
  const quotedMarker = JSON.stringify(pendingMarker);
  if (!data.endsWith(`${quotedMarker}}`)) return null;
  pending = null;
  const head = data.slice(0, data.length - quotedMarker.length - 1);
  const bytes = payload.bytes;
  const headLength = Buffer.byteLength(head);
  const frame = Buffer.allocUnsafe(headLength + bytes.length + 1);
  frame.write(head, 0);
  bytes.copy(frame, headLength);
  frame[frame.length - 1] = CLOSING_BRACE;
  return frame;
}

/** Wraps a server socket's `send` so that messages carrying a prepared payload are written as prepared frames. */
export function sendPreparedFrames(socket: WebSocket): void {
  const send = socket.send.bind(socket) as (data: unknown, options?: unknown, cb?: unknown) => void;
  socket.send = ((data: unknown, options?: unknown, cb?: unknown) => {
    const frame = preparedFrame(data);
    if (frame === null) return send(data, options, cb);
    // A Buffer would go out as a binary frame by default; graphql-ws messages are text frames.
    const callback = typeof options === 'function' ? options : cb;
    return send(frame, { ...(typeof options === 'object' && options ? options : {}), binary: false }, callback);
  }) as WebSocket['send'];
}
