import type { Plugin } from 'graphql-yoga';

/**
 * Whether this server still takes work. A stop (SIGTERM/SIGINT, src/shutdown.ts) begins by draining:
 * /readyz answers 503 so load balancers stop sending, new requests are refused with 503, and whoever
 * holds long-lived work (subscriptions) is told to finish it.
 */
export class Lifecycle {
  private drainingSince: number | null = null;
  private readonly listeners = new Set<() => void>();

  get draining(): boolean {
    return this.drainingSince !== null;
  }

  /** Starts draining (once); calls every drain listener. */
  beginDrain(): void {
    if (this.drainingSince !== null) return;
    this.drainingSince = Date.now();
    for (const listener of this.listeners) listener();
  }

  /** Calls `listener` when draining begins (at once if it has); returns the function that removes it. */
  onDrain(listener: () => void): () => void {
    if (this.drainingSince !== null) {
      listener();
      return () => {};
    }
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** Paths that keep answering while draining: the probes and the metrics, which operators watch during a stop. */
const OPERATOR_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * While draining, every new request except the probes is refused: 503 with Retry-After and
 * `connection: close`, and in GraphQL's shape with the closed set's PROVIDER_ERROR, so a client retries
 * (on another instance, behind a load balancer).
 */
export function refuseWhileDraining(lifecycle: Lifecycle): Plugin {
  return {
    onRequest({ url, endResponse }) {
      if (!lifecycle.draining || OPERATOR_PATHS.has(url.pathname)) return;
      endResponse(
        Response.json(
          { errors: [{ message: 'This Switchboard instance is shutting down; retry the request.', extensions: { code: 'PROVIDER_ERROR' } }] },
          { status: 503, headers: { 'retry-after': '1', connection: 'close' } },
        ),
      );
    },
  };
}
