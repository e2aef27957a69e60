import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import type { ProviderRegistry } from '../../providers/registry.js';
import { claimChange } from '../../store/echoes.js';
import type { EventLog } from '../../subscriptions/event-log.js';
import type { SlackChange } from './normalize.js';

/**
 * Appends normalized Slack changes to the event log, so subscribers get them exactly like built-in events
 * (and filtered by the same access rules). Changes about a message are claimed first: the echo of a change
 * made through Switchboard, which was published at write time, is dropped here.
 */

export interface SlackPublishDeps {
  db: Kysely<Database>;
  eventLog: EventLog;
  /** To find the thread root of a reacted-to reply (Slack's reaction events do not say). */
  registry: ProviderRegistry | null;
}

/** Publishes each change unless it is an echo; returns how many were published. */
export async function publishSlackChanges(deps: SlackPublishDeps, changes: readonly SlackChange[]): Promise<number> {
  let published = 0;
  for (const change of changes) {
    const { envelope } = change;
    if (envelope.messageId !== null) {
      const first = await claimChange(
        deps.db,
        { provider: 'slack', workspaceId: envelope.workspaceId, type: envelope.type, messageId: envelope.messageId, detail: change.detail },
        'PROVIDER',
      );
      if (!first) continue;
    }
    const threadRootId =
      envelope.type === 'REACTION_ADDED' || envelope.type === 'REACTION_REMOVED'
        ? await threadRootOf(deps, envelope.workspaceId, envelope.messageId, envelope.threadRootId)
        : envelope.threadRootId;
    await deps.eventLog.record({ ...envelope, threadRootId });
    published += 1;
  }
  return published;
}

async function threadRootOf(
  deps: SlackPublishDeps,
  workspaceId: string,
  messageId: string | null,
  fallback: string | null,
): Promise<string | null> {
  if (!deps.registry || messageId === null) return fallback;
  try {
    const provider = await deps.registry.openFresh({ provider: 'slack', workspaceId });
    if (!provider) return fallback;
    const [message] = await provider.loadMessages([messageId]);
    if (message && !(message instanceof Error)) return message.threadRootId ?? message.id;
  } catch {
    // The provider could not say (rate budget, network): the message itself stands in for its root.
  }
  return fallback;
}
