import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/tables.js';
import { emojiOfReaction } from '../providers/slack/ids.js';
import { reactionName } from '../providers/slack/writes.js';
import type { EventType } from '../providers/events.js';
import type { ProviderName } from '../providers/model.js';

/**
 * Echo suppression. A change made through Switchboard on a provider workspace is published at write time;
 * the provider then reports the same change again (Slack sends the event of our own chat.postMessage to
 * the webhook, and a poller finds our message in the history). Either side may come first: Slack can
 * deliver the event before chat.postMessage has even answered.
 *
 * So both sides claim the change here and whoever comes second stays silent: a claim looks for a waiting
 * claim of the other side with the same key and consumes it (then the caller must not publish), or leaves
 * its own for ECHO_WINDOW_SECONDS (then the caller publishes). One claim cancels exactly one echo, so two
 * real edits in a row still give two events. The check and the insert run under a transaction-scoped
 * advisory lock on the key, so concurrent claims from several processes cannot both miss each other.
 */

/** How long a published change waits for its echo. Slack retries a delivery for about five minutes. */
export const ECHO_WINDOW_SECONDS = 10 * 60;

/** Providers that report our own changes back to us; built-in changes are only ever published once. */
const ECHOING_PROVIDERS: ReadonlySet<ProviderName> = new Set(['slack']);

/** Changes a provider reports back: the ones made by the message mutations. Others never need a claim. */
const ECHOING_TYPES: ReadonlySet<EventType> = new Set<EventType>([
  'MESSAGE_CREATED',
  'MESSAGE_UPDATED',
  'MESSAGE_DELETED',
  'REACTION_ADDED',
  'REACTION_REMOVED',
  'MESSAGE_PINNED',
  'MESSAGE_UNPINNED',
  'APP_MENTION',
]);

/** Advisory-lock namespace of echo claims (an arbitrary constant). */
const ECHO_LOCK_NAMESPACE = 0x6563686f; // "echo"

export interface ChangeKey {
  provider: ProviderName;
  workspaceId: string;
  type: EventType;
  /** The native id of the message the change is about. */
  messageId: string;
  /** What else tells two changes of the same message apart (the emoji of a reaction); '' when nothing. */
  detail?: string;
}

export type ChangeOrigin = 'SWITCHBOARD' | 'PROVIDER';

/** Whether this change on this provider can come back as an echo (then both sides must claim it). */
export function echoesBack(provider: ProviderName, type: EventType): boolean {
  return ECHOING_PROVIDERS.has(provider) && ECHOING_TYPES.has(type);
}

/**
 * Claims a change for `origin`. Returns true when the caller should publish it (it is the first report),
 * false when the other side already published it (this is the echo).
 */
export async function claimChange(db: Kysely<Database>, change: ChangeKey, origin: ChangeOrigin): Promise<boolean> {
  if (!echoesBack(change.provider, change.type)) return true;
  const detail = providerEmoji(change.provider, change.detail ?? '');
  const other: ChangeOrigin = origin === 'SWITCHBOARD' ? 'PROVIDER' : 'SWITCHBOARD';
  const lockKey = [change.provider, change.workspaceId, change.type, change.messageId, detail].join('|');
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${ECHO_LOCK_NAMESPACE}, hashtext(${lockKey}))`.execute(trx);
    const waiting = await trx
      .selectFrom('provider_echoes')
      .select('id')
      .where('provider', '=', change.provider)
      .where('workspace_id', '=', change.workspaceId)
      .where('message_id', '=', change.messageId)
      .where('type', '=', change.type)
      .where('detail', '=', detail)
      .where('origin', '=', other)
      .where('created_at', '>', sql<Date>`now() - make_interval(secs => ${ECHO_WINDOW_SECONDS})`)
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    if (waiting) {
      await trx.deleteFrom('provider_echoes').where('id', '=', waiting.id).execute();
      return false;
    }
    await trx
      .insertInto('provider_echoes')
      .values({
        provider: change.provider,
        workspace_id: change.workspaceId,
        type: change.type,
        message_id: change.messageId,
        detail,
        origin,
      })
      .execute();
    return true;
  });
}

/** Deletes claims whose echo never came (a change nobody reported back); returns how many. */
export async function pruneEchoes(db: Kysely<Database>): Promise<number> {
  const result = await db
    .deleteFrom('provider_echoes')
    .where('created_at', '<', sql<Date>`now() - make_interval(secs => ${ECHO_WINDOW_SECONDS})`)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * An emoji as the provider reports it, so a reaction is named the same way whichever side reports it: a
 * write names it as the client gave it ("👍"), Slack's event by its reaction name (`:+1:`). Unchanged for
 * providers that keep emoji as given (the built-in workspace).
 */
export function providerEmoji(provider: ProviderName, emoji: string): string {
  if (provider !== 'slack' || emoji === '') return emoji;
  try {
    return emojiOfReaction(reactionName(emoji));
  } catch {
    return emoji;
  }
}
