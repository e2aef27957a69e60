import { SwitchboardError } from '../../errors.js';
import { disconnectedProvider } from '../kit/disconnected-provider.js';
import type { MessagingProvider } from '../provider.js';
import { slackCapabilities } from './capabilities.js';
import { SlackPins } from './features/pins.js';
import { SlackReadState } from './features/read-state.js';
import { SlackScheduled } from './features/scheduled.js';
import { SlackSearch } from './features/search.js';
import { SlackThreadSubscriptions } from './features/thread-subscriptions.js';
import { SlackProvider } from './provider.js';

/**
 * The provider of a connected Slack team whose stored credentials cannot be opened (the encryption key is
 * missing or was rotated away): listed, DISCONNECTED and empty, as the kit's disconnected provider makes
 * it. The viewer acts as its linked Slack user, known by id only (its profile needs Slack). The optional
 * parts are those of a connected Slack workspace (./provider.ts), so that they read as supported and empty.
 */
export function disconnectedSlackProvider(
  workspace: { workspaceId: string; name: string; webUrl: string | null },
  /** The Slack user an account is linked to (read without opening any credential). */
  linkedUserId: (accountId: string) => Promise<string | null>,
): MessagingProvider {
  return disconnectedProvider({
    workspace: { id: workspace.workspaceId, provider: 'slack', name: workspace.name, webUrl: workspace.webUrl },
    capabilities: slackCapabilities,
    prototype: SlackProvider.prototype,
    parts: {
      scheduled: SlackScheduled.prototype,
      pins: SlackPins.prototype,
      search: SlackSearch.prototype,
      readState: SlackReadState.prototype,
      threadSubscriptions: SlackThreadSubscriptions.prototype,
    },
    failure: () =>
      new SwitchboardError(
        'PROVIDER_ERROR',
        `The Slack workspace ${JSON.stringify(workspace.name)} is disconnected: its stored credentials cannot be opened ` +
          '(encryption key missing or rotated); an admin must connect it again.',
      ),
    linkedUserId,
  });
}
