import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { listen, type RunningServer } from '../../src/http/listen.js';
import { startTestApp, type TestApp } from '../../testkit/app.js';

/**
 * GraphiQL as a person exploring the schema meets it: a real Chromium (Debian's package, installed by
 * .ci/run) opens /graphql, runs the ready example query with the demo key, and sees the answer, with no
 * request leaving the machine.
 */
const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: CI must install Debian's chromium package.`);

describe.skipIf(!available)(`GraphiQL in Chromium${available ? '' : ' (skipped: apt-get install chromium to run)'}`, () => {
  let test: TestApp;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    test = await startTestApp('pglite');
    server = await listen(createApp(test.started.services, { graphiqlApiKey: 'demo-alice' }), test.started.services, 0, '127.0.0.1');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await test?.close();
  });

  it('opens offline with the example query and the demo key, and runs it', async () => {
    const page = await browser.newPage();
    const offMachine: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['blob:', 'data:'].includes(url.protocol)) offMachine.push(request.url());
    });
    const assets: Array<{ url: string; encoding: string | null; cache: string | null }> = [];
    page.on('response', (response) => {
      if (response.url().includes('/graphql/assets/')) {
        assets.push({ url: response.url(), encoding: response.headers()['content-encoding'] ?? null, cache: response.headers()['cache-control'] ?? null });
      }
    });
    await page.goto(`http://127.0.0.1:${server.port}/graphql`);
    const run = page.locator('.graphiql-execute-button');
    await run.waitFor({ state: 'visible', timeout: 20_000 });
    await page.getByText('query ThreadTrees').first().waitFor();
    const answered = page.waitForResponse(
      (response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('ThreadTrees'),
    );
    await run.click();
    const body = await (await answered).json();
    expect(body.errors).toBeUndefined();
    expect(body.data.viewer.name).toBe('Alice Chen');
    expect(body.data.workspaces.map((workspace: { name: string }) => workspace.name)).toEqual(['Acme', 'Globex']);
    // And the person sees it: the response pane shows the viewer's name.
    await page.locator('.graphiql-response').getByText('"Alice Chen"').first().waitFor({ timeout: 20_000 });
    expect(offMachine).toEqual([]);
    // The bundle came as hashed assets, brotli-compressed and cacheable for a year.
    const script = assets.find((asset) => asset.url.endsWith('.js'));
    expect(script).toMatchObject({ encoding: 'br', cache: 'public, max-age=31536000, immutable' });
    // The example tabs, named after their operations.
    const tabs = page.locator('.graphiql-tab');
    await expect.poll(() => tabs.count()).toBe(6);
    for (const title of ['ThreadTrees', 'Reply', 'LiveEvents', 'Search', 'Unreads', 'Scheduled']) {
      await page.locator('.graphiql-tab', { hasText: title }).first().waitFor();
    }
    await page.close();
  });

  it('opens a shared ?query= link and streams a subscription over server-sent events', async () => {
    const bus = test.started.services.bus;
    const subscribed = new Promise<void>((resolve) => {
      const subscribe = bus.subscribe.bind(bus);
      bus.subscribe = (listener) => {
        resolve();
        return subscribe(listener);
      };
    });
    const page = await browser.newPage();
    const query = 'subscription LiveGeneral { events(filter: { types: [MESSAGE_CREATED] }) { type message { text } } }';
    await page.goto(`http://127.0.0.1:${server.port}/graphql?query=${encodeURIComponent(query)}`);
    await page.locator('.graphiql-execute-button').click();
    await subscribed;

    const general = (await test.gql('demo-alice', '{ workspaces { channels(first: 1, query: "general") { nodes { id } } } }')) as {
      data?: { workspaces: Array<{ channels: { nodes: Array<{ id: string }> } }> };
    };
    const channelId = general.data!.workspaces[0].channels.nodes[0].id;
    await test.gql('demo-alice', `mutation { sendMessage(input: { channelId: "${channelId}", text: "seen in GraphiQL" }) { message { id } } }`);
    await page.locator('.graphiql-response').getByText('"seen in GraphiQL"').first().waitFor({ timeout: 20_000 });
    await page.close();
  });
});
