import type { ProviderDefinition } from '../definition.js';
import { microsoftRoutes } from '../kit/graph/family.js';
import { MESSAGE_WRITE_EVENTS } from '../events.js';
import { withEmulatedScheduledMessages } from '../kit/scheduled/index.js';
import { teamsCapabilities } from './capabilities.js';
import { emojiOfReaction, reactionTypeOf } from './emoji.js';
import { refreshTeamsCredentials, TEAMS_CREDENTIAL_LABELS } from './credentials.js';
import { TeamsRuntime } from './runtime.js';
import { readTeamsSettings, type TeamsSettings } from './settings.js';
import { TeamsProvider } from './provider.js';
import type { TeamsProviderOptions } from './connection.js';

/**
 * Microsoft Teams as a provider module: one connected Microsoft 365 tenant is one workspace (its id is the
 * tenant id), read and written through Microsoft Graph with the foundation in ../kit/graph/. See README.md
 * for what it can and cannot do, its ids, and the Graph calls each read costs.
 */
// Graph has no scheduled send: Switchboard keeps them (sealed) and its scheduler sends them (../kit/scheduled/).
export const teamsProvider: ProviderDefinition<TeamsSettings> = withEmulatedScheduledMessages({
  name: 'teams',
  kind: 'teams',
  displayName: 'Microsoft Teams',
  capabilities: teamsCapabilities,
  readSettings: readTeamsSettings,
  // The app's token for a tenant lasts about an hour: the connection store renews it before it runs out.
  credentials: { labels: TEAMS_CREDENTIAL_LABELS, refresh: refreshTeamsCredentials },
  // Graph notifies our own posts, edits, deletes and reactions like anyone's (changes.ts tells reactions
  // from edits); a write names a reaction as the client gave it ("👍"), the reported change by name (`:thumbsup:`).
  echoes: {
    types: MESSAGE_WRITE_EVENTS,
    emoji: (emoji) => {
      try {
        return emojiOfReaction(reactionTypeOf(emoji));
      } catch {
        return emoji;
      }
    },
  },
  // /oauth/microsoft/* and /webhooks/microsoft[/lifecycle], shared with Outlook (../kit/graph/family.ts).
  routeFamily: microsoftRoutes,
  start: (host, settings) => new TeamsRuntime(host, settings),
});

// What tests and the test kit use of this folder (nothing else outside it imports more than this file).
export { TeamsProvider } from './provider.js';
export type { LinkedMicrosoftUser, TeamsProviderOptions } from './connection.js';
export { teamsCapabilities, capabilitiesFor } from './capabilities.js';
export { teamsNativeIds } from './ids.js';
export { TeamsRuntime } from './runtime.js';
export { readTeamsSettings, type TeamsSettings } from './settings.js';
export { TEAMS_CREDENTIAL_LABELS } from './credentials.js';

/** Opens a Teams connection as a provider; see TeamsProviderOptions (and README.md) for each option. */
export function createTeamsProvider(options: TeamsProviderOptions): TeamsProvider {
  return new TeamsProvider(options);
}
