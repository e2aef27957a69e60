import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChannelTreesDocument } from '../../client/src/index.js';
import { createApp } from '../../src/http/app.js';
import { listen, type RunningServer } from '../../src/http/listen.js';
import { startTestApp, type TestApp } from '../../testkit/app.js';
import { demoDirectory, type DemoDirectory } from '../../testkit/demo.js';

/**
 * The live thread-tree page (/demo) in a real Chromium: alice opens it (the demo key pre-filled, kept in
 * sessionStorage), sees #general with its reply trees, and watches bob's reply to a reply, his edit, his
 * reaction and his new message arrive over the subscription (EventSource with a ticket); she replies at
 * depth and reacts from the page. No API key appears in any URL the browser requests.
 * `UPDATE_SCREENSHOTS=1` also writes docs/demo.png for the README.
 */
const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: CI must install Debian's chromium package.`);

const message = (page: Page, id: string) => page.locator(`article[data-id="${id}"]`);
/** A reply as the page nests it: directly in its parent's list of replies. */
const replyOf = (page: Page, parentId: string, id: string) => page.locator(`article[data-id="${parentId}"] > .replies > article[data-id="${id}"]`);

describe.skipIf(!available)(`the /demo page in Chromium${available ? '' : ' (skipped: apt-get install chromium to run)'}`, () => {
  let test: TestApp;
  let server: RunningServer;
  let browser: Browser;
  let demo: DemoDirectory;

  beforeAll(async () => {
    test = await startTestApp('pglite');
    demo = await demoDirectory(test);
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

  async function as<T>(apiKey: string, query: string, variables: Record<string, unknown>): Promise<T> {
    const result = await test.gql(apiKey, query, variables);
    expect(result.errors).toBeUndefined();
    return result.data as T;
  }

  it('shows reply trees and what bob does, live; alice replies at depth and reacts', async () => {
    // A thread of #general with a reply to a reply, as the page will load it.
    const trees = await test.gql('demo-alice', ChannelTreesDocument, { channelId: demo.channel.general, first: 20, replies: 100 });
    const roots = trees.data!.channel!.messages.edges.map((edge) => edge.node);
    const root = roots.find((candidate) => candidate.descendants.edges.some((edge) => edge.node.parent?.id !== candidate.id)) ?? roots.find((candidate) => candidate.replyCount > 0)!;
    const deep = root.descendants.edges.map((edge) => edge.node).find((reply) => reply.parent?.id !== root.id) ?? root.descendants.edges[0].node;

    const page = await browser.newPage({ viewport: { width: 1180, height: 900 } });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`http://127.0.0.1:${server.port}/demo`);
    await expect.poll(() => page.inputValue('#api-key')).toBe('demo-alice');
    await page.click('#key-form button[type=submit]');
    expect(await page.evaluate(() => sessionStorage.getItem('switchboard-api-key'))).toBe('demo-alice');
    await page.locator('#viewer', { hasText: 'Alice Chen' }).waitFor();
    await page.locator('#live-status[data-status="live"]').waitFor({ timeout: 20_000 });
    expect(await page.locator('#channel option:checked').textContent()).toContain('#general');

    // The tree as loaded: the deep reply sits under its own parent, inside the root's tree.
    await replyOf(page, deep.parent!.id, deep.id).waitFor();
    expect(await message(page, root.id).locator(`article[data-id="${deep.id}"]`).count()).toBe(1);

    // Bob replies to the deep reply through the API: it appears nested under it, live.
    const sent = await as<{ sendMessage: { message: { id: string } } }>(
      'demo-bob',
      'mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { id } } }',
      { input: { channelId: demo.channel.general, parentId: deep.id, markdown: 'Bob, one level deeper' } },
    );
    const bobs = sent.sendMessage.message.id;
    await replyOf(page, deep.id, bobs).locator('.text', { hasText: 'Bob, one level deeper' }).waitFor({ timeout: 20_000 });

    // His edit and his reaction on the root arrive too.
    await as('demo-bob', 'mutation($id: ID!) { updateMessage(input: { messageId: $id, markdown: "Bob, one level deeper (fixed)" }) { message { id } } }', { id: bobs });
    await message(page, bobs).locator('.text', { hasText: '(fixed)' }).waitFor({ timeout: 20_000 });
    await message(page, bobs).locator('.edited').first().waitFor();
    await as('demo-bob', 'mutation($id: ID!) { addReaction(input: { messageId: $id, emoji: "🎉" }) { message { id } } }', { id: root.id });
    await message(page, root.id).locator(':scope > .body .reaction', { hasText: '🎉' }).first().waitFor({ timeout: 20_000 });

    // Alice replies to bob's reply from the page (depth + 1), and reacts to it.
    await message(page, bobs).locator(':scope > .body > .reply-button').click();
    await message(page, bobs).locator(':scope > .body textarea').fill('Thanks @bob, on it');
    await message(page, bobs).locator(':scope > .body button[type=submit]').click();
    const alicesReply = message(page, bobs).locator(':scope > .replies > article', { hasText: 'Thanks @bob, on it' });
    await alicesReply.waitFor({ timeout: 20_000 });
    await message(page, bobs).locator(':scope > .body .reaction.add', { hasText: '👍' }).click();
    await message(page, bobs).locator(':scope > .body .reaction.mine', { hasText: '👍 1' }).waitFor({ timeout: 20_000 });
    // The server agrees: the reply is a child of bob's message, written by alice.
    const children = await as<{ message: { children: { nodes: Array<{ text: string; author: { name: string } }> }; reactions: Array<{ emoji: string; count: number }> } }>(
      'demo-alice',
      'query($id: ID!) { message(id: $id) { children(first: 10) { nodes { text author { name } } } reactions { emoji count } } }',
      { id: bobs },
    );
    expect(children.message.children.nodes).toEqual([{ text: 'Thanks @bob, on it', author: { name: 'Alice Chen' } }]);
    expect(children.message.reactions).toEqual([{ emoji: '👍', count: 1 }]);

    // A new message of bob's goes on top of the channel.
    await as('demo-bob', 'mutation($c: ID!) { sendMessage(input: { channelId: $c, text: "Standup in 5" }) { message { id } } }', { c: demo.channel.general });
    await page.locator('#messages > article').first().locator('.text', { hasText: 'Standup in 5' }).waitFor({ timeout: 20_000 });

    // No API key ever went into a URL.
    expect(requested.filter((url) => /demo-(alice|bob)|Bearer/i.test(decodeURIComponent(url)))).toEqual([]);
    expect(requested.some((url) => url.includes('/graphql/stream?ticket='))).toBe(true);

    if (process.env.UPDATE_SCREENSHOTS) {
      mkdirSync(new URL('../../docs/', import.meta.url), { recursive: true });
      // The root's tree just below the sticky header.
      await message(page, root.id).evaluate((element) => {
        element.scrollIntoView({ block: 'start' });
        window.scrollBy(0, -(document.querySelector('.top')?.getBoundingClientRect().height ?? 0) - 8);
      });
      await page.screenshot({ path: new URL('../../docs/demo.png', import.meta.url).pathname });
    }
    await page.close();
  }, 120_000);

  it('serves the page without inline script under a strict CSP, and its bundle hashed and compressed', async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/demo`);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const html = await response.text();
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
    const script = /src="(\/demo\/assets\/demo-[\w-]{16}\.js)"/.exec(html)![1];
    const asset = await fetch(`http://127.0.0.1:${server.port}${script}`, { headers: { 'accept-encoding': 'br' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
    // Outside demo mode no key is offered.
    const bare = await createApp(test.started.services).fetch('http://switchboard.test/demo');
    expect(await bare.text()).not.toContain('switchboard-demo-key');
  });
});
