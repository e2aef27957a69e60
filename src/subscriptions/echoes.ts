import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/tables.js';
import type { EchoRules } from '../providers/definition.js';
import type { EventType } from '../providers/events.js';
import type { ProviderName } from '../providers/model.js';

export type { EchoRules };

/**
 * Echo suppression. A change made through Switchboard on a provider workspace is published at write time;
 * the provider then reports the same change again (a chat platform sends the event of our own post to
 * the webhook, a poller finds our message in the history). Either side may come first: a webhook can
 * deliver the event before the write call has even answered.
 *
 * So both sides claim the change here and whoever comes second stays silent: a claim looks for a waiting
 * claim of the other side with the same key and consumes it (then the caller must not publish), or leaves
 * its own for ECHO_WINDOW_SECONDS (then the caller publishes). One claim cancels exactly one echo, so two
 * real edits in a row still give two events. The check and the insert run under a transaction-scoped
 * advisory lock on the key, so concurrent claims from several processes cannot both miss each other.
 */

/** How long a published change waits for its echo; providers retry a delivery for several minutes. */
export const ECHO_WINDOW_SECONDS = 10 * 60;


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

/** Whether this change can come back as an echo under these rules (then both sides must claim it). */
export function echoesBack(rules: EchoRules | null | undefined, type: EventType): boolean {
  return rules ? rules.types.has(type) : false;
}

/**
 * Claims a change for `origin` under the provider's echo rules. Returns true when the caller should
 * publish it (it is the first report), false when the other side already published it (this is the echo).
 */
export async function claimChange(db: Kysely<Database>, change: ChangeKey, origin: ChangeOrigin, rules: EchoRules | null | undefined): Promise<boolean> {
  if (!echoesBack(rules, change.type)) return true;
  const detail = providerEmoji(rules, change.detail ?? '');
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

/** An emoji as the provider reports it (its echo rules' `emoji`); unchanged without rules or for ''. */
export function providerEmoji(rules: EchoRules | null | undefined, emoji: string): string {
  if (!rules?.emoji || emoji === '') return emoji;
  return rules.emoji(emoji);
}
