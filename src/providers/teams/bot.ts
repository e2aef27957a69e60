import { logInfo } from '../../log.js';
import type { ProviderChange } from '../events.js';
import type { ProviderDelivery, WebhookHandler, WebhookResult } from '../definition.js';
import { BearerJwtVerifier, openIdKeys } from '../kit/bearer-jwt.js';
import { clickOfActivity, type CardClick } from './bot-activity.js';
import { teamsCalls } from './client.js';
import type { TeamsConnection } from './connection.js';
import { containerId, messageNativeId } from './ids.js';
import { cardActionsOf } from './map.js';
import type { TeamsSettings } from './settings.js';
import type { GraphChatMessage } from './wire.js';
import { TEAMS } from './workspaces.js';

/**
 * POST /webhooks/microsoft/bot — the app's Bot Framework messaging endpoint (the bot registration's
 * "Messaging endpoint"), where Teams sends adaptive-card clicks (bot-activity.ts). The bearer JWT is verified
 * before the body is read (../kit/bearer-jwt.ts): RS256 with a key of the Bot Framework's OpenID metadata
 * (MICROSOFT_BOTFRAMEWORK_OPENID_URL → `jwks_uri`; keys endorsed for `msteams` only), issuer
 * `https://api.botframework.com`, audience the bot's app id (MICROSOFT_CLIENT_ID: the bot is registered
 * with the app's own id), expiry (no `iat`: the Bot Framework sends none); then the token's `serviceurl` must
 * be the activity's. Refused: 401 and
 * nothing published. A click becomes BUTTON_CLICKED, shaped as Slack's block_actions: `channel` and
 * `message` the card's message, `actor` the clicking person, `button` the action by id — Action.Execute
 * sends it when the action has one; otherwise the message is read (as the read principal, after the answer)
 * and the action found by verb and data (an unmatched click keeps `button` null). One delivery per activity
 * id. An invoke is answered `{ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value }`
 * (Teams shows `value` as a toast); a message activity with 200 and no body. Activities that are not clicks
 * (conversation updates, typed messages) are answered 200 and dropped: the bot says nothing.
 */

const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';
const INVOKE_ANSWER = { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Received.' };

export interface BotEndpointDeps {
  settings: Pick<TeamsSettings, 'clientId' | 'botOpenIdUrl'>;
  /** The tenant's connection, or null when this server does not have it. */
  connectionOf(tenantId: string): Promise<TeamsConnection | null>;
}

const refused = (reason: string): WebhookResult => {
  logInfo('teams_bot_refused', { reason });
  return { kind: 'respond', response: Response.json({ error: { code: 'NOT_AUTHENTICATED', message: 'The activity is not authenticated.' } }, { status: 401 }) };
};

const answer = (invoke: boolean) => (invoke ? Response.json(INVOKE_ANSWER, { status: 200 }) : new Response(null, { status: 200 }));

export function teamsBotEndpoint(deps: BotEndpointDeps): WebhookHandler {
  const { clientId, botOpenIdUrl } = deps.settings;
  const verifier = clientId
    ? new BearerJwtVerifier(
        openIdKeys(botOpenIdUrl, (key) => !key.endorsements || key.endorsements.includes('msteams')),
        { audience: clientId, issuers: [BOT_FRAMEWORK_ISSUER] },
      )
    : null;
  return async (request) => {
    if (!verifier) return refused('the bot is not configured (MICROSOFT_CLIENT_ID)');
    const verdict = await verifier.verify(request.headers.get('authorization'));
    if (!verdict.ok) return refused(verdict.refusal);
    let body: unknown;
    try {
      body = JSON.parse(await request.text());
    } catch {
      return { kind: 'respond', response: Response.json({ error: { code: 'VALIDATION_ERROR', message: 'Not a Bot Framework activity.' } }, { status: 400 }) };
    }
    // The Bot Framework names it `serviceurl` (botbuilder's AuthenticationConstants.ServiceUrlClaim).
    const claimed = verdict.claims.serviceurl ?? verdict.claims.serviceUrl;
    if (typeof claimed === 'string' && claimed !== (body as { serviceUrl?: unknown } | null)?.serviceUrl) return refused('token for another serviceUrl');
    const click = clickOfActivity(body);
    const invoke = (body as { type?: unknown } | null)?.type === 'invoke';
    if (!click) return { kind: 'respond', response: answer(invoke) };
    const connection = await deps.connectionOf(click.tenantId);
    if (!connection) {
      logInfo('teams_bot_unknown_tenant', { workspaceId: click.tenantId });
      return { kind: 'respond', response: answer(invoke) };
    }
    const delivery: ProviderDelivery = { provider: TEAMS, workspaceId: click.tenantId, deliveryId: click.activityId ? `bot:${click.activityId}` : null, changes: [] };
    if (click.action.id) delivery.changes.push(buttonClicked(click, click.action.id));
    else {
      // The button is found on the message: read after Teams got its answer (it waits for invokes).
      const found = buttonOfClick(connection, click);
      found.catch(() => undefined);
      delivery.later = async () => [buttonClicked(click, await found)];
    }
    return { kind: 'deliver', deliveries: [delivery], respond: () => answer(click.invoke) };
  };
}

/** BUTTON_CLICKED as Slack's block_actions give it (../slack/webhook/buttons.ts): the message, its root, the clicker, the button. */
export function buttonClicked(click: CardClick, buttonId: string | null): ProviderChange {
  const messageId = messageNativeId(click.container, click.messageId, click.rootId);
  return {
    envelope: {
      type: 'BUTTON_CLICKED',
      occurredAt: click.at,
      provider: TEAMS,
      workspaceId: click.tenantId,
      channelId: containerId(click.container),
      messageId,
      threadRootId: click.rootId ? messageNativeId(click.container, click.rootId) : messageId,
      actorId: click.userId,
      emoji: null,
      buttonId,
    },
    detail: '',
  };
}

/** Whether `sent` carries everything `defined` says (a Submit's data arrives merged with the card's inputs). */
function carries(sent: unknown, defined: unknown): boolean {
  if (defined === undefined || defined === null) return true;
  if (typeof defined !== 'object' || typeof sent !== 'object' || sent === null) return JSON.stringify(sent) === JSON.stringify(defined);
  if (Array.isArray(defined)) return JSON.stringify(sent) === JSON.stringify(defined);
  return Object.entries(defined as Record<string, unknown>).every(([key, value]) => carries((sent as Record<string, unknown>)[key], value));
}

/** The id of the card action a click without an action id came from: same kind, same verb, its data carried; null when none or unreadable. */
async function buttonOfClick(connection: TeamsConnection, click: CardClick): Promise<string | null> {
  // Read as Graph has it now, past the read cache (cached-reads.ts: event resolution sees Graph's present).
  const [message] = await connection.loader.load(connection.readPrincipal, [teamsCalls.message({ container: click.container, messageId: click.messageId, rootId: click.rootId })]);
  if (message instanceof Error) return null;
  const actions = cardActionsOf(message as GraphChatMessage).filter((action) => action.type !== 'Action.OpenUrl');
  const matches = actions.filter((action) => action.verb === click.action.verb && carries(click.action.data, action.data));
  // An action whose data the click carries names it better than one without data (which any click carries).
  return (matches.find((action) => action.data !== undefined && action.data !== null) ?? matches[0])?.buttonId ?? null;
}
