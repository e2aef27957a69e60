import { SwitchboardError } from '../../../src/errors.js';
import type { MessagingProvider } from '../../../src/providers/provider.js';

/**
 * The optional features of MessagingProvider that the memory workspace leaves out. Each answers
 * UNSUPPORTED, and ./capabilities.ts says NONE or false for it, so resolvers refuse before calling.
 *
 * This file exists only because MessagingProvider still declares every feature as a required method; once
 * features are optional parts of a provider (issue 9), it goes away and the provider simply lacks them.
 */
function unsupported(what: string, capability?: string): never {
  const flag = capability ? ` (capabilities.${capability})` : ' (no capability flag yet)';
  throw new SwitchboardError('UNSUPPORTED', `The memory workspace does not support ${what}${flag}.`);
}

type OptionalFeatures = Omit<
  MessagingProvider,
  | 'provider'
  | 'workspaceId'
  | 'capabilities'
  | 'workspace'
  | 'forRequest'
  | 'userForAccount'
  | 'loadUsers'
  | 'loadChannels'
  | 'loadMessages'
  | 'loadChannelAccess'
  | 'loadAudience'
  | 'listChannels'
  | 'listUsers'
  | 'listChannelMembers'
  | 'listChannelMessages'
  | 'listChildren'
  | 'listDescendants'
  | 'listInbox'
  | 'sendMessage'
  | 'updateMessage'
  | 'deleteMessage'
  | 'addReaction'
  | 'removeReaction'
>;

const readState = async () => unsupported('read state', 'readState');
const threads = async () => unsupported('thread subscriptions', 'threadSubscriptions');
const scheduled = async () => unsupported('scheduled messages', 'scheduledMessages');
const pins = async () => unsupported('pins', 'pins');
const channelAdministration = async () => unsupported('channel administration');
const uploads = async () => unsupported('file uploads', 'attachmentUpload');

export const memoryUnsupported: OptionalFeatures = {
  loadChannelUnreadCounts: readState,
  loadUnreadFlags: readState,
  listUnreadChannels: readState,
  listUnreadMessages: readState,
  markChannelRead: readState,
  markUnread: readState,
  loadThreadSubscriptions: threads,
  loadThreadStates: threads,
  listFollowedThreads: threads,
  markThreadRead: threads,
  setThreadSubscription: threads,
  scheduleMessage: scheduled,
  listScheduledMessages: scheduled,
  loadScheduledMessages: scheduled,
  updateScheduledMessage: scheduled,
  cancelScheduledMessage: scheduled,
  claimScheduledMessage: scheduled,
  finishScheduledMessage: scheduled,
  searchMessages: async () => unsupported('search', 'search'),
  pinMessage: pins,
  unpinMessage: pins,
  listPins: pins,
  removeLinkPreview: async () => unsupported('removing link previews', 'linkPreviewRemoval'),
  // Never called: the memory workspace leaves no preview pending (it makes no previews at all).
  completeLinkPreview: async () => null,
  createChannel: channelAdministration,
  renameChannel: channelAdministration,
  archiveChannel: channelAdministration,
  unarchiveChannel: channelAdministration,
  joinChannel: channelAdministration,
  leaveChannel: channelAdministration,
  inviteToChannel: channelAdministration,
  listJoinableChannels: channelAdministration,
  uploadFile: uploads,
  loadAttachments: uploads,
};
