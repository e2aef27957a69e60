import type { AttachmentRecord, ChannelRecord, MessageRecord, UserRecord, WorkspaceRecord } from '../providers/model.js';
import type { LoggedEvent } from '../providers/events.js';
import { builder } from './builder.js';

/**
 * References to the object types, declared before any is implemented so that the type files can point at
 * each other (Channel.messages → Message, Message.channel → Channel) without import cycles.
 */
export const WorkspaceRef = builder.objectRef<WorkspaceRecord>('Workspace');
export const ChannelRef = builder.objectRef<ChannelRecord>('Channel');
export const MessageRef = builder.objectRef<MessageRecord>('Message');
export const UserRef = builder.objectRef<UserRecord>('User');
export const AttachmentRef = builder.objectRef<AttachmentRecord & { provider: WorkspaceRecord['provider']; workspaceId: string }>(
  'Attachment',
);
export const EventRef = builder.objectRef<LoggedEvent>('Event');
