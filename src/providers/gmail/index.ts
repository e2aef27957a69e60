export { GmailProvider } from './provider.js';
export type { GmailProviderOptions } from './connection.js';
export { gmailCapabilities, capabilitiesFor } from './capabilities.js';
export { gmailNativeIds } from './ids.js';
export { readGmailSettings, type GmailSettings } from './settings.js';
