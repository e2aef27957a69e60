import type { Plugin } from 'graphql-yoga';
import { subgraphSchema } from '../schema/index.js';

/**
 * Serves Switchboard as an Apollo Federation v2 subgraph: the public schema plus `_service { sdl }` and
 * `_entities(representations:)` (src/schema/federation.ts), on the same endpoint, so a gateway's requests
 * pass the same authentication, request and query limits and error codes as any client's.
 *
 * yoga's own schema plugin sets the public schema at init; this plugin comes later in the list and replaces it.
 */
export function federationSubgraph(): Plugin {
  return {
    onPluginInit({ setSchema }) {
      setSchema(subgraphSchema);
    },
  };
}
