import type { Connections } from '../../connections/service.js';
import type { SlackConnection } from '../../connections/store.js';
import { logInfo } from '../../log.js';
import type { AfterAck } from '../after-ack.js';
import { claimDelivery } from '../deliveries.js';
import { slackNativeIds } from './native-ids.js';
import { normalizeSlackEvent, type SlackChange, type SlackInnerEvent } from './normalize.js';
import { publishSlackChanges, type SlackPublishDeps } from './publish.js';
import { verifySlackRequest } from './signature.js';

/**
 * POST /webhooks/slack (Events API) and POST /webhooks/slack/interactivity (block actions).
 *
 * Order matters: the v0 signature is checked on the raw bytes before anything is parsed; then the
 * delivery is routed to its connection (team_id, api_app_id) among those whose signing secret signed it;
 * then it is claimed by its event id (Slack retries deliver the same id, with X-Slack-Retry-Num); then
 * the handler answers 200 and normalizes and publishes after the answer (Slack wants it within 3 s).
 * Handlers return a Response for every input and never throw at Slack.
 */

export interface SlackWebhookDeps extends SlackPublishDeps {
  connections: Connections;
  afterAck: AfterAck;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** A signed delivery that this server will not act on: acknowledge it and tell Slack not to retry. */
const ignored = (reason: string) => json(200, { ok: true, ignored: reason }, { 'X-Slack-No-Retry': '1' });

interface Verified {
  raw: Uint8Array;
  /** Connections whose signing secret signed the request. */
  candidates: SlackConnection[];
}

/**
 * Reads the raw body and checks its signature against every signing secret in use. Returns the
 * connections that share the matching secret, or the 401 to answer.
 */
async function verify(deps: SlackWebhookDeps, request: Request): Promise<Verified | Response> {
  const headers = { timestamp: request.headers.get('x-slack-request-timestamp'), signature: request.headers.get('x-slack-signature') };
  // Unsigned or stale requests are refused before the body is read or the database asked.
  const early = verifySlackRequest(headers, new Uint8Array(), []);
  if (!early.ok && early.reason !== 'bad_signature') {
    logInfo('slack_webhook_rejected', { reason: early.reason });
    return json(401, { ok: false, error: early.reason });
  }
  const raw = new Uint8Array(await request.arrayBuffer());
  const connections = await deps.connections.store.allSlack();
  const appSecret = deps.connections.slack.signingSecret;
  const secretOf = (connection: SlackConnection) => connection.signingSecret ?? appSecret;
  // The app's own secret counts even before any workspace is connected: Slack verifies the Request URL
  // (url_verification) when the app is configured, before the first install.
  const secrets = [...new Set([appSecret, ...connections.map(secretOf)].filter((secret): secret is string => secret !== null))];
  const check = verifySlackRequest(headers, raw, secrets);
  if (!check.ok) {
    logInfo('slack_webhook_rejected', { reason: check.reason });
    return json(401, { ok: false, error: check.reason });
  }
  const secret = secrets[check.secretIndex];
  return { raw, candidates: connections.filter((connection) => secretOf(connection) === secret) };
}

/** The connection a payload is for: its team among the candidates, and its app when both name one. */
function route(candidates: SlackConnection[], teamId: string | null, appId: string | null): SlackConnection | null {
  const connection = candidates.find((candidate) => candidate.teamId === teamId) ?? null;
  if (connection && appId && connection.appId && connection.appId !== appId) return null;
  return connection;
}

function parseJson(raw: Uint8Array): Record<string, unknown> | null {
  try {
    const value = JSON.parse(Buffer.from(raw).toString('utf8')) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** The team of an event_callback: `team_id`, else the first authorization's. */
function teamOf(body: Record<string, unknown>): string | null {
  const authorizations = Array.isArray(body.authorizations) ? (body.authorizations as Array<Record<string, unknown>>) : [];
  return str(body.team_id) ?? str(body.context_team_id) ?? str(authorizations[0]?.team_id);
}

/** POST /webhooks/slack */
export async function handleSlackEvents(deps: SlackWebhookDeps, request: Request): Promise<Response> {
  const verified = await verify(deps, request);
  if (verified instanceof Response) return verified;
  const body = parseJson(verified.raw);
  if (!body) return json(400, { ok: false, error: 'invalid_json' });

  switch (body.type) {
    case 'url_verification':
      return json(200, { challenge: typeof body.challenge === 'string' ? body.challenge : '' });
    case 'app_rate_limited':
      logInfo('slack_app_rate_limited', { teamId: str(body.team_id), minute: body.minute_rate_limited });
      return json(200, { ok: true });
    case 'event_callback':
      break;
    default:
      return ignored('unsupported_type');
  }

  const connection = route(verified.candidates, teamOf(body), str(body.api_app_id));
  if (!connection) return ignored('unknown_workspace');
  const eventId = str(body.event_id);
  const event = typeof body.event === 'object' && body.event !== null ? (body.event as SlackInnerEvent) : null;
  if (!eventId || !event) return json(400, { ok: false, error: 'missing_event' });

  const retryNum = request.headers.get('x-slack-retry-num');
  if (!(await claimDelivery(deps.db, 'slack', connection.teamId, eventId))) {
    logInfo('slack_event_duplicate', { teamId: connection.teamId, eventId, retryNum });
    return json(200, { ok: true, duplicate: true });
  }
  const changes = normalizeSlackEvent(connection.teamId, event, body.event_time);
  deps.afterAck.run(async () => {
    await publishSlackChanges(deps, changes);
  });
  return json(200, { ok: true });
}

/** POST /webhooks/slack/interactivity: `payload=<json>` form bodies; block_actions become BUTTON_CLICKED. */
export async function handleSlackInteractivity(deps: SlackWebhookDeps, request: Request): Promise<Response> {
  const verified = await verify(deps, request);
  if (verified instanceof Response) return verified;
  const payloadText = new URLSearchParams(Buffer.from(verified.raw).toString('utf8')).get('payload');
  const payload = payloadText ? parseJson(Buffer.from(payloadText, 'utf8')) : null;
  if (!payload) return json(400, { ok: false, error: 'invalid_payload' });
  if (payload.type !== 'block_actions') return new Response(null, { status: 200 });

  const team = typeof payload.team === 'object' && payload.team !== null ? (payload.team as Record<string, unknown>) : null;
  const user = typeof payload.user === 'object' && payload.user !== null ? (payload.user as Record<string, unknown>) : null;
  const connection = route(verified.candidates, str(team?.id) ?? str(user?.team_id), str(payload.api_app_id));
  if (!connection) return ignored('unknown_workspace');

  const changes = buttonClicks(connection.teamId, payload);
  // Interactivity payloads have no event id; a click is identified by its user, action and action_ts.
  const fresh: SlackChange[] = [];
  for (const change of changes) {
    const key = `action:${change.envelope.actorId}:${change.envelope.buttonId}:${change.envelope.occurredAt.getTime()}:${change.envelope.messageId}`;
    if (await claimDelivery(deps.db, 'slack', connection.teamId, key)) fresh.push(change);
  }
  deps.afterAck.run(async () => {
    await publishSlackChanges(deps, fresh);
  });
  return new Response(null, { status: 200 });
}

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
