import { GraphQLError } from 'graphql';

/**
 * Request bodies counted as they stream. A Content-Length can be checked up front, but a chunked body has
 * none: it used to be read whole before anything looked at it (400 MB before a 401). Every body a request
 * carries is passed through a counter that fails the read once it goes past the route's limit, so whoever
 * reads it (yoga's parsers, the multipart parser, a webhook's signature check) stops there and answers 413.
 */

/** The failure a read gets past the limit; a GraphQLError so that yoga answers it with its status as is. */
export class BodyTooLargeError extends GraphQLError {
  constructor(readonly limit: number) {
    super(`The request body is over the limit of ${limit.toLocaleString('en-US')} bytes.`, {
      // Close the connection: the rest of the body is not worth reading.
      extensions: { code: 'VALIDATION_ERROR', http: { status: 413, headers: { connection: 'close' } } },
    });
    this.name = 'BodyTooLargeError';
  }
}

/** The same request with its body counted against `limit` bytes; unchanged when it has no body. */
export function countedRequest(request: Request, limit: number, RequestClass: typeof Request): Request {
  if (!request.body) return request;
  let seen = 0;
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      seen += chunk.byteLength;
      if (seen > limit) controller.error(new BodyTooLargeError(limit));
      else controller.enqueue(chunk);
    },
  });
  return new RequestClass(request.url, {
    method: request.method,
    headers: request.headers,
    body: request.body.pipeThrough(counter),
    signal: request.signal,
    duplex: 'half',
  } as RequestInit);
}

/** The BodyTooLargeError behind a failed read, if that is what failed it (readers may wrap it as a cause). */
export function bodyTooLarge(error: unknown): BodyTooLargeError | null {
  for (let current = error, depth = 0; current && depth < 5; current = (current as { cause?: unknown }).cause, depth += 1) {
    if (current instanceof BodyTooLargeError) return current;
  }
  return null;
}
