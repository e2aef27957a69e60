import type { RequestContext, WorkspaceScope } from '../context.js';
import { SwitchboardError } from '../errors.js';
import type { Actor, MessageContent, MessageRecord } from '../providers/model.js';
import type { Capabilities } from '../providers/capabilities.js';
import type { SendMessageRequest, SendOnce } from '../providers/provider.js';
import {
  AlreadySent,
  claimIdempotencyKey,
  completeIdempotencyKey,
  findIdempotencyKey,
  releaseIdempotencyKey,
  requestHash,
  sendToken,
} from '../store/idempotency.js';
import { faultPoint } from '../store/fault-points.js';
import { emailEnvelope, requireMailFieldsSupported } from './email-envelope.js';
import { htmlToText } from '../providers/kit/email/html-text.js';
import { requireChannel, requireMemberScope, requireMessage, requireWriteScope } from './access.js';
import { publishAppMentions, publishMessageEvent } from './events.js';
import { unfurlLinkPreview } from './link-unfurl.js';
import { canDeleteMessage, canUpdateMessage } from './policy.js';
import { refFromGlobalId, sameWorkspace } from './refs.js';

/** Message mutations: validate, check permissions, call the provider, publish the event. */

export interface SendMessageArgs {
  channelId: string;
  text?: string | null;
  markdown?: string | null;
  html?: string | null;
  subject?: string | null;
  parentId?: string | null;
  alsoSendToChannel?: boolean | null;
  attachmentIds?: string[] | null;
  to?: string[] | null;
  cc?: string[] | null;
  bcc?: string[] | null;
  idempotencyKey?: string | null;
}

const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

export async function sendMessage(ctx: RequestContext, input: SendMessageArgs): Promise<MessageRecord> {
  requireWriteScope(ctx);
  const channelRef = refFromGlobalId(input.channelId, 'Channel', ['input', 'channelId']);
  const parentRef = input.parentId ? refFromGlobalId(input.parentId, 'Message', ['input', 'parentId']) : null;
  const attachmentRefs = (input.attachmentIds ?? []).map((id) =>
    refFromGlobalId(id, 'Attachment', ['input', 'attachmentIds']),
  );
  for (const ref of [parentRef, ...attachmentRefs]) {
    if (ref && !sameWorkspace(ref, channelRef)) {
      throw new SwitchboardError('VALIDATION_ERROR', 'parentId and attachmentIds must belong to the workspace of channelId.');
    }
  }
  const key = input.idempotencyKey ?? null;
  if (key !== null && (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH)) {
    throw new SwitchboardError('VALIDATION_ERROR', `idempotencyKey must be 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters.`, {
      field: ['input', 'idempotencyKey'],
    });
  }

  const scope = await requireMemberScope(ctx, channelRef);
  const capabilities = scope.provider.capabilities();
  requireMailFieldsSupported(input, capabilities);
  const content = messageContent(input, capabilities);
  const channel = await requireChannel(ctx, channelRef);
  const actor = await writingActor(scope, channel.id, channel.name);
  const parent = parentRef ? await requireMessage(ctx, parentRef) : null;

  const request: SendMessageRequest = {
    channelId: channel.id,
    content,
    parentId: parentRef?.nativeId ?? null,
    alsoSendToChannel: input.alsoSendToChannel ?? false,
    attachmentIds: attachmentRefs.map((ref) => ref.nativeId),
    ...(capabilities.email ? { email: await emailEnvelope(scope, input, parent, actor) } : {}),
  };
  const announce = async (message: MessageRecord) => {
    await publishMessageEvent(ctx, scope, 'MESSAGE_CREATED', message);
    unfurlLinkPreview(ctx.services, scope.provider, message); // in the background (./link-unfurl.ts)
    await publishAppMentions(ctx, scope, message);
    return message;
  };
  if (key === null) return announce(await scope.provider.sendMessage(actor, request));
  const once = { accountId: ctx.viewer.accountId, key, requestHash: requestHash({ ...input, idempotencyKey: undefined }) };
  const sent = await sendOnce(ctx, scope, actor, request, once);
  return sent.replayed ? sent.message : announce(sent.message);
}

/**
 * Sends at most once per (account, idempotency key), also across a crash at any point (src/store/idempotency.ts):
 * a retry gets the first message back (`replayed`: its events were published by the first attempt).
 */
async function sendOnce(
  ctx: RequestContext,
  scope: WorkspaceScope,
  actor: Actor,
  request: SendMessageRequest,
  once: SendOnce,
): Promise<{ message: MessageRecord; replayed: boolean }> {
  const { db } = ctx.services.database;
  const replay = async (messageId: string) => {
    const first = await scope.loaders.messages.load(messageId);
    if (!first) throw new SwitchboardError('CONFLICT', 'The message first sent with this idempotencyKey no longer exists.');
    return { message: first, replayed: true };
  };
  const field = ['input', 'idempotencyKey'];

  // Messages in Switchboard's database: the key goes into the message's own transaction.
  if (scope.provider.sendMessageOnce) {
    const known = await findIdempotencyKey(db, once.accountId, once.key, once.requestHash);
    if (known?.status === 'different-request') throw new SwitchboardError('CONFLICT', 'idempotencyKey was already used for a different message.', { field });
    if (known?.status === 'completed') return replay(known.messageId);
    try {
      const message = await scope.provider.sendMessageOnce(actor, request, once);
      faultPoint('send:completed');
      return { message, replayed: false };
    } catch (error) {
      if (error instanceof AlreadySent) return replay(error.messageId);
      throw error;
    }
  }

  // Messages at an outside provider: claim under a lease, and after a dead attempt ask before sending again.
  const claim = await claimIdempotencyKey(db, once.accountId, once.key, once.requestHash);
  switch (claim.status) {
    case 'different-request':
      throw new SwitchboardError('CONFLICT', 'idempotencyKey was already used for a different message.', { field });
    case 'in-progress':
      throw new SwitchboardError('CONFLICT', `A send with this idempotencyKey is still in progress; retry in ${claim.retryAfterSeconds} s.`, {
        field,
        retryAfterSeconds: claim.retryAfterSeconds,
      });
    case 'completed':
      return replay(claim.messageId);
    case 'recovering':
    case 'claimed':
      break;
  }
  const token = sendToken(once.accountId, once.key);
  const complete = (message: MessageRecord) =>
    completeIdempotencyKey(db, once.accountId, once.key, { workspaceId: scope.handle.workspaceId, messageId: message.id });
  if (claim.status === 'recovering') {
    if (!scope.provider.findSentMessage) {
      throw new SwitchboardError('CONFLICT', 'An earlier send with this idempotencyKey was interrupted and this provider cannot tell whether it was posted.', { field });
    }
    const found = await scope.provider.findSentMessage(actor, { channelId: request.channelId, parentId: request.parentId, token, since: claim.since });
    if (found) {
      await complete(found);
      return { message: found, replayed: true };
    }
  }
  faultPoint('send:claimed');
  let message: MessageRecord;
  try {
    message = await scope.provider.sendMessage(actor, { ...request, idempotencyToken: token });
  } catch (error) {
    // Refused before anything was posted: the key is free for a retry. Otherwise (a provider failure that may
    // have posted, or an unexpected one) the claim stays until its lease runs out, and the retry asks first.
    if (error instanceof SwitchboardError && error.code !== 'PROVIDER_ERROR') await releaseIdempotencyKey(db, once.accountId, once.key);
    throw error;
  }
  faultPoint('send:sent');
  await complete(message);
  faultPoint('send:completed');
  return { message, replayed: false };
}

export interface UpdateMessageArgs {
  messageId: string;
  text?: string | null;
  markdown?: string | null;
  html?: string | null;
}

export async function updateMessage(ctx: RequestContext, input: UpdateMessageArgs): Promise<MessageRecord> {
  const { scope, message, actor } = await targetMessage(ctx, input.messageId);
  const content = messageContent(input, scope.provider.capabilities());
  if (!(await canUpdateMessage(scope, message))) {
    throw new SwitchboardError('PERMISSION_DENIED', 'Only the author can edit a message.');
  }
  const updated = await scope.provider.updateMessage(actor, message.id, content);
  await publishMessageEvent(ctx, scope, 'MESSAGE_UPDATED', updated);
  unfurlLinkPreview(ctx.services, scope.provider, updated);
  return updated;
}

export async function deleteMessage(ctx: RequestContext, input: { messageId: string }): Promise<MessageRecord> {
  const { scope, message, actor } = await targetMessage(ctx, input.messageId);
  if (message.deletedAt) throw new SwitchboardError('CONFLICT', 'The message was already deleted.');
  if (!(await canDeleteMessage(scope, message))) {
    throw new SwitchboardError(
      'PERMISSION_DENIED',
      'Only the author, a channel admin or a workspace admin or owner can delete this message.',
    );
  }
  const deleted = await scope.provider.deleteMessage(actor, message.id);
  await publishMessageEvent(ctx, scope, 'MESSAGE_DELETED', deleted);
  return deleted;
}

export function addReaction(ctx: RequestContext, input: { messageId: string; emoji: string }): Promise<MessageRecord> {
  return changeReaction(ctx, input, 'REACTION_ADDED');
}

export function removeReaction(ctx: RequestContext, input: { messageId: string; emoji: string }): Promise<MessageRecord> {
  return changeReaction(ctx, input, 'REACTION_REMOVED');
}

/** Reactions are the viewer's own: the provider adds or removes the acting user's reaction only. */
async function changeReaction(
  ctx: RequestContext,
  input: { messageId: string; emoji: string },
  type: 'REACTION_ADDED' | 'REACTION_REMOVED',
): Promise<MessageRecord> {
  const emoji = validEmoji(input.emoji);
  const { scope, message, actor } = await targetMessage(ctx, input.messageId);
  requireCapability(scope.provider.capabilities().reactions, 'reactions');
  const updated =
    type === 'REACTION_ADDED'
      ? await scope.provider.addReaction(actor, message.id, emoji)
      : await scope.provider.removeReaction(actor, message.id, emoji);
  await publishMessageEvent(ctx, scope, type, updated, { emoji });
  return updated;
}

/** The message a mutation changes, and the viewer acting on it; its channel must take writes. */
export async function targetMessage(
  ctx: RequestContext,
  messageId: string,
): Promise<{ scope: WorkspaceScope; message: MessageRecord; actor: Actor }> {
  requireWriteScope(ctx);
  const ref = refFromGlobalId(messageId, 'Message', ['input', 'messageId']);
  const scope = await requireMemberScope(ctx, ref);
  const message = await requireMessage(ctx, ref);
  const channel = await scope.loaders.channels.load(message.channelId);
  const actor = await writingActor(scope, message.channelId, channel?.name ?? 'the channel');
  return { scope, message, actor };
}

async function requireActor(scope: WorkspaceScope): Promise<Actor> {
  const actor = await scope.actor();
  if (!actor) throw new SwitchboardError('NOT_FOUND', 'You are not a member of this workspace.');
  return actor;
}

/**
 * Every write (send, edit, delete, react) needs a channel the viewer belongs to that is not archived:
 * an archived channel is read-only, as on the chat platforms.
 */
export async function writingActor(scope: WorkspaceScope, channelId: string, channelName: string): Promise<Actor> {
  const access = await scope.loaders.channelAccess.load(channelId);
  if (!access.canPost) {
    throw access.isMember
      ? new SwitchboardError('CONFLICT', `#${channelName} is archived and read-only.`)
      : new SwitchboardError('PERMISSION_DENIED', `Join #${channelName} before writing in it.`);
  }
  return requireActor(scope);
}

function requireCapability(supported: boolean, what: string): void {
  if (!supported) throw new SwitchboardError('UNSUPPORTED', `This workspace's provider does not support ${what}.`);
}

/** Exactly one of text, markdown or html (html on email workspaces only), not blank, within the provider's length limit. */
export function messageContent(
  input: { text?: string | null; markdown?: string | null; html?: string | null },
  capabilities: Capabilities,
): MessageContent {
  const given = (['text', 'markdown', 'html'] as const).filter((name) => input[name] != null);
  if (given.length !== 1) {
    throw new SwitchboardError(
      'VALIDATION_ERROR',
      given.length === 0 ? 'Give the message content in text or markdown.' : `Give one of text, markdown or html, not ${given.join(' and ')}.`,
      { field: ['input', given[1] ?? 'text'] },
    );
  }
  const format = given[0];
  const text = input[format] as string;
  if (format === 'html' && !capabilities.email) {
    throw new SwitchboardError('UNSUPPORTED', 'html content is for email workspaces (capabilities.email); send text or markdown here.', {
      field: ['input', 'html'],
    });
  }
  if (format === 'html' && htmlToText(text).text.trim().length === 0 && !/<img\b/i.test(text)) {
    throw new SwitchboardError('VALIDATION_ERROR', 'html must not be empty.', { field: ['input', 'html'] });
  }
  if (text.trim().length === 0) {
    throw new SwitchboardError('VALIDATION_ERROR', `${format} must not be empty.`, { field: ['input', format] });
  }
  const length = [...text].length;
  if (length > capabilities.maxMessageLength) {
    throw new SwitchboardError(
      'VALIDATION_ERROR',
      `${format} is ${length.toLocaleString('en-US')} characters long; the limit is ${capabilities.maxMessageLength.toLocaleString('en-US')}.`,
      { field: ['input', format] },
    );
  }
  // Mail written in HTML travels with its plain-text rendering (the text/plain alternative of the mail).
  return format === 'html' ? { text: htmlToText(text).text, format: 'text', html: text } : { text, format };
}

const CUSTOM_EMOJI = /^:[a-z0-9_+-]{1,62}:$/;
const PICTOGRAPH = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

/** A unicode emoji (👍) or a workspace's custom emoji name (`:shipit:`). */
function validEmoji(value: string): string {
  const emoji = value.trim();
  if (CUSTOM_EMOJI.test(emoji) || (emoji.length <= 32 && !/\s/.test(emoji) && PICTOGRAPH.test(emoji))) return emoji;
  throw new SwitchboardError(
    'VALIDATION_ERROR',
    `emoji must be a unicode emoji such as "👍" or a custom emoji name such as ":shipit:", got ${JSON.stringify(value)}.`,
    { field: ['input', 'emoji'] },
  );
}
