import { builder } from './builder.js';
import './errors.js';
import './workspace.js';
import './user.js';
import './viewer.js';
import './channel.js';
import './message.js';
import './message-mutations.js';
import './channel-mutations.js';
import './attachments.js';
import './inbox.js';
import './event.js';
import './search.js';
import './pins.js';
import './link-preview.js';
import './deprecated-slack-connections.js';
import './workspace-connections.js';
import './threads.js';
import './read-state.js';
import './scheduled.js';
import './subscription-tickets.js';
// Last: the entity keys apply to the types above.
import { withEntityResolution } from './federation.js';
import { guardVisibility } from './visibility.js';

/**
 * The whole public GraphQL schema, built from the type files above (schema.graphql); every object a field
 * returns passes the access check of its type (./visibility.ts).
 */
export const schema = guardVisibility(builder.toSchema({ sortSchema: false }));

/**
 * What the server answers: the public schema plus Apollo Federation's `_service` and `_entities`
 * (./federation.ts), with the @key directives in its SDL (subgraph.graphql). The plugin sorts it by name.
 */
export const subgraphSchema = guardVisibility(
  withEntityResolution(builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' })),
);
