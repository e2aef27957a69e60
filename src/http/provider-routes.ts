import type { Plugin } from 'graphql-yoga';
import { isAdmin } from '../connections/admin.js';
import { beginSlackOAuth, completeSlackOAuth, installRedirect, slackAuthorizeUrl } from '../connections/slack-oauth.js';
import type { Services } from '../context.js';
import { SwitchboardError } from '../errors.js';
import { findAccountByApiKey } from '../store/api-keys.js';
import { observedWebhook } from './webhook-log.js';
import { handleSlackEvents, handleSlackInteractivity, type SlackWebhookDeps } from '../webhooks/slack/handler.js';

/**
 * The HTTP routes providers and browsers call, served before GraphQL so that a webhook's raw body reaches
 * its signature check untouched (yoga would otherwise consume and parse it):
 *
 *   POST /webhooks/slack                 Slack Events API (Request URL of "Event Subscriptions")
 *   POST /webhooks/slack/interactivity   Slack interactivity (Request URL of "Interactivity & Shortcuts")
 *   GET  /oauth/slack/install            start of the OAuth install (?state=… from beginSlackInstall, or an
 *                                        admin API key in Authorization)
 *   GET  /oauth/slack/callback           Slack's redirect back (the app's Redirect URL)
 */
export function providerRoutes(services: Services): Plugin {
  const deps = (): SlackWebhookDeps => ({
    db: services.database.db,
    eventLog: services.eventLog,
    registry: services.registry,
    connections: services.connections,
    afterAck: services.afterAck,
  });
  return {
    async onRequest({ request, url, endResponse }) {
      const route = `${request.method} ${url.pathname.replace(/\/+$/, '')}`;
      switch (route) {
        case 'POST /webhooks/slack':
          return endResponse(await observedWebhook('slack', 'events', () => handleSlackEvents(deps(), request)));
        case 'POST /webhooks/slack/interactivity':
          return endResponse(await observedWebhook('slack', 'interactivity', () => handleSlackInteractivity(deps(), request)));
        case 'GET /oauth/slack/install':
          return endResponse(await install(services, request, url));
        case 'GET /oauth/slack/callback':
          return endResponse(await callback(services, url));
        default:
          return undefined;
      }
    },
  };
}

async function install(services: Services, request: Request, url: URL): Promise<Response> {
  const state = url.searchParams.get('state');
  try {
    if (state) {
      const location = await installRedirect(services.connections, services.database.db, state);
      return location ? redirect(location) : page(400, 'Link expired', 'This install link is unknown, expired or was already used.');
    }
    // Without a state, an admin's API key starts the flow here (for scripts and API clients).
    const header = request.headers.get('authorization');
    const key = header ? /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1] ?? null : null;
    const account = key ? await findAccountByApiKey(services.database.db, key) : null;
    if (!account) return page(401, 'Sign in first', 'Open the installUrl returned by the beginSlackInstall mutation, or send an admin API key.');
    if (!isAdmin(account.scopes)) return page(403, 'Not allowed', 'Connecting a workspace needs an API key with the "admin" scope.');
    const started = await beginSlackOAuth(services.connections, services.database.db, account.accountId, 'INSTALL', null);
    const flow = { provider: 'slack', purpose: 'INSTALL' as const, accountId: account.accountId, workspaceId: null };
    return redirect(slackAuthorizeUrl(services.connections, started.state, flow));
  } catch (error) {
    if (error instanceof SwitchboardError) return page(error.code === 'UNSUPPORTED' ? 501 : 400, 'Cannot install', error.message);
    throw error;
  }
}

async function callback(services: Services, url: URL): Promise<Response> {
  const outcome = await completeSlackOAuth(services.connections, services.database.db, {
    code: url.searchParams.get('code'),
    state: url.searchParams.get('state'),
    error: url.searchParams.get('error'),
  });
  if (!outcome.ok) return page(outcome.status, 'Slack was not connected', outcome.message);
  return outcome.purpose === 'INSTALL'
    ? page(200, 'Slack connected', `The Slack workspace ${outcome.teamName} is connected to Switchboard. You can close this window.`)
    : page(200, 'Slack account linked', `Your Slack account in ${outcome.teamName} is linked to Switchboard. You can close this window.`);
}

function redirect(location: string): Response {
  return new Response(null, { status: 302, headers: { location, 'cache-control': 'no-store' } });
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

function page(status: number, title: string, message: string): Response {
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
    `<body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p></body></html>`;
  return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } });
}
