import { SlackApiError } from '../workspace.js';
import { intParam, pageByKey, requiredParam, requireScope, stringParam, type MethodTable } from './support.js';

/** auth, team, users, bots and the OAuth v2 code exchange. */
export const peopleMethods: MethodTable = {
  'api.test': ({ params }) => ({ args: params }),

  'auth.test': ({ workspace, caller }) => {
    const user = workspace.users.get(caller.userId);
    return {
      url: `https://${workspace.domain}.slack.com/`,
      team: workspace.teamName,
      user: user?.name ?? caller.userId,
      team_id: workspace.teamId,
      user_id: caller.userId,
      ...(caller.kind === 'bot' && user?.botId ? { bot_id: user.botId } : {}),
      is_enterprise_install: false,
    };
  },

  'team.info': (call) => {
    requireScope(call, 'team:read');
    const { workspace } = call;
    return {
      team: {
        id: workspace.teamId,
        name: workspace.teamName,
        domain: workspace.domain,
        email_domain: `${workspace.domain}.example`,
        url: `https://${workspace.domain}.slack.com/`,
        icon: { image_default: true },
        is_verified: false,
      },
    };
  },

  'users.info': (call) => {
    requireScope(call, 'users:read');
    const id = requiredParam(call, 'user', 'user_not_found');
    const user = call.workspace.users.get(id);
    if (!user) throw new SlackApiError('user_not_found');
    return { user: call.workspace.userJson(user) };
  },

  'users.lookupByEmail': (call) => {
    requireScope(call, 'users:read.email');
    const email = requiredParam(call, 'email', 'users_not_found').toLowerCase();
    const user = [...call.workspace.users.values()].find((candidate) => candidate.email?.toLowerCase() === email && !candidate.deleted);
    if (!user) throw new SlackApiError('users_not_found');
    return { user: call.workspace.userJson(user) };
  },

  'users.list': (call) => {
    requireScope(call, 'users:read');
    // limit 0 (the default) means "as many as possible"; Slack caps pages at 1000 members.
    const limit = intParam(call, 'limit', 0, 0, 1000);
    const users = [...call.workspace.users.values()].sort((a, b) => a.id.localeCompare(b.id));
    const { page, response_metadata } = pageByKey(call, users, (user) => user.id, 'user', limit || 1000);
    return {
      members: page.map((user) => call.workspace.userJson(user)),
      cache_ts: call.workspace.nowSeconds(),
      response_metadata,
    };
  },

  'bots.info': (call) => {
    requireScope(call, 'users:read');
    const id = requiredParam(call, 'bot', 'bot_not_found');
    const bot = call.workspace.bots.get(id);
    if (!bot) throw new SlackApiError('bot_not_found');
    return {
      bot: {
        id: bot.id,
        deleted: false,
        name: bot.name,
        updated: 1_700_000_000,
        app_id: bot.appId,
        ...(bot.userId ? { user_id: bot.userId } : {}),
        icons: { image_36: `https://avatars.slack-edge.example/${bot.id}_36.png`, image_72: `https://avatars.slack-edge.example/${bot.id}_72.png` },
      },
    };
  },

  /**
   * Exchanges an install code for tokens. Client credentials come as `client_id`/`client_secret` form
   * fields or as HTTP Basic auth, as Slack accepts both. A code works once.
   */
  'oauth.v2.access': (call) => {
    const { workspace } = call;
    let clientId = stringParam(call, 'client_id');
    let clientSecret = stringParam(call, 'client_secret');
    const basic = /^Basic\s+(\S+)$/i.exec(call.authorization ?? '');
    if (basic) {
      const [id, secret] = Buffer.from(basic[1], 'base64').toString('utf8').split(':');
      clientId ??= id;
      clientSecret ??= secret;
    }
    if (!clientId) throw new SlackApiError('invalid_client_id');
    const app = workspace.oauthApps.get(clientId);
    if (!app) throw new SlackApiError('invalid_client_id');
    if (clientSecret !== app.secret) throw new SlackApiError('bad_client_secret');
    const codeValue = stringParam(call, 'code');
    if (!codeValue) throw new SlackApiError('invalid_code');
    const code = workspace.oauthCodes.get(codeValue);
    if (!code || code.used || code.clientId !== clientId) throw new SlackApiError('invalid_code');
    const redirectUri = stringParam(call, 'redirect_uri');
    if (code.redirectUri !== null && redirectUri !== code.redirectUri) throw new SlackApiError('bad_redirect_uri');
    code.used = true;

    const { user: botUser, token: botToken } = workspace.addBot('switchboard');
    workspace.tokens.get(botToken)!.scopes = code.botScopes;
    const userToken = code.userScopes.length ? workspace.issueToken(code.userId, 'user', undefined, code.userScopes) : null;
    return {
      access_token: botToken,
      token_type: 'bot',
      scope: code.botScopes.join(','),
      bot_user_id: botUser.id,
      app_id: workspace.appId,
      team: { id: workspace.teamId, name: workspace.teamName },
      enterprise: null,
      is_enterprise_install: false,
      authed_user: {
        id: code.userId,
        ...(userToken ? { scope: code.userScopes.join(','), access_token: userToken, token_type: 'user' } : {}),
      },
    };
  },
};
