import type { GraphBatchLoader } from '../kit/graph/batch.js';
import type { GraphApi } from '../kit/graph/client.js';
import { principalKey, type Principal } from '../kit/graph/tokens.js';
import type { ProviderReadCache } from '../kit/read-cache/read-cache.js';
import type { OutlookCall } from './client.js';

/**
 * Outlook's Graph reads through the connection's provider-read cache (src/providers/kit/read-cache/): a GET
 * whose call carries `readTags` (client.ts says which, and what makes them stale) is shared by identical
 * reads in flight and kept until an event of a folder it is tagged with, a write, or its TTL; the GET items
 * of a `$batch` one by one, so that a `$batch` sends only the items no one has read (and none at all when
 * every item is known). Writes (alone or in a `$batch`) drop what they touch once Graph answered or failed.
 *
 * Access: the key is the principal that reads (the linked person whose delegated token Graph sees) and the
 * request (path with its query, headers), so a person gets only answers read with their own token: a
 * member of a shared mailbox never gets another member's answer, and a mailbox is another connection.
 */

/** The key of a cached read: who reads (their token) and exactly what was asked. */
export function readKey(principal: Principal, call: OutlookCall): string {
  return `${principalKey(principal)}\u0000${call.path}\u0000${JSON.stringify(call.headers ?? {})}`;
}

export class CachedGraphReads {
  constructor(
    readonly cache: ProviderReadCache,
    private readonly api: GraphApi,
    private readonly loader: GraphBatchLoader,
  ) {}

  /** One request: a cacheable read through the cache, a write followed by its invalidation. */
  async call<T>(principal: Principal, call: OutlookCall): Promise<T> {
    if (call.method !== 'GET') {
      try {
        return await this.api.call<T>(principal, call);
      } finally {
        this.invalidate([call]);
      }
    }
    if (!call.readTags) return this.api.call<T>(principal, call);
    return this.cache.read(readKey(principal, call), call.readTags, () => this.api.call<T>(principal, call), call.readTtlMs);
  }

  /**
   * `GraphBatchLoader.load` with the cache in front: items known (or in flight) are not sent again, the
   * others go out together. Answers in the calls' order, an Error in a failed item's slot.
   */
  async batch(principal: Principal, calls: readonly OutlookCall[]): Promise<Array<unknown | Error>> {
    const writes = calls.filter((call) => call.method !== 'GET');
    if (writes.length > 0) {
      try {
        return await this.loader.load(principal, calls);
      } finally {
        this.invalidate(writes);
      }
    }
    const sent: Array<{ call: OutlookCall; settle: (answer: unknown) => void }> = [];
    const send = (call: OutlookCall) =>
      new Promise<unknown>((resolve, reject) => sent.push({ call, settle: (answer) => (answer instanceof Error ? reject(answer) : resolve(answer)) }));
    const answers = calls.map((call) => (call.readTags ? this.cache.read(readKey(principal, call), call.readTags, () => send(call), call.readTtlMs) : send(call)));
    if (sent.length > 0) {
      const loaded = await this.loader.load(principal, sent.map((item) => item.call)).catch((error: unknown) => sent.map(() => error as Error));
      sent.forEach((item, index) => item.settle(loaded[index]));
    }
    return Promise.all(answers.map((answer) => answer.catch((error: unknown) => error as Error)));
  }

  /** Drops what writes touched: their folders (and what spans folders), or everything when they do not say. */
  private invalidate(writes: readonly OutlookCall[]): void {
    if (writes.some((call) => !call.touches)) this.cache.invalidateAll();
    else this.cache.invalidate(writes.flatMap((call) => call.touches!));
  }
}
