import { request as httpRequest } from 'node:http';
import { Agent, request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';
import { rootCertificates } from 'node:tls';

/**
 * The HTTP transport of every Microsoft call (Graph and the identity platform): Node's own http/https with
 * one keep-alive Agent per connection. It exists so that a deployment (or a test's loopback fake) can add a
 * CA for *this* connection only — Node's global fetch cannot take an Agent, and trusting a test certificate
 * process-wide (NODE_TLS_REJECT_UNAUTHORIZED, NODE_EXTRA_CA_CERTS) would weaken every other client.
 * TLS verification is never turned off.
 *
 * Bodies are read whole before the Response is answered (JSON, small), except for a request marked `stream`
 * (attachment bytes): its successful body is handed on as it arrives, so a large file is never whole in memory;
 * its error bodies (Graph's small JSON) are still read whole.
 */

export interface TransportOptions {
  /** Extra CA certificates (PEM) trusted besides Node's bundled roots, for this transport only. */
  ca?: string | null;
  /** Per-request timeout in milliseconds. Default 30,000. */
  timeoutMs?: number;
}

export interface TransportRequest {
  url: string;
  method: string;
  headers: Headers;
  body: string | Uint8Array | null;
  /** Answer a 2xx response as soon as its headers arrive, its body streamed (the reader must consume or cancel it). */
  stream?: boolean;
}

export class MicrosoftTransport {
  private readonly agent: Agent;
  private readonly timeoutMs: number;

  constructor(options: TransportOptions = {}) {
    this.agent = new Agent({ keepAlive: true, ...(options.ca ? { ca: [...rootCertificates, options.ca] } : {}) });
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  /** Sends one request and answers a WHATWG Response (what the Graph SDK's middleware chain expects). */
  send(input: TransportRequest): Promise<Response> {
    const url = new URL(input.url);
    const secure = url.protocol === 'https:';
    const headers: Record<string, string> = {};
    input.headers.forEach((value, key) => {
      headers[key] = value;
    });
    if (input.body !== null) headers['content-length'] = String(Buffer.byteLength(input.body));
    return new Promise<Response>((resolve, reject) => {
      const options = { method: input.method, headers, timeout: this.timeoutMs, ...(secure ? { agent: this.agent } : {}) };
      const outgoing = (secure ? httpsRequest : httpRequest)(url, options, (incoming) => {
        const status = incoming.statusCode ?? 500;
        const responseHeaders = new Headers();
        for (const [key, value] of Object.entries(incoming.headers)) {
          if (value === undefined) continue;
          for (const item of Array.isArray(value) ? value : [value]) responseHeaders.append(key, item);
        }
        const init = { status, statusText: incoming.statusMessage ?? '', headers: responseHeaders };
        if (input.stream && status >= 200 && status < 300 && status !== 204) {
          // Backpressure holds: the socket is read only as fast as the web stream's reader takes chunks.
          // A timeout or reset after this point errors the stream (the download fails, nothing is retried).
          resolve(new Response(Readable.toWeb(incoming) as ReadableStream<Uint8Array>, init));
          return;
        }
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('error', reject);
        incoming.on('end', () => {
          const body = status === 204 || status === 304 ? null : Buffer.concat(chunks);
          resolve(new Response(body, init));
        });
      });
      outgoing.on('timeout', () => outgoing.destroy(new Error(`The request timed out after ${this.timeoutMs} ms.`)));
      outgoing.on('error', reject);
      outgoing.end(input.body ?? undefined);
    });
  }

  /** Closes kept-alive sockets (tests and shutdown). */
  close(): void {
    this.agent.destroy();
  }
}
