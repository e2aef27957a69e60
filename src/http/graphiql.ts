import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { Plugin } from 'graphql-yoga';
import { EXAMPLE_QUERY, EXAMPLE_TABS } from './graphiql-examples.js';
import { hashedAsset, serveAsset, type StaticAsset } from './static-assets.js';

export { EXAMPLE_QUERY, EXAMPLE_TABS };

/**
 * The bundled GraphiQL (no CDN: an offline machine must work). Yoga renders it as one 9 MB HTML page with its
 * script, styles and icon inline, so every visit downloaded all of it again, uncompressed. Here the page is
 * split once per process: the script, the styles and the icon become content-hashed assets under
 * /graphql/assets/, cached for a year and sent compressed (br or gzip, computed once), and the page itself is
 * a few kilobytes holding only the options (the demo key, in demo mode), so it never goes into a shared cache.
 */

export const ASSET_PATH = '/graphql/assets/';

interface SplitGraphiQL {
  script: StaticAsset;
  styles: StaticAsset;
  icon: StaticAsset;
}

let split: SplitGraphiQL | null | undefined;

/** Yoga's page cut into its three big parts; null if its layout changed (the page is then served whole). */
function splitGraphiQL(): SplitGraphiQL | null {
  if (split !== undefined) return split;
  const whole = renderGraphiQL({ endpoint: '/graphql' });
  const icon = /<link rel="icon" href="data:image\/x-icon;base64,([^"]+)"/.exec(whole)?.[1];
  const styles = /<style>([\s\S]*?)<\/style>/.exec(whole)?.[1];
  const scriptStart = whole.indexOf('<script>');
  const renderCall = whole.lastIndexOf('YogaGraphiQL.renderYogaGraphiQL(');
  split =
    icon && styles && scriptStart >= 0 && renderCall > scriptStart
      ? {
          icon: hashedAsset(ASSET_PATH, 'graphiql', 'ico', 'image/x-icon', Buffer.from(icon, 'base64')),
          styles: hashedAsset(ASSET_PATH, 'graphiql', 'css', 'text/css; charset=utf-8', Buffer.from(styles.trim())),
          script: hashedAsset(ASSET_PATH, 'graphiql', 'js', 'text/javascript; charset=utf-8', Buffer.from(whole.slice(scriptStart + 8, renderCall))),
        }
      : null;
  return split;
}

/** Serves the split-out assets of GraphiQL (long-lived, compressed); see static-assets.ts. */
export function graphiqlAssets(): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (!url.pathname.startsWith(ASSET_PATH)) return;
      const parts = splitGraphiQL();
      const asset = parts && [parts.script, parts.styles, parts.icon].find((candidate) => candidate.path === url.pathname);
      endResponse(asset ? await serveAsset(asset, request) : Response.json({ error: { code: 'NOT_FOUND', message: `Nothing is served at ${url.pathname}.` } }, { status: 404 }));
    },
  };
}

/**
 * The GraphiQL page, rendered once per app. Its first visit opens the example tabs (EXAMPLE_TABS: thread
 * tree, reply, live events, search, unreads, scheduled); a returning visitor keeps its own tabs, and a
 * `?query=` link opens on its query. (This GraphiQL ignores `defaultQuery`, and `initialQuery` or
 * `defaultTabs` given every time would overwrite a returning visitor's tabs, so the choice is made in the
 * browser.)
 */
export function bundledGraphiQL(): (options?: Parameters<typeof renderGraphiQL>[0]) => string {
  let page: string | null = null;
  return (options) => {
    if (page) return page;
    const { defaultQuery, ...rest } = options ?? {};
    const tabs = EXAMPLE_TABS.map((tab) => ({ ...tab, headers: rest.headers ?? '' }));
    const start = `switchboardGraphiQL(${json(rest)}, ${json(defaultQuery ? [{ ...tabs[0], query: defaultQuery }, ...tabs.slice(1)] : tabs)})`;
    const parts = splitGraphiQL();
    if (!parts) {
      page = renderGraphiQL(rest).replace('<head>', `<head><script>${FIRST_VISIT_SCRIPT}</script>`).replace(JSON.stringify(rest), start);
      return page;
    }
    page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(rest.title ?? 'GraphiQL')}</title>
    <link rel="icon" href="${parts.icon.path}" />
    <link rel="stylesheet" href="${parts.styles.path}" />
    <script>${FIRST_VISIT_SCRIPT}</script>
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to run this app.</noscript>
    <div id="root"></div>
    <script src="${parts.script.path}"></script>
    <script>YogaGraphiQL.renderYogaGraphiQL(document.querySelector('#root'), ${start});</script>
  </body>
</html>
`;
    return page;
  };
}

const FIRST_VISIT_SCRIPT = `function switchboardGraphiQL(options, tabs) {
  var returning = localStorage.getItem('graphiql:tabState') || localStorage.getItem('graphiql:query');
  if (tabs.length && !returning && !new URLSearchParams(location.search).has('query')) {
    options.defaultTabs = tabs;
    options.initialQuery = tabs[0].query;
  }
  return options;
}`;

/** JSON safe inside an inline <script>: no "</script>" or "<!--" can end or bend it. */
function json(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
}
