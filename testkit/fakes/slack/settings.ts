import { randomBytes } from 'node:crypto';
import { loadConnectionSettings } from '../../../src/config.js';
import type { ConnectionSettings } from '../../../src/connections/settings.js';
import { saveSlackConnection, signSlackRequest, type RateBudgetOptions, type SlackAppSettings, type SlackConnection, type SlackRuntime } from '../../../src/providers/slack/index.js';
import type { TestApp } from '../../app.js';

/**
 * What the webhook, OAuth and connection tests share: settings with a fresh encryption key pointed at a
 * fake Slack, a connection stored the way the connect mutation stores it, and requests signed the way
 * Slack signs them (v0, HMAC-SHA256 over "v0:timestamp:body").
 */

export const SIGNING_SECRET = '8f742231b10e8888abcd99aaaaaa85a5';

export function slackSettings(apiUrl: string, extra: Record<string, string> = {}): ConnectionSettings {
  return loadConnectionSettings({
    SWITCHBOARD_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    SLACK_API_URL: apiUrl,
    ...extra,
  });
}

/** The same settings with each Slack team's rate budget replaced (a table suite makes more calls a minute than Slack allows). */
export function withSlackBudget(settings: ConnectionSettings, budget: RateBudgetOptions): ConnectionSettings {
  const slack = settings.providers.slack as SlackAppSettings;
  return { ...settings, providers: { ...settings.providers, slack: { ...slack, rateBudget: budget } } };
}

/** Stores a connection directly (tokens sealed), as connectSlackWorkspace would after auth.test. */
export async function storeConnection(
  app: TestApp,
  fields: Partial<SlackConnection> & { teamId: string; botToken: string },
  connectedBy: string | null = null,
): Promise<SlackConnection> {
  const { connections } = app.started.services;
  const connection = await saveSlackConnection(
    connections.store,
    {
      teamId: fields.teamId,
      name: fields.name ?? `Team ${fields.teamId}`,
      webUrl: fields.webUrl ?? null,
      appId: fields.appId ?? null,
      botUserId: fields.botUserId ?? null,
      botToken: fields.botToken,
      signingSecret: fields.signingSecret === undefined ? SIGNING_SECRET : fields.signingSecret,
      eventDelivery: fields.eventDelivery ?? 'PUSH',
    },
    connectedBy,
  );
  connections.changed({ provider: 'slack', workspaceId: fields.teamId });
  return connection;
}

/** The Slack provider as the app runs it (its workspaces, poller, connect and webhook parts). */
export function slackRuntime(app: TestApp): SlackRuntime {
  return app.started.services.registry.require('slack').runtime as SlackRuntime;
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);

export interface SlackPost {
  /** Default: now. */
  timestamp?: number | string;
  /** Default: SIGNING_SECRET. */
  secret?: string;
  /** Replace the computed signature. */
  signature?: string | null;
  headers?: Record<string, string>;
  /** Sign this body but send `sentBody` (a body altered in transit). */
  sentBody?: string;
  contentType?: string;
}

/** POSTs a raw body to a Slack webhook route of the app, signed like Slack does. */
export async function postSigned(app: TestApp, path: string, body: string, options: SlackPost = {}): Promise<Response> {
  const timestamp = String(options.timestamp ?? nowSeconds());
  const signature = options.signature === undefined ? signSlackRequest(options.secret ?? SIGNING_SECRET, timestamp, body) : options.signature;
  const headers: Record<string, string> = {
    'content-type': options.contentType ?? 'application/json',
    'x-slack-request-timestamp': timestamp,
    ...(signature === null ? {} : { 'x-slack-signature': signature }),
    ...options.headers,
  };
  return app.app.fetch(`http://switchboard.test${path}`, { method: 'POST', headers, body: options.sentBody ?? body });
}

/** POSTs a signed body to a listening server (a real port), as Slack does. */
export async function signedPost(url: string, body: string, options: Pick<SlackPost, 'secret' | 'headers' | 'contentType'> = {}): Promise<Response> {
  const timestamp = String(nowSeconds());
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': options.contentType ?? 'application/json',
      'x-slack-request-timestamp': timestamp,
      'x-slack-signature': signSlackRequest(options.secret ?? SIGNING_SECRET, timestamp, body),
      ...options.headers,
    },
    body,
  });
}

let eventCounter = 0;

/** An event_callback envelope around one inner event. */
export function eventCallback(teamId: string, event: Record<string, unknown>, fields: Record<string, unknown> = {}): Record<string, unknown> {
  eventCounter += 1;
  return {
    token: 'legacy-verification-token',
    team_id: teamId,
    api_app_id: 'A0FAKEAPP1',
    event,
    type: 'event_callback',
    event_id: `Ev${Date.now().toString(36).toUpperCase()}${eventCounter}`,
    event_time: nowSeconds(),
    authorizations: [{ enterprise_id: null, team_id: teamId, user_id: 'U0BOT', is_bot: true, is_enterprise_install: false }],
    ...fields,
  };
}

/** Logged events of a workspace, oldest first (what subscribers would be sent). */
export async function loggedEvents(app: TestApp, workspaceId: string) {
  return app.started.services.database.db
    .selectFrom('event_log')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('seq')
    .execute();
}
