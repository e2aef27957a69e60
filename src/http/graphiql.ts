import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

/**
 * The bundled GraphiQL page (9 MB of inlined script), rendered once per app. This GraphiQL ignores
 * `defaultQuery` for the first tab, and `initialQuery` would overwrite a returning visitor's tabs and
 * `?query=` links, so the example is decided in the browser: only a first visit opens on it.
 */
export function bundledGraphiQL(): (options?: Parameters<typeof renderGraphiQL>[0]) => string {
  let page: string | null = null;
  return (options) => {
    if (page) return page;
    const { defaultQuery, ...rest } = options ?? {};
    const optionsJson = JSON.stringify(rest);
    page = renderGraphiQL(rest)
      .replace('<head>', `<head><script>${FIRST_VISIT_SCRIPT}</script>`)
      .replace(optionsJson, `switchboardGraphiQL(${optionsJson}, ${JSON.stringify(defaultQuery ?? null)})`);
    return page;
  };
}

const FIRST_VISIT_SCRIPT = `function switchboardGraphiQL(options, example) {
  var returning = localStorage.getItem('graphiql:tabState') || localStorage.getItem('graphiql:query');
  if (example && !returning && !new URLSearchParams(location.search).has('query')) options.initialQuery = example;
  return options;
}`;

/** The example a first visit of GraphiQL opens on. */
export const EXAMPLE_QUERY = `# Welcome to Switchboard. The Authorization header below is a demo key (see README).
# A channel page with whole reply trees, authors and reactions, in one request:
query ThreadTrees {
  viewer { name }
  workspaces {
    name
    capabilities { threadModel }
    channels(first: 5) {
      nodes {
        name
        messages(first: 5) {
          nodes {
            text
            author { name }
            reactions { emoji count viewerHasReacted }
            replyCount
            descendants(first: 50) {
              nodes { text author { name } parent { id } }
            }
          }
        }
      }
    }
  }
}

# Then try a live stream in another tab:
# subscription { events { type occurredAt channel { name } message { text author { name } } } }
`;
