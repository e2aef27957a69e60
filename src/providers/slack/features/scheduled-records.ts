import type { Actor, MessageContent } from '../../model.js';
import type { ScheduledMessageRecord } from '../../features/scheduled.js';
import type { SlackConnection } from '../connection.js';
import { messageId } from '../ids.js';
import { mentionedUserIds, renderMrkdwn } from '../mrkdwn.js';
import { parseScheduledId, scheduledNativeId, type Pending, type ScheduledDeps } from './scheduled-calls.js';
import type { ScheduledMetadata } from './scheduled-store.js';

/**
 * Scheduled-message records from what Slack holds (the pending message) and what Switchboard keeps beside
 * it (its thread and format, ./scheduled-store.ts). Slack holds PENDING messages only.
 */

export function defaultMeta(pending: Pending, actor: Actor): Omit<ScheduledMetadata, 'scheduledId'> {
  return { channelId: pending.channel, authorId: actor.userId, parentTs: null, threadTs: null, replyBroadcast: false, format: 'markdown' };
}

export async function metadataOf(deps: ScheduledDeps, actor: Actor, pending: Pending[]): Promise<Map<string, ScheduledMetadata>> {
  if (!deps.store || pending.length === 0) return new Map();
  return deps.store.load(actor.userId, pending.map((item) => ({ channelId: item.channel, scheduledId: item.id })));
}

export async function toRecords(deps: ScheduledDeps, actor: Actor, pending: Pending[]): Promise<ScheduledMessageRecord[]> {
  const meta = await metadataOf(deps, actor, pending);
  await loadMentioned(deps.connection, pending.map((item) => item.text));
  return Promise.all(pending.map((item) => toRecord(deps, actor, item, meta.get(`${item.channel}:${item.id}`) ?? null, { mentionsLoaded: true })));
}

async function loadMentioned(connection: SlackConnection, texts: string[]): Promise<void> {
  const ids = [...new Set(texts.flatMap((text) => mentionedUserIds(text)))];
  if (ids.length > 0) await connection.users.load(ids);
}

export async function toRecord(
  deps: ScheduledDeps,
  actor: Actor,
  pending: Pending,
  meta: ScheduledMetadata | null,
  options: { mentionsLoaded?: boolean },
): Promise<ScheduledMessageRecord> {
  if (!options.mentionsLoaded) await loadMentioned(deps.connection, [pending.text]);
  const rendered = renderMrkdwn(pending.text, { user: (id) => deps.connection.users.cachedHandle(id) });
  const format = meta?.format ?? 'markdown';
  const content: MessageContent = { format, text: format === 'text' ? rendered.text : rendered.markdown };
  const created = new Date(pending.dateCreated * 1000);
  const nativeId = scheduledNativeId(pending.channel, pending.id);
  return {
    provider: 'slack',
    workspaceId: deps.connection.workspaceId,
    id: nativeId,
    channelId: pending.channel,
    parentId: meta?.parentTs ? messageId(pending.channel, meta.parentTs) : null,
    authorId: actor.userId,
    content,
    text: rendered.text,
    markdown: rendered.markdown,
    alsoSendToChannel: meta?.replyBroadcast ?? false,
    attachments: [],
    scheduledFor: new Date(pending.postAt * 1000),
    status: 'PENDING',
    lastError: null,
    sentMessageId: null,
    attempts: 0,
    // Every version of a message has its own Slack id (an update reschedules it), so the id is the key.
    deliveryKey: `slack-scheduled:${deps.connection.workspaceId}:${nativeId}`,
    createdAt: created,
    updatedAt: created,
  };
}

/** The record of a claim this process no longer remembers: what its id tells. */
export function forgotten(deps: ScheduledDeps, actor: Actor, id: string, now: Date): ScheduledMessageRecord {
  const parsed = parseScheduledId(id);
  return {
    provider: 'slack',
    workspaceId: deps.connection.workspaceId,
    id,
    channelId: parsed?.channel ?? '',
    parentId: null,
    authorId: actor.userId,
    content: { format: 'markdown', text: '' },
    text: '',
    markdown: '',
    alsoSendToChannel: false,
    attachments: [],
    scheduledFor: now,
    status: 'SENDING',
    lastError: null,
    sentMessageId: null,
    attempts: 0,
    deliveryKey: `slack-scheduled:${deps.connection.workspaceId}:${id}`,
    createdAt: now,
    updatedAt: now,
  };
}
