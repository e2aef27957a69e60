import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useLiveServer, type LiveServer } from '../../testkit/subscriptions.js';

/**
 * Subscriptions from a real browser without a WebSocket (Debian's Chromium): graphql-sse's client in
 * single-connection mode with the API key in a header, and the native EventSource with a single-use ticket
 * (no API key in any URL the browser requests).
 */
const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: CI must install Debian's chromium package.`);

const SUBSCRIPTION = 'subscription General($channel: ID!) { events(filter: { channelIds: [$channel], types: [MESSAGE_CREATED] }) { cursor message { text author { name } } } }';

describe.skipIf(!available)(`subscriptions over SSE in Chromium${available ? '' : ' (skipped: apt-get install chromium to run)'}`, () => {
  let live: LiveServer;
  useLiveServer('pglite', (server) => (live = server));
  let browser: Browser;
  let graphqlSseClient: string;

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    // graphql-sse's browser client, bundled from node_modules as an app would bundle it.
    const bundled = await build({
      stdin: { contents: "import { createClient } from 'graphql-sse'; window.graphqlSse = { createClient };", resolveDir: process.cwd(), loader: 'js' },
      bundle: true,
      format: 'iife',
      platform: 'browser',
      write: false,
    });
    graphqlSseClient = bundled.outputFiles[0].text;
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A page on the server's origin that records every URL it requests. */
  async function openPage(): Promise<{ page: Page; requested: string[] }> {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`http://127.0.0.1:${live.port}/healthz`);
    return { page, requested };
  }

  it('graphql-sse single-connection mode: PUT reservation, one stream, events arrive', async () => {
    const { page, requested } = await openPage();
    await page.addScriptTag({ content: graphqlSseClient });
    const before = live.busListeners;
    await page.evaluate(
      ({ query, channel }) => {
        const w = window as unknown as { graphqlSse: typeof import('graphql-sse'); received: unknown[] };
        w.received = [];
        const client = w.graphqlSse.createClient({ url: '/graphql/stream', singleConnection: true, headers: { authorization: 'Bearer demo-bob' } });
        client.subscribe({ query, variables: { channel } }, { next: (result) => void w.received.push(result), error: (error) => void w.received.push({ error: String(error) }), complete: () => {} });
      },
      { query: SUBSCRIPTION, channel: live.directory.channel.general },
    );
    await live.waitForBusListeners(before + 1, 'the browser subscription to start');
    await live.send('demo-alice', live.directory.channel.general, 'seen by Chromium over graphql-sse');
    await page.waitForFunction(() => (window as unknown as { received: unknown[] }).received.length > 0, undefined, { timeout: 20_000 });
    const received = await page.evaluate(() => (window as unknown as { received: unknown[] }).received);
    expect(received[0]).toMatchObject({ data: { events: { message: { text: 'seen by Chromium over graphql-sse', author: { name: 'Alice Chen' } } } } });
    const stream = requested.filter((url) => url.includes('/graphql/stream'));
    expect(stream.length).toBeGreaterThanOrEqual(3); // PUT, GET, POST
    expect(requested.some((url) => url.includes('demo-bob'))).toBe(false);
    await page.close();
    await live.waitForBusListeners(before, 'the stream to close with the page');
  });

  it('native EventSource with a ticket from createSubscriptionTicket; the ticket works once', async () => {
    const { page, requested } = await openPage();
    const before = live.busListeners;
    const ticketUrl = await page.evaluate(
      async ({ query, channel }) => {
        // The API key goes in a header of the mutation only.
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: 'Bearer demo-carol' },
          body: JSON.stringify({
            query: 'mutation($input: CreateSubscriptionTicketInput!) { createSubscriptionTicket(input: $input) { ticket userErrors { message } } }',
            variables: { input: { query } },
          }),
        });
        const { data } = await response.json();
        const url = `/graphql/stream?${new URLSearchParams({ ticket: data.createSubscriptionTicket.ticket, query, variables: JSON.stringify({ channel }) })}`;
        const w = window as unknown as { received: unknown[]; errors: number };
        w.received = [];
        w.errors = 0;
        const source = new EventSource(url);
        source.addEventListener('next', (event) => w.received.push(JSON.parse((event as MessageEvent).data)));
        source.onerror = () => {
          w.errors += 1;
        };
        return url;
      },
      { query: SUBSCRIPTION, channel: live.directory.channel.general },
    );
    await live.waitForBusListeners(before + 1, 'the EventSource subscription to start');
    await live.send('demo-dave', live.directory.channel.general, 'seen by EventSource');
    await page.waitForFunction(() => (window as unknown as { received: unknown[] }).received.length > 0, undefined, { timeout: 20_000 });
    expect(await page.evaluate(() => (window as unknown as { received: unknown[] }).received[0])).toMatchObject({
      data: { events: { message: { text: 'seen by EventSource', author: { name: 'Dave Okafor' } } } },
    });
    expect(requested.some((url) => /demo-|Bearer/.test(url))).toBe(false);

    // A second EventSource on the same URL (as after a reconnect) is refused: the ticket is spent.
    const second = await page.evaluate(
      (url) =>
        new Promise<number>((resolve) => {
          const source = new EventSource(url);
          source.onerror = () => {
            resolve(source.readyState);
            source.close();
          };
        }),
      ticketUrl,
    );
    expect(second).toBe(2); // CLOSED: the browser gives up on a 401
    await page.close();
    await live.waitForBusListeners(before, 'the stream to close with the page');
  });
});
