export { startFakeSlack, type FakeSlack, type FakeSlackOptions, type Fault, type RecordedCall } from './server.js';
export {
  FakeSlackWorkspace,
  SlackApiError,
  compareTs,
  microsToTs,
  tsToMicros,
  type ConversationKind,
  type FakeConversation,
  type FakeMessage,
  type FakeUser,
} from './workspace.js';
export type { MethodCall, MethodHandler, MethodTable } from './methods/support.js';
