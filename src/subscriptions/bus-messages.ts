import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.js';
import { isUuid } from '../db/uuid.js';
import { EVENT_TYPES, type LoggedEvent } from '../providers/events.js';
import type { ProviderName } from '../providers/model.js';

/**
 * What travels on the Redis channel: one logged event, signed with a secret kept in the database, so that
 * only instances sharing this deployment's store can publish (another deployment on the same Redis channel,
 * or anyone else who can write to it, is skipped). Messages are checked field by field before anything acts
 * on them: a bad one is dropped with a reason, never thrown.
 */

const SECRET_SETTING = 'bus_secret';
/** A logged event envelope is a few hundred bytes; anything much bigger is not one. */
const MAX_MESSAGE_BYTES = 16 * 1024;
const PROVIDERS: readonly ProviderName[] = ['builtin', 'slack', 'teams', 'outlook', 'gmail'];

interface SignedMessage {
  v: 1;
  event: Record<string, unknown>;
  sig: string;
}

export function sealBusMessage(event: LoggedEvent, secret: Buffer): string {
  const body = { ...event, occurredAt: event.occurredAt.toISOString() };
  const message: SignedMessage = { v: 1, event: body, sig: signature(JSON.stringify(body), secret) };
  return JSON.stringify(message);
}

/** The event a bus message carries, or why it is not one (for the log; never quotes the payload). */
export function openBusMessage(payload: string, secret: Buffer): { event: LoggedEvent } | { problem: string } {
  if (payload.length > MAX_MESSAGE_BYTES) return { problem: 'too large' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return { problem: 'not JSON' };
  }
  const message = parsed as Partial<SignedMessage> | null;
  if (!message || typeof message !== 'object' || message.v !== 1 || typeof message.sig !== 'string' || !isRecord(message.event)) {
    return { problem: 'not a signed bus message' };
  }
  const expected = Buffer.from(signature(JSON.stringify(message.event), secret));
  const given = Buffer.from(message.sig);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { problem: 'signature does not match (another deployment on this channel?)' };
  }
  const event = toEvent(message.event);
  return event ? { event } : { problem: 'not a valid event' };
}

/** The bus secret of this deployment: generated on first use and kept in the settings table, like the file-link secret. */
export async function loadBusSecret(db: Kysely<Database>): Promise<Buffer> {
  await db
    .insertInto('settings')
    .values({ key: SECRET_SETTING, value: randomBytes(32).toString('base64url') })
    .onConflict((conflict) => conflict.column('key').doNothing())
    .execute();
  const row = await db.selectFrom('settings').select('value').where('key', '=', SECRET_SETTING).executeTakeFirstOrThrow();
  return Buffer.from(row.value, 'base64url');
}

function signature(body: string, secret: Buffer): string {
  return createHmac('sha256', secret).update(body, 'utf8').digest('base64url');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const OPTIONAL_IDS = ['channelId', 'messageId', 'threadRootId', 'actorId', 'emoji', 'buttonId', 'audienceAccountId', 'scheduledMessageId'] as const;

/** The envelope, checked field by field: the same shape the event log writes (src/subscriptions/event-log.ts). */
function toEvent(body: Record<string, unknown>): LoggedEvent | null {
  const { seq, id, type, occurredAt, provider, workspaceId } = body;
  if (typeof seq !== 'string' || !/^[1-9]\d{0,18}$/.test(seq)) return null;
  if (typeof id !== 'string' || !isUuid(id)) return null;
  if (typeof type !== 'string' || !(EVENT_TYPES as readonly string[]).includes(type)) return null;
  if (typeof provider !== 'string' || !PROVIDERS.includes(provider as ProviderName)) return null;
  if (typeof workspaceId !== 'string' || workspaceId === '' || workspaceId.length > 512) return null;
  const when = typeof occurredAt === 'string' ? new Date(occurredAt) : null;
  if (!when || Number.isNaN(when.getTime())) return null;
  const event: LoggedEvent = {
    seq,
    id,
    type: type as LoggedEvent['type'],
    occurredAt: when,
    provider: provider as ProviderName,
    workspaceId,
    channelId: null,
    messageId: null,
    threadRootId: null,
    actorId: null,
    emoji: null,
    buttonId: null,
    audienceAccountId: null,
    scheduledMessageId: null,
  };
  for (const key of OPTIONAL_IDS) {
    const value = body[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string' || value.length > 512) return null;
    event[key] = value;
  }
  return event;
}
