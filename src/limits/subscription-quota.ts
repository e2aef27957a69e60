import { SwitchboardError } from '../errors.js';

/**
 * How many subscriptions each API key holds on this instance, over all its connections (graphql-ws and
 * server-sent events): `acquire` refuses one more than `perKey` with RATE_LIMITED, and the release it hands
 * out gives the place back when the subscription ends.
 */
export class SubscriptionQuota {
  private readonly held = new Map<string, number>();

  constructor(private readonly perKey: number) {}

  acquire(keyId: string): () => void {
    const count = this.held.get(keyId) ?? 0;
    if (count >= this.perKey) {
      throw new SwitchboardError('RATE_LIMITED', `This API key may hold at most ${this.perKey} subscriptions at once.`);
    }
    this.held.set(keyId, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.held.get(keyId) ?? 1) - 1;
      if (left <= 0) this.held.delete(keyId);
      else this.held.set(keyId, left);
    };
  }
}

/** The stream, giving the quota back when it ends (completed, failed or closed by the client). */
export function releasingWhenDone<T>(stream: AsyncIterableIterator<T>, release: () => void): AsyncIterableIterator<T> {
  return {
    next: (...args) =>
      stream.next(...args).then((result) => {
        if (result.done) release();
        return result;
      }, (error: unknown) => {
        release();
        throw error;
      }),
    return: (value?: unknown) => {
      release();
      return stream.return ? stream.return(value) : Promise.resolve({ done: true, value: undefined as T });
    },
    throw: (error?: unknown) => {
      release();
      return stream.throw ? stream.throw(error) : Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
