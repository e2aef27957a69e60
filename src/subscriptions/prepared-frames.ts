import type { WebSocket } from 'ws';

/**
 * One serialization per shared result, one prepared frame per socket, written below graphql-ws.
 *
 * A shared execution (src/http/shared-delivery.ts) hands the same result object to every subscriber of its
 * visibility class. graphql-ws would, per subscriber and per result, await the server's `onNext`, copy the
 * result, validate and JSON.stringify its `{"id":…,"type":"next","payload":…}` message, and await a send
 * promise; ws would then UTF-8 encode each string again: at 5,000 subscribers, 5,000 of each for the same
 * bytes. Here the payload is serialized and encoded once (`PreparedPayload.bytes`), and each socket is
 * written `{"id":<its id>,"type":"next","payload":` + those bytes + `}` directly (`SharedFrameWriter`):
 * exactly the text frame graphql-ws's `stringifyMessage({ id, type: 'next', payload })` would be
 * (test/subscriptions/prepared-frames.test.ts compares them byte for byte with a real graphql-ws client).
 *
 * What graphql-ws still does: everything else of the protocol (connection_init/ack, subscribe, results that
 * are not shared, `error`, `complete`, ping/pong). Ordering per subscription holds because graphql-ws
 * pulls the next result only after its previous message was sent, and the writer writes a shared result
 * before pulling the one after it: the socket gets every message of a subscription in result order, the
 * final `complete` last.
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

  /** graphql-ws's `next` message for subscription `id` with this payload, as UTF-8. */
  frameFor(id: string): Buffer {
    const head = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
    const bytes = this.bytes;
    const headLength = Buffer.byteLength(head);
    const frame = Buffer.allocUnsafe(headLength + bytes.length + 1);
    frame.write(head, 0);
    bytes.copy(frame, headLength);
    frame[frame.length - 1] = CLOSING_BRACE;
    return frame;
  }
}

const CLOSING_BRACE = 0x7d; // '}'

/** Payloads serialized so far in this process (tests count them: one per shared result). */
let serializations = 0;
/** Prepared frames written to sockets so far in this process (tests count them: one per subscriber). */
let framesWritten = 0;

export function preparedSerializations(): number {
  return serializations;
}

export function preparedFramesWritten(): number {
  return framesWritten;
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

/**
 * Bytes a socket may hold unsent before its subscription waits for them to go out (backpressure: a slow
 * reader holds at most about this much, then its subscription stops pulling results until it catches up).
 */
export const BACKPRESSURE_BYTES = 64 * 1024;

/**
 * A graphql-ws subscription's result stream as graphql-ws iterates it, with the shared results taken out
 * and written to the socket as prepared frames; every other result (not shared, or personal) is handed to
 * graphql-ws as before. A class (no closures): one per subscription, held while it is idle.
 */
export class SharedFrameWriter<T extends object> implements AsyncIterableIterator<T> {
  constructor(
    private readonly source: AsyncIterator<T>,
    private readonly socket: WebSocket,
    private readonly id: string,
    private readonly shape: (result: object) => unknown,
  ) {}

  async next(): Promise<IteratorResult<T>> {
    for (;;) {
      const step = await this.source.next();
      if (step.done) return step;
      const prepared = preparedPayloadOf(step.value, this.shape);
      if (!prepared) return step;
      const sent = this.write(prepared);
      if (sent) await sent;
    }
  }

  /** Writes the frame; a promise when the socket's buffer is over BACKPRESSURE_BYTES (resolved once it went out). */
  private write(prepared: PreparedPayload): Promise<void> | null {
    // graphql-ws drops messages for a socket that is no longer open, the same way.
    if (this.socket.readyState !== this.socket.OPEN) return null;
    framesWritten += 1;
    if (this.socket.bufferedAmount < BACKPRESSURE_BYTES) {
      this.socket.send(prepared.frameFor(this.id), TEXT_FRAME);
      return null;
    }
    return new Promise((resolve, reject) => this.socket.send(prepared.frameFor(this.id), TEXT_FRAME, (error) => (error ? reject(error) : resolve())));
  }

  return(value?: unknown): Promise<IteratorResult<T>> {
    return this.source.return ? this.source.return(value) : Promise.resolve({ done: true, value: undefined });
  }

  throw(error?: unknown): Promise<IteratorResult<T>> {
    return this.source.throw ? this.source.throw(error) : Promise.reject(error);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

/** A Buffer goes out as a binary frame by default; graphql-ws messages are text frames. */
const TEXT_FRAME = { binary: false } as const;
