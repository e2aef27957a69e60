import type { ProviderDefinition } from '../definition.js';
import { MESSAGE_WRITE_EVENTS } from '../events.js';
import { slackCapabilities } from './capabilities.js';
import { SLACK_CREDENTIAL_LABELS } from './connections.js';
import { slackForms } from './forms.js';
import { emojiOfReaction } from './ids.js';
import { SlackRuntime } from './runtime.js';
import { readSlackSettings, type SlackAppSettings } from './settings.js';
import { reactionName } from './writes.js';

/**
 * Slack as a provider module: one connected Slack team is one workspace. See README.md for what it can
 * and cannot do, how its ids are built, and the calls each read costs.
 */
export const slackProvider: ProviderDefinition<SlackAppSettings> = {
  name: 'slack',
  kind: 'slack',
  displayName: 'Slack',
  capabilities: slackCapabilities,
  readSettings: readSlackSettings,
  // Slack tokens do not expire: no refresh.
  credentials: { labels: SLACK_CREDENTIAL_LABELS },
  echoes: {
    // Slack reports our own writes back: the event of our chat.postMessage reaches the webhook, and the
    // poller finds our message in the history.
    types: MESSAGE_WRITE_EVENTS,
    // A write names a reaction as the client gave it ("👍"), Slack's event by its name (`:+1:`).
    emoji: (emoji) => {
      try {
        return emojiOfReaction(reactionName(emoji));
      } catch {
        return emoji;
      }
    },
  },
  forms: slackForms,
  start: (host, settings) => new SlackRuntime(host, settings),
};

// What tests and the test kit use of this folder (nothing else outside it imports more than this file).
export { createSlackProvider, SlackProvider, type LinkedSlackUser, type SlackProviderOptions } from './provider.js';
export { RateBudget, type RateBudgetOptions } from './rate-budget.js';
export { slackNativeIds } from './ids.js';
export { SlackRuntime } from './runtime.js';
export type { SlackPoller } from './poller.js';
export { readSlackSettings, type SlackAppSettings } from './settings.js';
export {
  linkSlackUser,
  loadSlackConnection,
  saveSlackConnection,
  slackUserLink,
  type NewSlackConnection,
  type SlackConnection,
  type SlackUserLink,
} from './connections.js';
export { loadSlackConnectionsFile, parseSlackConnectionsFile } from './connections-file.js';
export { signSlackRequest, verifySlackRequest } from './webhook/signature.js';
