import { logInfo } from '../../log.js';
import type { WebhookHandler, WebhookResult } from '../definition.js';
import { allSlackConnections, type SlackConnection, type SlackServer } from './connections.js';
import { buttonClicks, clickId } from './webhook/buttons.js';
import { normalizeSlackEvent, type SlackInnerEvent } from './webhook/normalize.js';
import { verifySlackRequest } from './webhook/signature.js';

/**
 * POST /webhooks/slack (Events API) and POST /webhooks/slack/interactivity (block actions).
 *
 * Order matters: the v0 signature is checked on the raw bytes before anything is parsed; then the
 * delivery is routed to its connection (team_id, api_app_id) among those whose signing secret signed it;
 * then the ingest path claims it by its event id (Slack retries deliver the same id, with
 * X-Slack-Retry-Num) before the answer, and publishes its changes after the answer (Slack wants it within
 * 3 s). Handlers return a result for every input and never throw at Slack.
 */

/** The definition's webhook handlers, by route kind ('' is POST /webhooks/slack). */
export function slackWebhooks(server: SlackServer): Record<string, WebhookHandler> {
  return {
    '': (request) => handleSlackEvents(server, request),
    interactivity: (request) => handleSlackInteractivity(server, request),
  };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

const respond = (response: Response): WebhookResult => ({ kind: 'respond', response });

/** A signed delivery that this server will not act on: acknowledge it and tell Slack not to retry. */
const ignored = (reason: string) => respond(json(200, { ok: true, ignored: reason }, { 'X-Slack-No-Retry': '1' }));

interface Verified {
  raw: Uint8Array;
  /** Connections whose signing secret signed the request. */
  candidates: SlackConnection[];
}

/**
 * Reads the raw body and checks its signature against every signing secret in use. Returns the
 * connections that share the matching secret, or the 401 to answer.
 */
async function verify(server: SlackServer, request: Request): Promise<Verified | WebhookResult> {
  const headers = { timestamp: request.headers.get('x-slack-request-timestamp'), signature: request.headers.get('x-slack-signature') };
  // Unsigned or stale requests are refused before the body is read or the database asked.
  const early = verifySlackRequest(headers, new Uint8Array(), []);
  if (!early.ok && early.reason !== 'bad_signature') {
    logInfo('slack_webhook_rejected', { reason: early.reason });
    return respond(json(401, { ok: false, error: early.reason }));
  }
  const raw = new Uint8Array(await request.arrayBuffer());
  const connections = await allSlackConnections(server.host.connections.store);
  const appSecret = server.app.signingSecret;
  const secretOf = (connection: SlackConnection) => connection.signingSecret ?? appSecret;
  // The app's own secret counts even before any workspace is connected: Slack verifies the Request URL
  // (url_verification) when the app is configured, before the first install.
  const secrets = [...new Set([appSecret, ...connections.map(secretOf)].filter((secret): secret is string => secret !== null))];
  const check = verifySlackRequest(headers, raw, secrets);
  if (!check.ok) {
    logInfo('slack_webhook_rejected', { reason: check.reason });
    return respond(json(401, { ok: false, error: check.reason }));
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
export async function handleSlackEvents(server: SlackServer, request: Request): Promise<WebhookResult> {
  const verified = await verify(server, request);
  if (!('raw' in verified)) return verified;
  const body = parseJson(verified.raw);
  if (!body) return respond(json(400, { ok: false, error: 'invalid_json' }));

  switch (body.type) {
    case 'url_verification':
      return respond(json(200, { challenge: typeof body.challenge === 'string' ? body.challenge : '' }));
    case 'app_rate_limited':
      logInfo('slack_app_rate_limited', { teamId: str(body.team_id), minute: body.minute_rate_limited });
      return respond(json(200, { ok: true }));
    case 'event_callback':
      break;
    default:
      return ignored('unsupported_type');
  }

  const connection = route(verified.candidates, teamOf(body), str(body.api_app_id));
  if (!connection) return ignored('unknown_workspace');
  const eventId = str(body.event_id);
  const event = typeof body.event === 'object' && body.event !== null ? (body.event as SlackInnerEvent) : null;
  if (!eventId || !event) return respond(json(400, { ok: false, error: 'missing_event' }));

  const retryNum = request.headers.get('x-slack-retry-num');
  return {
    kind: 'deliver',
    deliveries: [{ workspaceId: connection.teamId, deliveryId: eventId, changes: normalizeSlackEvent(connection.teamId, event, body.event_time) }],
    respond: ({ duplicates }) => {
      if (duplicates === 0) return json(200, { ok: true });
      logInfo('slack_event_duplicate', { teamId: connection.teamId, eventId, retryNum });
      return json(200, { ok: true, duplicate: true });
    },
  };
}

/** POST /webhooks/slack/interactivity: `payload=<json>` form bodies; block_actions become BUTTON_CLICKED. */
export async function handleSlackInteractivity(server: SlackServer, request: Request): Promise<WebhookResult> {
  const verified = await verify(server, request);
  if (!('raw' in verified)) return verified;
  const payloadText = new URLSearchParams(Buffer.from(verified.raw).toString('utf8')).get('payload');
  const payload = payloadText ? parseJson(Buffer.from(payloadText, 'utf8')) : null;
  if (!payload) return respond(json(400, { ok: false, error: 'invalid_payload' }));
  if (payload.type !== 'block_actions') return respond(new Response(null, { status: 200 }));

  const team = typeof payload.team === 'object' && payload.team !== null ? (payload.team as Record<string, unknown>) : null;
  const user = typeof payload.user === 'object' && payload.user !== null ? (payload.user as Record<string, unknown>) : null;
  const connection = route(verified.candidates, str(team?.id) ?? str(user?.team_id), str(payload.api_app_id));
  if (!connection) return ignored('unknown_workspace');

  // Each click is its own delivery, de-duplicated by who clicked which button when (./webhook/buttons.ts).
  const deliveries = buttonClicks(connection.teamId, payload).map((change) => ({ workspaceId: connection.teamId, deliveryId: clickId(change), changes: [change] }));
  return { kind: 'deliver', deliveries, respond: () => new Response(null, { status: 200 }) };
}
