export { startFakeGraph, type FakeGraph, type FakeGraphOptions, type GraphFault, type RecordedGraphCall } from './server.js';
export { FakeGraphTenant, containerKey, type Container, type FakeChannel, type FakeChat, type FakeTeam, type TenantChange } from './tenant.js';
export type { FakeApp, FakeGraphUser, FakeAccessToken } from './directory.js';
export { FakeNotifier, resourcePath, type FakeSubscription, type NotificationDelivery } from './notifications.js';
export { userIdentity, type GraphChatMessage, type GraphMention, type GraphReaction, type IdentitySet } from './wire.js';
export { loopbackCertificate } from './tls.js';
export { FakeMail, headerOf, type FakeMailbox, type FakeMailFolder, type GraphMailAttachment, type GraphMailMessage, type MailChange, type MailInput } from './mailbox.js';
