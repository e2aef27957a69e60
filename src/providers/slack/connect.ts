import type { EventDelivery } from '../../connections/store.js';
import { SwitchboardError } from '../../errors.js';
import type { ConnectFlow, Connector } from '../definition.js';
import { authTest, teamInfo, userIdByEmail } from './connect-api.js';
import { linkSlackUser, loadSlackConnection, saveSlackConnection, SLACK, type SlackConnection, type SlackServer } from './connections.js';

/**
 * Connecting a Slack workspace with tokens (`connectWorkspace(input: { slack: … })` and
 * SLACK_CONNECTIONS_FILE) and linking a Switchboard account to its Slack user with the user's own token
 * (`linkAccount(input: { slack: … })`). Tokens are checked with Slack (auth.test) before anything is
 * stored, and stored sealed.
 */

export type { Connector };

export interface ConnectSlackRequest {
  /** The app's bot token (`xoxb-…`). */
  botToken: string;
  /** The connecting admin's own user token (`xoxp-…`): then the admin acts as themselves. */
  userToken: string | null;
  /** The app's signing secret; defaults to SLACK_SIGNING_SECRET. Needed for webhooks (PUSH). */
  signingSecret: string | null;
  eventDelivery: EventDelivery;
}

export interface ConnectedSlack {
  connection: SlackConnection;
  /** The Slack user the connecting account was linked to, or null when none was found. */
  linkedSlackUserId: string | null;
}

const FIELD = (name: string) => ['input', name];

/** Checks the shape of a token without ever echoing it. */
function checkToken(value: string, prefix: string, field: string, what: string): string {
  const token = value.trim();
  if (!token.startsWith(prefix) || token.length < prefix.length + 8 || /\s/.test(token)) {
    throw new SwitchboardError('VALIDATION_ERROR', `${field} must be a Slack ${what} token starting with "${prefix}".`, {
      field: FIELD(field),
    });
  }
  return token;
}

/** Connects with tokens; the connector's account is linked to their Slack user (by user token, else by email). */
export async function connectSlackWithTokens(
  server: SlackServer,
  connector: Connector | null,
  request: ConnectSlackRequest,
): Promise<ConnectedSlack> {
  const { store } = server.host.connections;
  // Refuse before calling Slack: without a key nothing could be stored anyway.
  store.cipher.requireKey();
  const botToken = checkToken(request.botToken, 'xoxb-', 'botToken', 'bot');
  const userToken = request.userToken?.trim() ? checkToken(request.userToken, 'xoxp-', 'userToken', 'user') : null;
  const signingSecret = request.signingSecret?.trim() || server.app.signingSecret;
  if (signingSecret !== null && !/^[0-9A-Za-z]{16,128}$/.test(signingSecret)) {
    throw new SwitchboardError('VALIDATION_ERROR', 'signingSecret must be the Signing Secret of the Slack app (letters and digits).', {
      field: FIELD('signingSecret'),
    });
  }
  if (request.eventDelivery === 'PUSH' && signingSecret === null) {
    throw new SwitchboardError(
      'VALIDATION_ERROR',
      'signingSecret is required for webhook delivery (eventDelivery PUSH); give it, set SLACK_SIGNING_SECRET, or use POLL.',
      { field: FIELD('signingSecret') },
    );
  }

  const apiUrl = server.app.apiUrl;
  const bot = await authTest(apiUrl, botToken, 'botToken', FIELD('botToken'));
  if (!bot.botId) {
    throw new SwitchboardError('VALIDATION_ERROR', 'botToken belongs to a user, not to a bot (auth.test returned no bot_id).', {
      field: FIELD('botToken'),
    });
  }
  let linkedSlackUserId: string | null = null;
  if (userToken) {
    const user = await authTest(apiUrl, userToken, 'userToken', FIELD('userToken'));
    if (user.teamId !== bot.teamId) {
      throw new SwitchboardError('VALIDATION_ERROR', `userToken belongs to workspace ${user.teamId}, botToken to ${bot.teamId}.`, {
        field: FIELD('userToken'),
      });
    }
    linkedSlackUserId = user.userId;
  } else if (connector?.email) {
    linkedSlackUserId = await userIdByEmail(apiUrl, botToken, connector.email);
  }
  const team = await teamInfo(apiUrl, botToken, bot.teamId);

  const connection = await saveSlackConnection(
    store,
    {
      teamId: bot.teamId,
      name: team?.name ?? bot.teamName,
      webUrl: team?.url ?? bot.url,
      appId: null,
      botUserId: bot.userId,
      botToken,
      signingSecret,
      eventDelivery: request.eventDelivery,
    },
    connector?.accountId ?? null,
  );
  if (connector && linkedSlackUserId) {
    await linkSlackUser(store, {
      teamId: bot.teamId,
      accountId: connector.accountId,
      slackUserId: linkedSlackUserId,
      userToken,
      linkedVia: userToken ? 'TOKEN' : 'CONNECT',
    });
  }
  server.host.connections.changed({ provider: SLACK, workspaceId: bot.teamId });
  return { connection, linkedSlackUserId };
}

/**
 * Links an account to its Slack user with the user's own token: auth.test names the user and the team,
 * which must be connected. From then on reads and writes in that workspace act as this user.
 */
export async function linkSlackUserWithToken(
  server: SlackServer,
  accountId: string,
  userTokenInput: string,
): Promise<{ teamId: string; slackUserId: string }> {
  const { store } = server.host.connections;
  store.cipher.requireKey();
  const userToken = checkToken(userTokenInput, 'xoxp-', 'userToken', 'user');
  const user = await authTest(server.app.apiUrl, userToken, 'userToken', FIELD('userToken'));
  const connection = await loadSlackConnection(store, user.teamId);
  if (!connection) {
    throw new SwitchboardError(
      'NOT_FOUND',
      `userToken belongs to Slack workspace ${user.teamId}, which is not connected to this server; an admin connects it first.`,
      { field: FIELD('userToken') },
    );
  }
  await linkSlackUser(store, { teamId: user.teamId, accountId, slackUserId: user.userId, userToken, linkedVia: 'TOKEN' });
  server.host.connections.changed({ provider: SLACK, workspaceId: user.teamId });
  return { teamId: user.teamId, slackUserId: user.userId };
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The definition's ConnectFlow: the fields of ConnectSlackWorkspaceInput and LinkSlackUserInput (./forms.ts). */
export function slackConnectFlow(server: SlackServer): ConnectFlow {
  return {
    async withTokens(input, connector) {
      const delivery = input.eventDelivery === 'POLL' ? 'POLL' : 'PUSH';
      const { connection } = await connectSlackWithTokens(server, connector, {
        botToken: text(input.botToken) ?? '',
        userToken: text(input.userToken),
        signingSecret: text(input.signingSecret),
        eventDelivery: delivery,
      });
      return { workspaceId: connection.teamId };
    },
    async linkAccount(accountId, input) {
      const { teamId } = await linkSlackUserWithToken(server, accountId, text(input.userToken) ?? '');
      return { workspaceId: teamId };
    },
  };
}
