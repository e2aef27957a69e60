import { TeamsProvider } from './provider.js';
import type { TeamsProviderOptions } from './connection.js';

/**
 * The Teams provider module. Today it exports the provider and its pieces; once provider definitions land
 * (issue 9), this file becomes the ProviderDefinition: connection from the neutral store, OAuth routes on
 * ../kit/graph/identity.ts, the webhook route on ../kit/graph/notifications.ts with ./changes.ts.
 */
export { TeamsProvider } from './provider.js';
export type { LinkedMicrosoftUser, TeamsProviderOptions } from './connection.js';
export { teamsCapabilities, capabilitiesFor } from './capabilities.js';
export { teamsNativeIds } from './ids.js';

/** Opens a Teams connection as a provider; see TeamsProviderOptions (and README.md) for each option. */
export function createTeamsProvider(options: TeamsProviderOptions): TeamsProvider {
  return new TeamsProvider(options);
}
