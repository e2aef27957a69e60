import type { Actor, MessageRecord } from '../model.js';
import type { SlackConnection } from './connection.js';
import { isChannelId, parseMessageId } from './ids.js';
import type { HistoryResponse, SlackMessage } from './wire.js';

/**
 * Idempotent sends to Slack (src/store/idempotency.ts). chat.postMessage has no idempotency key of its own,
 * so a guarded send carries message metadata naming a token derived from the key; after a crash, the next
 * attempt reads the channel (or the thread) since the first attempt began, with the metadata, and takes the
 * message carrying that token instead of posting again.
 */

const EVENT_TYPE = 'switchboard_send';
/** How far before the first attempt to look: clocks of Switchboard and Slack may differ a little. */
const CLOCK_SLACK_SECONDS = 120;

/** The chat.postMessage argument that marks a guarded send. */
export function sendMetadata(token: string): string {
  return JSON.stringify({ event_type: EVENT_TYPE, event_payload: { token } });
}

export async function findSentMessage(
  connection: SlackConnection,
  actor: Actor,
  lookup: { channelId: string; parentId: string | null; token: string; since: Date },
): Promise<MessageRecord | null> {
  if (!isChannelId(lookup.channelId)) return null;
  const acting = await connection.writer(actor);
  const oldest = String(Math.floor(lookup.since.getTime() / 1000) - CLOCK_SLACK_SECONDS);
  const parent = lookup.parentId ? parseMessageId(lookup.parentId) : null;
  // A reply sits in its thread (the root's ts names it, whichever message of it was replied to).
  const history = parent
    ? await connection.api.call<HistoryResponse>(
        'conversations.replies',
        { channel: lookup.channelId, ts: parent.ts, oldest, include_all_metadata: true, limit: 1000 },
        acting.token,
      )
    : await connection.api.call<HistoryResponse>(
        'conversations.history',
        { channel: lookup.channelId, oldest, include_all_metadata: true, limit: 999 },
        acting.token,
      );
  const found = history.messages.find((message) => tokenOf(message) === lookup.token && message.user === acting.userId);
  if (!found) return null;
  const [record] = await connection.records([{ channel: lookup.channelId, message: found }]);
  return record ?? null;
}

function tokenOf(message: SlackMessage & { metadata?: { event_type?: string; event_payload?: { token?: unknown } } }): string | null {
  const metadata = message.metadata;
  return metadata?.event_type === EVENT_TYPE && typeof metadata.event_payload?.token === 'string' ? metadata.event_payload.token : null;
}
