import type { ProviderDefinition } from '../definition.js';
import { MESSAGE_WRITE_EVENTS } from '../events.js';
import { withEmulatedScheduledMessages } from '../kit/scheduled/index.js';
import { withStagedUploads } from '../kit/uploads/index.js';
import { gmailCapabilities } from './capabilities.js';
import { GMAIL_CREDENTIAL_LABELS, refreshGmailCredentials } from './credentials.js';
import { GmailRuntime } from './runtime.js';
import { MAX_ATTACHMENT_BYTES } from './writes.js';
import { readGmailSettings, type GmailSettings } from './settings.js';

/**
 * Gmail as a provider module: one connected mailbox is one workspace (its id is the address), read and
 * written through the Gmail API with the real googleapis client (@googleapis/gmail). See README.md for what
 * it can and cannot do, its ids, and the calls and quota units each read costs.
 */
// Gmail has no scheduled send in its API: Switchboard keeps scheduled mail sealed until it sends it, then deletes its content (../kit/scheduled/).
// Outgoing files wait staged (sealed) in Switchboard until their mail is sent (../kit/uploads/, writes.ts).
export const gmailProvider: ProviderDefinition<GmailSettings> = withStagedUploads(withEmulatedScheduledMessages({
  name: 'gmail',
  kind: 'gmail',
  displayName: 'Gmail',
  capabilities: gmailCapabilities,
  readSettings: readGmailSettings,
  // Access tokens last about an hour: the connection store renews them before they run out.
  credentials: { labels: GMAIL_CREDENTIAL_LABELS, refresh: refreshGmailCredentials },
  // Gmail's history reports our own sends and trashes like anyone's.
  echoes: { types: MESSAGE_WRITE_EVENTS },
  start: (host, settings) => new GmailRuntime(host, settings),
}), { maxFileBytes: MAX_ATTACHMENT_BYTES });

// What tests and the test kit use of this folder (nothing else outside it imports more than this file).
export { GmailProvider } from './provider.js';
export type { GmailProviderOptions } from './connection.js';
export { gmailCapabilities, capabilitiesFor } from './capabilities.js';
export { gmailNativeIds } from './ids.js';
export { GmailRuntime } from './runtime.js';
export { readGmailSettings, type GmailSettings } from './settings.js';
export { GMAIL_CREDENTIAL_LABELS } from './credentials.js';
export { historyChanges, syncMailbox } from './changes.js';
export { MailboxStates } from './state.js';
