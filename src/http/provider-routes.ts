import type { Plugin } from 'graphql-yoga';
import { isAdmin } from '../connections/admin.js';
import type { Services } from '../context.js';
import { SwitchboardError } from '../errors.js';
import { logUnexpected } from '../log.js';
import { authorizeUrl, beginOAuth, completeOAuth, installRedirect } from '../providers/oauth.js';
import type { ProviderDelivery, WebhookHandler } from '../providers/definition.js';
import type { RunningProvider } from '../providers/registry.js';
import { findAccountByApiKey } from '../store/api-keys.js';
import { bodyTooLarge } from './body-stream.js';
import { observedWebhook } from './webhook-log.js';

/**
 * The HTTP routes platforms and browsers call, for every provider that has them, served before GraphQL so
 * that a webhook's raw body reaches its signature check untouched (yoga would otherwise consume and parse it):
 *
 *   POST /webhooks/:provider[/:kind]    the provider's webhook handlers, by kind ('' for the bare path; each
 *                                       provider's README lists its URLs, which platforms are configured with)
 *   GET  /oauth/:provider/install       start of the OAuth install (?state=… from beginInstall, or an admin
 *                                       API key in Authorization)
 *   GET  /oauth/:provider/callback      the platform's redirect back (the app's Redirect URL)
 *
 * `:provider` is a route family's name when providers share their routes (definition.ts, RouteFamily: Teams
 * and Outlook under /…/microsoft): the family's webhooks name the member of each delivery, and the OAuth
 * routes find the member from the flow's state (an admin API key without a state names it with ?provider=).
 */

const WEBHOOK = /^\/webhooks\/([a-z][a-z0-9-]*)(?:\/([a-z][a-z0-9-]*))?$/;
const OAUTH = /^\/oauth\/([a-z][a-z0-9-]*)\/(install|callback)$/;

export function providerRoutes(services: Services): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      try {
        await dispatch(request, url, endResponse);
      } catch (error) {
        // A body cut off at its limit while a route read it (./body-stream.ts): 413, on every provider's route.
        const tooLarge = bodyTooLarge(error);
        if (!tooLarge) throw error;
        endResponse(Response.json({ ok: false, error: 'body_too_large', message: tooLarge.message }, { status: 413, headers: { connection: 'close' } }));
      }
    },
  };

  async function dispatch(request: Request, url: URL, endResponse: (response: Response) => void): Promise<void> {
    const path = url.pathname.replace(/\/+$/, '');
    const webhook = request.method === 'POST' ? WEBHOOK.exec(path) : null;
    if (webhook) {
      const [name, kind] = [webhook[1]!, webhook[2] ?? ''];
      const route = services.registry.webhook(name, kind);
      // No provider has that route: GraphQL's 404.
      if (!route) return;
      // Measured and logged at the route, the same for every provider (./webhook-log.ts); the bare path's kind is 'default'.
      endResponse(await observedWebhook(name, kind || 'default', () => handleWebhook(services, route.provider, route.handler, request)));
      return;
    }
    const oauth = request.method === 'GET' ? OAUTH.exec(path) : null;
    if (!oauth) return;
    const members = oauthMembers(services, oauth[1]!);
    if (members.length === 0) return;
    endResponse(oauth[2] === 'install' ? await install(services, members, request, url) : await callback(services, members, url));
  }
}

/** The providers answering /oauth/<name>/…: a route family's members with OAuth, or the one provider of that name. */
function oauthMembers(services: Services, name: string): RunningProvider[] {
  const family = services.registry.family(name);
  if (family) return family.members.filter((member) => member.runtime.oauth);
  const running = services.registry.find(name);
  return running?.runtime.oauth && !running.definition.routeFamily ? [running] : [];
}

/**
 * Runs the provider's handler for the route; takes its deliveries (de-duplication) before answering and
 * publishes their changes after the answer.
 */
async function handleWebhook(services: Services, provider: string, handler: WebhookHandler, request: Request): Promise<Response> {
  try {
    const result = await handler(request);
    if (result.kind === 'respond') return result.response;
    // A route family's deliveries name their member; a provider's own route delivers for that provider.
    const byProvider = new Map<string, ProviderDelivery[]>();
    for (const delivery of result.deliveries) {
      const owner = delivery.provider ?? provider;
      byProvider.set(owner, [...(byProvider.get(owner) ?? []), delivery]);
    }
    let [freshCount, duplicateCount] = [0, 0];
    for (const [owner, deliveries] of byProvider) {
      const { fresh, duplicates } = await services.ingest.accept(owner, deliveries);
      [freshCount, duplicateCount] = [freshCount + fresh.length, duplicateCount + duplicates];
      if (fresh.some((delivery) => delivery.changes.length > 0 || delivery.later)) {
        services.afterAck.run(async () => {
          // Changes a provider knows only after a read are awaited here, after the answer (ProviderDelivery.later).
          const later = await Promise.all(fresh.map((delivery) => delivery.later?.() ?? []));
          const changes = fresh.flatMap((delivery, index) => [...delivery.changes, ...later[index]]);
          if (changes.length > 0) await services.ingest.publishReported(owner, changes);
        });
      }
    }
    return result.respond({ fresh: freshCount, duplicates: duplicateCount });
  } catch (error) {
    // A body over its limit is the sender's: 413 (above), not a failure of ours.
    if (bodyTooLarge(error)) throw error;
    // Handlers answer every input themselves; this is a failure of ours (the database), which the platform retries.
    logUnexpected(error);
    return new Response(JSON.stringify({ ok: false, error: 'internal_error' }), { status: 500, headers: { 'content-type': 'application/json' } });
  }
}

async function install(services: Services, members: RunningProvider[], request: Request, url: URL): Promise<Response> {
  const { connections, database } = services;
  const state = url.searchParams.get('state');
  try {
    if (state) {
      const location = await installRedirect(connections, database.db, members, state);
      return location ? redirect(location) : page(400, 'Link expired', 'This install link is unknown, expired or was already used.');
    }
    // A family's routes serve several providers: without a state, ?provider= says which one to connect.
    const named = url.searchParams.get('provider');
    const running = members.length === 1 && named === null ? members[0]! : members.find((member) => member.definition.name === named);
    if (!running) {
      return page(400, 'Which provider?', `Add ?provider= with one of: ${members.map((member) => member.definition.name).join(', ')}.`);
    }
    // Without a state, an admin's API key starts the flow here (for scripts and API clients).
    const header = request.headers.get('authorization');
    const key = header ? /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1] ?? null : null;
    const account = key ? await findAccountByApiKey(database.db, key) : null;
    if (!account) return page(401, 'Sign in first', 'Open the installUrl returned by the beginInstall mutation, or send an admin API key.');
    if (!isAdmin(account.scopes)) return page(403, 'Not allowed', 'Connecting a workspace needs an API key with the "admin" scope.');
    const started = await beginOAuth(connections, database.db, running, account.accountId, 'INSTALL', null);
    return redirect(authorizeUrl(connections, running, started.state, 'INSTALL', account.accountId));
  } catch (error) {
    if (error instanceof SwitchboardError) return page(error.code === 'UNSUPPORTED' ? 501 : 400, 'Cannot install', error.message);
    throw error;
  }
}

async function callback(services: Services, members: RunningProvider[], url: URL): Promise<Response> {
  const outcome = await completeOAuth(services.connections, services.database.db, members, {
    code: url.searchParams.get('code'),
    state: url.searchParams.get('state'),
    error: url.searchParams.get('error'),
  });
  // The provider whose flow it was; a refused state names no flow, so a family's callback names all of its
  // members ("Microsoft Teams or Outlook"), never one that may not be the one the person meant.
  const name = outcome.provider?.definition.displayName ?? members.map((member) => member.definition.displayName).join(' or ');
  if (!outcome.ok) return page(outcome.status, `${name} was not connected`, outcome.message);
  return outcome.purpose === 'INSTALL'
    ? page(200, `${name} connected`, `The ${name} workspace ${outcome.workspaceName} is connected to Switchboard. You can close this window.`)
    : page(200, `${name} account linked`, `Your ${name} account in ${outcome.workspaceName} is linked to Switchboard. You can close this window.`);
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
