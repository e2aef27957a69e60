import { isGuid, type MessageContainer } from './ids.js';

/**
 * A Bot Framework activity (what Teams posts to the bot's messaging endpoint) → the adaptive-card click it
 * stands for, or null for anything else. Teams sends a click as
 * - an `invoke` named `adaptiveCard/action` (Action.Execute, Universal Actions): `value.action` is
 *   `{ type, id?, verb, data }`;
 * - a `message` with `value` and no text (Action.Submit): `value` is the action's data merged with the card's
 *   inputs; the action's id is not sent.
 * Where: `replyToId` is the message holding the card (Teams' activity ids are Graph's message ids). In a
 * channel, `conversation.id` is `19:…@thread.tacv2;messageid=<root>` and the team is `channelData.team.aadGroupId`
 * (the Graph team id; `channelData.team.id` is a thread id Graph does not take); in a group chat or a 1:1
 * chat, `conversation.id` is the Graph chat id. A bot's personal conversation (`a:…` ids) has no Graph chat
 * id and is left out. Who: `from.aadObjectId` (the Entra object id).
 */

export interface CardClick {
  tenantId: string;
  /** The activity's id, unique per activity: names the delivery. */
  activityId: string | null;
  /** Whether Teams waits for an invoke response (Action.Execute). */
  invoke: boolean;
  serviceUrl: string | null;
  at: Date;
  container: MessageContainer;
  messageId: string;
  rootId: string | null;
  userId: string | null;
  action: { id: string | null; verb: string | null; data: unknown };
}

type Json = Record<string, unknown>;
const obj = (value: unknown): Json | null => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : null);
const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const THREAD = /^19:[^/\s;]+$/;
const MESSAGE = /^\d{1,20}$/;

function actionOf(activity: Json): CardClick['action'] | null {
  if (activity.type === 'invoke') {
    if (activity.name !== 'adaptiveCard/action') return null;
    const action = obj(obj(activity.value)?.action);
    if (!action) return null;
    return { id: str(action.id), verb: str(action.verb), data: action.data ?? null };
  }
  if (activity.type === 'message' && obj(activity.value) && !str(activity.text)) return { id: null, verb: null, data: activity.value };
  return null;
}

function placeOf(activity: Json, replyToId: string): Pick<CardClick, 'container' | 'messageId' | 'rootId'> | null {
  const conversation = obj(activity.conversation) ?? {};
  const channelData = obj(activity.channelData) ?? {};
  const [conversationId, ...parameters] = (str(conversation.id) ?? '').split(';');
  if (conversation.conversationType === 'channel') {
    const teamId = str(obj(channelData.team)?.aadGroupId);
    const channelId = str(obj(channelData.channel)?.id) ?? conversationId;
    if (!teamId || !isGuid(teamId) || !THREAD.test(channelId)) return null;
    const root = parameters.map((parameter) => /^messageid=(\d{1,20})$/.exec(parameter)?.[1]).find(Boolean) ?? replyToId;
    return { container: { kind: 'channel', teamId, channelId }, messageId: replyToId, rootId: root === replyToId ? null : root };
  }
  if (!THREAD.test(conversationId)) return null;
  return { container: { kind: 'chat', chatId: conversationId }, messageId: replyToId, rootId: null };
}

export function clickOfActivity(body: unknown): CardClick | null {
  const activity = obj(body);
  if (!activity || activity.channelId !== 'msteams') return null;
  const action = actionOf(activity);
  const replyToId = str(activity.replyToId);
  if (!action || !replyToId || !MESSAGE.test(replyToId)) return null;
  const conversation = obj(activity.conversation) ?? {};
  const tenantId = str(conversation.tenantId) ?? str(obj(obj(activity.channelData)?.tenant)?.id);
  if (!tenantId || !isGuid(tenantId)) return null;
  const place = placeOf(activity, replyToId);
  if (!place) return null;
  const at = Date.parse(str(activity.timestamp) ?? '');
  return {
    tenantId,
    activityId: str(activity.id),
    invoke: activity.type === 'invoke',
    serviceUrl: str(activity.serviceUrl),
    at: Number.isFinite(at) ? new Date(at) : new Date(),
    ...place,
    userId: str(obj(activity.from)?.aadObjectId),
    action,
  };
}
