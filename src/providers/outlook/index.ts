import type { ProviderDefinition } from '../definition.js';
import { MESSAGE_WRITE_EVENTS } from '../events.js';
import { microsoftRoutes } from '../kit/graph/family.js';
import { withEmulatedScheduledMessages } from '../kit/scheduled/index.js';
import { withStagedUploads } from '../kit/uploads/index.js';
import { outlookCapabilities } from './capabilities.js';
import type { OutlookProviderOptions } from './connection.js';
import { OUTLOOK_CREDENTIAL_LABELS } from './credentials.js';
import { OutlookProvider } from './provider.js';
import { MAX_ATTACHMENT_BYTES } from './outgoing-attachments.js';
import { OutlookRuntime } from './runtime.js';
import { readOutlookSettings, type OutlookSettings } from './settings.js';

/**
 * Outlook mail as a provider module: one connected mailbox is one workspace (its id is the mailbox's
 * directory id), read and written through Microsoft Graph with the foundation in ../kit/graph/. Folders are
 * channels, conversations are real reply trees. See README.md.
 */
// Graph's deferred delivery (PidTagDeferredSendTime) is not used: Switchboard keeps scheduled mail sealed and sends it (../kit/scheduled/).
// Outgoing files wait staged (sealed) in Switchboard until their mail is sent (../kit/uploads/, outgoing-attachments.ts).
export const outlookProvider: ProviderDefinition<OutlookSettings> = withStagedUploads(withEmulatedScheduledMessages({
  name: 'outlook',
  kind: 'outlook',
  displayName: 'Outlook',
  capabilities: outlookCapabilities,
  readSettings: readOutlookSettings,
  // Delegated tokens are refreshed by GraphTokens from the account link's refresh token, not by the store.
  credentials: { labels: OUTLOOK_CREDENTIAL_LABELS },
  // Notifications and delta rounds report our own sends (Sent Items) and deletes like anyone's.
  echoes: { types: MESSAGE_WRITE_EVENTS },
  // /oauth/microsoft/* and /webhooks/microsoft[/lifecycle], shared with Teams (../kit/graph/family.ts).
  routeFamily: microsoftRoutes,
  start: (host, settings) => new OutlookRuntime(host, settings),
}), { maxFileBytes: MAX_ATTACHMENT_BYTES });

export { OutlookProvider } from './provider.js';
export type { MailboxIdentity, OutlookProviderOptions } from './connection.js';
export { outlookCapabilities, capabilitiesFor } from './capabilities.js';
export { OutlookRuntime } from './runtime.js';
export { readOutlookSettings, type OutlookSettings } from './settings.js';
export { OUTLOOK_CREDENTIAL_LABELS } from './credentials.js';
export { OUTLOOK_LIMITS } from './limits.js';

export function createOutlookProvider(options: OutlookProviderOptions): OutlookProvider {
  return new OutlookProvider(options);
}
