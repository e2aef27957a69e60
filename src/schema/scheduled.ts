import { encodeGlobalId, parseScopedId, scopedId } from '../providers/ids.js';
import type { WorkspaceHandle } from '../providers/registry.js';
import type { MessageRecord, WorkspaceRecord } from '../providers/model.js';
import type { ScheduledMessageRecord } from '../providers/features/scheduled.js';
import { findChannel, findMessage, handleOf } from '../resolvers/access.js';
import { writtenAddress } from '../resolvers/email-envelope.js';
import {
  deleteScheduledMessage,
  findScheduledMessages,
  listScheduledMessages,
  MAX_SCHEDULE_AHEAD_DAYS,
  scheduleMessage,
  SCHEDULE_CLOCK_SKEW_MS,
  sendScheduledMessageNow,
  updateScheduledMessage,
} from '../resolvers/scheduled.js';
import { builder } from './builder.js';
import { toConnection } from './pages.js';
import { attempt, USER_ERRORS, UserError, type UserErrorShape } from './errors.js';
import { SendMessagePayload } from './message-mutations.js';
import { AttachmentRef, ChannelRef, EventRef, MessageRef, UserRef, WorkspaceRef } from './refs.js';

/**
 * Scheduled messages: the type, Workspace.scheduledMessages,
 * Event.scheduledMessage and the four mutations. Delivery is src/scheduler/.
 */

const ScheduledMessageStatusEnum = builder.enumType('ScheduledMessageStatus', {
  description: 'Where a scheduled message is in its life.',
  values: {
    PENDING: { description: 'Waiting for its time; it can still be updated, cancelled or sent now.' },
    SENDING: { description: 'Being delivered right now.' },
    SENT: { description: 'Delivered: `sentMessage` is the message it became. It can no longer change.' },
    FAILED: {
      description:
        'Delivery failed for a reason the author must fix (see `lastError`): update it (it becomes PENDING again), ' +
        'send it now, or cancel it.',
    },
    CANCELLED: { description: 'Cancelled by its author; it will never be sent.' },
  } as const,
});

export const ScheduledMessageRef = builder.objectRef<ScheduledMessageRecord>('ScheduledMessage');

builder.node(ScheduledMessageRef, {
  description:
    'A message written now and delivered at `scheduledFor`. Private to its author until it is sent: nobody else ' +
    'can see it, even by id.',
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'scheduledFor' in value,
  id: { resolve: (scheduled) => scopedId(scheduled.provider, scheduled.workspaceId, scheduled.id) },
  loadMany: (ids, ctx) => findScheduledMessages(ctx, (ids as string[]).map(parseScopedId)),
  fields: (t) => ({
    workspace: t.field({
      type: WorkspaceRef,
      description: 'The workspace it will be posted in.',
      resolve: (scheduled, _args, ctx) => ctx.scope(handleOf(scheduled)).workspace(),
    }),
    channel: t.field({
      type: ChannelRef,
      nullable: true,
      description: 'Where it will be posted; null once you can no longer read that channel (you left it).',
      // Through the access check like every channel (issue 15): a former member reads nothing of it here.
      resolve: (scheduled, _args, ctx) => findChannel(ctx, { ...handleOf(scheduled), nativeId: scheduled.channelId }),
    }),
    parent: t.field({
      type: MessageRef,
      nullable: true,
      description: 'The message it will reply to (at any depth); null for a new thread, or when you can no longer see it.',
      resolve: (scheduled, _args, ctx) =>
        scheduled.parentId ? findMessage(ctx, { ...handleOf(scheduled), nativeId: scheduled.parentId }) : null,
    }),
    author: t.field({
      type: UserRef,
      description: 'Who scheduled it (always the viewer).',
      resolve: async (scheduled, _args, ctx) => {
        const user = await ctx.scope(handleOf(scheduled)).loaders.users.load(scheduled.authorId);
        if (!user) throw new Error(`Author ${scheduled.authorId} of scheduled message ${scheduled.id} is missing.`);
        return user;
      },
    }),
    text: t.exposeString('text', { description: 'The content as plain text.' }),
    markdown: t.exposeString('markdown', { nullable: true, description: 'The content as markdown.' }),
    subject: t.string({
      nullable: true,
      description: 'Mail: the subject it will be sent with. Null for chat, and once it is sent or cancelled (see sentMessage).',
      resolve: (scheduled) => scheduled.email?.subject ?? null,
    }),
    to: t.stringList({
      description:
        'Mail: the recipients it will be sent to, as `"Jane Doe" <jane@example.com>` or `jane@example.com`. Empty for a reply ' +
        'addressed by the reply rules when it is sent, for chat, and once it is sent or cancelled.',
      resolve: (scheduled) => (scheduled.email?.to ?? []).map(writtenAddress),
    }),
    cc: t.stringList({ description: 'Mail: the copied recipients, like `to`.', resolve: (scheduled) => (scheduled.email?.cc ?? []).map(writtenAddress) }),
    bcc: t.stringList({ description: 'Mail: the blind-copied recipients, like `to`.', resolve: (scheduled) => (scheduled.email?.bcc ?? []).map(writtenAddress) }),
    alsoSendToChannel: t.exposeBoolean('alsoSendToChannel', { description: 'A reply that will also show in the channel timeline.' }),
    attachments: t.field({
      type: [AttachmentRef],
      description: 'Files that will be attached; held for this message until it is sent or cancelled.',
      resolve: (scheduled) =>
        scheduled.attachments.map((attachment) => ({ ...attachment, provider: scheduled.provider, workspaceId: scheduled.workspaceId })),
    }),
    scheduledFor: t.field({ type: 'DateTime', description: 'When it is (or was) due to be sent.', resolve: (scheduled) => scheduled.scheduledFor }),
    status: t.field({ type: ScheduledMessageStatusEnum, description: 'Where it is in its life: pending, sent, failed…', resolve: (scheduled) => scheduled.status }),
    lastError: t.exposeString('lastError', {
      nullable: true,
      description: 'Why delivery failed (FAILED), or why it is being retried (PENDING after a temporary failure).',
    }),
    sentMessage: t.field({
      type: MessageRef,
      nullable: true,
      description: 'The message it became, once SENT (null when you can no longer see it).',
      resolve: (scheduled, _args, ctx) =>
        scheduled.sentMessageId ? findMessage(ctx, { ...handleOf(scheduled), nativeId: scheduled.sentMessageId }) : null,
    }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was scheduled.', resolve: (scheduled) => scheduled.createdAt }),
    updatedAt: t.field({ type: 'DateTime', description: 'When it last changed (update, status change).', resolve: (scheduled) => scheduled.updatedAt }),
  }),
});

function workspaceHandle(workspace: WorkspaceRecord): WorkspaceHandle {
  return { provider: workspace.provider, workspaceId: workspace.id };
}

builder.objectField(WorkspaceRef, 'scheduledMessages', (t) =>
  t.connection(
    {
      type: ScheduledMessageRef,
      description:
        "The viewer's own scheduled messages in this workspace, soonest first. " +
        'Pending ones by default; pass statuses to see others (e.g. [FAILED]). Reads forward only (first/after, 1–100, default 20).',
      args: {
        statuses: t.arg({
          type: [ScheduledMessageStatusEnum],
          required: false,
          description: 'Which statuses to list (default [PENDING]); e.g. [FAILED] for the ones that need fixing.',
        }),
      },
      resolve: async (workspace, args, ctx) => toConnection(await listScheduledMessages(ctx, workspaceHandle(workspace), args)),
    },
    { name: 'ScheduledMessageConnection', description: 'A page of scheduled messages.' },
    { name: 'ScheduledMessageEdge', description: 'A scheduled message and its cursor.' },
  ),
);

builder.objectField(EventRef, 'scheduledMessage', (t) =>
  t.field({
    type: ScheduledMessageRef,
    nullable: true,
    description: 'For SCHEDULED_MESSAGE_SENT and SCHEDULED_MESSAGE_FAILED: the scheduled message (its author is the only receiver).',
    resolve: async (event, _args, ctx) => {
      if (!event.scheduledMessageId) return null;
      const [found] = await findScheduledMessages(ctx, [
        { provider: event.provider, workspaceId: event.workspaceId, nativeId: event.scheduledMessageId },
      ]);
      return found;
    },
  }),
);

// ── Mutations ───────────────────────────────────────────────────────────────────────────────────────

type ScheduledResult = { result: ScheduledMessageRecord | null; userErrors: UserErrorShape[] };

const ScheduledMessagePayload = builder.objectRef<ScheduledResult>('ScheduledMessagePayload').implement({
  description: 'The scheduled message after the change, or why nothing was changed (then `scheduledMessage` is null).',
  fields: (t) => ({
    scheduledMessage: t.field({
      type: ScheduledMessageRef,
      nullable: true,
      description: 'The scheduled message as it is now; null when nothing changed.',
      resolve: (payload) => payload.result,
    }),
    userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (payload) => payload.userErrors }),
  }),
});

const DeleteScheduledMessagePayload = builder.objectRef<ScheduledResult>('DeleteScheduledMessagePayload').implement({
  description: 'The id of the cancelled scheduled message, or why it was not cancelled.',
  fields: (t) => ({
    deletedScheduledMessageId: t.id({
      nullable: true,
      description: 'The global id of the cancelled scheduled message.',
      resolve: ({ result }) =>
        result &&
        encodeGlobalId({ typename: 'ScheduledMessage', provider: result.provider, workspaceId: result.workspaceId, nativeId: result.id }),
    }),
    scheduledMessage: t.field({
      type: ScheduledMessageRef,
      nullable: true,
      description: 'The cancelled scheduled message (status CANCELLED).',
      resolve: (payload) => payload.result,
    }),
    userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (payload) => payload.userErrors }),
  }),
});

const timeRule =
  `From now (up to ${SCHEDULE_CLOCK_SKEW_MS / 1000} seconds in the past are accepted for clock skew, and sent at once) ` +
  `to ${MAX_SCHEDULE_AHEAD_DAYS} days ahead; otherwise VALIDATION_ERROR.`;

const ScheduleMessageInput = builder.inputType('ScheduleMessageInput', {
  description:
    'A message to send later. Content as for sendMessage: exactly one of text or markdown, not blank, at most ' +
    'Workspace.capabilities.maxMessageLength characters. You must be able to post in the channel.',
  fields: (t) => ({
    channelId: t.id({ required: true, description: 'The channel to post in (Channel.id).' }),
    text: t.string({ description: 'Plain text; characters with a meaning in markdown are kept literally.' }),
    markdown: t.string({ description: 'Markdown (GFM). Mention people with @handle.' }),
    html: t.string({ description: 'An HTML mail body (Workspace.capabilities.email only); the plain text is derived from it.' }),
    subject: t.string({
      description: 'The mail subject, one line (Workspace.capabilities.email only). A reply without one takes its parent\'s with "Re: " in front.',
    }),
    to: t.stringList({
      description:
        'Recipients (Workspace.capabilities.email only), written as for sendMessage and checked now. A new mail needs at least one ' +
        'recipient in to, cc or bcc. A reply without any is addressed when it is sent, by the reply rules of sendMessage.',
    }),
    cc: t.stringList({ description: 'Copied recipients (Workspace.capabilities.email only), written like `to`.' }),
    bcc: t.stringList({ description: 'Blind-copied recipients (Workspace.capabilities.email only), written like `to`.' }),
    scheduledFor: t.field({ type: 'DateTime', required: true, description: `When to send it. ${timeRule}` }),
    parentId: t.id({ description: 'Reply: the message being replied to, at any depth.' }),
    alsoSendToChannel: t.boolean({ description: 'Replies only: also show the reply in the channel timeline.' }),
    attachmentIds: t.idList({
      description:
        'Files you uploaded beforehand, not attached to any message. They are held for this message until it is ' +
        'sent or cancelled: attaching them elsewhere meanwhile is a VALIDATION_ERROR.',
    }),
  }),
});

const UpdateScheduledMessageInput = builder.inputType('UpdateScheduledMessageInput', {
  description:
    'Changes to a PENDING or FAILED scheduled message (a FAILED one becomes PENDING again, and is sent at once ' +
    'when its time has passed). Give at least one field; content as for sendMessage, at most one of text or markdown.',
  fields: (t) => ({
    scheduledMessageId: t.id({ required: true, description: 'The scheduled message to change (ScheduledMessage.id).' }),
    text: t.string({ description: 'New content as plain text.' }),
    markdown: t.string({ description: 'New content as markdown.' }),
    scheduledFor: t.field({ type: 'DateTime', description: timeRule }),
    attachmentIds: t.idList({ description: 'Replaces the list of files ([] removes them all).' }),
  }),
});

const ScheduledMessageRefInput = builder.inputType('ScheduledMessageRefInput', {
  description: 'Names one of your scheduled messages.',
  fields: (t) => ({ scheduledMessageId: t.id({ required: true, description: 'The global id of the scheduled message (ScheduledMessage.id).' }) }),
});

const errorsNote =
  'Only its author may (anyone else: NOT_FOUND, as for an id that does not exist); once sent, being sent or ' +
  'cancelled: CONFLICT.';

builder.mutationFields((t) => ({
  scheduleMessage: t.field({
    type: ScheduledMessagePayload,
    description:
      'Schedule a message or a reply for later delivery. You must be a member of the channel and it must not be ' +
      'archived (else PERMISSION_DENIED or CONFLICT); the same holds when it is delivered, or it FAILS with lastError.',
    args: { input: t.arg({ type: ScheduleMessageInput, required: true, description: 'The message and when to send it.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() =>
        scheduleMessage(ctx, {
          ...input,
          channelId: String(input.channelId),
          parentId: input.parentId && String(input.parentId),
          attachmentIds: input.attachmentIds?.map(String),
        }),
      ),
  }),
  updateScheduledMessage: t.field({
    type: ScheduledMessagePayload,
    description: `Change the content, the time or the files of a scheduled message. ${errorsNote}`,
    args: { input: t.arg({ type: UpdateScheduledMessageInput, required: true, description: 'The scheduled message and what changes.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() =>
        updateScheduledMessage(ctx, {
          ...input,
          scheduledMessageId: String(input.scheduledMessageId),
          attachmentIds: input.attachmentIds?.map(String),
        }),
      ),
  }),
  deleteScheduledMessage: t.field({
    type: DeleteScheduledMessagePayload,
    description: `Cancel a scheduled message; its files are released. ${errorsNote}`,
    args: { input: t.arg({ type: ScheduledMessageRefInput, required: true, description: 'The scheduled message to cancel.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => deleteScheduledMessage(ctx, { scheduledMessageId: String(input.scheduledMessageId) })),
  }),
  sendScheduledMessageNow: t.field({
    type: SendMessagePayload,
    description:
      `Send a PENDING or FAILED scheduled message now instead of at its time; it becomes SENT. ${errorsNote} ` +
      'Refused with nothing changed when you can no longer post in the channel. Answers with the message sent.',
    args: { input: t.arg({ type: ScheduledMessageRefInput, required: true, description: 'The scheduled message to send now.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt<MessageRecord>(() => sendScheduledMessageNow(ctx, { scheduledMessageId: String(input.scheduledMessageId) })),
  }),
}));
