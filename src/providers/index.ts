import { builtinProvider } from './builtin/index.js';
import type { ProviderDefinition } from './definition.js';
import { gmailProvider } from './gmail/index.js';
import { outlookProvider } from './outlook/index.js';
import { slackProvider } from './slack/index.js';
import { teamsProvider } from './teams/index.js';

/**
 * The providers a server runs, in the order their workspaces are listed: the only file that names every
 * provider. Adding a platform is a folder under src/providers/ and one line here. A server (or a test) may
 * run another list: `startServices(config, { providers })`.
 */
export const PROVIDERS: readonly ProviderDefinition[] = [builtinProvider, slackProvider, teamsProvider, outlookProvider, gmailProvider];
