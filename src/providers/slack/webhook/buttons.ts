import { slackNativeIds } from '../ids.js';
import type { SlackChange } from './normalize.js';

/**
 * Slack interactivity payloads (`block_actions`) → BUTTON_CLICKED, one per button action on a message.
 * Interactivity payloads have no event id: a click is identified by its user, action and action_ts.
 */

const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** One BUTTON_CLICKED per button action of a block_actions payload on a message. */
export function buttonClicks(teamId: string, payload: Record<string, unknown>): SlackChange[] {
  const container = (payload.container ?? {}) as Record<string, unknown>;
  const channelObject = (payload.channel ?? {}) as Record<string, unknown>;
  const message = (payload.message ?? {}) as Record<string, unknown>;
  const user = (payload.user ?? {}) as Record<string, unknown>;
  const channel = str(container.channel_id) ?? str(channelObject.id);
  const ts = str(container.message_ts) ?? str(message.ts);
  if (!channel || !ts) return [];
  const root = str(container.thread_ts) ?? str(message.thread_ts) ?? ts;
  const actions = Array.isArray(payload.actions) ? (payload.actions as Array<Record<string, unknown>>) : [];
  return actions
    .filter((action) => action.type === 'button' && str(action.action_id))
    .map((action) => {
      const actionTs = Number(str(action.action_ts));
      return {
        envelope: {
          type: 'BUTTON_CLICKED' as const,
          occurredAt: Number.isFinite(actionTs) ? new Date(actionTs * 1000) : new Date(),
          provider: 'slack' as const,
          workspaceId: teamId,
          channelId: channel,
          messageId: slackNativeIds.messageId(channel, ts),
          threadRootId: slackNativeIds.messageId(channel, root),
          actorId: str(user.id),
          emoji: null,
          buttonId: slackNativeIds.buttonId(str(action.block_id), str(action.action_id)!),
        },
        detail: '',
      };
    });
}

/** The delivery id of a click: who clicked which button of which message, when. */
export function clickId(change: SlackChange): string {
  const { envelope } = change;
  return `action:${envelope.actorId}:${envelope.buttonId}:${envelope.occurredAt.getTime()}:${envelope.messageId}`;
}
