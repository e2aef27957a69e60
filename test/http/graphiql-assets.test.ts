import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type SwitchboardApp } from '../../src/http/app.js';
import { EXAMPLE_TABS } from '../../src/http/graphiql.js';
import { negotiateEncoding } from '../../src/http/static-assets.js';
import { schema } from '../../src/schema/index.js';
import { startTestApp, type TestApp } from '../../testkit/app.js';

/**
 * GraphiQL's page is small and its 9 MB of script, styles and icon are content-hashed assets: cached for a
 * year, sent with br or gzip by Accept-Encoding, compressed once. Its example tabs are valid operations.
 */
describe('GraphiQL page and assets', () => {
  let test: TestApp;
  let app: SwitchboardApp;
  beforeAll(async () => {
    test = await startTestApp('pglite', { seed: false });
    app = createApp(test.started.services, { graphiqlApiKey: 'demo-alice' });
  });
  afterAll(() => test?.close());

  const get = (path: string, headers: Record<string, string> = {}) => app.fetch(`http://switchboard.test${path}`, { headers });

  async function assetPaths(): Promise<string[]> {
    const page = await get('/graphql', { accept: 'text/html' });
    expect(page.status).toBe(200);
    const html = await page.text();
    // The page holds options, not the bundle.
    expect(html.length).toBeLessThan(40_000);
    expect(html).toContain('Bearer demo-alice');
    return [...html.matchAll(/(?:src|href)="(\/graphql\/assets\/[^"]+)"/g)].map((match) => match[1]);
  }

  it('links three hashed assets and keeps the demo key out of them', async () => {
    const paths = await assetPaths();
    expect(paths).toHaveLength(3);
    for (const path of paths) expect(path).toMatch(/^\/graphql\/assets\/graphiql-[\w-]{16}\.(js|css|ico)$/);
    const script = await get(paths.find((path) => path.endsWith('.js'))!);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    const text = await script.text();
    expect(text.length).toBeGreaterThan(5_000_000);
    expect(text).toContain('renderYogaGraphiQL');
    expect(text).not.toContain('demo-alice');
  });

  it('serves the script with br or gzip by Accept-Encoding, a year of caching, and 304 for a known ETag', async () => {
    const path = (await assetPaths()).find((candidate) => candidate.endsWith('.js'))!;
    const plain = Buffer.from(await (await get(path)).arrayBuffer());

    const br = await get(path, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(br.headers.get('vary')).toBe('accept-encoding');
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(brBytes.length).toBeLessThan(plain.length / 3);
    expect(brotliDecompressSync(brBytes).equals(plain)).toBe(true);

    const gzip = await get(path, { 'accept-encoding': 'gzip' });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).equals(plain)).toBe(true);

    const identity = await get(path, { 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(identity.headers.get('content-encoding')).toBeNull();

    const again = await get(path, { 'if-none-match': br.headers.get('etag')!, 'accept-encoding': 'br' });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    // Compressed once: the second br answer is the very same bytes, from memory.
    expect(Buffer.from(await (await get(path, { 'accept-encoding': 'br' })).arrayBuffer()).equals(brBytes)).toBe(true);
    expect((await get('/graphql/assets/graphiql-unknown.js')).status).toBe(404);
  });

  it('negotiates encodings by preference and q-values', () => {
    expect(negotiateEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(negotiateEncoding('gzip')).toBe('gzip');
    expect(negotiateEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding('identity')).toBeNull();
    expect(negotiateEncoding(null)).toBeNull();
  });

  it('opens six example tabs, each a valid operation of the schema', () => {
    expect(EXAMPLE_TABS).toHaveLength(6);
    const names = EXAMPLE_TABS.map((tab) => {
      const document = parse(tab.query);
      expect(validate(schema, document)).toEqual([]);
      return document.definitions.map((definition) => ('name' in definition ? definition.name?.value : null)).join('+');
    });
    expect(names).toEqual(['ThreadTrees', 'Reply+React', 'LiveEvents', 'Search', 'Unreads', 'Scheduled+Schedule']);
  });
});
