import http from 'node:http';
import https from 'node:https';
import type { LinkMetadata } from '../providers/model.js';
import { guardedLookup, RefusedAddressError, refusesLiteralHost } from './address-guard.js';
import { parseLinkMetadata } from './html-metadata.js';

/**
 * Switchboard's unfurler: fetches an external link of a message and reads its preview metadata. It runs
 * after the send has returned (src/resolvers/link-previews.ts) and never fails a send: every problem is an
 * outcome, not an exception. It fetches only http(s), refuses private networks (./address-guard.ts),
 * gives up after `timeoutMs`, reads at most `maxBytes` of the page (the head comes first) and only
 * text/html. URLs are message content: they are never logged.
 */

export interface UnfurlOptions {
  /** Fetch previews at all. Default true (`LINK_PREVIEWS=false` turns it off; links then get no preview). */
  enabled: boolean;
  /**
   * Allow private, loopback and link-local addresses. Default false; tests that serve pages from
   * 127.0.0.1 turn it on (`LINK_PREVIEWS_ALLOW_PRIVATE_NETWORKS=true`). Never on a server that users reach.
   */
  allowPrivateNetworks: boolean;
  /** The whole fetch, redirects included. Default 3,000 ms. */
  timeoutMs: number;
  /** Bytes read from a page at most; the rest is not downloaded. Default 512 KiB. */
  maxBytes: number;
  /** Redirects followed at most, each one checked like the first URL. Default 3. */
  maxRedirects: number;
}

export const DEFAULT_UNFURL_OPTIONS: UnfurlOptions = {
  enabled: true,
  allowPrivateNetworks: false,
  timeoutMs: 3_000,
  maxBytes: 512 * 1024,
  maxRedirects: 3,
};

export type UnfurlOutcome =
  | { ok: true; metadata: LinkMetadata }
  | {
      ok: false;
      reason: 'disabled' | 'unsupported-url' | 'private-address' | 'timeout' | 'http-status' | 'not-html' | 'too-many-redirects' | 'network' | 'no-metadata';
    };

type Failure = Extract<UnfurlOutcome, { ok: false }>;

const USER_AGENT = 'SwitchboardBot/0.1 (link previews)';

export class LinkUnfurler {
  readonly options: UnfurlOptions;
  private readonly running = new Set<Promise<unknown>>();

  constructor(options: Partial<UnfurlOptions> = {}) {
    this.options = { ...DEFAULT_UNFURL_OPTIONS, ...options };
  }

  /** Fetches `url` and reads its metadata; resolves with an outcome, never rejects. */
  async unfurl(url: string): Promise<UnfurlOutcome> {
    if (!this.options.enabled) return { ok: false, reason: 'disabled' };
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.options.timeoutMs);
    try {
      let current = url;
      for (let hop = 0; hop <= this.options.maxRedirects; hop += 1) {
        const response = await this.fetchOnce(current, controller.signal);
        if ('reason' in response) return response;
        if (response.kind === 'redirect') {
          current = response.location;
          continue;
        }
        const metadata = parseLinkMetadata(response.html, current);
        return metadata ? { ok: true, metadata } : { ok: false, reason: 'no-metadata' };
      }
      return { ok: false, reason: 'too-many-redirects' };
    } finally {
      clearTimeout(timer);
    }
  }

  /** Runs a background job and remembers it until it settles, so that shutdown can wait for it. */
  track(job: Promise<unknown>): void {
    this.running.add(job);
    void job.finally(() => this.running.delete(job));
  }

  /** Resolves once every tracked job has settled (at shutdown, and in tests before they look). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  private fetchOnce(url: string, signal: AbortSignal): Promise<{ kind: 'page'; html: string } | { kind: 'redirect'; location: string } | Failure> {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return Promise.resolve({ ok: false, reason: 'unsupported-url' });
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return Promise.resolve({ ok: false, reason: 'unsupported-url' });
    if (refusesLiteralHost(parsed.hostname, this.options.allowPrivateNetworks)) {
      return Promise.resolve({ ok: false, reason: 'private-address' });
    }
    const client = parsed.protocol === 'https:' ? https : http;
    return new Promise((resolve) => {
      const request = client.get(
        parsed,
        {
          signal,
          lookup: guardedLookup(this.options.allowPrivateNetworks),
          headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
        },
        (response) => {
          const status = response.statusCode ?? 0;
          if (status >= 300 && status < 400 && response.headers.location) {
            response.resume();
            try {
              return resolve({ kind: 'redirect', location: new URL(response.headers.location, parsed).href });
            } catch {
              return resolve({ ok: false, reason: 'unsupported-url' });
            }
          }
          if (status < 200 || status >= 300) {
            response.resume();
            return resolve({ ok: false, reason: 'http-status' });
          }
          const type = String(response.headers['content-type'] ?? '').toLowerCase();
          if (!/^(text\/html|application\/xhtml\+xml)\b/.test(type)) {
            response.destroy();
            return resolve({ ok: false, reason: 'not-html' });
          }
          const chunks: Buffer[] = [];
          let size = 0;
          const finish = () => resolve({ kind: 'page', html: decode(Buffer.concat(chunks), type) });
          response.on('data', (chunk: Buffer) => {
            const room = this.options.maxBytes - size;
            chunks.push(room < chunk.length ? chunk.subarray(0, room) : chunk);
            size += Math.min(room, chunk.length);
            // Enough read: stop downloading, keep what arrived.
            if (size >= this.options.maxBytes) {
              response.destroy();
              finish();
            }
          });
          response.on('end', finish);
          response.on('error', () => resolve({ ok: false, reason: signal.aborted ? 'timeout' : 'network' }));
        },
      );
      request.on('error', (error) => {
        if (signal.aborted) return resolve({ ok: false, reason: 'timeout' });
        resolve({ ok: false, reason: error instanceof RefusedAddressError ? 'private-address' : 'network' });
      });
    });
  }
}

/** The page's text in the charset it declares, UTF-8 when it declares none or one we do not know. */
function decode(body: Buffer, contentType: string): string {
  const charset = /charset=["']?([\w-]+)/.exec(contentType)?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}
