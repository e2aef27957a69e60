import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Plugin } from 'graphql-yoga';
import { logUnexpected } from '../log.js';
import { hashedAsset, serveAsset, type StaticAsset } from './static-assets.js';

/**
 * The live thread-tree page at /demo (sources in demo/, written against @switchboard/client). The server
 * bundles it itself with esbuild the first time it is asked for, in memory, once per process: a fresh clone
 * serves it after `npm install && npm start` with no build step, and nothing built is committed. Its script
 * and styles are content-hashed assets under /demo/assets/ (a year of caching, br/gzip); the page is small,
 * never cached, and carries no inline script, so a strict Content-Security-Policy applies.
 */

export const DEMO_PATH = '/demo';
const ASSETS = '/demo/assets/';
const ENTRY = fileURLToPath(new URL('../../demo/src/main.ts', import.meta.url));

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: https:",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

interface DemoBundle {
  script: StaticAsset;
  styles: StaticAsset;
}

let bundling: Promise<DemoBundle> | null = null;

/** The demo bundled from its sources (once per process; a failed build is tried again on the next request). */
export function demoBundle(): Promise<DemoBundle> {
  bundling ??= (async () => {
    const result = await build({
      entryPoints: [ENTRY],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
      minify: true,
      legalComments: 'none',
      write: false,
      outdir: 'demo-out',
      entryNames: 'demo',
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    });
    const output = (extension: string) => {
      const file = result.outputFiles.find((candidate) => candidate.path.endsWith(extension));
      if (!file) throw new Error(`the demo build produced no ${extension} file`);
      return Buffer.from(file.contents);
    };
    return {
      script: hashedAsset(ASSETS, 'demo', 'js', 'text/javascript; charset=utf-8', output('.js')),
      styles: hashedAsset(ASSETS, 'demo', 'css', 'text/css; charset=utf-8', output('.css')),
    };
  })();
  bundling.catch(() => (bundling = null));
  return bundling;
}

/** Serves /demo and its assets. `demoApiKey` (demo mode only) pre-fills the key field. */
export function demoPage(options: { demoApiKey?: string | null } = {}): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname !== DEMO_PATH && url.pathname !== `${DEMO_PATH}/` && !url.pathname.startsWith(ASSETS)) return;
      let bundle: DemoBundle;
      try {
        bundle = await demoBundle();
      } catch (error) {
        logUnexpected(error);
        return endResponse(new Response('The demo page could not be built; see the server log.', { status: 500, headers: { 'content-type': 'text/plain' } }));
      }
      if (url.pathname.startsWith(ASSETS)) {
        const asset = [bundle.script, bundle.styles].find((candidate) => candidate.path === url.pathname);
        return endResponse(asset ? await serveAsset(asset, request) : new Response('Not found', { status: 404 }));
      }
      endResponse(
        new Response(page(bundle, options.demoApiKey ?? null), {
          headers: {
            'content-type': 'text/html; charset=utf-8',
            'cache-control': 'no-cache',
            'content-security-policy': CSP,
            'x-content-type-options': 'nosniff',
            'referrer-policy': 'no-referrer',
          },
        }),
      );
    },
  };
}

function page(bundle: DemoBundle, demoApiKey: string | null): string {
  const attribute = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Switchboard · live threads</title>
    ${demoApiKey ? `<meta name="switchboard-demo-key" content="${attribute(demoApiKey)}" />` : ''}
    <link rel="stylesheet" href="${bundle.styles.path}" />
    <script type="module" src="${bundle.script.path}"></script>
  </head>
  <body>
    <div class="top">
      <h1>Switchboard <small>live threads</small></h1>
      <form id="key-form" class="inline">
        <label for="api-key">API key</label>
        <input id="api-key" type="password" autocomplete="off" placeholder="Bearer key${demoApiKey ? ` (demo: ${attribute(demoApiKey)})` : ''}" />
        <button type="submit">Connect</button>
        <button type="button" id="forget-key">Forget</button>
      </form>
      <span id="viewer"></span>
      <div id="pickers" class="inline" hidden>
        <label>Workspace <select id="workspace"></select></label>
        <label>Channel <select id="channel"></select></label>
        <span id="live-status" data-status="stopped">Offline</span>
      </div>
    </div>
    <p id="notice" role="alert" hidden></p>
    <main>
      <form id="composer" hidden>
        <textarea name="markdown" rows="2" placeholder="Write to the channel… (markdown, @handle mentions)" required></textarea>
        <button type="submit">Send</button>
      </form>
      <div id="messages" aria-live="polite"></div>
    </main>
  </body>
</html>
`;
}
