export { FakeGmail, startFakeGmail, type FakeGmailOptions, type GmailFault, type RecordedGmailCall } from './server.js';
export { FakeMailbox, SYSTEM_LABELS, type FakeLabel, type FakeMessage, type HistoryRecord } from './mailbox.js';
export { FakePubSub, signJwt, type PushClaims } from './pubsub.js';
export { QUOTA_UNITS } from './wire.js';
